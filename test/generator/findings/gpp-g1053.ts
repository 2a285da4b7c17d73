// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 1053 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 1053
// error: no matching function for call to ‘toString(ts::Ref<z0_C7>&)’
class C7 {
  static count: number = 5;
  a: number;
  s: string;
  private hidden: number = 4294967295;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
  }
}
function f11(p12: string, p13: number[]): number {
  let v14: C7 = new C7(Math.abs(1.7976931348623157e308), "0x1f".slice(-2, 0));
  console.log((p12 ? p12 : String(v14)), p12);
  return ~(10);
}
