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
const plain = "Attack at Dawn, 5 o'clock!";
const secret = shift(plain, 13);
console.log(secret);
console.log(shift(secret, -13));
for (let k = 1; k <= 3; k++) console.log(k, shift("xyz ABC", k));
