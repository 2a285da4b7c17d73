// Benchmark: Map<number, number> counting and Map<string, number> word frequencies with deletes.
const counts = new Map<number, number>();
let x = 1;
for (let i = 0; i < 500000; i++) {
  x = (x * 48271) % 2147483647;
  const k = x % 50000;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
let maxKey = -1;
let maxCount = 0;
for (const [k, c] of counts) {
  if (c > maxCount) {
    maxCount = c;
    maxKey = k;
  }
}
const words = new Map<string, number>();
for (let i = 0; i < 100000; i++) {
  const w = "k" + (i % 5000);
  words.set(w, (words.get(w) ?? 0) + i);
  if (i % 7 === 0) words.delete("k" + (i % 11));
}
let sum = 0;
words.forEach((v) => {
  sum = (sum + v) % 1000000007;
});
console.log("keys", counts.size, "max", maxKey, maxCount, "words", words.size, "sum", sum);
