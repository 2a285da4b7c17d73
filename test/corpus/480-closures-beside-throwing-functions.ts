// Closures called through values in a program whose named functions throw (found by the generator with
// everyday constructs): `fs.map((h) => h())` was rejected (TSD2262) because every call through a closure
// counted as throwing once any function could throw. Only functions that are values somewhere (closures,
// and named functions or methods used other than as a callee) can be reached that way; here none throws.
// (481 has throwing functions used as values.)
class LimitError extends Error {
  constructor(public limit: number, message: string) {
    super(message);
    this.name = "LimitError";
  }
}

function check(n: number): number {
  if (n > 10) throw new LimitError(10, "too big: " + n);
  return n * 2;
}

class Gauge {
  constructor(public max: number) {}
  read(n: number): number {
    if (n > this.max) throw new RangeError(`over ${this.max}`);
    return n;
  }
  scale(n: number): number {
    return n / this.max;
  }
}

// Closures that never throw, mapped by a built-in: accepted.
const counters: (() => number)[] = [];
for (let i = 0; i < 3; i++) counters.push(() => i * i);
console.log(counters.map((h) => h()).join(","));
const double = (n: number): number => n * 2;
console.log([1, 2, 3].map((x) => double(x)));

// Direct calls that throw, caught.
for (const n of [3, 12]) {
  try {
    console.log("check", check(n));
  } catch (e) {
    if (e instanceof LimitError) console.log(e.name, e.message, e.limit);
  }
}

const g = new Gauge(5);
for (const n of [2, 8]) {
  try {
    console.log("read", g.read(n), g.scale(n));
  } catch (e) {
    console.log("caught", e instanceof RangeError, e instanceof Error ? e.message : "");
  }
}
console.log(counters.map((h) => h() + 1));
