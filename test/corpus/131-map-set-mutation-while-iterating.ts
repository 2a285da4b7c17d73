const m = new Map<number, string>();
m.set(1, "a").set(2, "b").set(3, "c");
const seen: number[] = [];
for (const [k, v] of m) {
  seen.push(k);
  if (k === 1) m.delete(2);
  if (k < 4) m.set(k + 10, v);
}
console.log(seen.join(","));
const s = new Set<string>(["x", "y"]);
const order: string[] = [];
for (const v of s) {
  order.push(v);
  if (v === "x") { s.delete("x"); s.add("x"); s.add("z"); }
  if (order.length > 10) break;
}
console.log(order.join(","));
const m2 = new Map<string, number>();
for (let i = 0; i < 6; i++) m2.set("k" + i, i);
const visited: string[] = [];
m2.forEach((v, k) => {
  visited.push(k);
  if (v % 2 === 0) m2.delete("k" + (v + 1));
  if (v < 3) m2.set("n" + v, 100 + v);
});
console.log(visited.join(","), m2.size);
let big = new Map<number, number>();
for (let i = 0; i < 5; i++) big.set(i, i);
let total = 0;
for (const [k, v] of big) {
  total += v;
  if (k === 2) big = new Map<number, number>();
}
console.log(total, big.size);
