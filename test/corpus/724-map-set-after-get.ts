// Map.set right after get/has of the same key (the map remembers the entry its last lookup found): updates,
// different keys, deleted entries, compaction, -0/NaN keys, iteration and Set.add, all as in Node.
const counts = new Map<number, number>();
let x = 1;
for (let i = 0; i < 2000; i++) {
  x = (x * 48271) % 2147483647;
  const k = x % 97;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
let total = 0;
for (const [, c] of counts) total += c;
console.log(counts.size, total, counts.get(0), counts.get(96));
const m = new Map<number, string>();
m.set(1, "a");
m.get(1);
m.set(2, "b");
console.log([...m].join(";"));
m.get(1);
m.delete(1);
m.set(1, "again");
console.log([...m].join(";"), m.size);
for (let i = 10; i < 60; i++) m.set(i, "v" + i);
m.get(30);
for (let i = 10; i < 55; i++) m.delete(i);
m.set(30, "back");
m.set(57, "updated");
console.log([...m.keys()].join(","), m.get(30), m.get(57), m.size);
const z = new Map<number, string>();
z.set(0, "zero");
z.get(-0);
z.set(-0, "negzero");
z.set(NaN, "nan");
z.has(NaN);
z.set(NaN, "nan2");
console.log([...z].join(";"), z.size, 1 / [...z.keys()][0]);
const it = new Map<string, number>([["a", 1], ["b", 2], ["c", 3]]);
for (const [k, v] of it) {
  it.get(k);
  it.set(k, v * 10);
  if (k === "a") it.delete("b");
  if (k === "c") it.set("d", 4);
}
console.log([...it].join(";"));
const cleared = new Map<string, number>([["q", 1]]);
cleared.get("q");
cleared.clear();
cleared.set("q", 2);
console.log([...cleared].join(";"), cleared.size);
const seen = new Set<string>();
for (const w of ["x", "y", "x", "z", "y"]) {
  if (seen.has(w)) seen.add(w);
  else seen.add(w + "!");
}
console.log([...seen].join(","));
const words = new Map<string, number>();
for (let i = 0; i < 300; i++) {
  const w = "k" + (i % 40);
  words.set(w, (words.get(w) ?? 0) + i);
  if (i % 7 === 0) words.delete("k" + (i % 11));
}
let sum = 0;
words.forEach((v) => (sum += v));
console.log(words.size, sum, [...words.keys()].slice(0, 8).join(","));
