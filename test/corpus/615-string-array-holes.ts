// A store past the end of a string[] leaves holes, as in Node: the iteration methods skip them, join prints
// them empty, console.log counts them as empty items (fuzz g52003778: v[v.length] = v.pop() ?? "x", whose
// right side shortened the array after the index was read).
let tags: string[] = ["-0", "v=-129"];
for (let round = 0; round < 3; round++) {
  tags.sort();
  tags[tags.length] = (tags.pop() ?? "12px").slice(0, 24);
}
console.log(tags.length, tags);
console.log(tags.filter((x) => x.length < 3), tags.join("|"), String(tags), JSON.stringify(tags));
tags.forEach((x, i) => console.log(i, x.length));
console.log(tags.map((x) => x + "!"), tags.some((x) => x === undefined), tags.every((x) => x.length > 0));
console.log(tags.reduce((acc, x) => acc + x.length, 0), tags.indexOf("v=-129"), tags.includes("-0"));
let words: string[] = ["b", "a"];
words[4] = "c";
words.push("a");
console.log(words, words.length, words[2] === undefined, words[3] ?? "none");
words.sort();
console.log(words, words.join(","));
const last = words.pop();
console.log(last, words.pop() ?? "hole", words.length);
let lines: string[] = [];
lines[2] = "x";
console.log(lines, lines.slice(1), lines.concat(["y"]), lines.findIndex((x) => x === "x"));
const lens: number[] = lines.map((x) => x.length);
console.log(lens, lens.length);
