// `?.` after a class or enum name (`Id?.count`, a corpus mutant, m-45-static-members-263) is `.`: the name is never
// nullish and has no C++ value to test (g++: expected primary-expression). The same for the runtime's globals
// (`Math?.PI`, m-43-abstract-classes-5057, was rejected).
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
console.log(Math?.PI.toFixed(3), Math?.max(1, 2), Number?.MAX_SAFE_INTEGER);
console?.log("via console?.log");
