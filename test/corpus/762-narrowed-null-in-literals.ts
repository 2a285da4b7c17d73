// A value narrowed to `null`, `undefined` or `null | undefined` (`if (x === null) { const o = { v: x } }` with
// x: number | null) stored in an object literal, an array, a Map or passed on: its C++ variable keeps the
// declared type (ts::Opt<double>) while the literal's field has the narrowed one (a g++ failure), and a field
// typed `null | undefined` was a double (`{"v":0}`).
interface P { n: number }
interface A { v: number | null }
interface Q { v: string | null; w: P | null; b: boolean | null }
function takeS(s: string | null): string { return s === null ? "was null" : s; }
function takeP(p: P | null | undefined): string { return p === null ? "pnull" : p === undefined ? "pundef" : "p" + p.n; }

function f(x: number | null) {
  if (x === null) {
    const o = { v: x };
    console.log(o, JSON.stringify(o));
    const a: A = { v: x };
    console.log(a, JSON.stringify(a));
  }
}
f(null);
f(3);

function g(s: string | null, p: P | null, b: boolean | null, n: number | null) {
  if (s === null && p === null && b === null && n === null) {
    const q: Q = { v: s, w: p, b: b };
    console.log(q, JSON.stringify(q));
    const o = { s, p, b, n };
    console.log(o, JSON.stringify(o));
    console.log([s, n], JSON.stringify([p, b]));
    console.log(takeS(s), takeP(p), takeS(n), takeP(n), JSON.stringify({ a: [n], m: { z: p } }));
    const m = new Map<string, string | null>();
    m.set("k", n);
    const m2 = new Map<number, null>();
    m2.set(1, n);
    console.log(m, m.get("k"), m2);
    const nn: string | null = n;
    console.log(nn, typeof nn);
  }
}
g(null, null, null, null);

function h(n?: number, s?: string) {
  if (n === undefined && s === undefined) {
    console.log(takeP(n), [n, s], JSON.stringify([n, s]));
    const o = { n, s };
    console.log(o, JSON.stringify(o));
  }
}
h();

function k(v: number | null | undefined) {
  if (typeof v !== "number") {
    const o = { v };
    console.log(o, JSON.stringify(o), [v], takeP(v), JSON.stringify([v]));
  }
}
k(null);
k(undefined);
k(2);

class C {
  constructor(public y: number | null) {}
  show(): void {
    if (this.y === null) {
      const o = { y: this.y };
      console.log(o, JSON.stringify(o));
    }
  }
}
new C(null).show();
