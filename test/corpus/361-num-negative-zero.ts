// -0 from integral `number` arithmetic (issue 12): 0 * -1, -x of 0, % with a negative dividend and a zero
// remainder, 0 / negative. console.log shows -0; 1 / x tells the sign; String and templates show 0.
function neg(x: number): number {
  return -x;
}
function times(a: number, b: number): number {
  return a * b;
}
function rem(a: number, b: number): number {
  return a % b;
}
function quot(a: number, b: number): number {
  return a / b;
}
let zero = 0;
const results: number[] = [];
console.log(neg(zero), 1 / neg(zero), neg(neg(zero)), 1 / neg(neg(zero)));
console.log(times(0, -1), times(-1, 0), times(-5, 0), times(0, 0), 1 / times(0, -7));
console.log(rem(-4, 2), rem(4, -2), rem(-9, 3), rem(-7, 7), rem(0, -3), rem(-1, 1), rem(-1, -1), rem(5, -1));
console.log(quot(0, -5), quot(0, 5), 1 / quot(0, -5), quot(-0, 5));
let m = 3;
m = m * 0;
console.log(m, 1 / m);
m = -3;
m = m * 0;
console.log(m, 1 / m, `${m}`, String(m), "" + m, m === 0);
let k = 5;
k -= 5;
console.log(k, 1 / k);
let p = -6;
p %= 3;
console.log(p, 1 / p);
p = p + 0;
console.log(p, 1 / p);
p = 0;
p = -p;
console.log(p, 1 / p);
for (let i = -2; i <= 2; i++) results.push(times(i, 0));
console.log(results.map((v) => 1 / v).join(" "));
