// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10096 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10096
// error: no matching function for call to ‘toString(ts::Ref<z1_C6>&)’
// signature: G++FAIL error: no matching function for call to ‘…’
class C6 {
  a: number;
  s: string;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
  }
}
const v18: C6 = new C6(Math.fround(0), "1e3".repeat(2));
if (true) {
  for (let i21 = 0; i21 < 1; i21++) {
      let v22: string[] = [String(v18), "😀".toUpperCase(), "ü", `<${i21}${"x-y-z"}`];
    }
}
