// Classes whose number fields are written outside their own methods' statements keep no int state
// (int-method-state.ts): a write from outside (p.x = 0.5), a write through another handle in a method, a destructuring target, a
// write inside an arrow function of a method, an assignment used as a value. Their int32 copies test each field.
class Free {
  x: number;
  v: number;
  constructor(x: number, v: number) {
    this.x = x;
    this.v = v;
  }
  step(): void {
    this.x += this.v;
    if (this.x > 100) this.v = -this.v;
  }
}
class Pair {
  x = 1;
  y = 2;
  step(): void {
    this.x += this.y;
  }
  swap(): void {
    [this.x, this.y] = [this.y + 0.5, this.x];
  }
}
class Later {
  n = 0;
  k = 1;
  step(): void {
    this.n += this.k;
  }
  each(values: number[]): void {
    values.forEach((v) => {
      this.k = v;
    });
  }
}
class Loop {
  n = 0;
  k = 1;
  step(): void {
    this.n += this.k;
  }
  last(values: number[]): void {
    for (const v of values) {
      const old = (this.k = v);
      this.n -= old;
      this.step();
    }
  }
}
class Named {
  s = 3;
  t = 4;
  step(): void {
    this.s *= this.t;
  }
  give(other: Named, t: number): void {
    other.t = t;
  }
}

const f = new Free(1, 50);
f.step();
f.x = 0.5;
f.step();
console.log("free", f.x, f.v);
f.x = -0;
f.v = -0;
f.step();
console.log("free -0", f.x, f.v, 1 / f.x);
const p = new Pair();
p.step();
p.swap();
p.step();
console.log("pair", p.x, p.y);
const l = new Later();
l.step();
l.each([2, 0.25]);
l.step();
console.log("later", l.n, l.k);
const o = new Loop();
o.last([1, 2.5, -0]);
o.step();
console.log("loop", o.n, o.k, 1 / o.k);
const n = new Named();
n.step();
n.give(n, 0.5);
n.step();
console.log("named", n.s, n.t);
