// Abstract classes with abstract methods and a template method calling them.
abstract class Shape {
  constructor(readonly name: string) {}
  abstract area(): number;
  abstract perimeter(): number;
  report(): string {
    return `${this.name}: area=${this.area().toFixed(2)} perimeter=${this.perimeter().toFixed(2)}`;
  }
}
class Rect extends Shape {
  constructor(private w: number, private h: number) {
    super("rect");
  }
  area(): number {
    return this.w * this.h;
  }
  perimeter(): number {
    return 2 * (this.w + this.h);
  }
}
class Circle extends Shape {
  constructor(private r: number) {
    super("circle");
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
  perimeter(): number {
    return 2 * Math.PI * this.r;
  }
}
class Square extends Rect {
  constructor(side: number) {
    super(side, side);
  }
}
const shapes: Shape[] = [new Rect(2, 3), new Circle(1), new Square(4)];
for (const s of shapes) console.log(s.report());
let total = 0;
for (const s of shapes) total += s.area();
console.log(total.toFixed(3));
