// Code size (issue 12): `s += …` on text that is not ASCII appends without the general string builder: a
// high surrogate at the end meeting a low one at the start of the tail still makes one code point, an
// integer part after non-ASCII text is formatted into the new text; then a member called on a missing
// element stops with Node's TypeError naming it (the report is written part by part).
let s = "a\uD83D";
s += "\uDE00b";
console.log(s, s.length, s.codePointAt(1));
let t = "é";
for (let i = 0; i < 3; i++) t += i;
t += "\uD800";
t += "x\uDC00";
console.log(t, t.length, t.charCodeAt(5), t.charCodeAt(7));
let u = "";
u += "\uD83D";
u += "\uDE00";
u += "\uD83D";
u += "";
console.log(u.length, u.codePointAt(0), u.codePointAt(2), u === "\uD83D\uDE00\uD83D");
let v = "ab";
v += v;
v += "ü";
v += v;
console.log(v, v.length);
const words: string[] = ["αβ", "γ"];
console.log(words[1].charCodeAt(0));
console.log(words[2].charAt(0));
