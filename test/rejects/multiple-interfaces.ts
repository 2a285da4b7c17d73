// A class implements one interface (which may extend another).
interface Greeter {
  greet(name: string): string;
}
interface Named {
  label(): string;
}
class English implements Greeter, /*@error TSD2146 several interfaces*/Named {
  greet(name: string): string {
    return "Hello, " + name;
  }
  label(): string {
    return "en";
  }
}
console.log(new English().greet("Ada"));
