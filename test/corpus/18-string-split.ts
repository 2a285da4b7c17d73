// split with a one-character, multi-character and empty separator; join back.
const csv = "red,green,,blue";
const parts = csv.split(",");
console.log(parts.length, parts.join("|"));
console.log("a::b::c".split("::").join("+"), "abc".split("").join("-"), "abc".split("x").length);
console.log("".split(",").length, "".split("").length, ",".split(",").length);
const words = "  many   spaces here ".split(" ");
console.log(words.length, words.join("_"));
const lines = "line one\nline two\nline three".split("\n");
for (const line of lines) console.log(line.length, line);
