// length, charAt, charCodeAt, indexing (including out of range) and String.fromCharCode.
const s = "Hello, TypeScript";
console.log(s.length, s.charAt(0), s.charAt(7), s.charAt(100) === "", s.charCodeAt(1), s.charCodeAt(100));
console.log(s[4], s[100] === undefined, String(s[100]));
console.log(String.fromCharCode(72, 105, 33), String.fromCharCode(0x41 + 25), String.fromCharCode(233));
let codes = "";
for (let i = 0; i < 5; i++) codes += s.charCodeAt(i) + (i < 4 ? "," : "");
console.log(codes);
console.log("".length, "".charAt(0) === "", "abc".charAt(-1) === "", "abc".charAt(1.7));
console.log(s.concat("!", "?"));
