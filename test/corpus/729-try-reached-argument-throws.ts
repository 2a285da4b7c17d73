// Functions a try reaches (not inside the try themselves): an argument whose evaluation threw returns the
// error to the caller before the call that would use it runs (the test after a `return` statement never ran,
// and the outer call read a member of the undefined result). A member of an element past the end (or of `x!`)
// read in such an argument raised its TypeError uncaught at once: it is tested in place too.
class Pt {
  constructor(readonly x: number, readonly y: number) {}
  add(o: Pt): Pt { return new Pt(this.x + o.x, this.y + o.y); }
  scale(k: number): Pt {
    if (k < 0) throw new Error("negative scale " + k);
    return new Pt(this.x * k, this.y * k);
  }
  show(): string { return `(${this.x},${this.y})`; }
  named(s: string): string { return s + this.x; }
}
let steps = 0;
function tick(): number { return ++steps; }
function inner(k: number): Pt { return new Pt(1, 2).add(new Pt(3, 4).scale(k)); }
function label(k: number): string { return `${tick()}:${new Pt(0, 0).add(inner(k)).show()}:${tick()}`; }
function total(ks: number[]): number {
  let sum = 0;
  for (const k of ks) sum += new Pt(k, k).add(inner(k)).x;
  return sum;
}
for (const k of [2, -3]) {
  steps = 0;
  try {
    console.log("inner", inner(k).show());
    console.log("label", label(k));
  } catch (e) {
    console.log("caught", k, (e as Error).message, steps);
  }
}
try {
  console.log("total", total([1, 2, 3]));
  console.log("total", total([1, -2, 3]));
} catch (e) {
  console.log("caught total", (e as Error).message);
}
const ys: Pt[] = [new Pt(1, 1)];
const rows: number[][] = [[1]];
const words: string[] = ["a"];
let maybe: Pt | undefined;
function first(i: number): number { return new Pt(1, 1).add(new Pt(ys[i].x, 0)).x; }
try { console.log(new Pt(1, 1).add(new Pt(ys[9].x, 0)).x); } catch (e) { console.log("c1", (e as Error).message); }
try { console.log(first(0)); console.log(first(4)); } catch (e) { console.log("c2", (e as Error).message); }
try {
  console.log(new Pt(1, 1).add(new Pt(rows[0][0], 0)).x);
  console.log(new Pt(1, 1).add(new Pt(rows[3][0], 0)).x);
} catch (e) {
  console.log("c3", (e as Error).message);
}
try {
  console.log(new Pt(1, 1).named(words[0].trim()));
  console.log(new Pt(1, 1).named(words[5].trim()));
} catch (e) {
  console.log("c4", (e as Error).message);
}
try { console.log(new Pt(1, 1).add(new Pt(maybe!.x, 0)).x); } catch (e) { console.log("c5", (e as Error).message); }
