// Benchmark: building a 3 KB string by repeated concatenation of numbers (i32 counters), then a checksum.
let s = "";
for (let i: i32 = 0; i < 400; i++) {
  s += "item" + i.toString() + ";";
}
const length: i32 = i32(s.length);
let sum: i32 = 0;
for (let i: i32 = 0; i < length; i++) {
  sum = (sum + i32(s.charCodeAt(i)) * ((i % 7) + 1)) % 65521;
}
console.log("length:", length, "checksum:", sum);
