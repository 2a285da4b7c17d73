// While loops whose body is a try/catch, a catch that rethrows to the caller's try, a return from the try
// block, a closure capturing the loop counter, and a TypeError of an element past the end caught per
// iteration: the loop written twice (try-loop.ts) keeps every one of them.
class Reading {
  constructor(public sensor: string, public raw: i32) {}
}

class ParseError extends Error {
  constructor(message: string, public index: i32) {
    super(message);
    this.name = "ParseError";
  }
}

function check(raw: i32, index: i32): i32 {
  if (raw < 0) throw new ParseError(`bad raw ${raw}`, index);
  return raw >> 1;
}

function drain(items: i32[], giveUpAt: i32): i32 {
  let total: i32 = 0;
  let k: i32 = 0;
  while (k < items.length) {
    try {
      total = total + check(items[k], k);
    } catch (e) {
      if (e instanceof ParseError && e.index >= giveUpAt) throw e;
      console.log("drain skipped", k, (e as Error).message);
    }
    k++;
  }
  return total;
}

console.log("drain", drain([2, 4, -6, 8], 10));
try {
  console.log("drain", drain([2, -4, 6, -8, 10], 3));
} catch (e) {
  console.log("gave up:", (e as Error).name, (e as Error).message, e instanceof ParseError ? e.index : -1);
}

function firstValid(items: i32[]): i32 {
  for (let i: i32 = 0; i < items.length; i++) {
    try {
      return check(items[i], i);
    } catch (e) {
      console.log("invalid", i);
    }
  }
  return -1;
}
console.log("first valid", firstValid([-1, -2, 40, 50]));
console.log("first valid", firstValid([-1, -2]));

// A closure made in the try block captures that iteration's counter.
const printers: (() => string)[] = [];
for (let i: i32 = 0; i < 5; i++) {
  try {
    const half: i32 = check(i === 2 ? -1 : i * 10, i);
    printers.push(() => `printer ${i} half ${half}`);
  } catch (e) {
    printers.push(() => `printer ${i} failed`);
  }
}
for (const p of printers) console.log(p());

// Element past the end: Node's TypeError, caught in each iteration.
const readings: Reading[] = [new Reading("a", 10), new Reading("b", -3)];
let raws: i32 = 0;
let n: i32 = 0;
while (n < 4) {
  try {
    raws = raws + check(readings[n].raw, n);
  } catch (e) {
    console.log("reading", n, (e as Error).name, (e as Error).message);
  }
  n++;
}
console.log("raws", raws);
