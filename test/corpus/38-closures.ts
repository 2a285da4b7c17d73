// Closures that capture and mutate outer variables; counters made by a factory are independent.
function makeCounter(start: number): () => number {
  let count = start;
  return () => {
    count++;
    return count;
  };
}
const c1 = makeCounter(0);
const c2 = makeCounter(100);
console.log(c1(), c1(), c2(), c1(), c2());
let shared = 0;
const inc = (): void => {
  shared += 1;
};
const get = (): number => shared;
inc();
inc();
console.log(get(), shared);
shared = 10;
inc();
console.log(get());
interface Accumulator {
  add: (x: number) => void;
  total: () => number;
}
function makeAccumulator(): Accumulator {
  let sum = 0;
  return { add: (x: number) => { sum += x; }, total: () => sum };
}
const acc = makeAccumulator();
acc.add(5);
acc.add(7);
console.log(acc.total());
const adders: Array<(x: number) => number> = [1, 2, 3].map((n) => (x: number) => x + n);
console.log(adders.map((f) => f(10)).join(","));
