// Functions and methods that throw, called through values (a named function passed as an argument, a
// method called by a closure, an arrow in a variable, closures in tuples): each call through a value is
// tested for a pending error, so the errors reach the catch. Companion of 480 (found with the generator).
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

// A named function that throws, used as a value: calls through the value are tested too.
function apply(f: (n: number) => number, n: number): number {
  return f(n) + 1;
}
for (const n of [4, 20]) {
  try {
    console.log("apply", apply(check, n));
  } catch (e) {
    console.log("caught", e instanceof Error ? e.message : "?");
  } finally {
    console.log("done", n);
  }
}

// A method read as a value (bound by a closure), and a throwing arrow in a variable.
const g = new Gauge(5);
const reader = (n: number): number => g.read(n);
const fail: (s: string) => number = (s) => {
  if (s.length > 2) throw new TypeError("long " + s);
  return s.length;
};
const steps: [string, () => number][] = [
  ["read 3", () => reader(3)],
  ["read 9", () => reader(9)],
  ["scale", () => g.scale(2)],
  ["fail ab", () => fail("ab")],
  ["fail abc", () => fail("abc")],
];
for (const [label, step] of steps) {
  try {
    console.log(label, step());
  } catch (e) {
    if (e instanceof RangeError) console.log(label, "range:", e.message);
    else if (e instanceof Error) console.log(label, String(e));
  }
}
