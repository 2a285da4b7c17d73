// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10143 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10143
// error: ‘void z1_C11::set_p(double)’ marked ‘override’, but does not override
// signature: G++FAIL error: ‘…’ marked ‘…’, but does not override
class C6 {
  private hidden: number = -0;
  constructor(public a: number, public s: string) {
  }
  get p(): number {
    return this.hidden - this.a;
  }
}
class C11 extends C6 {
  xC11: number;
  constructor(a: number) {
    super(a, "0x1f");
    this.xC11 = a + 5;
  }
  set p(v: number) {
  }
}
