// Issue 11: several classes of a firmware share an accessor name (`value`). An encoder's `value` is incremented
// (`enc.value++`, `enc.value += 2`), and a plain record with a `value` field is spread and stringified; none of
// these reads can call the calibration's getter `value`, whose TypeError (a calibration point past the end) must
// stay catchable in the caller (found as m-591-…-43000311 in a fuzz batch next to an accessor increment).
class Encoder {
  private ticks = 0;
  get value(): number { return this.ticks; }
  set value(v: number) { this.ticks = v % 24; }
}
class Point { constructor(public raw: number, public value: number) {} }
class Calibration {
  constructor(private points: Point[], private slot: number) {}
  get value(): number { return this.points[this.slot].value * 2; }
}
interface Sample { sensor: string; value: number }

const enc = new Encoder();
for (let i = 0; i < 30; i++) enc.value++;
enc.value += 2;
const sample: Sample = { sensor: "t", value: 4 };
const tagged = { ...sample, sensor: "t-cal" };
console.log(enc.value, JSON.stringify(tagged), JSON.stringify(new Point(1, 2)));

function readAll(cals: Calibration[]): number {
  let sum = 0;
  for (const c of cals) sum += c.value;
  return sum;
}

const points = [new Point(10, 1.5), new Point(20, 3.25)];
const cals = [new Calibration(points, 0), new Calibration(points, 1)];
console.log(readAll(cals));
cals.push(new Calibration(points, 4));
try {
  console.log(readAll(cals));
} catch (e) {
  console.log(e instanceof TypeError, String(e));
}
console.log("encoder", enc.value);
