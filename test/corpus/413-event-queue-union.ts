// An event queue of a discriminated union (button presses, sensor samples, timer ticks) filled by
// setTimeout callbacks and drained by setInterval; handlers switch on `type`, use user type guards and
// destructuring; the log is printed with console.log at the end.
interface Press { type: "press"; button: number; long: boolean }
interface Sample { type: "sample"; sensor: string; value: number }
interface Tick { type: "tick"; n: number }
type Event = Press | Sample | Tick;

const queue: Event[] = [];
const log: string[] = [];
let ticks = 0;

function isInput(e: Event): e is Press | Sample {
  return e.type !== "tick";
}

function describe(e: Event): string {
  switch (e.type) {
    case "press": {
      const { button, long } = e;
      return `button ${button}${long ? " (long)" : ""}`;
    }
    case "sample":
      return `${e.sensor}=${e.value}`;
    case "tick":
      return `tick #${e.n}`;
  }
}

setTimeout(() => queue.push({ type: "press", button: 1, long: false }), 50);
setTimeout(() => queue.push({ type: "sample", sensor: "t", value: 21.5 }, { type: "press", button: 2, long: true }), 50);
setTimeout(() => queue.push({ type: "sample", sensor: "h", value: 40 }), 250);
const pump = setInterval(() => {
  queue.push({ type: "tick", n: ++ticks });
  const batch = queue.splice(0);
  const inputs = batch.filter(isInput);
  log.push(`${batch.length}/${inputs.length}: ${batch.map(describe).join(", ")}`);
  if (ticks === 4) {
    clearInterval(pump);
    console.log(log);
    const samples = inputs.concat(batch.filter(isInput));
    console.log(samples.length);
  }
}, 100);
