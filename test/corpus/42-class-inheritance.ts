// Inheritance: super(...) calls, super.method(), overriding with virtual dispatch through a base type.
class Animal {
  constructor(protected name: string, public legs: number) {}
  speak(): string {
    return this.name + " makes a sound";
  }
  describe(): string {
    return this.name + " has " + this.legs + " legs and says: " + this.speak();
  }
}
class Dog extends Animal {
  constructor(name: string, private tricks: number) {
    super(name, 4);
  }
  speak(): string {
    return this.name + " barks";
  }
  describe(): string {
    return super.describe() + " (knows " + this.tricks + " tricks)";
  }
}
class Puppy extends Dog {
  speak(): string {
    return super.speak() + " softly";
  }
}
class Bird extends Animal {
  constructor(name: string) {
    super(name, 2);
  }
}
const zoo: Animal[] = [new Animal("generic", 0), new Dog("rex", 3), new Puppy("bit", 1), new Bird("tweety")];
for (const a of zoo) console.log(a.describe());
console.log(zoo.map((a) => a.legs).reduce((x, y) => x + y, 0));
