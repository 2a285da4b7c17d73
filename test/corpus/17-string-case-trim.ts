// toUpperCase/toLowerCase (ASCII and Latin-1) and trimming of every kind of ASCII whitespace.
console.log("Hello World 123".toUpperCase(), "Hello World 123".toLowerCase());
console.log("café déjà vu".toUpperCase(), "ÉCOLE".toLowerCase());
const padded = " \t\n  text with spaces \r\n ";
console.log("[" + padded.trim() + "]");
console.log("[" + padded.trimStart() + "]");
console.log("[" + padded.trimEnd() + "]");
console.log("[" + "   ".trim() + "]", "[" + "x".trim() + "]");
console.log("MiXeD".toLowerCase() === "mixed", "a".toUpperCase() < "a");
