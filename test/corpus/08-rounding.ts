// Math.floor/ceil/round/trunc/abs/sign on positive, negative, half-way and special values.
const xs = [2.5, -2.5, 2.4, -2.6, 0.5, -0.5, 1e21, -7, 3.999, -1e-9];
for (const x of xs) {
  console.log(x, Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x), Math.abs(x), Math.sign(x));
}
console.log(Math.round(0.49999999999999994), Math.round(-0.5000000000000001));
console.log(Math.floor(0 / 0), Math.abs(-1 / 0), Math.sign(0 / 0));
