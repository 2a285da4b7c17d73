// A RangeError raised by the language itself ("abc".repeat(-1)) also ends the program.
const counts = [2, 1, 0, -1, 3];
for (const c of counts) console.log("[" + "ab".repeat(c) + "]");
console.log("unreachable");
