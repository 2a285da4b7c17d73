// Getters and setters, including validation in a setter and a computed getter.
class Temperature {
  private celsius = 0;
  get fahrenheit(): number {
    return this.celsius * 9 / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.celsius = (f - 32) * 5 / 9;
  }
  get c(): number {
    return this.celsius;
  }
  set c(value: number) {
    if (value < -273.15) {
      console.log("rejected", value);
      return;
    }
    this.celsius = value;
  }
}
const t = new Temperature();
t.c = 100;
console.log(t.c, t.fahrenheit);
t.fahrenheit = 32;
console.log(t.c, t.fahrenheit);
t.c = -300;
console.log(t.c);
t.c += 10;
console.log(t.c, t.fahrenheit);
class Person {
  constructor(private first: string, private last: string) {}
  get fullName(): string {
    return this.first + " " + this.last;
  }
  set fullName(v: string) {
    const parts = v.split(" ");
    this.first = parts[0];
    this.last = parts[1];
  }
}
const p = new Person("Ada", "Lovelace");
console.log(p.fullName);
p.fullName = "Grace Hopper";
console.log(p.fullName);
