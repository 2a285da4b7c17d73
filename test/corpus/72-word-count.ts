// Word frequencies with a Map, sorted by count (descending) then alphabetically.
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity`;
const counts = new Map<string, number>();
for (const raw of text.replaceAll("\n", " ").split(" ")) {
  const w = raw.replaceAll(",", "").toLowerCase();
  if (w.length === 0) continue;
  counts.set(w, (counts.get(w) ?? 0) + 1);
}
interface Entry {
  word: string;
  n: number;
}
const entries: Entry[] = [];
for (const [w, n] of counts) entries.push({ word: w, n: n });
entries.sort((a, b) => (b.n !== a.n ? b.n - a.n : a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
for (const e of entries.slice(0, 8)) console.log(e.word.padEnd(12), e.n);
console.log("distinct", counts.size, "total", entries.reduce((s, e) => s + e.n, 0));
