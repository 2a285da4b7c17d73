// Assigning a static field through a subclass that inherits it gives the subclass its own copy in JavaScript
// (`B.n = 5` leaves `A.n` as it was, and later `A.n = 7` no longer shows through `B.n`); C++ has one variable,
// A::n, so both changed (a MISMATCH before). Rejected; reading `B.n`, and assigning `A.n`, stay supported.
class A {
  static n = 1;
  static tag = "a";
}
class B extends A {}
A.n = 2;
console.log(A.n, B.n);
/*@error TSD2343 'B.n' assigns a static field the class inherits (A.n)*/B.n = 5;
/*@error TSD2343 'B.tag' assigns a static field the class inherits (A.tag)*/B.tag += "b";
/*@error TSD2343 'B.n' assigns*/B.n++;
[/*@error TSD2343 'B.tag' assigns*/B.tag] = ["c"];
console.log(A.n, B.n, A.tag, B.tag);
