// As pause-list.ts, with a tree: 1000 nodes that know their parent and hold their children in an array
// (2000 tracked nodes: the objects and their arrays).
class TreeNode {
  parent: TreeNode | undefined;
  children: TreeNode[] = [];
  constructor(public value: number) {}
}
const root = new TreeNode(0);
const nodes: TreeNode[] = [root];
for (let i = 1; i < 1000; i++) {
  const parent = nodes[(i - 1) >> 2];
  const n = new TreeNode(i);
  n.parent = parent;
  parent.children.push(n);
  nodes.push(n);
}
// Touches the first 100 nodes: each becomes a candidate, and a collection from any of them reaches all 1000.
function walk(): number {
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    const n = nodes[i];
    sum += n.value + n.children.length;
  }
  return sum;
}
walk();
delay(0);
let t0 = micros();
delay(0);
const idle = micros() - t0;
const sum = walk();
t0 = micros();
delay(0);
const pause = micros() - t0 - idle;
console.log("sum", sum);
console.log("pause-us", pause);
