// `?.` after a class or enum name (`Id?.count`, a corpus mutant, m-45-static-members-263) is `.`: the name is never
// nullish and has no C++ value to test (g++: expected primary-expression).
class Id {
  static count = 0;
  static readonly prefix = "id-";
  static next(): number { return ++Id.count; }
  readonly value: string;
  constructor() {
    this.value = Id.prefix + Id?.count + Id?.next();
  }
}
enum Color { Red, Green = 5 }
console.log(new Id().value, new Id().value, Id?.prefix.length, Color?.Green);
