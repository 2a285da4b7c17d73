// Prototype manipulation rewires methods at run time; C++ classes are fixed at compile time.
class Greeter {
  greet(): string {
    return "hi";
  }
}
Greeter./*@error TSD2122 prototype*/prototype.greet = function (): string {
  return "patched";
};
console.log(new Greeter().greet());
