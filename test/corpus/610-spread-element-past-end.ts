// Spreading an array element read past the end spreads nothing, as in JavaScript: members written before it
// (by a property or an earlier spread) stay, its optional members stay absent (console.log and JSON.stringify
// leave them out), and the members written after it are there. Found by fuzzing: a mutant of corpus 406
// spread batches[0] of an empty array and died of "Cannot read properties of null or undefined".
interface Settings {
  name: string;
  rate?: number;
  mode?: string;
  tags?: string[];
}

interface Batch {
  device: string;
  n: number;
  tags: string[];
}

class Point {
  x = 0;
  y = 0;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}

interface Pos {
  x: number;
  y: number;
  label: string;
}

const saved: Settings[] = [];
const first: Settings = { ...saved[0], name: "dev" };
console.log(first, JSON.stringify(first), first.rate ?? 100, first.mode === undefined);
saved.push({ name: "old", rate: 9600, tags: ["x"] });
const second: Settings = { ...saved[0], name: "dev" };
console.log(second, JSON.stringify(second));
const defaults: Settings = { name: "default", rate: 115200, mode: "auto" };
for (let i = 0; i < 3; i++) {
  const merged: Settings = { ...defaults, ...saved[i], mode: `m${i}` };
  console.log(JSON.stringify(merged));
}

const base: Batch = { device: "base", n: 0, tags: [] };
const batches: Batch[] = [{ device: "th-01", n: 2, tags: ["a", "b"] }];
for (let k = 0; k < 3; k++) {
  const b: Batch = { ...base, ...batches[k], n: k * 10 };
  console.log(b, JSON.stringify(b));
}
const latest: Batch = { ...batches[batches.length - 1], n: 99 };
console.log(JSON.stringify(latest));

const origin: Pos = { x: 0, y: 0, label: "origin" };
const points = [new Point(1, 2)];
for (let i = 0; i < 3; i++) {
  const p: Pos = { ...origin, ...points[i], label: `p${i}` };
  console.log(JSON.stringify(p), p.x);
}

function withName(list: Settings[], k: number): Settings {
  return { ...list[k], name: `dev${k}` };
}
console.log(withName(saved, 0), withName(saved, 9));
