// A computed key in a destructuring pattern: the property is known only at run time.
interface Point {
  x: number;
  y: number;
}
const pt: Point = { x: 1, y: 2 };
const key = "x";
const { /*@error TSD2282 computed key*/[key]: value } = pt;
console.log(value);
