// Issue 11: a handler taken from a table into a local variable (`const handler = table[code]`) and called
// later raises Node's "handler is not a function" when the slot is past the end, catchable in the caller's
// caller; an interrupt-style event dispatcher counts the unknown events and goes on.
type Handler = (value: number) => number;

const table: Handler[] = [(v) => v + 1, (v) => v * 2, (v) => v - 3];
const names = ["inc", "dbl", "dec"];
let handled = 0;

function run(code: number, value: number): number {
  const handler = table[code];
  const label = names[code];
  handled++;
  return handler(value) + label.length * 0;
}

function runAll(events: [number, number][]): number[] {
  const out: number[] = [];
  for (const [code, value] of events) out.push(run(code, value));
  return out;
}

const batches: [number, number][][] = [[[0, 1], [1, 5]], [[2, 10], [7, 1], [0, 0]], [[1, 21]]];
for (const batch of batches) {
  try {
    console.log(runAll(batch).join(" "));
  } catch (e) {
    if (e instanceof TypeError) console.log(`${e.name}: ${e.message} after ${handled}`);
  }
}
try {
  const late = table[3];
  console.log(late(4));
} catch (e) {
  console.log((e as Error).message);
}
console.log("handled", handled);
