// Type guards built from guards another module exports (a function, a const arrow, a static method of an
// exported class), and that module's class reading its own globals named like its members.
import { isCat, isDog, Shelter, count, type Pet, type Cat, type Dog } from "./lib/pet-guards.js";
function isMammal(p: Pet): p is Cat | Dog { return isCat(p) || isDog(p); }
const isWet = (p: Pet): boolean => Shelter.isFish(p);
function isDry(p: Pet): p is Cat | Dog { return !isWet(p); }
const pets: Pet[] = [{ kind: "fish", fins: 4 }, { kind: "cat", meow: "prr" }, { kind: "dog", bark: "wuff" }];
for (const p of pets) {
  if (isMammal(p)) console.log(p.kind, isCat(p) ? p.meow : p.bark);
  else console.log("fins", p.fins);
  console.log(isDry(p) ? "dry" : "wet", Shelter.isFish(p));
}
console.log(pets.filter(isDry).length, pets.filter(Shelter.isFish).map((f) => f.fins * 10).join(), new Shelter().total(), count);
