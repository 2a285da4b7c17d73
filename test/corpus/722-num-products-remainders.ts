// Integral `number` products and remainders past int32 (issue 12, the host's 64-bit paths of ts::Num): a
// Lehmer generator whose products pass 2^31, products past 2^53 that round, -0 from a zero product with a
// negative factor and from the remainder of a negative dividend, remainders of large integral values by
// constant and variable divisors; a sieve function returning its count (its inner counter passes int32 as
// i * i) and a Map counted through get/set in a long loop, as bench/host's sieve and maps do.
function show(v: number): string {
  return v === 0 && 1 / v < 0 ? "-0" : String(v);
}

function lehmer(seed: number, steps: number): number {
  let x = seed;
  for (let i = 0; i < steps; i++) x = (x * 48271) % 2147483647;
  return x;
}

function products(): string[] {
  const out: string[] = [];
  let a = 1;
  let c = -2147483647;
  for (let i = 0; i < 14; i++) {
    a = a * -7 + i;
    c = c + i * 99991;
    const b = 46341 - i * 3;
    const row = [a, b, c, a * b, a * a, b * b, c * c, c * b, c * a, (a - a) * -b, -a * (b - b), (c - c) * c];
    out.push(row.map(show).join(" "));
  }
  return out;
}

function remainders(divisor: number): string[] {
  const out: string[] = [];
  let v = 1;
  for (let i = 0; i < 24; i++) {
    v = v * 7 + i;
    const big = v * 131071;
    const negative = -big;
    const r1 = big % 2147483647;
    const r2 = big % divisor;
    const r3 = negative % divisor;
    const r4 = (negative * divisor) % divisor;
    out.push([big, r1, r2, show(r3), show(r4)].join(" "));
  }
  return out;
}

function countPrimes(limit: number): number {
  const composite: boolean[] = [];
  for (let i = 0; i <= limit; i++) composite.push(false);
  let count = 0;
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return count;
}

function zeroProducts(n: number): string {
  let a = n - n;
  let b = -n;
  const p = a * b;
  const q = b * a;
  a = a * 5;
  return [show(p), show(q), show(a), show(b * 0)].join(" ");
}

console.log("lehmer", lehmer(1, 1000), lehmer(123456789, 20000));
for (const line of products()) console.log(line);
for (const line of remainders(1000003)) console.log(line);
for (const line of remainders(97)) console.log(line);
console.log("primes", countPrimes(20000), countPrimes(100));
console.log("zero", zeroProducts(3), zeroProducts(0));

const counts = new Map<number, number>();
let x = 1;
for (let i = 0; i < 40000; i++) {
  x = (x * 48271) % 2147483647;
  const k = x % 500;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
let maxKey = -1;
let maxCount = 0;
for (const [k, c] of counts) {
  if (c > maxCount) {
    maxCount = c;
    maxKey = k;
  }
}
console.log("map", counts.size, maxKey, maxCount);
