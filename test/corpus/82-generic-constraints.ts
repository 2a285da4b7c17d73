// Generic functions constrained by an interface, and a generic class over an interface type.
interface HasWeight {
  weight: number;
  name: string;
}
class Crate implements HasWeight {
  constructor(public name: string, public weight: number) {}
}
function heaviest<T extends HasWeight>(items: T[]): T {
  return items.reduce((best, it) => (it.weight > best.weight ? it : best));
}
function totalWeight<T extends HasWeight>(items: T[]): number {
  return items.reduce((s, it) => s + it.weight, 0);
}
class Shelf<T extends HasWeight> {
  private items: T[] = [];
  constructor(private capacity: number) {}
  tryAdd(it: T): boolean {
    if (totalWeight(this.items) + it.weight > this.capacity) return false;
    this.items.push(it);
    return true;
  }
  names(): string {
    return this.items.map((i) => i.name).join(",");
  }
}
const crates = [new Crate("a", 5), new Crate("b", 12), new Crate("c", 7)];
console.log(heaviest(crates).name, totalWeight(crates));
const shelf = new Shelf<Crate>(15);
for (const c of crates) console.log(c.name, shelf.tryAdd(c));
console.log(shelf.names());
const plain: HasWeight[] = [{ name: "x", weight: 1 }, { name: "y", weight: 3 }];
console.log(heaviest(plain).name);
