// `class A implements B` where B extends C: A gets neither B's nor C's field initialisers and is no instance
// of either; a class used as an interface is rejected wherever it sits in a hierarchy.
class C { x = 1; }
class B extends C { y = 2; }
class A implements /*@error TSD2341 the class 'B' used as an interface*/B { x = 3; y = 4; }
const a: B = new A();
console.log(a.x + a.y, a instanceof B);
