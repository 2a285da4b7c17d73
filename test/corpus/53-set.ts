// Set<string> and Set<number>: deduplication, insertion order, delete, has, forEach and for-of.
const s = new Set<string>();
for (const w of "the cat and the hat and the bat".split(" ")) s.add(w);
console.log(s.size, s.has("cat"), s.has("dog"));
let out = "";
for (const w of s) out += w + " ";
console.log(out.trim());
console.log(s.delete("and"), s.delete("and"), s.size);
s.add("the");
s.add("and");
const parts: string[] = [];
s.forEach((w) => {
  parts.push(w);
});
console.log(parts.join(","));
const nums = new Set<number>([3, 1, 3, 2, 1, 0 / 0, 0 / 0, -0, 0]);
let ns = "";
for (const n of nums) ns += n + " ";
console.log(nums.size, ns.trim(), nums.has(0 / 0), nums.has(0));
const unique: number[] = [];
new Set<number>([5, 5, 4, 5, 4, 3]).forEach((n) => {
  unique.push(n);
});
console.log(unique.join(","));
s.clear();
console.log(s.size);
