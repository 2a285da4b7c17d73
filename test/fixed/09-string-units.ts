// Code size (issue 12): i32(s.length) and i32(s.charCodeAt(i)) read integers without software doubles, on
// text that is not ASCII (UTF-16 units, a surrogate pair counted as two). (Out of range AssemblyScript's
// charCodeAt gives -1 where JavaScript gives NaN, so this program stays in range.)
const s = "aé\u{1F600}z";
const n: i32 = i32(s.length);
let sum: i32 = 0;
for (let i: i32 = 0; i < n; i++) sum = sum * 31 + i32(s.charCodeAt(i));
let t = "x";
for (let i: i32 = 0; i < 3; i++) t += "é" + i.toString();
console.log(n.toString() + " " + sum.toString() + " " + u32(s.length).toString() + " " + i32(t.length).toString() + " " + i32("ascii".length).toString());
console.log(i32(t.charCodeAt(2)).toString() + " " + u32(t.charCodeAt(i32(t.length) - 1)).toString() + " " + i64(s.charCodeAt(3)).toString());
