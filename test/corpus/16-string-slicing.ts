// slice and substring with negative, swapped, out-of-range and fractional arguments.
const s = "abcdefghij";
console.log(s.slice(2), s.slice(2, 5), s.slice(-3), s.slice(-3, -1), s.slice(5, 2) === "", s.slice(100) === "");
console.log(s.substring(2, 5), s.substring(5, 2), s.substring(-3), s.substring(3, -1), s.substring(1.9, 4.2));
console.log(s.slice(0, 0) === "", s.slice(), s.substring(0), s.slice(-100, 2));
const parts: string[] = [];
for (let i = 0; i < s.length; i += 3) parts.push(s.slice(i, i + 3));
console.log(parts.join("|"));
