// An interface that extends a class takes the class's instance type as an interface; a class implementing
// Sized would be no instance of Shape. Rejected like `implements Shape`, also through a type alias.
class Shape {
  constructor(public side: number) {}
  area(): number { return this.side * this.side; }
}
type ShapeType = Shape;
interface Sized extends /*@error TSD2341 the class 'Shape' used as an interface*/ShapeType { name(): string; }
class Square implements Sized {
  constructor(public side: number) {}
  area(): number { return 2 * this.side; }
  name(): string { return "sq"; }
}
const s: Sized = new Square(3);
console.log(s.area(), s.name());
