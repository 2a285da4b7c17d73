// Classes whose int32 method copies keep a per-object state (int-method-state.ts): while it is set, the fields
// hold int32 values in [-2^30, 2^30) and the copy adds them without overflow tests. Values at and across the
// edges of that range (2^30 - 1, 2^30, -2^30, -2^30 - 1, 2^31 - 1, -2^31) and negating -2^30 print what Node
// prints; an object whose fields leave the range and come back is stepped again.
class Mover {
  x: number;
  v: number;
  constructor(x: number, v: number) {
    this.x = x;
    this.v = v;
  }
  step(limit: number): void {
    this.x += this.v;
    if (this.x < -limit || this.x >= limit) {
      this.v = -this.v;
      this.x += 2 * this.v;
    }
  }
  shift(d: number): void {
    this.x -= d;
    this.v = this.v - d;
  }
}

const edges = [1073741823, 1073741824, -1073741824, -1073741825, 2147483647, -2147483648, 536870912, -536870912];
for (const e of edges) {
  const m = new Mover(e, 1);
  m.step(2147483647);
  console.log("x", e, "->", m.x, m.v);
  const n = new Mover(0, e);
  n.step(1073741824);
  console.log("v", e, "->", n.x, n.v);
  n.step(2147483647);
  console.log("v again", n.x, n.v);
  n.shift(-1);
  console.log("shift", n.x, n.v);
  n.shift(1073741823);
  console.log("shift big", n.x, n.v);
}
const back = new Mover(1073741823, 1);
back.step(2147483647);
console.log("out", back.x, back.v);
back.shift(10);
console.log("in again", back.x, back.v);
back.step(2147483647);
console.log("stepped", back.x, back.v);
const neg = new Mover(0, -1073741824);
neg.step(5);
console.log("negate -2^30", neg.x, neg.v);
neg.step(5);
console.log("again", neg.x, neg.v);
const spin: Mover[] = [];
for (let i = 0; i < 20; i++) spin.push(new Mover(i * 53687091 - 536870910, (i % 5) * 268435455 - 536870910));
let total = 0;
for (let t = 0; t < 12; t++) {
  for (const s of spin) s.step(1073741824);
}
for (const s of spin) total += s.x - s.v;
console.log("total", total);
