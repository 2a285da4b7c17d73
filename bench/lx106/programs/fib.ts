// Benchmark: naive recursive Fibonacci (calls, compares, additions) with plain `number`.
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log("fib(24) =", fib(24));
