// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10291 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10291
// ours stopped (exit 1) where Node went on: "Uncaught RangeError: index out of range\n" 
// Node prints:
//   straße 4294967298
//   -3.75 abc 3
//   straße 4294967298
//   -3.75 abc 3
//   straße 4294967298
//   -3.75 abc 3
//   
// tsduino prints:
//   Uncaught RangeError: index out of range
//   
// signature: MISMATCH g10291
let v1: number[] = [5e-324, 5];
let v2: number = 1.7976931348623157e308;
let v3: boolean = false;
function may4(k: number): number | undefined {
  if (k > 0) return k * 2;
}
class C7 {
  static count: number = 5;
  a: number;
  s: string;
  hidden: number = 1;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
    C7.count += 1;
  }
  get p(): number {
    return this.hidden + this.a;
  }
  set p(v: number) {
    this.hidden = Math.trunc(v);
  }
  m1(x: number): number {
    return 5;
  }
  label(): string {
    console.log(!(v2 && isNaN(this.p)) ? "straße" : this.s, (Math.ceil(3) + (4294967296 - this.p)));
    return (this.p).toFixed(2);
  }
  static make(n: number): C7 {
    return new C7(n, "k2");
  }
}
class C10 extends C7 {
  xC10: number;
  constructor(a: number) {
    super(a, "");
    this.xC10 = a + 3;
  }
  get qC10(): number {
    return this.xC10 * 2;
  }
}
function may14(k: number): C7 | undefined {
  if (k > 4) return new C7(k, "z");
}
function rec17(n: number): number {
  return n === 0 ? 0 : (n % 10) + rec17(Math.floor(n / 10));
}
v1[v1.length] = Infinity;
let v36: C10 = new C10(rec17((v2 >>> 0) % 7));
let v37: number[] | undefined = [v2, v2, "key".length, Number("abc")].filter((x) => x > (0 / 0));
v1.push((1234567.891 * 1e-7));
let v38: Set<number> = new Set<number>([v2, v2, v2]);
for (let i39 = 0; i39 <= 4; i39 += 2) {
  let v40: number = (v36.p / v1.length);
  let v41: number | undefined = v37?.[0];
  console.log((v40 - v36.label().length), "abc", "abc".length);
}
