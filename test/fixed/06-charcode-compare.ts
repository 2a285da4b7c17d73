// Integer fast paths of fixed-width code: i32(s.charCodeAt(i)) read as an integer; comparisons of integer-typed
// values with integer literals (at the int32 limits, unsigned) compare the numbers; `s += …` in a loop.
const s = "aZ~q09";
let sum: i32 = 0;
for (let i: i32 = 0; i < 6; i++) sum = sum * 3 + i32(s.charCodeAt(i));
const u: u32 = u32(s.charCodeAt(3));
const w: i64 = i64(s.charCodeAt(5));
console.log("sum " + sum.toString() + " " + u.toString() + " " + w.toString());

const values: i32[] = [-2147483648, -1, 0, 1, 400, 2147483647];
for (let k: i32 = 0; k < values.length; k++) {
  const v = values[k];
  console.log(v.toString() + " " + (v < 400).toString() + " " + (v <= -1).toString() + " " + (v > -2147483648).toString() + " " + (v >= 2147483647).toString());
}
const big: u32 = 4294967295;
const zero: u32 = 0;
console.log((big > 0).toString() + " " + (big < 2147483647).toString() + " " + (zero < 1).toString() + " " + (big >= 7).toString());
let text = "";
for (let i: i32 = 0; i < 12; i++) text += "n" + i.toString() + ";";
let check: i32 = 0;
for (let i: i32 = 0; i < text.length; i++) check = (check * 31 + i32(text.charCodeAt(i))) % 65521;
console.log(text + " " + text.length.toString() + " " + check.toString());
