// A subclass that overrides only one half of an inherited getter/setter pair: in JavaScript its own accessor
// hides the other half (assigning through a getter-only override throws "Cannot set property v of #<Sub> which
// has only a getter", reading a setter-only override gives undefined), while C++'s virtual get_v/set_v kept the
// base's half (wrong output), or left an abstract one pure (g++ failed). Rejected; declaring both halves (with
// super.v) stays supported.
class Base {
  protected raw = 1;
  get v(): number {
    return this.raw;
  }
  set v(x: number) {
    this.raw = x;
  }
  static get count(): number {
    return 0;
  }
  static set count(n: number) {
    console.log(n);
  }
}
class Scaled extends Base {
  get /*@error TSD2344 'Scaled' declares only a getter for 'v' and inherits its setter from 'Base'*/v(): number {
    return this.raw * 10;
  }
}
class Offset extends Base {
  set /*@error TSD2344 'Offset' declares only a setter for 'v' and inherits its getter from 'Base'*/v(x: number) {
    this.raw = x + 100;
  }
  static get /*@error TSD2344 'Offset' declares only a getter for 'count'*/count(): number {
    return 1;
  }
}
class Both extends Base {
  get v(): number {
    return super.v * 2;
  }
  set v(x: number) {
    super.v = x - 1;
  }
}
abstract class Shape {
  abstract get size(): number;
  abstract set size(s: number);
}
class Dot extends Shape {
  get /*@error TSD2344 'Dot' declares only a getter for 'size' and inherits its setter from 'Shape'*/size(): number {
    return 1;
  }
}
const all: Base[] = [new Base(), new Scaled(), new Offset(), new Both()];
for (const b of all) {
  b.v = 5;
  console.log(b.v);
}
const d: Shape = new Dot();
d.size = 2;
console.log(d.size, Offset.count);
