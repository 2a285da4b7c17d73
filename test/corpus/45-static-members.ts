// Static fields and methods, a static counter updated by the constructor, static factories.
class Id {
  static count = 0;
  static readonly prefix = "id-";
  readonly value: string;
  constructor() {
    Id.count++;
    this.value = Id.prefix + Id.count;
  }
  static reset(): void {
    Id.count = 0;
  }
  static make(n: number): Id[] {
    const out: Id[] = [];
    for (let i = 0; i < n; i++) out.push(new Id());
    return out;
  }
}
console.log(Id.count);
const ids = Id.make(3);
console.log(ids.map((i) => i.value).join(","), Id.count);
Id.reset();
console.log(new Id().value, Id.count);
class MathUtil {
  static readonly TAU = 2 * Math.PI;
  static clamp(x: number, lo: number, hi: number): number {
    return Math.min(hi, Math.max(lo, x));
  }
}
console.log(MathUtil.clamp(15, 0, 10), MathUtil.clamp(-5, 0, 10), MathUtil.TAU.toFixed(4));
