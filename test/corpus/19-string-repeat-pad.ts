// repeat, padStart and padEnd, including multi-character fills and no-op widths.
console.log("ab".repeat(3), "[" + "x".repeat(0) + "]", "-".repeat(10));
console.log("5".padStart(3, "0"), "42".padStart(2, "0"), "7".padStart(5), "[" + "7".padEnd(4) + "]");
console.log("abc".padEnd(10, "12"), "abc".padStart(10, "xyz"), "abc".padStart(6, ""));
for (let i = 1; i <= 100; i *= 10) console.log(String(i).padStart(5, ".") + "|" + String(i * 3).padEnd(5, "_") + "|");
