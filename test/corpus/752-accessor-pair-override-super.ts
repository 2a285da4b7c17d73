// A subclass overriding an inherited getter/setter pair (both halves: one alone is TSD2344, as JavaScript then
// hides the other half), forwarding to super.v, used through a base-typed variable: `b.v = x`, `b.v += x`,
// `b.v++`, and a read, each dispatched to the subclass's half. A static pair overridden the same way.
class Meter {
  protected raw = 1;
  get v(): number {
    return this.raw;
  }
  set v(x: number) {
    this.raw = x;
  }
  static get unit(): string {
    return "m";
  }
  static set unit(u: string) {
    console.log("meter unit", u);
  }
}
class Scaled extends Meter {
  get v(): number {
    return super.v * 10;
  }
  set v(x: number) {
    super.v = x / 10;
  }
  static get unit(): string {
    return "dm";
  }
  static set unit(u: string) {
    console.log("scaled unit", u, Meter.unit);
  }
}
class Clamped extends Scaled {
  get v(): number {
    return Math.min(super.v, 100);
  }
  set v(x: number) {
    if (x < 0) throw new RangeError(`negative ${x}`);
    super.v = x;
  }
}
const meters: Meter[] = [new Meter(), new Scaled(), new Clamped()];
for (const b of meters) {
  b.v = 50;
  const first = b.v;
  b.v += 70;
  b.v++;
  console.log(first, b.v);
  try {
    b.v = -1;
    console.log("stored", b.v);
  } catch (e) {
    console.log("refused:", (e as Error).message, b.v);
  }
}
console.log(Meter.unit, Scaled.unit);
Meter.unit = "km";
Scaled.unit = "cm";
