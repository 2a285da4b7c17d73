// Arithmetic of range-proven int32 variables (int-exprs.ts): + - * % whose every intermediate result is
// proven int32 and never -0 is int32_t arithmetic; anything that could leave int32 or give -0 (a product
// with a negative factor, a remainder of a negative value, a sum past 2^31, a division) keeps the exact
// number. The results print as Node prints them.
let seed = 42;
let sum = 0;
const seen: number[] = [];
for (let i = 0; i < 500; i++) {
  seed = (seed * 75 + 74) % 65537;
  if (i % 100 === 0) seen.push(seed);
  sum = (sum * 31 + seed) % 1000003;
}
console.log("seeds", seen.join(","), "sum", sum);

// Products and sums near the int32 limits: proven ones in range, the others past 2^31 and 2^53.
function edges(a: number, b: number): string {
  const p = a * b;
  const q = (a + b) * 2;
  const r = a - b - 2147483647;
  const m = (a * 3 + 1) % (b + 1);
  return `${p} ${q} ${r} ${m} ${a * 46341} ${(b - a) % 7}`;
}
let lo = 0;
let hi = 46340;
while (lo < hi) {
  if (lo % 2 === 0) lo += 11585;
  else lo++;
}
console.log(edges(lo, hi), edges(46340, 46340), edges(0, 46340), edges(46340, 0));

// A negative value: its remainder and products keep -0 where Node has it.
let neg = -4;
for (let i = 0; i < 3; i++) neg = neg - 2;
const z = neg % 2;
const w = neg * 0;
console.log(z, w, 1 / z, 1 / w, (neg * neg) % 5, neg + 10 - 3);

// A variable that grows by a proven step: its sum with a literal stays int32 until the bound.
let step = 1;
let total = 0;
for (let i = 0; i < 40; i++) {
  if (step < 1000000) step = step * 2 + 1;
  total = (total + step * 2) % 2147483647;
}
console.log(step, total, step * 2 + 1, (step + 7) * 3);

// A variable with a negative interval: sums and differences stay int32 (negative results too), a product or
// remainder that may see a negative operand keeps the exact number (-0 from -3 % 3 and 0 * -1).
function negatives(): void {
  let q = -5;
  const qs: number[] = [];
  for (let i = 0; i < 12; i++) {
    if (q < 5) q++;
    qs.push(q - 10, q + q, (q + 5) * 3, (q + 5) % 4, q * q, q % 3);
    if (q % 3 === 0) console.log("q", q, 1 / (q % 3), 1 / (q * 0), 1 / (q - q));
  }
  console.log(qs.join(","));
}
negatives();

// Loop counters (integers.ts records their interval, the exit test included): arithmetic on them is int32 where
// it stays int32 and never -0, else exact (past 2^31 near the top, -0 from a down-counter's remainder).
const N = 6;
const cs: number[] = [];
for (let i = 0; i < N; i++) cs.push(i - 1, i * 2 + 1, (i + 1) % 4, N - i);
for (let i = 5; i >= 0; i--) cs.push((i + 1) * 2, i - 5, i * i);
for (let i = 3; i > -3; i--) cs.push(i * 3, i % 2, 1 / (i * 0));
for (let i = 2147483640; i < 2147483647; i++) if (i % 3 === 0) cs.push(i + 1, i * 2, i - 2147483647);
for (let i = 10; i < 5; i++) cs.push(i);
console.log(cs.join(","));
