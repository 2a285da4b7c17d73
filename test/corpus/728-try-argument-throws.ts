// Inside a try, an error thrown while evaluating an argument, a receiver or an operand stops the call or the
// operation that would use its value (Node's order). The argument of a call whose receiver has effects could
// not be hoisted in front of the statement, and was tested only after the statement: the outer call ran on
// the undefined result and its "Cannot read properties of undefined" replaced the first error.
class Pt {
  constructor(readonly x: number, readonly y: number) {}
  add(o: Pt): Pt { return new Pt(this.x + o.x, this.y + o.y); }
  scale(k: number): Pt {
    if (k < 0) throw new Error("negative scale " + k);
    return new Pt(this.x * k, this.y * k);
  }
  show(): string { return `(${this.x},${this.y})`; }
}
let log: string[] = [];
function note(s: string): number { log.push(s); return log.length; }
function half(n: number): number {
  if (n % 2 !== 0) throw new RangeError("odd " + n);
  return n / 2;
}
function pair(a: number, b: number): string { return a + "/" + b; }
function run(label: string, f: () => void): void {
  log = [];
  try {
    f();
    console.log(label, "ok", log.join(","));
  } catch (e) {
    console.log(label, "caught", (e as Error).message, log.join(","));
  }
}
try {
  const q = new Pt(2, 2).add(new Pt(1, 1).scale(-1));
  console.log("not reached", q.x);
} catch (e) {
  console.log("caught", (e as Error).message);
}
run("ctor", () => { const p = new Pt(half(3), note("b")); console.log(p.x); });
run("method-arg", () => { console.log(new Pt(2, 2).add(new Pt(1, 1).scale(-1)).show()); });
run("method-arg-ok", () => { console.log(new Pt(2, 2).add(new Pt(1, 1).scale(3)).show()); });
run("func-args", () => { console.log(pair(note("a"), half(5))); });
run("template", () => { console.log(`${note("t")} and ${half(7)} and ${note("u")}`); });
run("array", () => { const xs = [note("x"), half(9), note("y")]; console.log(xs.length); });
run("object", () => { const o = { a: note("p"), b: half(11), c: note("q") }; console.log(o.a); });
run("binary", () => { const v = note("l") + half(13) * note("r"); console.log(v); });
run("receiver", () => { console.log(new Pt(1, 1).scale(-2).add(new Pt(note("z"), 0)).show()); });
run("nested", () => { console.log(pair(note("n"), half(note("m") + half(15)))); });
run("ternary", () => { const v = log.length === 0 ? pair(note("c"), half(17)) : "no"; console.log(v); });
run("concat", () => { console.log("s" + note("e") + half(19) + note("f")); });
for (let i = 0; i < 3; i++) {
  try {
    console.log(new Pt(i, i).add(new Pt(1, 1).scale(i - 1)).show());
  } catch (e) {
    console.log("loop", i, (e as Error).message);
  }
}
