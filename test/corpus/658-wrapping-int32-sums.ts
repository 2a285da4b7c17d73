// ToInt32 of a sum or difference of two int32 values (int-exprs.ts, ts::wrapAdd/wrapSub): `(lo + hi) >> 1`,
// `(a - b) | 0` and friends, past 2^31 on both sides, against Node.
function mid(lo: number, hi: number): number {
  return (lo + hi) >> 1;
}
function bits(a: number, b: number): string {
  return `${(a + b) | 0} ${(a - b) | 0} ${(a + b) >>> 0} ${(a - b) >>> 1} ${(a + b) & 255} ${(a - b) ^ 1} ${(a + b) << 1} ${~(a - b)}`;
}
let big = 2147483640;
for (let i = 0; i < 7; i++) big++;
let small = -2147483640;
for (let i = 0; i < 8; i++) small--;
console.log(mid(0, 10), mid(big, big), mid(small, small), mid(big, small), mid(-1, 0));
console.log(bits(big, big));
console.log(bits(small, small));
console.log(bits(big, small));
console.log(bits(small, big));
console.log(bits(3, -4), bits(0, 0));
const xs: number[] = [];
for (let i = 0; i < 9; i++) xs.push(i * i);
let a = 0;
let b = xs.length - 1;
const probes: number[] = [];
while (a <= b) {
  const m = (a + b) >> 1;
  probes.push(xs[m]);
  if (xs[m] < 20) a = m + 1;
  else b = m - 1;
}
console.log(probes.join(";"), a, b, (a + 1) | 0, (b - 1) >> 1);
