// number[] elements stored as ts::Num (issue 12, num-arrays.ts): integral values first, then values that are
// not int32 (a fraction, past 2^31, past 2^53, -0, NaN, Infinity) stored into the same array later.
const a: number[] = [];
for (let i = 0; i < 8; i++) a.push(i * 3 - 7);
let sum = 0;
for (let i = 0; i < a.length; i++) sum += a[i];
console.log("sum", sum, "length", a.length);
a[2] = a[2] / 2;
a[3] = 2147483647;
a[4] = a[3] + 1;
a[5] = 9007199254740992;
a[6] = a[5] + 1;
a[7] = -0;
const negZero = a[7];
console.log("neg zero", 1 / negZero, negZero === 0);
for (let i = 0; i < a.length; i++) {
  const v = a[i];
  console.log(i, v, v * 2, v % 3, -v);
}
a[0] = 0 / 0;
a[1] = 1 / 0;
const nan = a[0];
const inf = a[1];
console.log("nan", nan, nan === nan, a[0] < 1, a[0] >= 1, "inf", inf, a[1] > 1e308, -inf);
let product = 1;
for (let i = 3; i < 5; i++) product = product * a[i];
console.log("product", product, product % 1000);
