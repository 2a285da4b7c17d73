// toString() defined only in subclasses, called through variables typed as the base class: String(x),
// template literals and string concatenation call the subclass's method (fuzz finding g6004997); a base
// instance still prints [object Object], and a deeper subclass overrides its parent's toString.
class Shape {
  constructor(public id: number) {}
  area(): number {
    return 0;
  }
}
class Square extends Shape {
  constructor(id: number, public side: number) {
    super(id);
  }
  area(): number {
    return this.side * this.side;
  }
  toString(): string {
    return `Square#${this.id}(${this.side})`;
  }
}
class Cube extends Square {
  toString(): string {
    return "Cube:" + super.toString();
  }
}
class Dot extends Shape {}

const shapes: Shape[] = [new Square(1, 3), new Cube(2, 4), new Dot(3), new Shape(4)];
for (const s of shapes) {
  console.log(`${s}`, String(s), "is " + s, s.area());
}
const labels = shapes.map((s) => String(s)).join(" | ");
console.log(labels);
console.log(shapes.length);
