// A parameter with a default value receives an argument of type `T | undefined` (an optional member, a
// destructured optional member, a `T | undefined` variable): where it is undefined the default applies, in a
// function, an arrow, a method, a constructor, a static method and a callback (found by mutating 439).
interface Table { sensor: string; offset?: number; unit?: string; scale?: number[] }

const shift = (raw: number, offset = 2): number => raw + offset;
function label(name: string, unit = "C", digits = 1): string { return `${name}[${unit}]/${digits}`; }
function sum(xs: number[] = [7, 8]): number { return xs.reduce((a, b) => a + b, 0); }

class Probe {
  readonly total: number;
  constructor(readonly name: string, base = 100) { this.total = base; }
  read(raw: number, gain = 3): number { return raw * gain + this.total; }
  static make(name: string, base = -1): Probe { return new Probe(name, base); }
}

const tables = JSON.parse(`[
  {"sensor":"temp"},
  {"sensor":"hum","offset":-1.5,"unit":"%","scale":[1,2,3]},
  {"sensor":"gas","offset":0,"unit":""}
]`) as Table[];

for (const { sensor, offset, unit, scale } of tables) {
  console.log(sensor, shift(10, offset), label(sensor, unit), sum(scale));
  const p = new Probe(sensor, offset);
  console.log(p.total, p.read(2, offset), Probe.make(sensor, offset).total);
}
for (const t of tables) {
  console.log(t.sensor, shift(1, t.offset), label(t.sensor, t.unit, t.offset), sum(t.scale));
}

let maybe: number | undefined;
console.log(shift(5, maybe), new Probe("m", maybe).read(1, maybe));
maybe = 0;
console.log(shift(5, maybe), new Probe("m", maybe).read(1, maybe));
const gains: (number | undefined)[] = [undefined, 4, undefined];
console.log(gains.map((g) => shift(1, g)).join(","));
const pick = (i: number): number | undefined => (i % 2 ? i : undefined);
console.log([0, 1, 2, 3].map((i) => new Probe("x").read(i, pick(i))));

// Through super(), an inherited constructor, and a tuple spread into a function.
class Base { constructor(readonly v: number, readonly w = 9) {} }
class Sub extends Base { constructor(x: number | undefined) { super(1, x); } }
class Same extends Base {}
console.log(new Sub(undefined).w, new Sub(3).w, new Same(2, maybe).w, new Same(2, gains[0]).w);
function two(a: number, b = 5, c = "c"): string { return `${a + b}${c}`; }
const pair: [number, number | undefined] = [1, undefined];
const triple: [number, number | undefined, string | undefined] = [1, 2, undefined];
console.log(two(...pair), two(...triple), two(pick(1) ?? 0, ...[pick(2)] as [number | undefined]));
