// A setter that may throw written other than as a statement `o.name = v;` is not supported (such a write is
// not tested for errors). A getter that may throw is tested after a plain `o.value` read, a destructuring
// declaration `const { value } = s` and a pattern parameter (throw-in-getter-logical.ts: what stays rejected).
class Sensor {
  private raw = -1;
  get value(): number {
    if (this.raw < 0) throw new Error("not ready");
    return this.raw;
  }
  set value(v: number) {
    this.raw = v;
  }
  /*@error TSD2261 set*/set limit(v: number) {
    if (v < 0) throw new RangeError("negative limit");
    this.raw = v;
  }
}
function show({ value }: Sensor): string {
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
