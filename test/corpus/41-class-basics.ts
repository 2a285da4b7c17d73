// Classes: fields with initialisers, parameter properties, methods using this, objects as references.
class Point {
  label = "pt";
  visits = 0;
  constructor(public x: number, public y: number) {}
  lengthSquared(): number {
    this.visits++;
    return this.x * this.x + this.y * this.y;
  }
  translate(dx: number, dy: number): Point {
    return new Point(this.x + dx, this.y + dy);
  }
  describe(): string {
    return `${this.label}(${this.x}, ${this.y})`;
  }
}
const p = new Point(3, 4);
console.log(p.describe(), p.lengthSquared(), p.visits);
const q = p.translate(1, -1);
console.log(q.describe(), p.describe());
const alias = p;
alias.x = 10;
alias.label = "moved";
console.log(p.describe(), alias === p, q === p);
class Counter {
  private count: number;
  readonly step: number;
  constructor(step: number) {
    this.count = 0;
    this.step = step;
  }
  tick(): this {
    this.count += this.step;
    return this;
  }
  value(): number {
    return this.count;
  }
}
const c = new Counter(5);
console.log(c.tick().tick().tick().value());
