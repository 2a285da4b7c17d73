// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10155 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10155
// line 1: node "3.14 NaN" ours "3.14 -0"
// Node prints:
//   3.14 NaN
//   7
//   
// tsduino prints:
//   3.14 -0
//   7
//   
// signature: MISMATCH g10155
let v1: number[] = [32, 5e-324];
let v2: number[] = [];
function may3(k: number): number | undefined {
  if (k > 1) return k * 2;
  return undefined;
}
function may4(k: number): string | undefined {
  if (k > 2) return "s" + k;
  return undefined;
}
interface R5 {
  n: number;
  s: string;
  o?: number;
}
class C6 {
  static count: number = 3;
  a: number;
  s: string;
  hidden: number = -1;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
    C6.count += 1;
  }
  get p(): number {
    return this.hidden + this.a;
  }
  set p(v: number) {
    this.hidden = Math.trunc(v);
  }
  m1(x: number): number {
    this.a *= v1.reduce((acc, x) => Math.max(acc, x), this.s.indexOf("12px"));
    return this.a;
  }
  label(): string {
    return this.s;
  }
  static make(n: number): C6 {
    return new C6(n, "  42  ");
  }
}
function may13(k: number): C6 | undefined {
  if (k > 0) return new C6(k, "abc");
}
v1 = ([1e21]).slice(0, 23);
console.log("3.14", !(parseInt("0x1f") && (Number("0.30000000000000004") == 4294967295)) ? "NaN" : "-0");
console.log((7).toFixed(0));
