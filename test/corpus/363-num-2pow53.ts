// Integral `number` values at the 2^53 boundary (issue 12): past 2^53 doubles skip odd integers, and a
// Fibonacci or factorial sequence grows past int32, past 2^53 and into Infinity exactly as in Node.
function fib(n: number): number {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}
let big = 9007199254740990;
for (let i = 0; i < 5; i++) {
  big++;
  console.log(big, big % 2, big - 9007199254740990);
}
let neg = -9007199254740990;
for (let i = 0; i < 5; i++) neg -= 1;
console.log(neg);
console.log(fib(46), fib(47), fib(78), fib(79), fib(100));
let fact = 1;
for (let i = 1; i <= 25; i++) {
  fact = fact * i;
  if (i >= 12) console.log(i, fact, fact % 1000);
}
let grow = 3;
for (let i = 0; i < 700; i++) grow = grow * 3;
console.log(grow, grow - grow, grow * 0);
