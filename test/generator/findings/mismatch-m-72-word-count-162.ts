// tsduino fuzz finding: MISMATCH on host
// origin: mutant of test/corpus/72-word-count.ts, mutant seed 162: operator !== → < at line 16 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 0 --mutants 1 --mutant-seed 162
// line 1: node "age          2" ours "it           6"
// Node prints:
//   age          2
//   belief       1
//   epoch        2
//   best         1
//   foolishness  1
//   incredulity  1
//   it           6
//   of           6
//   
// tsduino prints:
//   it           6
//   of           6
//   the          6
//   was          6
//   age          2
//   best         1
//   epoch        2
//   times        2
//   
// Word frequencies with a Map, sorted by count (descending) then alphabetically.
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity`;
const counts = new Map<string, number>();
for (const raw of text.replaceAll("\n", " ").split(" ")) {
  const w = raw.replaceAll(",", "").toLowerCase();
  counts.set(w, (counts.get(w) ?? 0) + 1);
}
interface Entry {
  word: string;
  n: number;
}
const entries: Entry[] = [];
for (const [w, n] of counts) entries.push({ word: w, n: n });
entries.sort((a, b) => (b.n < a.n ? b.n - a.n : a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
for (const e of entries.slice(0, 8)) console.log(e.word.padEnd(12), e.n);
