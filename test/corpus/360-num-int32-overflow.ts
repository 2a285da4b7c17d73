// Integral `number` variables stored as int32 while they fit (issue 12): sums, differences and products that
// cross 2^31 and -2^31 must continue as JavaScript doubles, and come back when the value fits again.
function add(a: number, b: number): number {
  return a + b;
}
function mul(a: number, b: number): number {
  return a * b;
}
let x = 2147483647;
x = x + 1;
console.log(x, x - 1, x - 2);
let y = -2147483648;
y = y - 1;
console.log(y, y + 1);
console.log(add(2147483647, 1), add(-2147483648, -1), add(1073741824, 1073741824));
console.log(mul(65536, 32768), mul(-65536, 32768), mul(46341, 46341), mul(46340, 46340));
console.log(mul(123456, 789012), mul(-123456, 789012), mul(32767, -32768));
let acc = 1;
for (let i = 0; i < 40; i++) {
  acc = acc * 3;
  if (i % 5 === 4) console.log(i, acc, acc % 1000);
}
let down = 0;
for (let i = 0; i < 40; i++) down = down - 123456789;
console.log(down, down / 3, down % 7);
let c = 2147483640;
for (let i = 0; i < 10; i++) c++;
console.log(c);
let d = -2147483640;
for (let i = 0; i < 10; i++) d--;
console.log(d);
let back = 4294967296;
back = back - 4294967295;
console.log(back, back + 2147483646, back + 2147483647);
console.log(-(-2147483648), -(2147483647 + 1));
