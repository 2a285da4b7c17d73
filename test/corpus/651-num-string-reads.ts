// String reads in ts::Num arithmetic (issue 12): `s.charCodeAt(i)` with an int32 counter read as a Num
// (NaN past either end, UTF-16 code units of non-ASCII text, surrogate halves), and `i < s.length` compared
// as int32 for ASCII, non-ASCII, empty and grown strings. The sums overflow int32 and go to double.
function checksum(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    sum = (sum + s.charCodeAt(i) * ((i % 7) + 1)) % 65521;
  }
  return sum;
}
function weighted(s: string): number {
  let total = 0;
  for (let i = -2; i <= s.length + 1; i++) {
    total = total + s.charCodeAt(i) * 3;
  }
  return total;
}
function big(s: string): number {
  let acc = 1;
  for (let i = 0; i < s.length; i++) acc = acc * 31 + s.charCodeAt(i) * 65536;
  return acc;
}
const samples = ["", "a", "item0;item1;", "héllo wörld", "😀 smile", "日本語テキスト", "\u0000\uffff"];
for (const s of samples) {
  console.log(JSON.stringify(s), s.length, checksum(s), weighted(s), big(s));
}
let grown = "";
for (let i = 0; i < 50; i++) grown += "x" + i + "é";
console.log(grown.length, checksum(grown), big(grown) > 2 ** 53, big(grown) % 1000);
let units = 0;
const text = "ab😀c";
for (let i = text.length - 1; i >= 0; i--) units = units - text.charCodeAt(i) * -1;
console.log(units);
let zero = 0;
for (let i = 0; i < text.length; i++) zero = zero * -1 + text.charCodeAt(i) * 0;
console.log(1 / zero, zero);
function past(s: string): number {
  let t = 0;
  for (let i = -3; i < 20; i++) t = t + s.charCodeAt(i) * (i + 1);
  return t;
}
let hits = 0;
for (let i = -3; i < 20; i++) if ((0 + text.charCodeAt(i) * (i + 1)) > 0) hits++;
console.log(past("abc"), past(""), hits);
