// Explicit conversions between fixed-width types and from f64.
const big: i32 = 300;
console.log(u8(big).toString() + " " + i8(big).toString() + " " + u16(-1).toString());
console.log(i32(3.9).toString() + " " + i32(-3.9).toString() + " " + u8(7.99).toString());
const wide: i64 = 4294967296;
console.log((wide * 3).toString() + " " + i32(wide + 5).toString());
const half: f64 = f64(7) / 2;
console.log(half.toString());
