// A job queue on timers: jobs with priorities sorted into a queue, each run by setTimeout after a delay
// from its priority, a setInterval progress tick, a job that throws is caught and retried once with
// setTimeout(…, 0); the order in which Node runs timers due at the same time is checked by the log.
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

function runJob(job: Job): void {
  job.attempts++;
  try {
    if (job.failOnce && job.attempts === 1) throw new Error(`${job.id} failed`);
    done.push(`${job.id}#${job.attempts}`);
  } catch (e) {
    if (e instanceof Error) done.push(`!${e.message}`);
    setTimeout(runJob, 0, job);
  }
}

const queue = [...jobs].sort((a, b) => a.priority - b.priority);
for (const job of queue) setTimeout(runJob, job.priority * 10, job);
const progress = setInterval(() => {
  ticks++;
  if (done.filter((d) => !d.startsWith("!")).length === jobs.length) {
    clearInterval(progress);
    console.log(done);
    console.log(queue.map(({ id, attempts }) => `${id}:${attempts}`).join(" "), ticks > 0);
  }
}, 15);
