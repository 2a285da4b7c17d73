// Division and `%` on integral `number` values (issue 12): exact quotients stay integers, others are
// fractions, division by zero is ±Infinity or NaN, and % takes the sign of the dividend.
function div(a: number, b: number): number {
  return a / b;
}
function mod(a: number, b: number): number {
  return a % b;
}
const pairs: number[][] = [[7, 2], [-7, 2], [7, -2], [-7, -2], [6, 3], [-6, 3], [1, 0], [-1, 0], [0, 0], [-2147483648, -1], [2147483647, -1], [-2147483648, 1], [1, 3], [10, 4]];
for (const pair of pairs) {
  const a = pair[0];
  const b = pair[1];
  console.log(a, b, div(a, b), mod(a, b));
}
let q = 100;
for (let i = 0; i < 6; i++) {
  q = q / 2;
  console.log(q, q % 3, q * 4);
}
let r = 1000000007;
let s = 0;
for (let i = 1; i <= 20; i++) {
  r = (r * 31 + i) % 65521;
  s = s + (r % 17) - 8;
}
console.log(r, s, s % 5, -s % 5);
let n = -17;
console.log(n % 5, n % -5, -n % 5, n / 4, Math.floor(n / 4), (n / 4) * 4);
