// Inside a class, a module-level function or variable that shares its name with a member of the class (its
// own, inherited or static) is still the module-level one, as in TypeScript: a static guard that wraps the
// global guard of the same name, a field `count` next to a global `count`, a method `size` next to `size()`.
let count = 5;
function size(): number { return 10; }
function isNum(v: number | string): v is number { return typeof v === "number"; }
class Meter {
  count = 1;
  size(): number { return 2; }
  show(): string { return `${count} ${size()} ${this.count} ${this.size()}`; }
  static total(): number { return size() + count; }
  scaled(): () => number { return () => size() * count + this.count; }
}
class Probe extends Meter {
  static isNum(v: number | string): v is number { return isNum(v); }
  check(v: number | string): string { return Probe.isNum(v) ? "num " + (v + count) : "text " + v.length; }
}
const m = new Meter();
console.log(m.show(), Meter.total(), m.scaled()());
count = 7;
const p = new Probe();
console.log(p.show(), p.check(3), p.check("abc"), [1, "x", 2].filter(Probe.isNum).length, p.scaled()());
