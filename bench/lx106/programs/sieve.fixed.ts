// Benchmark: sieve of Eratosthenes over a boolean array, with i32 indices and counters.
const N: i32 = 20000;
const composite: boolean[] = [];
for (let i: i32 = 0; i <= N; i++) composite.push(false);
let count: i32 = 0;
for (let i: i32 = 2; i <= N; i++) {
  if (!composite[i]) {
    count++;
    for (let j: i32 = i * i; j <= N; j += i) composite[j] = true;
  }
}
console.log("primes up to", N, "=", count);
