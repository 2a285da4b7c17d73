// Assignment patterns over values undefined at run time, and with targets that are: Node's TypeErrors are
// catchable, in the pattern's order — the source ("Cannot destructure property 'a' of 'rows[3]'", or "reading 'a'"
// when the first target is a member), a nested source ("reading 'b'"), a member target ("setting 'v'"), a getter
// that throws while the pattern reads it; also in a function the try block calls.
interface Inner {
  b: number;
}
interface Row {
  a: Inner;
  n: number;
}
class Box {
  v = 0;
  inner: Inner = { b: 0 };
}
class Source {
  constructor(private ok: boolean) {}
  get a(): Inner {
    if (!this.ok) throw new RangeError("no a yet");
    return { b: 8 };
  }
}
const rows: Row[] = [{ a: { b: 4 }, n: 1 }];
const box = new Box();
const boxes: Box[] = [box];
const named = new Map<string, Box>();
function report(e: Error): void {
  console.log(e instanceof TypeError, e instanceof RangeError, e.message);
}
function fill(target: Box, row: Row): void {
  ({ a: { b: target.v }, n: target.inner.b } = row);
  console.log("filled", target.v, target.inner.b);
}
try {
  ({ a: { b: box.v } } = rows[0]);
  console.log("b", box.v);
  ({ a: { b: box.v } } = rows[3]);
} catch (e) {
  report(e as Error);
}
try {
  ({ a: box.inner } = rows[3]);
} catch (e) {
  report(e as Error);
}
let n = 0;
try {
  ({ n, a: box.inner } = rows[4]);
} catch (e) {
  report(e as Error);
}
try {
  ({ a: { b: boxes[2].v } } = rows[0]);
} catch (e) {
  report(e as Error);
}
try {
  ({ n: named.get("x")!.v } = rows[0]);
} catch (e) {
  report(e as Error);
}
try {
  ({ a: { b: box.v } } = new Source(true));
  console.log("getter", box.v);
  ({ a: { b: boxes[7].v } } = new Source(false));
} catch (e) {
  report(e as Error);
}
try {
  fill(box, rows[0]);
  fill(named.get("y")!, rows[0]);
} catch (e) {
  report(e as Error);
}
console.log(box.v, box.inner.b, n);
