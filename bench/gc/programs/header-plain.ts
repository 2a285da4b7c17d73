// The untracked twin of header-tracked.ts: same fields and captures, no type on a cycle.
class Leaf {
  size = 0;
}
class Box {
  cb: (() => number) | undefined;
  kids: number[] = [];
  byName = new Map<string, number>();
}
const shared = new Leaf();
const all: Box[] = [];
for (let i = 0; i < 1000; i++) {
  const leaf = shared;
  const b = new Box();
  b.cb = () => leaf.size;
  all.push(b);
}
let sum = 0;
for (const b of all) sum += b.cb!();
console.log("objects", all.length, sum);
