// A Map that grows while a for-of walks it (mutant m-130-…-43000722 grew it without bound: Node stops at V8's
// 2^24 entries, outside the oracle): the loop visits every entry added before it reaches the end and skips the
// ones deleted before it reaches them, here 2,000 additions with deletions of visited and unvisited keys.
const m = new Map<number, number>();
m.set(1, 1).set(2, 2).set(3, 3);
let visited = 0;
let sum = 0;
for (const [k, v] of m) {
  visited++;
  sum += v;
  if (k < 2000) m.set(k + 3, v + 1);
  if (k % 7 === 0) m.delete(k);
  if (k % 11 === 0) m.delete(k + 1);
}
console.log(visited, sum, m.size);
const s = new Set<string>(["a"]);
const order: string[] = [];
for (const x of s) {
  order.push(x);
  if (x.length < 6) s.add(x + "b");
  if (x.length === 3) s.delete("aaaa");
}
console.log(order.join(" "), s.size);
