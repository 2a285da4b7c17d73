// Benchmark: sieve of Eratosthenes over a boolean array, repeated (array indexing in tight loops).
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
let total = 0;
for (let round = 0; round < 3; round++) total += countPrimes(1000000);
console.log("primes", total);
