// Function-typed values and parameters: passing, returning, composing and optional callbacks.
type Op = (a: number, b: number) => number;
const add: Op = (a, b) => a + b;
const mul: Op = function (a, b) {
  return a * b;
};
function apply(op: Op, a: number, b: number): number {
  return op(a, b);
}
console.log(apply(add, 2, 3), apply(mul, 2, 3), apply((a, b) => a - b, 2, 3));
function compose(f: (x: number) => number, g: (x: number) => number): (x: number) => number {
  return (x) => g(f(x));
}
const incThenDouble = compose((x) => x + 1, (x) => x * 2);
console.log(incThenDouble(5), compose(incThenDouble, incThenDouble)(1));
const table: Op[] = [add, mul, (a, b) => a ** b];
console.log(table.map((op) => op(2, 5)).join(" "));
function maybeCall(cb?: (msg: string) => void): void {
  if (cb) cb("called");
  else console.log("no callback");
}
maybeCall();
maybeCall((m) => console.log("got", m));
let handler: ((n: number) => string) | null = null;
console.log(handler === null);
handler = (n) => "n" + n;
console.log(handler(4));
function twice(f: () => void): void {
  f();
  f();
}
let hits = 0;
twice(() => {
  hits++;
});
console.log(hits);
