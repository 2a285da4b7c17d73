// A number[] stored packed (int32 elements) turns to Num storage at the first element that is not an int32:
// a fraction, -0, NaN, a value past 2^31, undefined read past the end; every element keeps its value.
// (Elements are read into locals before printing, so the arrays stay ts::Array<ts::Num>.)
function fill(xs: number[], n: number): void {
  for (let i = 0; i < n; i++) xs.push(i * 3 - 4);
}
function sum(xs: number[]): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
function at(xs: number[], i: number): number {
  const v = xs[i];
  return v;
}
const kinds: number[] = [];
fill(kinds, 6);
console.log("ints", kinds.length, sum(kinds), at(kinds, 0), at(kinds, 5), at(kinds, 6));
kinds[2] = 2.5;
console.log("fraction", sum(kinds), at(kinds, 1), at(kinds, 2), at(kinds, 3), kinds[2] * 2);
const zeros: number[] = [];
fill(zeros, 3);
zeros[1] = -0;
const z = zeros[1];
console.log("minus zero", 1 / z, z === 0, zeros[0] + zeros[1], 1 / (zeros[1] * 1), 1 / at(zeros, 1));
const nans: number[] = [];
fill(nans, 3);
nans[0] = 0 / 0;
const nv = nans[0];
console.log("nan", nv, nv + 1, nv < 1, nv >= 1, at(nans, 1));
const big: number[] = [];
fill(big, 3);
big[2] = 2147483647;
big[2] = big[2] + 1;
big.push(-2147483648);
big.push(big[3] - 1);
const b2 = big[2];
const b4 = big[4];
console.log("big", b2, at(big, 3), b4, sum(big));
const undef: number[] = [];
fill(undef, 4);
undef[1] = undef[9];
const u1 = undef[1];
console.log("undefined stored", u1, u1 + 1, undef.length, sum(undef));
const pushed: number[] = [];
pushed.push(7);
pushed.push(0.25);
pushed.push(8);
const p1 = pushed[1];
console.log("pushed", at(pushed, 0), p1, at(pushed, 2), pushed.length, sum(pushed));
let product = 1;
const squares: number[] = [];
for (let i = 1; i < 12; i++) {
  product = product * 9;
  squares.push(product);
}
const last = squares[10];
console.log("past int32 by push", squares.length, last, squares[9] + 1, sum(squares));
