// A getter or setter that may throw is not supported (reading a property is not tested for errors).
class Sensor {
  private raw = -1;
  /*@error TSD2261 get*/get value(): number {
    if (this.raw < 0) throw new Error("not ready");
    return this.raw;
  }
}
try {
  console.log(new Sensor().value);
} catch (e) {
  console.log("caught");
}
