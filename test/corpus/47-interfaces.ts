// Interfaces implemented by classes and used as types (arrays, parameters, returns), one extending another.
interface Greeter {
  greet(name: string): string;
}
interface Named extends Greeter {
  readonly id: number;
  label(): string;
}
class English implements Named {
  readonly id = 1;
  greet(name: string): string {
    return "Hello, " + name;
  }
  label(): string {
    return "en";
  }
}
class French implements Named {
  constructor(readonly id: number) {}
  greet(name: string): string {
    return "Bonjour, " + name;
  }
  label(): string {
    return "fr#" + this.id;
  }
}
const greeters: Greeter[] = [new English(), new French(7)];
for (const g of greeters) console.log(g.greet("Ada"));
function labels(items: Named[]): string {
  return items.map((n) => n.label() + "=" + n.id).join(", ");
}
console.log(labels([new French(2), new English()]));
function pick(french: boolean): Greeter {
  return french ? new French(3) : new English();
}
console.log(pick(true).greet("x"), pick(false).greet("y"));
