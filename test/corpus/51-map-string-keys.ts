// Map<string, number>: insertion order, overwriting keeps the position, delete then re-add moves to the end.
const m = new Map<string, number>();
m.set("one", 1).set("two", 2).set("three", 3);
console.log(m.size, m.get("two"), String(m.get("four")), m.has("one"), m.has("four"));
m.set("one", 100);
for (const [k, v] of m) console.log(k, v);
console.log(m.delete("two"), m.delete("two"), m.size);
m.set("two", 22);
let order = "";
m.forEach((v, k) => {
  order += k + "=" + v + ";";
});
console.log(order);
const counts = new Map<string, number>();
for (const w of "a b a c b a".split(" ")) counts.set(w, (counts.get(w) ?? 0) + 1);
for (const [w, n] of counts) console.log(w, n);
m.clear();
console.log(m.size, m.has("one"));
