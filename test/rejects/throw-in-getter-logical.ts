// A getter that may throw read by a logical assignment (`o.value ||= 1`: the read decides whether the setter runs)
// is not supported; `o.value++`, `o.value += 1`, destructuring declarations and parameters and assignment
// patterns test the read.
class Sensor {
  private raw = -1;
  get value(): number {
    if (this.raw < 0) throw new Error("not ready");
    return this.raw;
  }
  set value(v: number) {
    this.raw = v;
  }
}
try {
  const s = new Sensor();
  s.value++;
  s.value += 2;
  /*@error TSD2261 getter*/s.value ||= 1;
} catch (e) {
  console.log("caught");
}
