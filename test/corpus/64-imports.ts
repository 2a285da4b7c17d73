// Importing functions, constants, a class, an interface and a type alias from another file.
import { add, perimeter, Turtle, ORIGIN_NAME, UNIT, type Vec, type Polygon } from "./lib/geometry.js";
import { pad, callCount, words, Align } from "./lib/text.js";

const a: Vec = { x: 1, y: 2 };
const b = add(a, { x: UNIT, y: -UNIT });
console.log(b.x, b.y, ORIGIN_NAME);
const square: Polygon = [
  { x: 0, y: 0 },
  { x: 0, y: 2 },
  { x: 2, y: 2 },
  { x: 2, y: 0 },
];
console.log(perimeter(square), perimeter([{ x: 0, y: 0 }, { x: 3, y: 4 }]));
const t = new Turtle();
t.move(1, 0).move(0, 1).move(-2, 0);
console.log(t.path(), t.where().x);
console.log(pad("ab", 5), pad("ab", 5, Align.Right), words("  split   these words ").join("|"), callCount());
