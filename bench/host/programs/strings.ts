// Benchmark: string building (concatenation of numbers, +=, join, split, indexOf, charCodeAt).
const lines: string[] = [];
for (let i = 0; i < 100000; i++) {
  let line = "item" + i;
  line += ":" + ((i * 7) % 13);
  if (i % 3 === 0) line += ",fizz";
  lines.push(line);
}
const text = lines.join("\n");
const back = text.split("\n");
let checksum = 0;
let fizz = 0;
for (const l of back) {
  checksum = (checksum * 31 + l.charCodeAt(l.length - 1)) % 1000000007;
  if (l.indexOf("fizz") >= 0) fizz++;
}
console.log("length", text.length, "lines", back.length, "fizz", fizz, "checksum", checksum);
