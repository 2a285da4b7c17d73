// `o.x = v` through a class handle that is undefined at run time (a Map lookup with `!`, an element past the
// end): Node raises a catchable "Cannot set properties of undefined (setting 'x')" after evaluating the value,
// also in a function the try block calls; `o.x += v` reads first ("reading 'x'").
class Slot {
  x = 1;
  label = "s";
}
const slots = new Map<string, Slot>();
slots.set("a", new Slot());
const list: Slot[] = [new Slot()];
function value(n: number): number {
  console.log("value", n);
  return n;
}
function store(s: Slot, n: number): void {
  s.x = value(n);
  console.log("stored", s.x);
}
function show(e: Error): void {
  console.log(e instanceof TypeError, e.message);
}
try {
  const s = slots.get("b")!;
  s.x = 5;
  console.log("not reached");
} catch (e) {
  show(e as Error);
}
try {
  const s = slots.get("b")!;
  s.label = "v" + value(2);
} catch (e) {
  show(e as Error);
}
try {
  list[3].x = value(7);
} catch (e) {
  show(e as Error);
}
try {
  store(slots.get("a")!, 4);
  store(slots.get("c")!, 6);
} catch (e) {
  show(e as Error);
}
try {
  const s = list[2];
  s.x += 1;
} catch (e) {
  show(e as Error);
}
console.log(slots.get("a")!.x, list[0].x);
