// Issue 11 (errs4): a getter that may throw, read by a destructuring parameter (a function, a method, an arrow
// callback of map/forEach) or by an assignment pattern: its error is catchable (was TSD2261 or uncaught); the
// targets an assignment pattern set before the failing property keep their new values, as in Node.
interface Gauge {
  readonly name: string;
  readonly level: number;
}

class Reading {
  constructor(public raw: number, public scale: number) {}
}

class Tank implements Gauge {
  constructor(public name: string, private readings: Reading[], private at: number) {}
  get level(): number {
    if (this.at < 0) throw new RangeError(`${this.name}: empty log`);
    return this.readings[this.at].raw * this.readings[this.at].scale;
  }
}

function describe({ name, level }: Gauge): string {
  return `${name}=${level.toFixed(2)}`;
}

class Panel {
  lines: string[] = [];
  show({ name, level }: Gauge, unit: string): void {
    this.lines.push(`${name}: ${level} ${unit}`);
  }
}

const log = [new Reading(120, 0.5), new Reading(80, 0.25)];
const tanks: Gauge[] = [new Tank("north", log, 0), new Tank("south", log, 1), new Tank("east", log, 5), new Tank("west", log, -1)];

for (const t of tanks) {
  try {
    console.log(describe(t));
  } catch (e) {
    console.log(e instanceof RangeError ? "range:" : "type:", (e as Error).message);
  }
}

const panel = new Panel();
try {
  for (const t of tanks) panel.show(t, "l");
} catch (e) {
  console.log("panel stopped:", (e as Error).message);
}
console.log(panel.lines.join(" | "));

try {
  const levels = tanks.slice(0, 2).map(({ level }) => level);
  console.log("levels", levels.join(","));
  console.log("all", tanks.map(({ name, level }) => `${name}:${level}`).join(","));
} catch (e) {
  console.log("map:", (e as Error).message);
}

let name = "none";
let level = -1;
for (const t of tanks) {
  try {
    ({ name, level } = t);
    console.log("read", name, level);
  } catch (e) {
    console.log("assign:", (e as Error).message, "name is", name, "level is", level);
  }
}

let sum = 0;
try {
  tanks.forEach(({ level }) => {
    sum += level;
  });
} catch (e) {
  console.log("forEach:", (e as Error).message);
}
console.log("sum", sum);
