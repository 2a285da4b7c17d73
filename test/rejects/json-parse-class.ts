// A class instance (its methods, its prototype) cannot come from JSON: parse into an interface.
class Point {
  constructor(public x: number) {}
  norm(): number {
    return Math.abs(this.x);
  }
}
const p = /*@error TSD2003 Point*/JSON.parse('{"x":1}') as Point;
console.log(p.x);
