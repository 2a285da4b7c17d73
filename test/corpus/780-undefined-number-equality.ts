// Two numbers that are both `undefined` at run time (reads past the end of a number[]) are equal, as
// undefined === undefined; ToNumber and the Math functions turn such an undefined into NaN.
const empty: number[] = [];
const q = empty[7], r = empty[8];
console.log(q === r, q !== r, q == r, q != r);

const readings: number[] = [1, 2.5];
const missing = readings[20];
let differing = 0;
for (let i = 0; i < 3; i++) {
  if (readings[i] !== missing) differing++;
}
console.log(differing, readings[5] === undefined, missing === q, Number.NaN === q);

function same(a: number, b: number): boolean {
  return a === b;
}
console.log(same(empty[1], empty[2]), same(NaN, empty[0]), same(1, empty[0]));

// A counter array the compiler keeps as integers when it can.
const counts: number[] = [];
for (let i = 0; i < 4; i++) counts.push(i);
const c9 = counts[9], c10 = counts[10];
console.log(c9 === c10, c9 === counts[2], counts[2] === 2);

const u = empty[3];
console.log(Math.abs(u), Math.floor(u), Math.ceil(u), Math.round(u), Math.trunc(u), Math.sign(u), Math.max(u), Math.min(u));
console.log(Number(u), +u, Number(u) === Number(r), [u].map(Number), String(Math.abs(u)));

const withUndefined = [1, empty[4], 3];
const sparse: number[] = [1, 2];
sparse[4] = 7;
console.log(withUndefined.indexOf(empty[5]), withUndefined.lastIndexOf(empty[5]), sparse.indexOf(empty[5]), sparse.includes(empty[5]));
console.log(sparse[3] === empty[0], sparse[2] === sparse[3], sparse[4] === 7);
