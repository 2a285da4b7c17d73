// A class implementing an interface's function-typed property with an arrow-function field, called through
// the interface (`h.onMsg(s)` with `h: H`, in arrays of H, read into a variable, reassigned): the interface's
// get_ accessor's closure is called (g++ failed: 'class H' has no member named 'onMsg').
interface H { onMsg: (s: string) => void; count: number }
interface Shape { area(): number; label(): string }
class Sq implements Shape {
  constructor(private side: number) {}
  area(): number { return this.side * this.side; }
  label(): string { return "sq" + this.side; }
}
class Counter implements H {
  count = 0;
  onMsg = (s: string): void => { this.count++; console.log("count", this.count, s); };
}
const s2: Shape = { area: () => 3, label: () => "lit" };
const shapes: Shape[] = [s2, new Sq(2), new Sq(3)];
console.log(shapes.map((x) => x.label() + "=" + x.area()).join(","));
let total = 0;
for (const x of shapes) total += x.area();
console.log(total);
const c = new Counter();
const h: H = c;
h.onMsg("a");
const g = h.onMsg;
g("b");
const hs: H[] = [c, { count: 5, onMsg: (s: string) => console.log("lit", s) }];
for (const x of hs) x.onMsg("c");
console.log(c.count, hs[1].count);
h.onMsg = (s: string) => console.log("replaced", s);
c.onMsg("d");
