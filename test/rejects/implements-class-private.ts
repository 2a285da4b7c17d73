// A class with a private member cannot be implemented by another class: TypeScript rejects it itself.
class Shape {
  private k = 1;
  constructor(public side: number) {}
  area(): number { return this.side * this.side + this.k; }
}
class /*@error TS2720 incorrectly implements class*/Square implements Shape {
  constructor(public side: number) {}
  area(): number { return 2 * this.side; }
}
console.log(new Square(3).area());
