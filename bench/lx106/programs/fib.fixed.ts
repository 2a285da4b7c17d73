// Benchmark: naive recursive Fibonacci with the fixed-width i32 type.
function fib(n: i32): i32 {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log("fib(24) =", fib(24));
