// `x as T` and `<T>x` to a fixed-width integer type convert, as AssemblyScript does (the same as T(x)):
// they were TypeScript assertions, so `wide as u8` of an i32 300 printed 300 and `f as i32` of an f64
// kept its fraction. Also the wider types: an i32 as u64 sign-extends, a u32 as i64 does not.
const wide: i32 = 300;
const negative: i32 = -1;
const unsigned: u32 = 4294967295;
console.log((wide as u8).toString() + " " + (wide as i8).toString() + " " + (<u16>negative).toString() + " " + (negative as u32).toString());
console.log((negative as u64).toString() + " " + (negative as i64).toString() + " " + (unsigned as i64).toString() + " " + (unsigned as i32).toString());
const f: f64 = 3.75;
const g: f64 = -2.5;
console.log((f as i32).toString() + " " + (<i32>g).toString() + " " + (g as u8).toString() + " " + (f as u64).toString());
const big: i64 = 4294967298;
console.log((big as i32).toString() + " " + (big as u16).toString() + " " + (<u8>big).toString());
let c: i8 = 127;
console.log(((c + 1) as i16).toString() + " " + ((c + c) as i32).toString() + " " + ((c + 1) as u8).toString());
const sum: i32 = (wide as u8) + (wide as u8);
console.log(sum.toString() + " " + ((wide as u8) + 1 < 100 ? "small" : "large"));
function half(x: i32): i32 {
  return (x as u8) / 2;
}
console.log(half(300).toString() + " " + half(-2).toString());
