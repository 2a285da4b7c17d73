// Counting loops whose element accesses at the counter run without bounds checks (compiler/src/lower/
// checked-loop.ts), with conversions in the body, wrapping u8 elements and a range past the end.
const bytes: u8[] = [];
const words: i32[] = [];
for (let i: i32 = 0; i < 64; i++) {
  const b: u8 = u8(i * 7);
  const w: i32 = i * 1000;
  bytes.push(b);
  words.push(w);
}
let sum: i32 = 0;
for (let j: i32 = 0; j < 64; j++) {
  bytes[j] = u8(i32(bytes[j]) + 200);
  sum += i32(bytes[j]) + words[j] / 3;
}
console.log(sum.toString());
let wide: i64 = 0;
for (let j: i32 = 1; j < 64; j += 2) wide += i64(words[j]) * i64(words[j]);
console.log(wide.toString());
let mixed: f64 = 0;
for (let j: i32 = 0; j <= 63; j++) mixed += f64(bytes[j]) / 4;
console.log(i64(mixed * 100).toString());
