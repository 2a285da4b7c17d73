// `class Square implements Shape` with Shape a class is rejected (TSD2341, test/rejects/implements-class.ts);
// the supported rewrite: an interface with Shape's members that both classes implement. A Square is then no
// instance of Shape, as under Node for the original program, and dispatch goes through the interface.
interface ShapeLike {
  side: number;
  area(): number;
}
class Shape implements ShapeLike {
  constructor(public side: number) {}
  area(): number {
    return this.side * this.side;
  }
}
class Square implements ShapeLike {
  constructor(public side: number) {}
  area(): number {
    return 2 * this.side;
  }
}
class Cube extends Shape {
  area(): number {
    return 6 * super.area();
  }
}
const shapes: ShapeLike[] = [new Shape(3), new Square(3), new Cube(2), { side: 5, area: () => 1 }];
for (const s of shapes) {
  console.log(s.side, s.area(), s instanceof Shape, s instanceof Square, s instanceof Cube);
}
const s: ShapeLike = new Square(4);
s.side = 7;
console.log(s.area(), JSON.stringify(s));
