// A destructuring whose source is a parameter (or a property) that a caller passed an element read past the end:
// Node's TypeError leaves the function and is caught by the caller's try, as for `p.a` (m-629-…-73001088). A
// nested pattern's default is what V8 names: "Cannot destructure property 'a' of 'fallback(...)'".
interface Inner { b: number }
interface Opt { a?: Inner; c?: number }
interface Holder { opt: Opt }
class Box { v = 0; }
const o = new Box();
function fallback(): Inner { return { b: 7 }; }
const spare: Inner = { b: 8 };
const opts: Opt[] = [{}, { a: { b: 3 }, c: 5 }];
function nested(p: Opt): void {
  ({ a: { b: o.v } = fallback() } = p);
  console.log("nested", o.v);
}
function literal(p: Opt): void {
  ({ a: { b: o.v } = { b: 9 } } = p);
  console.log("literal", o.v);
}
function named(p: Opt): void {
  ({ a: { b: o.v } = spare } = p);
  console.log("named", o.v);
}
function shorthand(p: Opt): void {
  let c = 0;
  ({ c = 1 } = p);
  console.log("shorthand", c);
}
function member(p: Opt): void {
  ({ c: o.v = 2 } = p);
  console.log("member", o.v);
}
function declared(p: Opt): number {
  const { c = 4 } = p;
  return c;
}
function plain(h: Holder): void {
  const { a } = h.opt;
  console.log("plain", a === undefined);
}
const holders: Holder[] = [{ opt: opts[1] }, { opt: opts[7] }];
function report(e: Error): void {
  console.log(e instanceof TypeError, e.message);
}
try { nested(opts[0]); nested(opts[1]); nested(opts[2]); } catch (e) { report(e as Error); }
try { literal(opts[0]); literal(opts[1]); literal(opts[2]); } catch (e) { report(e as Error); }
try { named(opts[0]); named(opts[1]); named(opts[2]); } catch (e) { report(e as Error); }
try { shorthand(opts[0]); shorthand(opts[1]); shorthand(opts[2]); } catch (e) { report(e as Error); }
try { member(opts[0]); member(opts[1]); member(opts[2]); } catch (e) { report(e as Error); }
try {
  console.log("declared", declared(opts[1]), declared(opts[0]));
  console.log("declared", declared(opts[3]));
} catch (e) {
  console.log((e as Error).message);
}
for (const h of holders) {
  try {
    plain(h);
  } catch (e) {
    console.log((e as Error).message);
  }
}
try {
  const p = opts[4];
  ({ a: { b: o.v } = fallback() } = p);
} catch (e) {
  console.log((e as Error).message);
}
console.log("end", o.v);
