// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 11406 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 11406
// line 1: node "0.30000000000000004 true v=-1234567.891|b-1>false" ours ""
// Node prints:
//   0.30000000000000004 true v=-1234567.891|b-1>false
//   
// tsduino prints:
//   
// signature: MISMATCH g11406
let v1: string = "b";
function may2(k: number): number | undefined {
  if (k > 2) return k * 2;
  return undefined;
}
interface R4 {
  n: number;
  s: string;
  o?: number;
}
class C5 {
  static count: number = 0;
  constructor(a: number, s: string) {
  }
  label(): string {
    return (v1.at(-1) ?? " pad ").substring(-2);
  }
  static make(n: number): C5 {
    return new C5(n, "ABC");
  }
}
function may10(k: number): C5 | undefined {
  if (k > 0) return new C5(k, "  42  ");
}
const v24: C5 = C5.make(0);
v1 += `${-1}>${false}`;
v1 = v1.slice(-30);
if (v24.label().endsWith(v1)) {
  if (false || (1e21 - 1e-7)) {
    console.log(v24.label().length);
  } else {
  }
} else if (!(v24.label().length && !true)) {
  console.log(0.30000000000000004, true, `v=${(0 - 1234567.891)}|${v1}`);
}
