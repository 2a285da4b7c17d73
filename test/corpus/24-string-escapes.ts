// Escape sequences in string literals and templates, including unicode escapes.
console.log("tab:\t|", "quote:\"|", "single:'|", "backslash:\\|");
console.log("\u00e9\u00e8", "\u{1F600}".length, "\x41\x42", 'single \'quoted\'');
console.log(`template \` and \\ and \n newline`);
console.log("nul?".length, "a\u0000b".length, "\r\n".length);
console.log("caf\u00e9" === "café");
