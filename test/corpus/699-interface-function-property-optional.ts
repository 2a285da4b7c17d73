// Function-typed interface properties (optional, reading 'this' of the class, provided by a getter, declared
// without a value) called through the interface: optional calls, properties assigned through the interface.
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
interface H3 { cb: () => number; get2?: () => string; n?: number }
class K3 implements H3 {
  private v = 1;
  get2?: () => string;
  n?: number;
  get cb(): () => number { return () => this.v++; }
}
const h3: H3 = new K3();
console.log(h3.cb(), h3.cb(), h3.get2?.(), h3.n);
h3.get2 = () => "set";
h3.n = 4;
console.log(h3.get2?.(), h3.n, h3.get2!());
const t: [string, () => number] = ["x", () => 3];
console.log(t[1](), t.length);
const tt: [number, boolean, string][] = [[1, true, "a"], [2, false, "b"]];
console.log(tt.map((r) => r.join("/")).join(" "), tt[0].length);
