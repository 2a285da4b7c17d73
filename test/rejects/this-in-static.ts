// `this` (and `super.x` other than a method call) in a static member is the class the member was reached
// through: after `Sub.count = 5` a subclass has its own copy of the static. C++ has no `this` in a static
// member function (g++ failed); rejected. `super.m()` calling a base class's static method is supported.
class A {
  static n = 1;
  static get label(): string {
    return "A" + /*@error TSD2342 'this' in a static member*/this.n;
  }
  static who(): string {
    return "A.who " + A.n;
  }
  static twice = () => /*@error TSD2342 'this' in a static member*/this.n * 2;
}
class B extends A {
  static who(): string {
    return "B>" + super.who() + " " + /*@error TSD2342 'super' in a static member*/super.label;
  }
  get inst(): number {
    return (() => this.other)();
  }
  other = 3;
}
console.log(B.who(), A.twice(), new B().inst);
