// String comparison is by UTF-16 code units: uppercase before lowercase, "10" before "9".
console.log("a" < "b", "a" < "B", "B" < "a", "10" < "9", "abc" < "abd", "ab" < "abc", "" < "a");
const apple: string = "apple";
console.log(apple === "apple", apple !== "Apple", "b" >= "b", "é" > "z", "Z" <= "a");
const words = ["pear", "Apple", "banana", "apple", "Banana", "10", "9", "é"];
let minWord = words[0];
for (const w of words) if (w < minWord) minWord = w;
console.log("min", minWord);
console.log(words.slice().sort().join(" "));
const a = "con" + "cat";
console.log(a === "concat", a == "concat");
