// A subclass that overrides only one half of an inherited getter/setter pair: in JavaScript its own accessor
// hides the other half (assigning through a getter-only override throws "Cannot set property v of #<Sub> which
// has only a getter", reading a setter-only override gives undefined), while C++'s virtual get_v/set_v kept the
// base's half (wrong output). Rejected where a read or write may reach the hidden half (a value typed by the
// base class, the subclass, or an interface they implement; `Sub.count` read for a static getter hidden by a lone setter); a hidden half that is
// abstract at the accessor (C++ left it pure: g++ failed). Declaring both halves (with super.v) stays supported,
// and so does a use that cannot reach the hidden half.
interface Level {
  v: number;
}
class Base implements Level {
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
  get v(): number {
    return this.raw * 10;
  }
}
class Offset extends Base {
  set v(x: number) {
    super.v = x + 100;
  }
  static get count(): number {
    return 1;
  }
}
class Quiet extends Base {
  static set count(n: number) {
    console.log("quiet", n);
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
  get /*@error TSD2344 'Dot' declares only a getter for 'size', which hides the setter it inherits from 'Shape'*/size(): number {
    return 1;
  }
}
const all: Base[] = [new Base(), new Scaled(), new Offset(), new Both()];
for (const b of all) {
  /*@error TSD2344 'Scaled' declares only a getter for 'v', which hides the setter it inherits from 'Base'*/b.v = 5;
  console.log(/*@error TSD2344 'Offset' declares only a setter for 'v', which hides the getter it inherits from 'Base'*/b.v);
}
const lv: Level = new Scaled();
/*@error TSD2344 'Scaled' declares only a getter for 'v'*/lv.v++;
const s = new Scaled();
const o = new Offset();
o.v = 3;
const both = new Both();
both.v = 4;
console.log(s.v, both.v, Offset.count, Base.count);
Base.count = 3;
Quiet.count = 4;
console.log(/*@error TSD2344 'Quiet' declares only a setter for 'count', which hides the getter it inherits from 'Base'*/Quiet.count);
const d: Shape = new Dot();
console.log(d.size);
