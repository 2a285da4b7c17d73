// A cast between unrelated types through `unknown` lies to the compiler about the memory layout.
class Cat {
  meow(): string {
    return "meow";
  }
}
class Dog {
  bark(): string {
    return "woof";
  }
}
const cat = new Cat();
const dog = /*@error TSD2004 cast*/cat as unknown as Dog;
console.log(dog.bark());
