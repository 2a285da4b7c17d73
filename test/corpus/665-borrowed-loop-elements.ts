// for-of over an array of objects whose body only updates number/boolean fields of the element through
// methods that touch nothing else: the loop borrows each element's slot (no reference counting). Loops whose
// body could change the array (a method that pushes, removes or replaces elements, a subclass override, a
// function call) keep their own reference, and must still print what Node prints.
class Counter {
  hits = 0;
  on = true;
  constructor(public step: number) {}
  bump(by: number): void {
    if (this.on) this.hits += by * this.step;
    if (this.hits > 50) this.on = false;
  }
  total(): number {
    return this.hits + (this.on ? 1 : 0);
  }
}
const counters: Counter[] = [new Counter(1), new Counter(5), new Counter(9)];
let sum = 0;
for (let round = 0; round < 8; round++) {
  for (const c of counters) {
    c.bump(round);
    sum += c.hits;
  }
}
for (const c of counters) console.log(c.step, c.hits, c.on, c.total());
console.log("sum", sum);

// A method that replaces the array's elements while the loop holds the element.
const pool: Counter[] = [new Counter(2), new Counter(3), new Counter(4)];
class Recycler {
  constructor(public step: number) {}
  recycle(i: number): void {
    pool[i] = new Counter(this.step * 100);
  }
}
let seen = 0;
const recycler = new Recycler(7);
for (const c of pool) {
  recycler.recycle(0);
  recycler.recycle(1);
  recycler.recycle(2);
  seen += c.step;
}
console.log("seen", seen, pool.map((c) => c.step).join(","));

// A method that empties the array it is iterated from.
class Drainer {
  value = 0;
  drain(list: Drainer[]): void {
    while (list.length > 0) list.pop();
  }
}
const drainers: Drainer[] = [new Drainer(), new Drainer(), new Drainer()];
let visited = 0;
for (const d of drainers) {
  d.drain(drainers);
  d.value = 3;
  visited += d.value;
}
console.log("visited", visited, drainers.length);

// A subclass overrides the method the loop calls: the override grows the array.
class Base {
  n = 1;
  tick(): void {
    this.n += 1;
  }
}
const bases: Base[] = [];
class Grower extends Base {
  tick(): void {
    this.n += 10;
    if (bases.length < 6) bases.push(new Base());
  }
}
bases.push(new Base(), new Grower(), new Base());
let ticks = 0;
for (const b of bases) {
  b.tick();
  ticks += b.n;
}
console.log("ticks", ticks, bases.length);

// Fields read and written directly, a let loop variable, a nested loop over the same array.
const items: Counter[] = [new Counter(1), new Counter(2)];
for (const a of items) {
  for (const b of items) {
    a.hits += b.step;
    b.on = !b.on;
  }
}
for (let it of items) {
  it.hits *= 2;
  it = items[0];
  it.hits += 1;
}
console.log(items[0].hits, items[1].hits, items[0].on, items[1].on);
