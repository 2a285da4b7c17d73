// A registry whose map holds items that point back at the registry (cycle through a Map), and a set of
// sessions that each know the set's owner: thousands of rounds, each dropped at the end of the round.
const ROUNDS = 2000;
class Item {
  constructor(public owner: Registry, public name: string) {}
}
class Registry {
  items = new Map<string, Item>();
  sessions = new Set<Session>();
  add(name: string): Item {
    const item = new Item(this, name);
    this.items.set(name, item);
    return item;
  }
}
class Session {
  constructor(public registry: Registry, public id: number) {
    registry.sessions.add(this);
  }
}
let seen = 0;
for (let round = 0; round < ROUNDS; round++) {
  const r = new Registry();
  r.add("a");
  r.add("b").owner.add("c");
  new Session(r, round);
  new Session(r, round + 1);
  seen += r.items.size + r.sessions.size + (r.items.get("c")?.owner === r ? 1 : 0);
}
console.log("seen", seen);
