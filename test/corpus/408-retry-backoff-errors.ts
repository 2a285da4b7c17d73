// A publish with retries: each attempt may throw a TransientError or a FatalError; a chain of setTimeout
// callbacks retries with backoff, try/catch/finally counts attempts; the outcome of every job is printed.
class TransientError extends Error {
  constructor(public code: number) {
    super(`transient failure ${code}`);
    this.name = "TransientError";
  }
}
class FatalError extends Error {
  name = "FatalError";
}

interface Job { id: string; script: number[] }
const outcome = new Map<string, string>();
let inFlight = 0;

function attempt(job: Job, n: number): void {
  const code = job.script[n] ?? 0;
  if (code === 0) return;
  if (code < 0) throw new FatalError(`job ${job.id} rejected (${code})`);
  throw new TransientError(code);
}

function run(job: Job, n: number = 0): void {
  inFlight++;
  try {
    attempt(job, n);
    outcome.set(job.id, `ok after ${n + 1}`);
  } catch (e) {
    if (e instanceof TransientError && n < 3) {
      const delay = 2 ** n * 3;
      console.log(`${job.id}: ${e.message}, retry in ${delay}`);
      setTimeout(run, delay, job, n + 1);
    } else if (e instanceof Error) {
      outcome.set(job.id, `${e.name}: ${e.message}`);
    }
  } finally {
    inFlight--;
  }
}

const jobs: Job[] = [
  { id: "a", script: [] },
  { id: "b", script: [503, 0] },
  { id: "c", script: [503, 503, -1] },
  { id: "d", script: [429, 429, 429, 429, 429] },
];
for (const j of jobs) run(j);
console.log("in flight", inFlight, outcome.size);
setTimeout(() => {
  console.log(outcome);
  console.log([...outcome.keys()].join(""), inFlight);
}, 100);
