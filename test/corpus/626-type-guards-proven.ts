// User-defined type guards whose bodies prove their claims (typeof, instanceof, discriminants, null checks,
// `this is`, `asserts`), used in if, filter, find and after an assertion.
class Shape {
  name(): string { return "shape"; }
  isCircle(): this is Circle { return false; }
}
class Circle extends Shape {
  r = 2;
  override isCircle(): this is Circle { return true; }
}
class Square extends Shape { side = 3; }
class BigCircle extends Circle { override name(): string { return "big"; } }
interface Temp { kind: "temp"; c: number }
interface Note { kind: "note"; text: string }
type Msg = Temp | Note;
function isTemp(m: Msg): m is Temp { return m.kind === "temp"; }
function isNum(v: number | string | undefined): v is number { return typeof v === "number"; }
function isText(v: string | undefined): v is string { return v !== undefined; }
function isSquare(s: Shape): s is Square { return s instanceof Square; }
function squareOf(s: Circle | Square): s is Square {
  if (s instanceof Circle) return false;
  return true;
}
function assertNum(v: number | string): asserts v is number {
  if (typeof v !== "number") throw new TypeError("not a number: " + v);
}
const shapes: Shape[] = [new Circle(), new Square(), new BigCircle()];
for (const s of shapes) {
  if (s.isCircle()) console.log(s.name(), "r", s.r * 2);
  if (isSquare(s)) console.log("side", s.side + 1);
  if (s instanceof Circle || s instanceof Square) console.log("square?", squareOf(s));
}
const msgs: Msg[] = [{ kind: "note", text: "hi" }, { kind: "temp", c: 21 }, { kind: "temp", c: 23 }];
console.log(msgs.filter(isTemp).map((t) => t.c).join(","), msgs.find(isTemp)?.c);
const vals: (number | string | undefined)[] = [1, "two", undefined, 3, "4"];
console.log(vals.filter(isNum).reduce((a, b) => a + b, 0));
for (const v of vals) {
  if (typeof v === "string" && isText(v)) console.log(v.length);
  if (!isNum(v)) console.log("not a number:", v);
}
for (const x of [7, "seven"]) {
  try {
    assertNum(x);
    console.log(x + 1);
  } catch (e) {
    console.log(e instanceof TypeError, (e as Error).message);
  }
}
console.log(shapes.filter((s): s is Circle => s instanceof Circle).length);
class LinkError extends Error {
  code = 7;
}
function isLinkError(e: Error): e is LinkError {
  return e instanceof LinkError;
}
for (const fail of [true, false]) {
  try {
    if (fail) throw new LinkError("link down");
    throw new RangeError("out of range");
  } catch (e) {
    const err = e as Error;
    console.log(isLinkError(err) ? `link ${err.code} ${err.message}` : `other ${err.message}`);
  }
}
