// Recursive `number` functions at the edges of int32 (issue 12: these run on an int32 copy that falls back
// to the general version whenever JavaScript's result is not an int32): overflow past 2^31 and 2^53,
// -0 from products, remainders and negation, NaN from a remainder by zero, and arguments that are not int32.
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function pow(b: number, e: number): number {
  return e === 0 ? 1 : b * pow(b, e - 1);
}

function sumTo(n: number, acc: number): number {
  if (n === 0) return acc;
  return sumTo(n - 1, acc + n);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function negAt(n: number): number {
  if (n <= 0) return -n;
  return negAt(n - 1);
}

function zeroProduct(n: number, f: number): number {
  return n === 0 ? 0 * f : zeroProduct(n - 1, f);
}

function remByZero(n: number): number {
  return n <= 0 ? n % 0 : remByZero(n - 1);
}

function lastRem(n: number, m: number): number {
  if (n >= 0) return 0;
  if (n + 1 === 0) return n % m;
  return lastRem(n + 1, m);
}

function hash(n: number): number {
  if (n === 0) return 5381;
  const h = hash(n - 1);
  return ((h << 5) + h + n) | 0;
}

function bigHash(n: number): number {
  if (n === 0) return 5381;
  const h = bigHash(n - 1);
  return h * 33 + n;
}

function halves(n: number): number {
  return n === 0 ? -1 >>> 0 : halves(n - 1) >>> 1;
}

function ack(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

function isEvenCount(n: number): number {
  return n === 0 ? 1 : isOddCount(n - 1);
}
function isOddCount(n: number): number {
  return n === 0 ? 0 : isEvenCount(n - 1);
}

function collatz(n: number, steps: number): number {
  if (n === 1) return steps;
  let m = n;
  if (m % 2 === 0) {
    m = m >> 1;
  } else {
    m = 3 * m + 1;
  }
  return collatz(m, steps + 1);
}

function countDown(n: number, k: number): number {
  let left = n;
  left -= k;
  left++;
  return left <= 0 ? left : countDown(left - 1, k);
}

const show = (label: string, x: number) => console.log(label, x, x === 0 && 1 / x < 0 ? "(-0)" : "");

show("fib(25)", fib(25));
show("fib(2.5)", fib(2.5));
show("fib(-0)", fib(-0));
show("fib(-3)", fib(-3));
show("pow(2, 30)", pow(2, 30));
show("pow(2, 31)", pow(2, 31));
show("pow(-2, 31)", pow(-2, 31));
show("pow(-2, 32)", pow(-2, 32));
show("pow(3, 40)", pow(3, 40));
show("pow(7, 30)", pow(7, 30));
show("pow(10, 308)", pow(10, 308));
show("pow(10, 309)", pow(10, 309));
show("pow(-10, 309)", pow(-10, 309));
show("pow(0.5, 3)", pow(0.5, 3));
show("sumTo(1000, 0)", sumTo(1000, 0));
show("sumTo(1000, 2147483000)", sumTo(1000, 2147483000));
show("sumTo(100, -2147483600)", sumTo(100, -2147483600));
show("sumTo(3, 9007199254740990)", sumTo(3, 9007199254740990));
show("gcd(1071, 462)", gcd(1071, 462));
show("gcd(-12, 18)", gcd(-12, 18));
show("gcd(12, -18)", gcd(12, -18));
show("gcd(-4, 0)", gcd(-4, 0));
show("gcd(0, 0)", gcd(0, 0));
show("gcd(-2147483648, -1)", gcd(-2147483648, -1));
show("gcd(-2147483648, 6)", gcd(-2147483648, 6));
show("negAt(3)", negAt(3));
show("negAt(-5)", negAt(-5));
show("negAt(-2147483648)", negAt(-2147483648));
show("zeroProduct(4, 3)", zeroProduct(4, 3));
show("zeroProduct(4, -3)", zeroProduct(4, -3));
show("remByZero(3)", remByZero(3));
show("lastRem(-5, 1)", lastRem(-5, 1));
show("lastRem(-5, 2)", lastRem(-5, 2));
show("lastRem(-5, -1)", lastRem(-5, -1));
show("hash(100)", hash(100));
show("bigHash(5)", bigHash(5));
show("bigHash(12)", bigHash(12));
show("halves(0)", halves(0));
show("halves(3)", halves(3));
show("ack(2, 3)", ack(2, 3));
show("isEvenCount(101)", isEvenCount(101));
show("collatz(27, 0)", collatz(27, 0));
show("countDown(100, 7)", countDown(100, 7));
show("countDown(-2147483648, 1)", countDown(-2147483648, 1));
const f = fib;
show("f(20)", f(20));
let total = 0;
for (let i = 0; i < 20; i++) total += fib(i) * pow(-1, i);
show("alternating", total);
