// A string read past the end is undefined: `<`/`>` against it compare numbers as JavaScript does (undefined
// is NaN: always false); found by the corpus mutant m-21-string-compare-5319 (`words[Infinity]` as the start).
const words = ["pear", "Apple", "banana", "apple", "10", "Σ", "é"];
let minWord = words[Infinity];
for (const w of words) if (w < minWord) minWord = w;
console.log("min", minWord);
const missing = words[10];
console.log(missing < "a", missing > "a", missing <= "a", missing >= "a", "a" < missing, "a" >= missing);
console.log(missing < missing, missing <= missing, "b" < "a", "a" <= "a", "Σ" > "z");
let first = words[words.length];
for (const w of words) if (first === undefined || w < first) first = w;
console.log("first", first);
