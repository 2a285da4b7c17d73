// Memoisation with a Map captured by a closure, and a recursive closure.
function memoize(f: (n: number) => number): (n: number) => number {
  const cache = new Map<number, number>();
  return (n) => {
    const hit = cache.get(n);
    if (hit !== undefined) return hit;
    const v = f(n);
    cache.set(n, v);
    return v;
  };
}
let calls = 0;
const slowSquare = (n: number): number => {
  calls++;
  return n * n;
};
const fastSquare = memoize(slowSquare);
console.log(fastSquare(4), fastSquare(4), fastSquare(5), calls);
const memo = new Map<number, number>();
const fib = (n: number): number => {
  if (n < 2) return n;
  const known = memo.get(n);
  if (known !== undefined) return known;
  const v = fib(n - 1) + fib(n - 2);
  memo.set(n, v);
  return v;
};
console.log(fib(90), memo.size);
