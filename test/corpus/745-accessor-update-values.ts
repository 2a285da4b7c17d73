// `++`, `--`, compound and plain assignment used as values on accessors: a getter/setter pair, a setter
// inherited from a base class, static accessors, `super.value` inside an overriding accessor, `#private`
// accessors and a string accessor. The value of `o.v += 2` is the value stored (not a read after the setter),
// the receiver is evaluated once, before the read and the right side.
class Meter {
  private raw = 1;
  get v(): number {
    console.log("  get", this.raw);
    return this.raw;
  }
  set v(x: number) {
    console.log("  set", x);
    this.raw = x;
  }
}
class Scaled extends Meter {
  note(): string {
    return "scaled";
  }
}
const m = new Meter();
const old = m.v++;
const n = ++m.v;
let x = 0;
x = (m.v += 2);
console.log("values", old, n, x);
console.log("logged", (m.v *= 3), m.v-- - --m.v);
const y = (m.v = 42);
console.log("assigned", y, m.v);

const s = new Scaled();
console.log("base setter", s.v++, (s.v <<= 2), ++s.v, s.note());

class Limits {
  static #level = 5;
  static get level(): number {
    return Limits.#level;
  }
  static set level(v: number) {
    console.log("  level", v);
    Limits.#level = v;
  }
}
const before = Limits.level++;
console.log("static", before, --Limits.level, (Limits.level -= 2), (Limits.level = 9), Limits.level);
Limits.level **= 2;
console.log("static stmt", Limits.level, (Limits.level ||= 1), (Limits.level &&= 4));

class Base {
  protected stored = 1;
  get value(): number {
    return this.stored;
  }
  set value(v: number) {
    this.stored = v;
  }
}
class Doubled extends Base {
  get value(): number {
    return super.value * 2;
  }
  set value(v: number) {
    super.value = v + 1;
  }
  bump(): number {
    return super.value++;
  }
}
const d = new Doubled();
const asBase: Base = d;
console.log("super", d.value, (d.value = 3), d.value, d.bump(), d.value, asBase.value++, (asBase.value += 10), d.value);

class Tally {
  #count = 0;
  get #n(): number {
    return this.#count;
  }
  set #n(v: number) {
    this.#count = v;
  }
  step(): string {
    const a = this.#n++;
    const b = ++this.#n;
    const c = (this.#n *= 10);
    return `${a} ${b} ${c} ${this.#count++} ${(this.#count -= 5)}`;
  }
}
console.log("private", new Tally().step());

class Label {
  private text = "a";
  get t(): string {
    return this.text;
  }
  set t(v: string) {
    this.text = v;
  }
}
const l = new Label();
console.log("string", (l.t += "b"), (l.t += 1 + 2), (l.t = "z"), l.t);

let picks = 0;
function pick(): Meter {
  picks++;
  return m;
}
console.log("receiver once", pick().v++, (pick().v += 5), ++pick().v, (pick().v = 1), picks);
