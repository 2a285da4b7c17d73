// number[] in loops whose bounds come from elements, with indexes from elements (a[a[i]]), a sieve-like
// pass with stride, and an element used as a loop counter's limit after it becomes a fraction.
const next: number[] = [];
for (let i = 0; i < 10; i++) next.push((i * 3 + 1) % 10);
let at = 0;
let path = 0;
for (let step = 0; step < 12; step++) {
  at = next[at];
  path = path * 10 + at;
}
console.log("path", path, path % 65536);
const marks: number[] = [];
for (let i = 0; i <= 30; i++) marks.push(1);
for (let p = 2; p * p <= 30; p++) {
  if (marks[p] > 0) for (let k = p * p; k <= 30; k += p) marks[k] = 0;
}
let primes = 0;
let lastPrime = 0;
for (let i = 2; i <= 30; i++) if (marks[i] > 0) {
  primes++;
  lastPrime = i;
}
console.log("primes", primes, lastPrime);
const limits: number[] = [];
limits.push(3);
limits.push(2.5);
let count = 0;
for (let i = 0; i < limits[0]; i++) count++;
for (let i = 0; i < limits[1]; i++) count++;
console.log("count", count);
const idx: number[] = [];
idx.push(1.5);
idx.push(2);
const viaFraction = next[idx[0]];
const viaInt = next[idx[1]];
console.log("indexes", viaFraction, viaInt);
