// A class used (constructed, or a static member read) by a function that runs before its class statement.
function make(): Point {
  return new Point(1, 2);
}
function origin(): number {
  return Point.ORIGIN;
}
function describe(): string {
  const p = make();
  return `${p.x},${p.y} from ${origin()}`;
}
try {
  console.log(make().x);
} catch (e) {
  console.log((e as Error).message);
}
try {
  console.log(origin());
} catch (e) {
  console.log((e as Error).message);
}
try {
  console.log(describe());
} catch (e) {
  console.log(e instanceof ReferenceError ? "ReferenceError" : "other", (e as Error).message);
}

class Point {
  static ORIGIN = 0;
  constructor(public x: number, public y: number) {}
}

console.log(make().y);
console.log(describe());
