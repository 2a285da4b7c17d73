// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 11165 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 11165
// line 1: node "10 NaN false" ours "10 NaN true"
// Node prints:
//   10 NaN false
//   10 NaN true
//   10 NaN true
//   
// tsduino prints:
//   10 NaN true
//   10 NaN true
//   10 NaN true
//   
// signature: MISMATCH g11165
function may2(k: number): string | undefined {
  if (k > 5) return "s" + k;
  return undefined;
}
enum E5 {
  A = 0,
  B = 7,
}
interface R6 {
  n: number;
  s: string;
  o?: number;
}
class C7 {
  static count: number = 2;
  a: number;
  s: string;
  private hidden: number = 255;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
    C7.count += 1;
  }
  static make(n: number): C7 {
    return new C7(n, "1e3");
  }
}
function may13(k: number): C7 | undefined {
  if (k > 4) return new C7(k, "é");
  return undefined;
}
function may14(k: number): R6 | undefined {
  if (k > 4) return { n: k, s: "r" + k };
  return undefined;
}
function rec15(n: number): number {
  return n === 0 ? 0 : (n % 10) + rec15(Math.floor(n / 10));
}
function f16(p17: number, p18: number, p19: number = -1): number {
  let v20: string[] = ["line\nbreak"];
  if ((String("3.14") !== "aaa") || String("1e3")) {
  } else {
  }
  return (4294967295 * ((may2(p18)?.length ?? p17) - Math.max(p19, p18)));
}
let v29: number = parseFloat("a".replace("a", ""));
v29 *= ((false || String("b") ? v29 : 0) >> v29);
const v30: C7 | undefined = may13((v29 / v29));
{
  if (String(`v=${v29}>${!(v29 || false)}`)) {
    for (let i31 = 0; i31 < 3; i31++) {
      let v32: number[] = [(v29 ^ v29)].map((x) => E5.A);
      console.log(may13((false ? 31 : 10))?.a, v29, v32.every((x) => x !== (!(v29 || false) ? i31 : 31)));
      const v33: C7 = C7.make(v29);
    }
  } else {
    console.log(f16(f16(v29, v29, 4294967296), -1, v29));
  }
}
