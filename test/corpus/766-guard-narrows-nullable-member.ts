// A type guard that takes null/undefined away from members of its class or interface (`this is { next: Node2 }`
// with `next: Node2 | null`, `x is I & { v: number }`), proven by a conjunction of null tests: the narrowed value
// is the class's object (`Node2 & { next: Node2 }`), its narrowed member read like `n.next` after
// `n.next !== null`. tsduino rejected it (TSD2304), and without the proof the intersection type had no
// representation.
class Box {
  v: number | null = null;
  name = "b";
  hasV(): this is { v: number } { return this.v !== null; }
}
const b = new Box();
console.log(b.hasV());
b.v = 4;
if (b.hasV()) {
  console.log(b.v + 1, b.name, b);
  const n: number = b.v;
  console.log(n, JSON.stringify(b));
}
function use(x: Box): number { return x.hasV() ? x.v * 2 : -1; }
console.log(use(b), use(new Box()));

interface I { v: number | null; u?: string; name: string }
function isSet(x: I): x is I & { v: number } { return x.v !== null; }
function hasU(x: I): x is I & { u: string } { return typeof x.u === "string" && x.name.length > 0; }
function both(x: I): x is I & { u: string; v: number } { return x.u != null && (x.v !== null); }
const xs: I[] = [{ v: 3, name: "a" }, { v: null, u: "uu", name: "b" }, { v: 1, u: "z", name: "" }];
for (const i of xs) {
  if (isSet(i)) console.log("set", i.v * 2, i.name, i);
  else console.log("unset", i.v, i);
  if (hasU(i)) console.log("u", i.u.toUpperCase(), JSON.stringify(i));
  else console.log("no u", i.u);
  if (both(i)) console.log("both", i.u + i.v);
}
console.log(xs.filter(isSet).map((i) => i.v + 0.5));

class Node2 {
  next: Node2 | null = null;
  constructor(public val: number) {}
  hasNext(): this is { next: Node2 } { return this.next !== null; }
}
const a = new Node2(1);
a.next = new Node2(2);
a.next.next = new Node2(3);
let cur: Node2 = a;
while (cur.hasNext()) {
  console.log(cur.val, cur.next.val);
  cur = cur.next;
}
console.log(cur.val, cur.hasNext());
