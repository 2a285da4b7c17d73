// A loop whose body is a try/catch catches the first errors, then its catch rethrows one: the error leaves
// the second copy of the loop (try-loop.ts) and, with no try around, ends the program as Node does.
class LimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LimitError";
  }
}

function measure(x: i32): i32 {
  if (x % 5 === 4) throw new LimitError(`over the limit at ${x}`);
  return x * 2;
}

let total: i32 = 0;
let strikes: i32 = 0;
for (let x: i32 = 0; x < 30; x++) {
  try {
    total = total + measure(x);
  } catch (e) {
    strikes++;
    console.log("strike", strikes, (e as Error).message, "total", total);
    if (strikes === 3) throw e;
  }
}
console.log("not reached", total);
