// Comparisons of a packed number[] element with a number (a.ltAt(i, b)) and of int32 sums and differences
// (compared in int64): past the end, NaN, -0, fractions and wide arrays on either side, and sums past 2^31.
function count(a: number[], lo: number, hi: number, p: number): number {
  let below = 0;
  for (let i = lo; i <= hi; i++) {
    if (a[i] < p) below++;
    if (a[i] <= p) below += 10;
    if (p > a[i]) below += 100;
    if (p >= a[i]) below += 1000;
  }
  return below;
}
function spans(lo: number, hi: number, i: number, j: number): string {
  let s = "";
  if (j - lo < hi - i) s += "a";
  if (j + lo <= hi + i) s += "b";
  if (hi - i > 0) s += "c";
  if (lo + 2147483647 > hi) s += "d";
  if (0 - lo >= j) s += "e";
  return s;
}
const xs: number[] = [];
for (let i = 0; i < 8; i++) xs.push(i * 2 - 5);
console.log("ints", count(xs, 0, 7, 1), count(xs, -2, 9, 3), count(xs, 0, 7, -5));
const p = xs[20];
console.log("undefined pivot", count(xs, 0, 7, p));
const specials: number[] = [];
specials.push(0 / 0);
specials.push(-0);
specials.push(0.5);
specials.push(2147483647 + 1);
const s0 = specials[0];
const s1 = specials[1];
const s2 = specials[2];
const s3 = specials[3];
console.log("NaN", count(xs, 0, 7, s0), "minus zero", count(xs, 0, 7, s1), "fraction", count(xs, 0, 7, s2), "2^31", count(xs, 0, 7, s3));
console.log("specials", count(specials, 0, 4, 0), count(specials, 0, 4, s1), count(specials, 0, 4, s3));
xs[3] = -0.5;
console.log("wide", count(xs, 0, 7, 0), count(xs, 0, 9, -1));
const big = 2147483647;
const small = -2147483647 - 1;
console.log(spans(0, 10, 3, 4), spans(small, big, small, big), spans(big, small, big, small), spans(big, big, small, small), spans(-5, 5, 5, -5));
let k = 0;
const top = 2147483647;
while (top - k > 2147483640) k++;
console.log("k", k);
