// console.log / console.error lines made only of literals and int32 / boolean values are folded at compile
// time into flash text (console-line.ts): each part must print as Node prints it, with single spaces between
// the arguments and one newline, and a first literal with `%` followed by arguments stays a format.
const n: i32 = -2147483648;
const small: i8 = -128;
const byte: u8 = 255;
const half: i16 = -32768;
const whole: u16 = 65535;
let flag = false;
for (let i: i32 = 0; i < 3; i++) flag = !flag;

console.log("primes up to", 20000, "=", n, byte, small, half, whole);
console.log(1e21, 0.1, 1_000, 0x10, 0b101, 0o17, 1e-7, .5, 5., 123456789012345680000, 9007199254740993, 0.000001, 1.5e300);
console.log("power", 2 ** 53);
console.log(true, false, flag, !flag, (3), ("paren"));
console.log("", 1, "", "");
console.log("");
console.log(`template`, "tab\there", "nul\0byte", "quote\"'`", "back\\slash", "trigraph??=");
console.log("é ü 中文", "😀", "lone \uD83D high", "lone \uDE00 low", "pair \uD83D\uDE00", "\uD83D", "\uDE00");
console.log("100%", 5);
console.log("%d items", 7);
console.log("%s and %i", "x", 3);
console.log("%%", n);
console.log("a %", byte);
console.log(5, "%d", 6);
console.log("100%");
console.log("%d");
console.error("to stderr", n, true);
console.error("only text");
let count: i32 = 0;
function next(): i32 {
  count++;
  return count;
}
console.log("order", next(), next(), "then", next() * 10, count > 2);
const words = ["w"];
console.log("mixed", words.length > 0, words.length);
