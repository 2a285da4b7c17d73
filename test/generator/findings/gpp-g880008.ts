// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 880008 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 880008
// error: cannot convert ‘ts::String’ to ‘double’ in assignment
// signature: G++FAIL error: cannot convert ‘…’ to ‘…’ in assignment
let v1: boolean = true;
let v2: string = "-0";
let v3: number = 4294967295;
class C6 {
  static count: number = 0;
  a: number;
  s: string;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
  }
}
if (!(C6.count || (v1 || v1))) {
  const v27: number = Math.fround((v3 / v3));
console.log(`v=${32}${v1 || v2}`.lastIndexOf(`v=${v3}${true}`), 5, ~(v27));
} else {
}
