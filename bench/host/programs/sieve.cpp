// Benchmark (hand-written C++ reference): sieve of Eratosthenes over a std::vector<bool>, repeated.
#include <cstdio>
#include <vector>
static long countPrimes(long limit) {
  std::vector<bool> composite;
  for (long i = 0; i <= limit; i++) composite.push_back(false);
  long count = 0;
  for (long i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    count++;
    for (long j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return count;
}
int main() {
  long total = 0;
  for (int round = 0; round < 3; round++) total += countPrimes(1000000);
  std::printf("primes %ld\n", total);
  return 0;
}
