// An i8/u8/i16/u16 arithmetic result printed without being stored first: AssemblyScript wraps it to the type
// (i16 -32768 - 1 is 32767); C++ computed it in int and printed -32769.
let w: i16 = -32768;
console.log((w - 1).toString());
const x: i16 = w - 1;
console.log(x.toString());
let b: u8 = 255;
console.log((b + 1).toString());
console.log((b * 2).toString());
let c: i8 = 127;
console.log((c + 1).toString());
let d: u16 = 65535;
console.log((d + 2).toString());
console.log((d + 2).toString(16));
console.log((-c).toString());
let a: i32 = 2147483647;
console.log((a + 1).toString());
