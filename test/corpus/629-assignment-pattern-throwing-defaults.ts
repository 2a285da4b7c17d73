// Assignment patterns whose defaults throw (a nested pattern's default, a setter target's default): the error
// leaves the pattern where Node's does and is caught, also from a function the try block calls.
interface Inner { b: number }
interface Opt { a?: Inner; c?: number }
class Box { v = 0; set w(x: number) { this.v = x * 2; } get w(): number { return this.v; } }
const o = new Box();
function fallback(): Inner { throw new RangeError("no default"); }
function num(): number { throw new Error("no number"); }
const opts: Opt[] = [{}, { a: { b: 3 }, c: 5 }];
function apply(p: Opt): void {
  ({ a: { b: o.v } = fallback() } = p);
  console.log("applied", o.v);
}
try {
  ({ a: { b: o.v } = fallback() } = opts[1]);
  console.log("ok", o.v);
  ({ a: { b: o.v } = fallback() } = opts[0]);
} catch (e) {
  console.log(e instanceof RangeError, (e as Error).message);
}
try {
  ({ c: o.w = num() } = opts[1]);
  console.log("setter", o.v);
  ({ c: o.w = num() } = opts[0]);
} catch (e) {
  console.log((e as Error).message);
}
try {
  apply(opts[1]);
  apply(opts[0]);
} catch (e) {
  console.log((e as Error).message);
}
