// Printing object graphs: a ring of nodes (Node's <ref *1> / [Circular *1]), classes behind an interface,
// a generic container class, and a class holding a callback.
class Link {
  next: Link | null = null;
  peers: Link[] = [];
  constructor(public id: number) {}
}
const a = new Link(1);
const b = new Link(2);
a.next = b;
b.next = a;
console.log(a);
a.peers.push(a, b);
console.log(a, b);
const self = new Link(3);
self.next = self;
console.log([self], new Map([["loop", self]]));

interface Channel {
  name: string;
  rate: number;
}
class AnalogChannel implements Channel {
  constructor(public name: string, public rate: number, public pin: number) {}
}
const channels: Channel[] = [{ name: "virtual", rate: 1 }, new AnalogChannel("a0", 100, 17)];
console.log(channels);
console.log(JSON.stringify(channels));

class RingBuffer<T> {
  items: T[] = [];
  dropped = 0;
  constructor(public capacity: number) {}
  add(v: T): void {
    if (this.items.length === this.capacity) {
      this.items.shift();
      this.dropped++;
    }
    this.items.push(v);
  }
}
const ring = new RingBuffer<number>(4);
for (let i = 0; i < 7; i++) ring.add(i * i);
console.log(ring, JSON.stringify(ring));
const names = new RingBuffer<string>(2);
names.add("x");
console.log(names);

class Ticker {
  onTick = (n: number): number => n + 1;
  constructor(public periodMs: number) {}
}
console.log(new Ticker(250), JSON.stringify(new Ticker(500)));
