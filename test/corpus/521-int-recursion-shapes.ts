// Recursive `number` functions of many shapes (issue 12's int32 copies): locals and reassignment, compound
// assignments, early returns, bitwise operators, mutual recursion, a pure helper, calls from loops and with
// arguments that are not int32 (fractions, NaN, Infinity, -0), and a result that overflows deep inside.
function digitsSum(n: number): number {
  if (n < 10) return n;
  let rest = n;
  let d = rest % 10;
  rest -= d;
  rest = rest / 10 === 0 ? 0 : digitsSum((rest - (rest % 10)) / 10 + (rest % 10));
  return d + rest;
}

function clampStep(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function walk(n: number, x: number): number {
  if (n === 0) return x;
  const next = clampStep(x + ((n * 7) % 11) - 5, -20, 20);
  return walk(n - 1, next);
}

function bits(n: number, acc: number): number {
  if (n === 0) return acc;
  let a = acc;
  a ^= n << 3;
  a |= n & 5;
  a <<= 1;
  a >>= 1;
  a %= 1000003;
  a *= 3;
  a -= n;
  a += 1;
  return bits(n - 1, a);
}

function unsignedMix(n: number): number {
  if (n <= 0) return 0;
  return ((unsignedMix(n - 1) * 31) ^ n) >>> 0;
}

function evenSum(n: number): number {
  if (n <= 0) return 0;
  return n % 2 === 0 ? n + oddSum(n - 1) : oddSum(n - 1);
}
function oddSum(n: number): number {
  if (n <= 0) return 0;
  return n % 2 !== 0 ? -n + evenSum(n - 1) : evenSum(n - 1);
}

function tri(n: number): number {
  if (n === 0) return 0;
  let t = tri(n - 1);
  t++;
  t += n - 1;
  return t;
}

function power(b: number, e: number): number {
  if (e === 0) return 1;
  const half = power(b, e >> 1);
  const sq = half * half;
  return (e & 1) === 1 ? sq * b : sq;
}

function depth(n: number): number {
  if (!(n > 0)) return 0;
  return 1 + depth(n - 1);
}

function choose(n: number, k: number): number {
  if (k === 0 || k === n) return 1;
  return choose(n - 1, k - 1) + choose(n - 1, k);
}

function negs(n: number): number {
  if (n === 0) return 0;
  const v = -negs(n - 1);
  return v - 1;
}

const results: number[] = [];
console.log("digitsSum", digitsSum(987654321), digitsSum(2147483647), digitsSum(5));
console.log("walk", walk(50, 0), walk(30, 2.5));
console.log("bits", bits(40, 1), bits(20, -7), bits(10, 0.5));
console.log("unsignedMix", unsignedMix(3), unsignedMix(12), unsignedMix(40));
console.log("evenSum", evenSum(100), oddSum(99), evenSum(7.5));
console.log("tri", tri(100), tri(300), tri(0));
console.log("power", power(3, 13), power(3, 20), power(2, 31), power(-2, 31), power(-3, 33), power(2, 64), power(10, 22), power(10, 23));
console.log("power non-int", power(1.5, 4), power(-0, 3), power(NaN, 2), power(Infinity, 3), power(2, 0));
console.log("depth", depth(100), depth(NaN), depth(Infinity === Infinity ? 3 : 4), depth(2.5));
console.log("choose", choose(20, 10), choose(30, 15) === 155117520);
console.log("negs", negs(0), negs(1), negs(2), negs(5));
for (let i = -3; i < 40; i += 7) results.push(power(i, 9) + choose(i > 0 ? (i % 12) + 2 : 2, 2));
console.log("loop", results.join(","));
const twice = (f: (n: number) => number, n: number) => f(f(n));
console.log("as value", twice(tri, 5), twice(depth, 7));
let acc = 0;
for (let i = 0; i < 300; i++) acc += tri(i) - power(2, i % 40);
console.log("acc", acc);
