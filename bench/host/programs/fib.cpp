// Benchmark (hand-written C++ reference): naive recursive Fibonacci.
#include <cstdio>
static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main() {
  std::printf("fib(32) = %ld\n", fib(32));
  return 0;
}
