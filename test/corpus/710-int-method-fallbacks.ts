// Methods that update number fields from fields, parameters and integer literals (int-methods.ts gives them an
// int32 copy): every way the copy must give up and leave the call to the general body prints what Node prints:
// sums past 2^31 and 2^53, -0 from negating 0 and from products, fractions and NaN already in a field.
class Body {
  x: number;
  v: number;
  constructor(x: number, v: number) {
    this.x = x;
    this.v = v;
  }
  step(limit: number): void {
    this.x += this.v;
    if (this.x < 0 || this.x >= limit) {
      this.v = -this.v;
      this.x += 2 * this.v;
    }
  }
  scale(k: number): void {
    this.x = this.x * k;
    this.v *= -3;
  }
  nudge(): void {
    this.x++;
    --this.v;
  }
}

const cases: Body[] = [
  new Body(5, 3),
  new Body(2147483646, 1),
  new Body(2147483647, 2147483647),
  new Body(-2147483648, -1),
  new Body(0, 0),
  new Body(0.5, 1),
  new Body(9007199254740991, 1),
  new Body(NaN, 1),
  new Body(-0, 0),
  new Body(1e300, 1e300),
];
for (const b of cases) {
  b.step(10);
  console.log("step", b.x, b.v, 1 / b.x, 1 / b.v);
  b.step(2147483647);
  console.log("step big", b.x, b.v, 1 / b.x, 1 / b.v);
  b.scale(0);
  console.log("scale 0", b.x, b.v, 1 / b.x, 1 / b.v);
  b.nudge();
  console.log("nudge", b.x, b.v);
}
const neg = new Body(-4, 5);
neg.scale(-1);
console.log("scale -1", neg.x, neg.v);
neg.scale(-0.5);
console.log("scale -0.5", neg.x, neg.v);
const zero = new Body(0, 7);
zero.step(0);
console.log("limit 0", zero.x, zero.v, 1 / zero.v);
const wide = new Body(1, 1);
wide.step(1.5);
console.log("limit 1.5", wide.x, wide.v);
wide.step(-0);
console.log("limit -0", wide.x, wide.v);
const big = new Body(1073741824, 1073741823);
big.step(10);
console.log("2*v past 2^31", big.x, big.v);
const flip = new Body(-5, 0);
flip.step(10);
console.log("v 0 bounce", flip.x, flip.v, 1 / flip.v);
