// A class instance used as an object type it has the shape of: records are nominal C++ classes.
class Point {
  constructor(public x: number, public y: number) {}
}
function norm1(p: { x: number; y: number }): number {
  return Math.abs(p.x) + Math.abs(p.y);
}
console.log(norm1(/*@error TSD2012 cannot be used as*/new Point(3, -4)));
