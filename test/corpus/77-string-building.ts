// Building strings incrementally: += in loops, join of a parts array, and a checksum of the result.
let s = "";
for (let i = 0; i < 2000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 30), s.slice(-5));
const parts: string[] = [];
for (let i = 0; i < 500; i++) parts.push(i.toFixed(0));
const joined = parts.join(";");
console.log(joined.length, joined.slice(0, 20), joined.slice(-12));
let checksum = 0;
for (let i = 0; i < joined.length; i++) checksum = (checksum * 31 + joined.charCodeAt(i)) % 1000000007;
console.log("checksum", checksum);
let table = "";
for (let r = 1; r <= 4; r++) {
  let line = "";
  for (let c = 1; c <= 4; c++) line += String(r * c).padStart(4);
  table += line + "\n";
}
console.log(table.trimEnd());
