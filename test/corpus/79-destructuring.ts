// Destructuring of arrays and objects in declarations, parameters and for-of.
const [a, b, c = 30] = [1, 2];
console.log(a, b, c);
const pt = { x: 5, y: 7, label: "p" };
const { x, y: why, label } = pt;
console.log(x, why, label);
function area({ w, h }: { w: number; h: number }): number {
  return w * h;
}
console.log(area({ w: 3, h: 4 }));
const pairs: Array<[string, number]> = [["a", 1], ["b", 2]];
for (const [k, v] of pairs) console.log(k, v);
let p = 1;
let q = 2;
[p, q] = [q, p];
console.log(p, q);
