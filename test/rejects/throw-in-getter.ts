// A setter that may throw written other than as a statement `o.name = v;` is not supported (such a write is
// not tested for errors); nor is a getter that may throw read by a destructuring parameter (a plain `o.value`
// read and a destructuring declaration `const { value } = s` are tested).
class Sensor {
  private raw = -1;
  get value(): number {
    if (this.raw < 0) throw new Error("not ready");
    return this.raw;
  }
  /*@error TSD2261 set*/set limit(v: number) {
    if (v < 0) throw new RangeError("negative limit");
    this.raw = v;
  }
}
function show({ /*@error TSD2261 value*/value }: Sensor): string {
  return `${value}`;
}
try {
  const s = new Sensor();
  console.log(s.value);
  console.log((s.limit = 3));
  const { value } = s;
  console.log(value, show(s));
} catch (e) {
  console.log("caught");
}
