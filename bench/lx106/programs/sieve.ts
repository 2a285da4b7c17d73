// Benchmark: sieve of Eratosthenes over a boolean array, with plain `number` indices and counters.
const N = 20000;
const composite: boolean[] = [];
for (let i = 0; i <= N; i++) composite.push(false);
let count = 0;
for (let i = 2; i <= N; i++) {
  if (!composite[i]) {
    count++;
    for (let j = i * i; j <= N; j += i) composite[j] = true;
  }
}
console.log("primes up to", N, "=", count);
