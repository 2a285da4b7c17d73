// An assignment to an optional member used as a value: its value is the assigned value, in that value's type
// ((o.f = true) is a boolean, (o.n = undefined) is undefined, (o.n ??= 5) a number), not the member's declared type.
interface O { f?: boolean; n?: number; s?: string }
const o: O = {};
const r = (o.f = undefined);
console.log(r, o.f);
const b = (o.f = true);
console.log(b, o.f);
let x = 0;
x = (o.n = 5);
console.log(x, o.n);
console.log(o.s = undefined);
console.log((o.n = undefined), o.n);
console.log(o.s = "hi");
interface P { f?: boolean; n?: number; s?: string; z: number | null; m?: number }
class C { v?: number; w: string | undefined = "a"; }
const p: P = { z: 1 };
const c = new C();
let y = 0;
y = (p.n = 5) + 1;
console.log(y, `${p.s = "x"}`, p.s);
if ((p.f = true)) console.log("yes");
if (!(p.f = false)) console.log("no");
console.log((p.z = null), p.z);
console.log((p.z = 7) * 2);
p.n = p.m = 3;
console.log(p.n, p.m);
const q = (c.v = undefined);
console.log(q, c.v, (c.v = 2.5), (c.w = undefined), c.w);
let u: boolean | undefined = (p.f = undefined);
console.log(u);
const ss: string = (p.s = "z") + "!";
console.log(ss, (p.s = undefined));
function g(p?: number) { const a = (p = 4) + 1; const b = (p = undefined); return b === undefined ? a : 0; }
console.log(g());
const arr: (number | undefined)[] = [1, 2];
console.log((arr[0] = undefined), (arr[1] = 9) + 1, arr);
interface R { f?: boolean; n?: number; s?: string }
const rr: R = {};
const a2 = (rr.n ??= 5);
console.log(a2 + 1, rr.n);
const b2 = (rr.s ||= "d");
console.log(b2.length, rr.s);
const c2 = (rr.f ??= true);
console.log(c2, rr.f);
let k2 = 0;
k2 = (rr.n = 7) * (rr.n = 2);
console.log(k2);
const arr2: R[] = [{}, { n: 1 }];
console.log((arr2[1].n = 9) + 1, (arr2[0].f = false) || "x");
