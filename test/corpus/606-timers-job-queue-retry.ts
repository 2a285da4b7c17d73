// The lx106 Soft WDT finding mix-lx106-timers-wdt (issue 11 corpus, session 4; fixed in session 6): a job
// queue on timers — jobs sorted by priority, each run by setTimeout after a delay from its priority, a
// setInterval progress tick, a job that throws is caught and retried once with setTimeout(…, 0). On lx106
// the 30 ms jobs ran first in the pass at 30 ms and took time, so the 15 ms interval, due in the same pass,
// started after that pass's `now`; the runtime's unsigned `now - start` saw it due again and again: it
// never yielded.
// Adapted so Node's own output does not depend on timing (20 runs of the original gave two orders): delays
// are priority × 40 ms and the interval 20 ms (the jobs still share passes with the interval: 40, 80 and
// 120 ms are multiples of 20); a failing job spends 20 ms (a connection attempt timing out), so ntp's retry
// comes after ota, the other 120 ms job, even when ota was created a few milliseconds later; and the log
// prints each job's attempts and the 120 ms jobs' order, not log's retry against upload (a Node started
// late runs its first pass after 80 ms: upload, due in it, then runs before log's retry).
interface Job { id: string; priority: 1 | 2 | 3; attempts: number; failOnce?: boolean }

const jobs: Job[] = [
  { id: "upload", priority: 2, attempts: 0 },
  { id: "blink", priority: 1, attempts: 0 },
  { id: "ntp", priority: 3, attempts: 0, failOnce: true },
  { id: "ota", priority: 3, attempts: 0 },
  { id: "log", priority: 1, attempts: 0, failOnce: true },
];
const done: string[] = [];
let ticks = 0;

function connect(job: Job): void {
  const until = millis() + 20;
  while (millis() < until) {
    // waiting for a server that does not answer
  }
  throw new Error(`${job.id} failed`);
}

function runJob(job: Job): void {
  job.attempts++;
  try {
    if (job.failOnce && job.attempts === 1) connect(job);
    done.push(`${job.id}#${job.attempts}`);
  } catch (e) {
    if (e instanceof Error) done.push(`!${e.message}`);
    setTimeout(runJob, 0, job);
  }
}

const queue = [...jobs].sort((a, b) => a.priority - b.priority);
for (const job of queue) setTimeout(runJob, job.priority * 40, job);
const progress = setInterval(() => {
  ticks++;
  if (done.filter((d) => !d.startsWith("!")).length === jobs.length) {
    clearInterval(progress);
    for (const job of queue) console.log(job.id, done.filter((d) => d.includes(job.id)));
    console.log(done.filter((d) => d.includes("ntp") || d.includes("ota")));
    console.log(queue.map(({ id, attempts }) => `${id}:${attempts}`).join(" "), ticks > 0);
  }
}, 20);
