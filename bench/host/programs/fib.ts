// Benchmark: naive recursive Fibonacci (function-call heavy, number arithmetic only).
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log("fib(32) =", fib(32));
