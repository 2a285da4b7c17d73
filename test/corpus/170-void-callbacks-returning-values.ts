// Callbacks typed `() => void` whose bodies return a value (push, unshift, pop), stored in fields, arrays, maps,
// returned and called through `?.()`. `m.get(k)?.()` has the type `void | undefined`, which was lowered as a
// double (g++: void value not ignored as it ought to be).
interface Task { run: () => void; }
let hits: number[] = [];
const t: Task = { run: () => hits.push(1) };
t.run();
const fns: (() => void)[] = [];
fns.push(() => hits.push(2));
fns.push(() => console.log("y"));
for (const fn of fns) fn();
function make(): () => void {
  return () => hits.push(5);
}
make()();
class Btn {
  handler: () => void = () => hits.push(6);
  on(fn: () => void): void { this.handler = fn; }
}
const b = new Btn();
b.handler();
b.on(() => hits.unshift(7));
b.handler();
let cb: (() => void) | undefined = () => hits.pop();
cb?.();
const pick: () => void = hits.length > 2 ? () => hits.push(8) : () => hits.push(9);
pick();
const m = new Map<string, () => void>();
m.set("a", () => hits.push(10));
m.get("a")?.();
console.log(hits.join(","));
