// Function-typed interface properties (optional, reading 'this' of the class) called through the interface:
// optional calls, a property assigned through the interface, an out-of-range element in a try.
interface H { onMsg?: (s: string) => void; fmt: (n: number) => string }
class A implements H {
  tag = "A";
  onMsg?: (s: string) => void;
  fmt = (n: number): string => this.tag + n.toFixed(1);
}
class B implements H {
  onMsg = (s: string): void => console.log("B got", s);
  fmt = (n: number): string => "B" + n;
}
const hs: H[] = [new A(), new B()];
for (const h of hs) {
  h.onMsg?.("x");
  console.log(h.fmt(2));
}
hs[0].onMsg = (s: string) => console.log("set on A", s);
hs[0].onMsg?.("y");
console.log(hs.map((h) => h.fmt(1.25)).join(" "));
try { hs[5].fmt(1); } catch (e) { console.log("caught", e instanceof TypeError); }
const f = hs[1].fmt;
console.log(f(3));
