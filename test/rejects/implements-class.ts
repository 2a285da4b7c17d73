// A class that implements another class (TypeScript uses the class's instance type as an interface): Square
// is no subclass of Shape ('s instanceof Shape' is false, Shape's constructor never runs for it), so it cannot
// be lowered as a C++ base class. Declare an interface both classes implement, or extend Shape.
class Shape {
  constructor(public side: number) {}
  area(): number { return this.side * this.side; }
}
class Square implements /*@error TSD2341 the class 'Shape' used as an interface*/Shape {
  constructor(public side: number) {}
  area(): number { return 2 * this.side; }
}
const s: Shape = new Square(3);
console.log(s.area());
