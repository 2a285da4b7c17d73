// Two classes each with a `value` getter/setter pair (m-735): a write of one class's `value` used as a value
// (`const before = g.value++`, `(g.value = 3)`) is not tested, but that must not leave the other class's setter
// untested: its TypeError (a store through an element past the end) inside a try is catchable as in Node.
class Gauge {
  constructor(private level: number) {}
  get value(): number {
    return this.level;
  }
  set value(v: number) {
    this.level = v;
  }
}
class Cell {
  constructor(public raw: number) {}
}
class Port {
  constructor(private cells: Cell[], private index: number) {}
  get value(): number {
    return this.cells[this.index]?.raw ?? -1;
  }
  set value(v: number) {
    console.log(`  store ${v} at ${this.index}`);
    this.cells[this.index].raw = v;
  }
}
const g = new Gauge(4);
const before = g.value++;
const set = (g.value = g.value * 3);
console.log("gauge", before, set, g.value);

const cells = [new Cell(1), new Cell(2)];
let done = 0;
for (const p of [new Port(cells, 1), new Port(cells, 5), new Port(cells, 0)]) {
  try {
    p.value += 10;
    p.value = 7;
    done++;
    console.log("port now", p.value);
  } catch (e) {
    console.log("port failed:", String(e), e instanceof TypeError);
  }
}
console.log("done", done, cells.map((c) => c.raw).join(" "));
