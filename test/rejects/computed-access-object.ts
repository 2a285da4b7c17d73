// A computed property access with a non-literal key on an object literal is rejected too.
const point = { x: 1, y: 2 };
function coordinate(name: "x" | "y"): number {
  return point[/*@error TSD2007 computed*/name];
}
console.log(coordinate("x"));
