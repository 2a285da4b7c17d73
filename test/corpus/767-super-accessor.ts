// `super.value` reading and writing the base class's accessor from a subclass's overriding accessor or method
// (plain, compound, `++`, `??=`/`||=`, a destructuring target): the C++ called the subclass's own override
// (`this->get_v()`), itself again, and the program recursed until the stack ran out.
class Gauge {
  protected raw = 0;
  get v(): number {
    return this.raw;
  }
  set v(x: number) {
    this.raw = x < 0 ? 0 : x;
  }
}
class Doubled extends Gauge {
  get v(): number {
    return super.v * 2;
  }
  set v(x: number) {
    super.v = x + 1;
  }
  bump(): string {
    super.v += 3;
    super.v++;
    const before = super.v--;
    super.v ||= 7;
    [super.v] = [super.v + 10];
    return before + "/" + super.v + "/" + this.v + "/" + this.raw;
  }
}
const d = new Doubled();
d.v = 4;
console.log(d.v, d.bump());
d.v = -9;
console.log(d.v);
const g: Gauge = d;
g.v = 2;
console.log(g.v, d.bump());
