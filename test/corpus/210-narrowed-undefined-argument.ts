// A variable narrowed to undefined (or null) by an assignment, passed to a `T | undefined` parameter: it keeps
// its declared C++ type (the compiler emitted `.value()` on a Ref, which g++ rejected).
class P { constructor(public v: number) {} }
function f(p: P | undefined): string {
  return p === undefined ? "none" : String(p.v);
}
function g(p: P | null): string {
  return p === null ? "null" : String(p.v);
}
function h(n: number | undefined): string {
  return n === undefined ? "no number" : String(n + 1);
}
let k: P | undefined = new P(3);
console.log(f(k));
k = undefined;
console.log(f(k));
let m: P | null = new P(4);
console.log(g(m));
m = null;
console.log(g(m));
let n: number | undefined = 5;
console.log(h(n));
n = undefined;
console.log(h(n));
let later: P | undefined;
const read = () => later;
console.log(f(later), f(read()));
later = new P(7);
console.log(f(later), f(read()));
