// Unions of classes: with a common abstract base (virtual calls on the union), without one (instanceof and
// a user type guard), as fields, parameters and returns, and a nullable union narrowed before use.
abstract class Part {
  constructor(public id: string) {}
  abstract weight(): number;
  describe(): string { return `${this.id}:${this.weight()}g`; }
}
class Resistor extends Part {
  constructor(id: string, public ohms: number) { super(id); }
  weight(): number { return 1; }
}
class Relay extends Part {
  constructor(id: string, public coils: number) { super(id); }
  weight(): number { return 12 * this.coils; }
  describe(): string { return `relay ${super.describe()}`; }
}
class Wire {
  constructor(public lengthCm: number) {}
}
type Component = Resistor | Relay;
type Item = Resistor | Relay | Wire;

function isPart(i: Item): i is Resistor | Relay {
  return !(i instanceof Wire);
}

function totalWeight(items: Item[]): number {
  let w = 0;
  for (const i of items) {
    if (i instanceof Wire) w += i.lengthCm * 0.5;
    else w += i.weight();
  }
  return w;
}

function heaviest(parts: Component[]): Component | null {
  let best: Component | null = null;
  for (const p of parts) if (best === null || p.weight() > best.weight()) best = p;
  return best;
}

class Board {
  slots: (Item | undefined)[] = [];
  lastAdded: Item | null = null;
  add(i: Item): void {
    this.slots.push(i);
    this.lastAdded = i;
  }
}

const board = new Board();
board.add(new Resistor("R1", 220));
board.add(new Wire(10));
board.add(new Relay("K1", 2));
board.add(new Resistor("R2", 10000));
board.add(new Wire(4));
board.slots.push(undefined);

const parts: Component[] = [];
for (const s of board.slots) {
  if (s === undefined) {
    console.log("empty slot");
    continue;
  }
  if (isPart(s)) {
    parts.push(s);
    console.log(s.describe(), s instanceof Relay ? `${s.coils} coils` : s instanceof Resistor ? `${s.ohms} ohm` : "");
  } else {
    console.log("wire", s.lengthCm, "cm");
  }
}
const items: Item[] = [];
for (const s of board.slots) if (s !== undefined) items.push(s);
console.log("weight", totalWeight(items));
const h = heaviest(parts);
console.log(h === null ? "none" : h.describe(), heaviest([]) === null);
const last = board.lastAdded;
if (last !== null && last instanceof Wire) console.log("last is a wire of", last.lengthCm);
console.log(parts.filter((p): p is Resistor => p instanceof Resistor).map((r) => r.ohms).join("+"));
