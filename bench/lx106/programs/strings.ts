// Benchmark: building a 3 KB string by repeated concatenation of numbers, then a checksum over its characters.
let s = "";
for (let i = 0; i < 400; i++) {
  s += "item" + i + ";";
}
let sum = 0;
for (let i = 0; i < s.length; i++) {
  sum = (sum + s.charCodeAt(i) * ((i % 7) + 1)) % 65521;
}
console.log("length:", s.length, "checksum:", sum);
