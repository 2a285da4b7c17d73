// ** and % on doubles: negative operands, fractional values, zero, infinities and NaN.
console.log(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** 2, 0 ** 0, 2 ** 0.5 === Math.sqrt(2));
console.log((0 / 0) ** 0, 1 ** (1 / 0), (-8) ** (1 / 3), 10 ** 21, 10 ** -7, (-1) ** 0.5);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(5.5 % 2, -5.5 % 2, 5 % 0, (1 / 0) % 2, 2 % (1 / 0), -2 % (1 / 0), 0 % 5);
console.log(10 % 3, -10 % 3, 10 % -3, -10 % -3, 0.3 % 0.1, 1e17 % 7);
let p = 1;
for (let i = 0; i < 10; i++) p = (p * 31 + 7) % 1000003;
console.log(p);
