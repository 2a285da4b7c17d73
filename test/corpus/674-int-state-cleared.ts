// A per-object int state (int-method-state.ts) is cleared by every write of a covered field outside the int32
// copies: a fraction, -0, NaN, Infinity or a value past 2^31 written by another method, a setter or the
// constructor sends the next call of the copy to the general body, and an int written back makes it fast again.
class Cell {
  a: number;
  b: number = 0;
  constructor(a: number) {
    this.a = a;
    this.b += a * 2;
  }
  step(): void {
    this.a += this.b;
    this.b -= 1;
  }
  put(a: number, b: number): void {
    this.a = a;
    this.b = b;
  }
  halve(): void {
    this.a /= 2;
  }
  bump(): void {
    this.b++;
    this.b *= 3;
  }
  set first(v: number) {
    this.a = v;
  }
  get first(): number {
    return this.a;
  }
}

const c = new Cell(3);
const show = (label: string) => console.log(label, c.a, c.b, 1 / c.a, 1 / c.b);
c.step();
show("int");
c.halve();
show("halve");
c.step();
show("fraction");
c.put(4, 2);
c.step();
show("int again");
c.put(-0, 0);
c.step();
show("-0");
c.put(0, -0);
c.step();
show("b -0");
c.put(NaN, 1);
c.step();
show("NaN");
c.put(5, Infinity);
c.step();
show("Infinity");
c.put(2147483647, 1);
c.step();
show("past 2^31");
c.put(1073741823, 1073741823);
c.step();
show("2^31 - 2");
c.bump();
c.step();
show("bump");
c.first = 0.25;
c.step();
show("setter");
c.first = 7;
c.step();
show("setter int");
c.put(9007199254740991, 1);
c.step();
show("2^53");
const d = new Cell(1.5);
d.step();
console.log("ctor fraction", d.a, d.b, d.first);
const e = new Cell(536870912);
e.step();
e.step();
console.log("ctor big", e.a, e.b);
