// replace (first occurrence) and replaceAll with string patterns, and the $& / $$ replacement patterns.
const s = "one fish two fish red fish";
console.log(s.replace("fish", "cat"));
console.log(s.replaceAll("fish", "cat"));
console.log(s.replace("whale", "cat") === s);
console.log("a-b-c".replaceAll("-", ""), "aaa".replaceAll("a", "aa"), "aaaa".replaceAll("aa", "b"));
console.log("price: 5".replace("5", "$$5"), "wrap".replace("wrap", "[$&]"), "x".replace("x", "$1"));
console.log("abc".replace("", "_"), "abc".replaceAll("", "-"));
