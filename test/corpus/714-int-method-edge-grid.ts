// Every pair of edge values (0, -0, ±1, ±2^30, ±2^31, 2^31 - 1, 2^53, a fraction, NaN, Infinity) through
// methods with int32 copies (int-methods.ts): sums, differences, products by a constant and by a field,
// negation and comparisons; each result is printed with its sign (1 / x tells -0), so any copy that keeps a
// value JavaScript would not have gives a different line.
class Cell {
  a: number;
  b: number;
  constructor(a: number, b: number) {
    this.a = a;
    this.b = b;
  }
  mix(k: number): void {
    const s = this.a + this.b;
    const d = this.a - this.b;
    if (s > d || this.a === k) {
      this.a = s * 2 - k;
    } else {
      this.a = -d;
    }
    this.b = this.b * this.a;
  }
  flip(): void {
    this.a = -this.a;
    this.b -= 1;
  }
}
const edges = [0, -0, 1, -1, 1073741824, -1073741824, 2147483647, -2147483648, 2147483648, 9007199254740992, 0.5, NaN, Infinity];
let lines = 0;
for (const x of edges) {
  const row: string[] = [];
  for (const y of edges) {
    const c = new Cell(x, y);
    c.mix(3);
    const e = new Cell(y, x);
    e.flip();
    row.push(`${c.a}/${1 / c.b}|${e.a}/${1 / e.a}/${e.b}`);
  }
  console.log(x, row.join(" "));
  lines++;
}
console.log("lines", lines);
