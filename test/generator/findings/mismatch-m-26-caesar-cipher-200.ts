// tsduino fuzz finding: MISMATCH on host
// origin: mutant of test/corpus/26-caesar-cipher.ts, mutant seed 200: string "Attack at Dawn, 5 o'clock!" → "é" at line 12 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 0 --mutants 1 --mutant-seed 200
// ours stopped (exit SIGSEGV) where Node went on: "" 
// Node prints:
//   é
//   é
//   1 yza BCD
//   2 zab CDE
//   3 abc DEF
//   
// tsduino prints:
//   
// A Caesar cipher with charCodeAt/fromCharCode, round-tripped.
function shift(text: string, by: number): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + by + 26) % 26) + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + by + 26) % 26) + 97);
    else out += text.charAt(i);
  }
  return out;
}
const plain = "é";
const secret = shift(plain, 13);
console.log(secret);
console.log(shift(secret, -13));
for (let k = 1; k <= 3; k++) console.log(k, shift("xyz ABC", k));
