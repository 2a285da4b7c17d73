// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10087 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10087
// ours stopped (exit 1) where Node went on: "Uncaught TypeError: Cannot read properties of null or undefined\n" 
// Node prints:
//   Hello, World
//   
// tsduino prints:
//   Uncaught TypeError: Cannot read properties of null or undefined
//   
// signature: MISMATCH g10087
let v1: number = -1;
function may2(k: number): number | undefined {
  if (k > 1) return k * 2;
}
enum E6 {
  A = 1,
  B = 2,
}
function toE6(n: number): E6 {
  if (n % 2 === 0) return E6.A;
  return E6.B;
}
interface R7 {
  n: number;
  s: string;
  o?: number;
}
class C8 {
  static count: number = 0;
  hidden: number = 4294967295;
  constructor(public a: number, public s: string) {
    C8.count += 1;
  }
  static make(n: number): C8 {
    return new C8(n, "key");
  }
}
class C12 {
  static count: number = 4;
  a: number;
  s: string;
  private hidden: number = 7;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
    C12.count += 1;
  }
  get p(): number {
    return this.hidden * this.a;
  }
  set p(v: number) {
    this.hidden = v;
  }
  static make(n: number): C12 {
    return new C12(n, " pad ");
  }
}
function may17(k: number): C8 | undefined {
  if (k > 5) return new C8(k, "😀");
  return undefined;
}
switch ((C8.count) % 2) {
  case 0: {
    console.log((may17(v1)?.s.length === undefined) ? "Hello, World" : "12px");
    let v24: C12 = new C12(v1, "z".trim());
    break;
  }
  case 1: 
}
