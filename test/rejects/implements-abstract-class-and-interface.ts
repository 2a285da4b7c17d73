// An abstract class used as an interface next to a real interface: the class is still no subclass of it
// ('instanceof Shape' is false), so this is rejected at the class in the implements clause.
interface Named { name(): string; }
abstract class Shape { abstract area(): number; }
class Square implements Named, /*@error TSD2341 the class 'Shape' used as an interface*/Shape {
  constructor(public side: number) {}
  area(): number { return 2 * this.side; }
  name(): string { return "square"; }
}
const s: Shape = new Square(3);
console.log(s.area(), s instanceof Shape);
