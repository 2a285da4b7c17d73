// find/findIndex run over the length at the start, as in JavaScript: an element the predicate removes is
// visited as undefined (found by fuzzing: g6002729 popped the array inside its findIndex predicate).
let v3: number[] = [1, 2, 3, 4];
function f11(): number | undefined {
  console.log("call", v3.length);
  return v3.pop();
}
console.log(v3.findIndex((x) => x > (f11() ?? 10)));
const names = ["a", "b", "c"];
function popName(s: string): boolean {
  names.pop();
  return s === undefined;
}
console.log(names.find((s) => popName(s)), names.length);
const flags = [true, false, true];
function popFlag(b: boolean): boolean {
  flags.pop();
  return !b;
}
console.log(flags.findIndex((b) => popFlag(b)));
const ns = [5, 6, 7];
function popN(x: number): boolean {
  ns.pop();
  return x > 100;
}
console.log(ns.find((x) => popN(x)), ns.findIndex((x) => x === 9), ns.length);
