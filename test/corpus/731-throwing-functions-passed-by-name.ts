// Functions that may throw, passed by name to timers and array methods in a program that also calls them
// inside try: the callbacks run detached from any try (a throw there is uncaught in Node too, so these never
// throw when passed), with the timer's extra arguments and the methods' (element, index, array) arguments.
interface Job { id: string; attempts: number }
const log: string[] = [];
function runJob(job: Job, label?: string): void {
  job.attempts++;
  if (job.attempts > 3) throw new Error("too many " + job.id);
  log.push(`${label ?? "run"} ${job.id}#${job.attempts}`);
}
function double(v: number): number {
  if (v < 0) throw new RangeError("negative " + v);
  return v * 2;
}
function byLength(a: string, b: string): number {
  if (a === b) throw new Error("duplicate " + a);
  return a.length - b.length;
}
function visit(name: string, i: number): void {
  if (name === "") throw new Error("empty at " + i);
  log.push(`${i}:${name}`);
}
const job: Job = { id: "ntp", attempts: 0 };
setTimeout(runJob, 0, job);
setTimeout(runJob, 5, job, "retry");
console.log([1, 2, 3].map(double), ["ccc", "a", "bb"].sort(byLength));
["x", "yy"].forEach(visit);
try {
  runJob(job);
  console.log(double(-1));
} catch (e) {
  console.log("caught", (e as Error).message);
}
try {
  console.log(["a", "a"].sort(byLength));
} catch (e) {
  console.log("caught", (e as Error).message);
}
setTimeout(() => {
  console.log(log.join(" | "));
  try {
    runJob(job);
  } catch (e) {
    console.log("caught", (e as Error).message);
  }
}, 20);
