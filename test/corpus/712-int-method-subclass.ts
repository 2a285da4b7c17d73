// A method with an int32 copy in a class that is extended: the subclass overrides it and calls it through
// super, other code reads the fields through a base-typed reference, and console.log shows the objects.
class Point {
  x = 1;
  y = 2;
  move(dx: number, dy: number): void {
    this.x += dx;
    this.y -= dy;
  }
}
class Fast extends Point {
  moves = 0;
  move(dx: number, dy: number): void {
    super.move(dx * 2, dy * 2);
    this.moves++;
  }
}
const ps: Point[] = [new Point(), new Fast(), new Point()];
for (let i = 0; i < 3; i++) for (const p of ps) p.move(i, -i);
for (const p of ps) console.log(p.x, p.y, p instanceof Fast ? (p as Fast).moves : -1);
console.log(ps[1]);
const q = new Point();
q.move(2147483647, -2147483647);
q.move(1, 0);
console.log(q.x, q.y);
q.move(0.5, 0);
console.log(q);
