// Plain classes (no subclass, number and boolean fields only) are freed at their last release without a
// destructor call: identity, aliasing, unions, closures, arrays, holders and exceptions around them.
class Point2 {
  constructor(readonly x: number, readonly y: number) {}
  add(o: Point2): Point2 {
    return new Point2(this.x + o.x, this.y + o.y);
  }
  scale(k: number): Point2 {
    if (k < 0) throw new Error("negative scale " + k);
    return new Point2(this.x * k, this.y * k);
  }
}
class Flag {
  on = false;
  count = 0;
}
// Extended: a handle to Shape may hold a Square, so Shape is not plain.
class Shape {
  constructor(public side: number) {}
  area(): number {
    return this.side * this.side;
  }
}
class Square extends Shape {
  constructor(side: number, public label: string) {
    super(side);
  }
  area(): number {
    return this.side * 2;
  }
}
// Extended by a class with a string field.
class Base {
  n = 1;
}
class Derived extends Base {
  name = "derived";
}
class Holder {
  constructor(public p: Point2, public f: Flag) {}
}

const a = new Point2(1, 2);
const b = a;
const c = new Point2(1, 2);
console.log("identity", a === b, a === c, a !== c);
let acc = new Point2(0, 0);
for (let i = 0; i < 500; i++) acc = acc.add(new Point2(i % 3, 1).scale(0.5));
console.log("acc", acc.x, acc.y);
console.log(new Flag(), [a.x, acc.y]);

// Many alive at once (more than any free list keeps), then dropped and allocated again.
let pts: Point2[] = [];
for (let i = 0; i < 300; i++) pts.push(new Point2(i, -i));
let sum = 0;
for (const p of pts) sum += p.x - p.y;
pts = [];
for (let i = 0; i < 300; i++) pts.push(new Point2(i * 2, 0));
for (const p of pts) sum += p.x;
console.log("sum", sum, pts.length, pts[299].x);

// Held by another object, released when the holder goes.
let h: Holder | undefined = new Holder(new Point2(3, 4), new Flag());
const kept = h.p;
h.f.on = true;
h.f.count++;
h = undefined;
console.log("kept", kept.x, kept.y, h);

// Union handle (no common base): released through the generic path.
const mixed: (Point2 | Flag)[] = [new Point2(5, 6), new Flag(), new Point2(7, 8)];
let xs = 0;
for (const m of mixed) if (m instanceof Point2) xs += m.x;
mixed.splice(0, 2);
console.log("mixed", xs, mixed.length, mixed[0] instanceof Point2);

// Captured by a closure that outlives the block.
function counterFrom(start: Point2): () => number {
  let cur = start;
  return () => {
    cur = cur.add(new Point2(1, 1));
    return cur.x + cur.y;
  };
}
const next = counterFrom(new Point2(10, 20));
next();
console.log("closure", next(), next());

// A throw while temporaries are alive.
try {
  const t = new Point2(1, 1).scale(-1);
  console.log("not reached", new Point2(2, 2).add(t).x);
} catch (e) {
  console.log("caught", (e as Error).message);
}
const safe = new Point2(2, 2).add(new Point2(1, 1).scale(3));
console.log("after", safe.x, safe.y);

// Non-plain classes keep their behaviour.
const shapes: Shape[] = [new Shape(2), new Square(3, "sq")];
let area = 0;
for (const s of shapes) area += s.area();
shapes.pop();
const d: Base = new Derived();
console.log("shapes", area, shapes.length, d.n, d instanceof Derived ? d.name : "-");
const seen = new Map<Point2, string>();
seen.set(a, "a");
seen.set(c, "c");
console.log("map", seen.get(b), seen.get(c), seen.size);
