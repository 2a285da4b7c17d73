// The sieve of Eratosthenes on a boolean array, plus prime gaps and twin primes.
const limit = 2000;
const composite: boolean[] = [];
for (let i = 0; i <= limit; i++) composite.push(false);
const primes: number[] = [];
for (let i = 2; i <= limit; i++) {
  if (composite[i]) continue;
  primes.push(i);
  for (let j = i * i; j <= limit; j += i) composite[j] = true;
}
console.log(primes.length, primes.slice(0, 10).join(","), primes[primes.length - 1]);
let maxGap = 0;
let twins = 0;
for (let k = 1; k < primes.length; k++) {
  const gap = primes[k] - primes[k - 1];
  if (gap > maxGap) maxGap = gap;
  if (gap === 2) twins++;
}
console.log("max gap", maxGap, "twins", twins);
