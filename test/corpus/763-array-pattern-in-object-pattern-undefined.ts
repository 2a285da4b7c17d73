// An array pattern that is a property of a declaration's, an assignment's or a parameter's outermost object
// pattern (`const { a: [x] } = o`) over a value undefined at run time: V8 reads Symbol.iterator through the outer
// source, "TypeError: Cannot destructure property 'Symbol(Symbol.iterator)' of 'o' as it is undefined." (a
// parameter: of 'undefined', a for-of variable: of '.for', an object literal: of '{(intermediate value)}'); one
// nested deeper is "undefined is not iterable (cannot read property Symbol(Symbol.iterator))". tsduino raised
// "Cannot read properties of undefined (reading '0')", uncaught even inside a try.
const rows: number[][] = [[1]];
const o = { a: rows[5], b: { c: rows[6] } };
const p = { q: { a: rows[5] } };
function t() {
  try { const { a: [x] } = o; console.log(x); } catch (e) { console.log("1", (e as Error).message); }
  try { const { a: [x, y] } = o; console.log(x, y); } catch (e) { console.log("2", (e as Error).message); }
  try { const { b: { c: [z] } } = o; console.log(z); } catch (e) { console.log("3", (e as Error).message); }
  try { const { a: [...r] } = o; console.log(r); } catch (e) { console.log("5", (e as Error).message); }
  try { let q: number; ({ a: [q] } = o); console.log(q); } catch (e) { console.log("6", (e as Error).message); }
  try { const { q: { a: [w] } } = p; console.log(w); } catch (e) { console.log("7", (e as Error).message); }
  try { const { a: [x] } = p.q; console.log(x); } catch (e) { console.log("8", (e as Error).message); }
  try { const { a: [x] } = { a: rows[7] }; console.log(x); } catch (e) { console.log("9", (e as Error).message); }
  try { const { a: [x] = [5] } = o; console.log(x); } catch (e) { console.log("10", (e as Error).message); }
  try { f({ a: o.a }); } catch (e) { console.log("11", (e as Error).message); }
  try { for (const { a: [x] } of [o]) console.log(x); } catch (e) { console.log("12", (e as Error).message); }
}
function f({ a: [x] }: { a: number[] }) { console.log(x); }
t();
interface H { a: number[]; n: number }
const rows2: number[][] = [[7, 8]];
const hs: H[] = [{ a: rows2[0], n: 1 }, { a: rows2[3], n: 2 }];
function inner(h: H) { const { a: [x] } = h; return x; }
function inner2(h: H) { let x = 0; ({ a: [x] } = h); return x; }
function inner3(h: H) { const { n, a: [x, ...r] } = h; return n + x + r.length; }
function inner4({ a: [x] }: H) { return x; }
function inner5(h: H) { const { a: [x] } = h; return x; }
for (const h of hs) {
  try { console.log(inner(h)); } catch (e) { console.log("a", (e as Error).message); }
  try { console.log(inner2(h)); } catch (e) { console.log("b", (e as Error).message); }
  try { console.log(inner3(h)); } catch (e) { console.log("c", (e as Error).message); }
  try { console.log(inner4(h)); } catch (e) { console.log("c4", (e as Error).message); }
  try { const { a: [x] } = hs[1]; console.log(x); } catch (e) { console.log("d", (e as Error).message); }
}
class K { a: number[] = rows2[4]; m(): number { const { a: [x] } = this; return x; } }
try { console.log(new K().m()); } catch (e) { console.log("e", (e as Error).message); }
console.log(inner5(hs[0]));
console.log(inner5(hs[1]));
