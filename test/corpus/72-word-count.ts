// Word frequencies with a Map, sorted by count (descending) then alphabetically.
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity`;
const counts = new Map<string, number>();
for (const raw of text.replaceAll("\n", " ").split(" ")) {
  const w = raw.replaceAll(",", "").toLowerCase();
  if (w.length === 0) continue;
  counts.set(w, (counts.get(w) ?? 0) + 1);
}
const entries: Array<[string, number]> = [];
for (const [w, n] of counts) entries.push([w, n]);
entries.sort((a, b) => (b[1] !== a[1] ? b[1] - a[1] : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
for (const [w, n] of entries.slice(0, 8)) console.log(w.padEnd(12), n);
console.log("distinct", counts.size, "total", entries.reduce((s, e) => s + e[1], 0));
