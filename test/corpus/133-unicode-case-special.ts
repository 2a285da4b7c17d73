console.log("привет мир".toUpperCase(), "ΑΒΓ".toLowerCase(), "αβγ".toUpperCase(), "ǆ".toUpperCase(), "ı".toUpperCase());
console.log("ΟΔΥΣΣΕΥΣ".toLowerCase(), "Σ".toLowerCase(), "ΑΣ.".toLowerCase(), "straße ﬁ ŉ".toUpperCase(), "İstanbul".toLowerCase().length);
console.log("ÀÉÎÕÜ àéîõü ÿ Ÿ".toLowerCase(), "àéîõü ÿ µ".toUpperCase(), "ΐ".toUpperCase().length, "𐐨𐐩".toUpperCase(), "ＡＢＣ".toLowerCase());
console.log("Hello, World! 123".toUpperCase(), "ǅ".toLowerCase(), "ǅ".toUpperCase(), "Ꙁ".toLowerCase(), "ꭰ".toUpperCase());
