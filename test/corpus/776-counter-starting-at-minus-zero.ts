// A for counter that starts at -0 (the literal, a constant of it, -0 - 0, or a product of a zero and a negative
// number) holds -0 in its first iteration: it cannot be an int32_t (m-66-throw-error-92000660 printed 0).
function twice(n: number): number { return n * 2; }
for (let i = -0; i < 2; i++) console.log("check", i, twice(i), 1 / i);
for (let k = -0; k < 2; k += 1) console.log("k", k, `${k}`, [k]);
const Z = -0;
for (let i = Z; i < 2; i++) console.log("Z", i, 1 / i);
for (let a = 0; a < 2; a++) for (let b = a * -1; b < 1; b++) console.log("a*-1", a, b, 1 / b);
for (let a = 0; a < 2; a++) for (let b = a * 2; b < 3; b++) console.log("a*2", a, b, 1 / b);
for (let i = 0 - 0; i < 1; i++) console.log("0-0", i, 1 / i);
for (let i = -0 - 0; i < 1; i++) console.log("-0-0", i, 1 / i);
for (let i = -0 + -0; i < 1; i++) console.log("-0+-0", i, 1 / i);
for (let i = 3; i > -0; i--) console.log("down", i, 1 / i);
let total = 0;
for (let i = -0; i <= 3; i++) total += i;
console.log("total", total, 1 / total);
