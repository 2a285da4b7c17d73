// indexOf, lastIndexOf, includes, startsWith, endsWith with and without positions.
const s = "the quick brown fox jumps over the lazy dog";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.indexOf("cat"), s.indexOf(""), s.indexOf("", 100));
console.log(s.lastIndexOf("the"), s.lastIndexOf("the", 30), s.lastIndexOf("o"), s.lastIndexOf("zzz"));
console.log(s.includes("fox"), s.includes("Fox"), s.includes("fox", 20), s.includes(""));
console.log(s.startsWith("the"), s.startsWith("quick", 4), s.startsWith("quick"), s.endsWith("dog"), s.endsWith("lazy", 38));
console.log("aaa".indexOf("aa", 1), "aaa".lastIndexOf("aa"), "abc".indexOf("c", -5), "abc".lastIndexOf("a", -5));
