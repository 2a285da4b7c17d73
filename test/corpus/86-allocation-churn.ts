// Allocates and drops many short-lived objects, arrays, strings and closures; the result must be exact.
class Particle {
  constructor(public x: number, public v: number) {}
  step(): Particle {
    return new Particle(this.x + this.v, this.v * 0.5);
  }
}
let total = 0;
for (let i = 0; i < 50000; i++) {
  const p = new Particle(i % 10, 1).step().step();
  const arr = [p.x, p.v, i];
  const label = "p" + arr.length;
  const f = (): number => p.x + label.length;
  total += f();
}
console.log(total);
