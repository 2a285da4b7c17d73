// 1000 live objects of a class on a cycle, each with a closure capturing it, an array and a map of its kind:
// the same C++ layout as header-plain.ts, whose types cannot form cycles. The peak heaps' difference / 4000
// is what the collector adds per object (header bits and candidate buffer).
class Node {
  cb: (() => number) | undefined;
  kids: Node[] = [];
  byName = new Map<string, Node>();
}
const all: Node[] = [];
for (let i = 0; i < 1000; i++) {
  const n = new Node();
  n.cb = () => n.kids.length;
  all.push(n);
}
let sum = 0;
for (const n of all) sum += n.cb!();
console.log("objects", all.length, sum);
