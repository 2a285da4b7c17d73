// Issue 11: a getter whose body raises a TypeError (an element past the end of its table) or throws its own
// RangeError is catchable when it is read by a destructuring declaration (`const { level } = tank`, nested, with a
// default, a for-of variable) as after `tank.level`, up the call stack too. Other classes' accessors of the same
// name, incremented (`meter.level++`), and plain records spread or stringified do not change that.
interface Gauge { readonly name: string; readonly level: number }
interface Reading { sensor: string; level: number; unit: string }

class Tank implements Gauge {
  constructor(public name: string, private samples: number[], private at: number) {}
  get level(): number {
    if (this.at < 0) throw new RangeError(`${this.name}: no sample yet`);
    return this.samples[this.at] * 10;
  }
}

class Slot { constructor(public raw: number, public scale: number) {} }

class Channel implements Gauge {
  constructor(public name: string, private slots: Slot[], private index: number) {}
  get level(): number {
    return this.slots[this.index].raw * this.slots[this.index].scale;
  }
}

class Meter {
  private ticks = 0;
  get level(): number { return this.ticks; }
  set level(v: number) { this.ticks = v; }
}

function describe(g: Gauge): string {
  const { name, level } = g;
  return `${name}=${level.toFixed(1)}`;
}

function total(gauges: Gauge[]): number {
  let sum = 0;
  for (const { level } of gauges) sum += level;
  return sum;
}

const slots = [new Slot(12, 0.5), new Slot(40, 0.25)];
const gauges: Gauge[] = [new Tank("north", [1.5, 2.25], 1), new Channel("ch0", slots, 0), new Tank("south", [3], -1), new Channel("ch7", slots, 7)];

for (const g of gauges) {
  try {
    console.log(describe(g));
  } catch (e) {
    if (e instanceof RangeError) console.log(`range: ${e.message}`);
    else if (e instanceof TypeError) console.log(`type: ${e.message}`);
  }
}

try {
  console.log("total", total(gauges.slice(0, 2)));
  console.log("total", total(gauges));
} catch (e) {
  console.log("total failed:", String(e));
}

interface Pair { primary: Gauge; backup: Gauge }
const pairs: Pair[] = [{ primary: gauges[0], backup: gauges[1] }, { primary: gauges[1], backup: gauges[3] }];
for (const p of pairs) {
  try {
    const { primary: { level: main }, backup: { name: spare, level: reserve = 0 } } = p;
    console.log(`main ${main} reserve ${spare} ${reserve}`);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}

const meter = new Meter();
meter.level++;
meter.level += 4;
const reading: Reading = { sensor: "t1", level: 21.5, unit: "C" };
const copy = { ...reading, sensor: "t2" };
console.log(meter.level, JSON.stringify(copy), JSON.stringify(reading));

let failures = 0;
for (let i = 0; i < gauges.length; i++) {
  try {
    const { level } = gauges[i];
    console.log(`#${i} ${level}`);
  } catch (e) {
    failures++;
  }
}
console.log("failures", failures);
