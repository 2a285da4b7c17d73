// Functions returning a number whose loops use int32 parameters and locals (interval analysis), fill loops
// bounded by a parameter or a variable, and int32 products past 2^31: results exactly Node's.
function countPrimes(limit: number): number {
  const composite: boolean[] = [];
  for (let i = 0; i <= limit; i++) composite.push(false);
  let count = 0;
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return count + composite.length * 1000;
}
console.log(countPrimes(100), countPrimes(1), countPrimes(0), countPrimes(-5), countPrimes(2));
function fillTo(n: number, v: number): number {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(7);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * v;
  return s + a.length;
}
console.log(fillTo(5, 2), fillTo(0, 3), fillTo(-1, 1), fillTo(3, 2.5), fillTo(4, -0));
let bound = 3;
const filled: string[] = [];
for (let i = 1; i <= bound; i++) filled.push("z");
bound = 6;
for (let i = 1; i <= bound; i++) filled.push("y");
console.log(filled.join(""), filled.length);
function sumSquares(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += i * i;
  return total;
}
console.log(sumSquares(10), sumSquares(50000), sumSquares(70000));
function lcg(seed: number, steps: number): number {
  let x = seed;
  for (let i = 0; i < steps; i++) x = (x * 48271) % 2147483647;
  return x;
}
console.log(lcg(1, 10), lcg(2147483646, 3), lcg(123456789, 1000));
const products = [65536 * 65536, -65536 * 65536, 46341 * 46341, 46340 * 46340, 2147483647 * 2, -2147483648 * -1, 3 * -0];
let p = 1;
for (let i = 0; i < 40; i++) p = p * 3;
let q = -7;
for (let i = 0; i < 12; i++) q *= 10;
console.log(products.join(","), 1 / products[6], p, q, p % 1000, q % 7);
