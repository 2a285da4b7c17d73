// The arithmetic operators on doubles, precedence, unary minus and integer-looking results.
const a = 7;
const b = 2;
console.log(a + b, a - b, a * b, a / b, a % b);
console.log(-a / b, -a % b, a % -b);
console.log(1 / 3, 2 / 3, 10 / 4);
console.log(2 + 3 * 4 - 6 / 2);
console.log((2 + 3) * (4 - 6) / 2);
console.log(-(-a), +b, -0 + 0);
console.log(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1);
console.log(1e16 + 1, 2 ** 53 + 1, 2 ** 53 + 2);
let x = 1;
for (let i = 0; i < 20; i++) x = x * 3 + 0.5;
console.log(x);
console.log(100 / 7 * 7, 49 / 7);
