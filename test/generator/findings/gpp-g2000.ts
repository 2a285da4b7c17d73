// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 2000 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 2000
// error: invalid operands of types ‘double’ and ‘double’ to binary ‘operator&’
let v1: number = -1;
let v2: number = v1;
let v3: string = "ü";
function may5(k: number): string | undefined {
  if (k > 3) return "s" + k;
  return undefined;
}
class C7 {
  static count: number = 5;
  a: number;
  s: string;
  hidden: number = Infinity;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
    C7.count += 1;
  }
  get p(): number {
    return this.hidden * this.a;
  }
  set p(v: number) {
    this.hidden = Math.trunc(v);
  }
  m1(x: number): number {
    switch (String(v3)) {
      case "a": {
        console.log(!(true ? false : false), this.s.length, Number(" pad ".toLowerCase()));
        switch (String(String((may5(this.a) ?? v3)))) {
          default: {
            v1 &= this.s.charCodeAt(0);
          }
        }
        break;
      }
      case "": 
    }
    console.log(v1);
    return (((-2) ** 0) >>> Math.max(this.p, 0.1));
  }
  label(): string {
    return ("key" + String(v2));
  }
  static make(n: number): C7 {
    return new C7(n, "3.14");
  }
}
