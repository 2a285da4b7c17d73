// A firmware-style task scheduler on one setInterval tick: each task blinks an LED every `every` ticks for a
// number of runs; when every task is done the tick interval clears itself and prints a summary. Output
// depends only on tick counts, never on wall time.
interface Task {
  name: string;
  pin: number;
  every: number;
  runs: number;
  done: number;
  level: number;
}

const tasks: Task[] = [
  { name: "status", pin: 2, every: 2, runs: 4, done: 0, level: 0 },
  { name: "wifi", pin: 4, every: 3, runs: 3, done: 0, level: 0 },
  { name: "beacon", pin: 5, every: 5, runs: 2, done: 0, level: 0 },
];
let ticks = 0;
const log: string[] = [];

function runTasks(): void {
  ticks++;
  for (const t of tasks) {
    if (t.done >= t.runs || ticks % t.every !== 0) continue;
    t.level = t.level === 0 ? 1 : 0;
    digitalWrite(t.pin, t.level);
    t.done++;
    log.push(`${ticks}:${t.name}=${digitalRead(t.pin)}`);
  }
}

export function setup(): void {
  Serial.begin(115200);
  for (const t of tasks) pinMode(t.pin, OUTPUT);
  const tick = setInterval(() => {
    runTasks();
    if (tasks.every((t) => t.done >= t.runs)) {
      clearInterval(tick);
      console.log(`scheduler idle after ${ticks} ticks`);
      console.log(log.join(" "));
      for (const t of tasks) console.log(`${t.name}: ${t.done} runs, pin ${t.pin} ${t.level ? "HIGH" : "LOW"}`);
    }
  }, 4);
  console.log("scheduler started");
}

let loops = 0;
export function loop(): void {
  loops++;
  if (loops === 1) console.log("first loop");
}
