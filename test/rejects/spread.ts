// Spread into the arguments of a constructor: only function calls, Math.max/min and push/unshift fold a spread.
class Point {
  constructor(public x: number, public y: number) {}
}
const coords: [number, number] = [1, 2];
const p = new Point(/*@error TSD2111 spread*/...coords);
console.log(p.x + p.y);
