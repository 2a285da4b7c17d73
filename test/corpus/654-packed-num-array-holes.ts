// Stores into a packed number[] at its length append, stores past it leave holes that read undefined, and
// an array that went wide keeps working for reads, writes and pushes; indices that are not array indices.
function at(xs: number[], i: number): number {
  const v = xs[i];
  return v;
}
const xs: number[] = [];
xs.push(1);
xs[1] = 2;
xs[xs.length] = 3;
console.log("appended", xs.length, xs[0] + xs[1] + xs[2]);
xs[6] = 7;
const h4 = xs[4];
console.log("holes", xs.length, h4, h4 + 1, at(xs, 6), at(xs, 5));
xs[4] = 5;
xs.push(8);
let t = 0;
for (let i = 0; i < xs.length; i++) {
  const v = xs[i];
  if (v > 0) t += v;
}
console.log("after holes", xs.length, t, at(xs, 7), at(xs, 3));
const ys: number[] = [4, 5, 6];
const k = 1.5;
const frac = ys[k];
console.log("fraction index", frac, ys[-1] + 1, ys[3] > 0, at(ys, -0));
let m = -1;
ys[2 + 0] = ys[0] * 10;
m = ys[m + 3];
console.log("literal array", at(ys, 0), at(ys, 1), at(ys, 2), m);
const grow: number[] = [];
for (let i = 0; i < 40; i++) grow.push(i * i);
let g = 0;
for (let i = 0; i < 40; i++) g = (g * 7 + grow[i]) % 1000;
console.log("grown", grow.length, at(grow, 39), g);
const idx = 3;
grow[idx * 20] = idx;
const past = grow[50];
console.log("far store", grow.length, past, at(grow, 60));
