// Reads past the end of a number[] stored as ts::Num are undefined (NaN in arithmetic), holes made by a
// store past the end read undefined too, and length grows as in Node.
const xs: number[] = [];
xs.push(5);
xs.push(6);
const past = xs[5];
console.log("past", past, past + 1, xs.length);
xs[4] = 9;
console.log("length", xs.length);
for (let i = 0; i < xs.length; i++) {
  const v = xs[i];
  console.log(i, v, v + 1, v > 0, v <= 0);
}
let i = 0;
let total = 0;
while (xs[i] > 0) {
  total += xs[i];
  i++;
}
console.log("total", total, "stopped at", i);
const frac = xs[0.5];
const neg = xs[-1];
console.log("fraction index", frac, "negative index", neg);
