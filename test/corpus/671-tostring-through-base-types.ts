// String(x), `${x}`, "" + x, join and x.toString() of an object whose static type declares no toString()
// (an interface it implements, a base class, a union of classes, an Error variable holding a subclass that
// declares one): the dynamic class's toString(), as in JavaScript. The conversion was chosen by the static type,
// so these printed "[object Object]" (found by the mutation fuzzer: m-612-…-65000247, `String(named)` of a
// class instance seen through an interface).
interface Named {
  name: string;
}
interface Sized {
  size(): number;
}
class Led implements Named, Sized {
  constructor(public name: string, private pin: number) {}
  size(): number {
    return this.pin;
  }
  toString(): string {
    return `Led(${this.name}@${this.pin})`;
  }
}
class BigLed extends Led {
  toString(): string {
    return "Big" + super.toString();
  }
}
class Plain implements Named {
  name = "plain";
}
const named: Named = new Led("status", 2);
const sized: Sized = new BigLed("power", 5);
console.log(String(named), `${sized}`, "at " + named, named.toString(), sized.toString());
const all: Named[] = [new Led("a", 1), new Plain(), new BigLed("b", 3)];
console.log(all.join(" | "), String(all));

class Root {
  constructor(public v: number) {}
}
class Mid extends Root {}
class Leaf extends Mid {
  toString(): string {
    return "leaf" + this.v;
  }
}
const r: Root = new Leaf(3);
const m: Mid = new Leaf(4);
console.log(String(r), r.toString(), `${m}`, new Root(1).toString(), String(new Mid(2)));

class Counter {
  constructor(public n: number) {}
  toString(): number {
    return this.n * 2;
  }
}
function pick(i: number): Leaf | Plain | Counter {
  return i === 0 ? new Leaf(i) : i === 1 ? new Plain() : new Counter(i);
}
for (let i = 0; i < 3; i++) {
  const u = pick(i);
  console.log(i, String(u), `<${u}>`, u.toString());
}

class Fault extends Error {
  toString(): string {
    return "Fault!" + this.message;
  }
}
const e: Error = new Fault("boom");
const plainError: Error = new RangeError("range");
console.log(String(e), `${e}`, e.toString(), String(plainError), plainError.toString());
