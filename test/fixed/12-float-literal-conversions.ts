// A literal with a fraction or an exponent is an f64 to AssemblyScript, even when its value is integral: an
// explicit conversion saturates it at 32 bits (i32(2.5e9) is 2147483647: tsduino wrapped it to -1794967296,
// and i32(1e21) did not compile, `1e+21LL`), and the 8- and 16-bit types keep the low bits of that (u8(300.0)
// is 44: tsduino saturated to 255). A literal without either is an integer and keeps its low bits (u8(300)).
console.log(i32(1e21).toString() + " " + i32(-1e21).toString() + " " + i32(2.5e9).toString() + " " + i32(-2.5e9).toString());
console.log(u8(300).toString() + " " + u8(300.0).toString() + " " + u8(3e2).toString() + " " + u8(-1).toString() + " " + u8(-1.0).toString());
console.log(i32(4294967296).toString() + " " + i32(4294967297).toString() + " " + u32(-1).toString() + " " + u32(5e9).toString());
console.log(i64(-1e15).toString() + " " + i16(0x1FFFF).toString() + " " + i32(1e9).toString() + " " + u16(6.5e4).toString());
console.log(i8(1.27e2).toString() + " " + i8(1.28e2).toString() + " " + i16(-3.3e4).toString() + " " + u16(7e4).toString());

function conv(x: f64): string {
  return u8(x).toString() + " " + i8(x).toString() + " " + u16(x).toString() + " " + i16(x).toString() + " " + i32(x).toString() + " " + u32(x).toString();
}
const samples: f64[] = [300.0, -1.0, 128.0, 5e9, -5e9, 1e21, NaN, -129.5, 65536.7, 255.9, -0.5];
for (let i = 0; i < samples.length; i++) console.log(conv(samples[i]));
