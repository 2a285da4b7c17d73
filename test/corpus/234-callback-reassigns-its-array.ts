// Fuzz finding g901259: `v2.every(cb)` where cb assigns v2 a new array went on over the new array (the
// method read the variable's handle again after each call). Callback methods visit the array they were
// called on, up to its length at the call.
let v2: number[] = [1e-7, 0.2, -1, 5];
function f12(p: number): number {
  v2 = [Math.floor(p), p].slice(0, 9);
  console.log(-0.2 / (p - 5));
  return 10 ** 3;
}
console.log(v2.every((x) => x !== f12(5)), v2.join(","));
let xs: number[] = [1, 2, 3, 4];
const seen: number[] = [];
xs.forEach((x) => { seen.push(x); xs = [9]; });
console.log(seen.join(","), xs.join(","));
let ys: number[] = [1, 2, 3];
console.log(ys.map((y) => { ys.push(y * 10); return y + 1; }).join(","), ys.join(","));
let zs: number[] = [5, 6, 7];
console.log(zs.find((z) => { zs = [0]; return z > 5; }), zs.filter((z) => z >= 0).length);
let us: number[] = [4, 5, 6];
console.log(us.some((u) => { us = []; return u > 5; }), us.length, [3, 4].reduce((a, b) => a + b));
let ws: number[] = [1, 2, 3, 4, 5];
ws.forEach((w) => { if (w === 2) ws.length = 3; console.log("w", w); });
