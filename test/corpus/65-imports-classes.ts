// Extending a class imported from another file; module state in an imported module is shared.
import { Animal, Cow } from "./lib/animals.js";
import { callCount } from "./lib/text.js";

class Duck extends Animal {
  sound(): string {
    return "quack";
  }
}
const farm: Animal[] = [new Cow("daisy"), new Duck("donald"), new Cow("bess")];
for (const a of farm) console.log(a.line());
console.log("pad calls", callCount());
console.log(farm.filter((a) => a instanceof Cow).length);
