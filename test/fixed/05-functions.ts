// Functions over fixed-width types: recursion, loops, accumulation with wrapping.
function gcd(a: i32, b: i32): i32 {
  while (b != 0) {
    const t: i32 = b;
    b = a % b;
    a = t;
  }
  return a;
}
function fib(n: i32): i32 {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function checksum(n: i32): u32 {
  let sum: u32 = 0;
  for (let i: i32 = 0; i < n; i++) sum = sum * 31 + u32(i);
  return sum;
}
console.log(gcd(1071, 462).toString() + " " + fib(20).toString() + " " + checksum(1000).toString());
let fact: i64 = 1;
for (let i: i64 = 1; i <= 20; i++) fact *= i;
console.log(fact.toString());
