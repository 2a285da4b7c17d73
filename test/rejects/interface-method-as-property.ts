// An interface method implemented by an arrow-function property: the interface's method is a C++ virtual
// function, the property a field of the same name.
interface Shape { area(): number }
class Square implements Shape {
  constructor(private side: number) {}
  /*@error TSD2355 implementing the method*/area = () => this.side * this.side;
}
const s: Shape = new Square(2);
console.log(s.area());
