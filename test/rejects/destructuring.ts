// Object destructuring is not supported yet: read the properties one by one.
interface Point {
  x: number;
  y: number;
}
const pt: Point = { x: 1, y: 2 };
const /*@error TSD2113 destructuring*/{ x, y } = pt;
console.log(x, y);
