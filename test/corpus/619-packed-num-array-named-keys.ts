// A number[] stored packed (ts::Array<ts::Num>: its elements only read into numbers, stored and pushed) keeps
// a store at a key that is not an array index as a named property: read back at the same key, never an element.
function fill(xs: number[], n: number): void {
  for (let i = 0; i < n; i++) xs.push(i * 3 - 4);
}
function at(xs: number[], i: number): number {
  const v = xs[i];
  return v;
}
const p: number[] = [];
fill(p, 4);
let k = 0;
p[k - 1] = 7;
p[k - 0.5] = 2.5;
p[k / 0 - k / 0] = 3;
p[k - 1] = at(p, k - 1) + 10;
const r = at(p, -1) + at(p, -0.5);
const q = at(p, -1) * 2 + at(p, NaN) + at(p, -7);
console.log("packed", r, q, at(p, -0.5), at(p, 2), p.length, at(p, 4), at(p, -2));
p[1] = at(p, -1);
const c = at(p, 1);
let sum = 0;
for (let i = -2; i < 6; i++) {
  const v = p[i];
  if (v > 0) sum += v;
}
console.log("copied", c, sum);
const counts: number[] = [];
fill(counts, 3);
for (let i = 0; i < 5; i++) {
  counts[i - 3] = i;
  counts.push(i);
}
const c0 = counts[-3];
const c1 = counts[-1];
const c2 = counts[0];
console.log("loop", c0, c1, c2, counts.length);
