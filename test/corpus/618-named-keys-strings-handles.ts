// Named properties (keys that are not array indexes) of string[], class, record and nested arrays: read back
// at the same key, listed by console.log, ignored by length/join/iteration; an array freed with its
// properties (and one holding itself there) releases them.
const names: string[] = ["ann", "bob"];
let k = -1;
names[k] = "neg";
names[k] += "!";
names[2.5] ??= "half";
names[2.5] ??= "again";
names[NaN] ||= "nan";
[names[-3]] = ["d"];
console.log(names[-1], names[2.5], names[NaN], names[-3], names[-4] ?? "none", names.length, names.join("+"));
console.log(names);
class Sensor {
  constructor(public id: number, public label: string) {}
}
const sensors: Sensor[] = [new Sensor(1, "t")];
sensors[-1] = new Sensor(9, "spare");
sensors[-1].id += 1;
const spare = sensors[-1];
console.log(spare.id, sensors[-1]?.label, sensors[-2]?.label, sensors.length, sensors);
interface Reading {
  at: number;
  value: number;
}
const log: Reading[] = [];
log[0.5] = { at: 5, value: 2.5 };
log[0.5].value *= 2;
console.log(log[0.5].value, log.length, log, JSON.stringify(log));
const grid: number[][] = [[1, 2], [3]];
grid[-1] = [7, 8];
grid[0][-1] = 0.5;
grid[-1][-1] = 9;
console.log(grid[-1][1], grid[-1][-1], grid[0][-1], grid);
// A value object whose setter stores at index -1 and whose getter reads it back (m-621-…-63500299).
class Slot {
  private cells: number[] = [];
  set level(v: number) {
    this.cells[this.cells.length - 1] = v;
  }
  get level(): number {
    return this.cells[this.cells.length - 1];
  }
}
const s = new Slot();
s.level = NaN;
console.log(s.level, s.level + 1);
s.level = 4;
s.level++;
console.log(s.level);
// Arrays made and dropped with their properties (one holds itself at a named key: a cycle).
class Box {
  items: Box[] = [];
  tags: string[] = [];
  constructor(public n: number) {}
}
let total = 0;
for (let r = 0; r < 50; r++) {
  const b = new Box(r);
  b.items[-1] = b;
  b.tags[r + 0.5] = "t" + r;
  total += b.items[-1].n + b.tags[r + 0.5].length;
}
console.log(total);
