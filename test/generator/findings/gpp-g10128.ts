// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10128 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10128
// error: ‘class z7_C5’ has no member named ‘get_p’; did you mean ‘set_p’?
// signature: G++FAIL error: ‘…’ is not a member of ‘…’
class C5 {
  a: number;
  s: string;
  private hidden: number = -2.5;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
  }
  set p(v: number) {
  }
  m1(x: number): number {
    let v6: number[] = [this.a, parseInt("é", 2), Math.ceil(-0), this.a].filter((x) => x < this.p);
    return x;
  }
}
