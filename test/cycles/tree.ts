// The parent/child tree of issue 16: each round builds a small tree whose children know their parent, then drops it.
const ROUNDS = 3000;
class TreeNode {
  parent: TreeNode | undefined;
  children: TreeNode[] = [];
  constructor(public value: number) {}
  add(child: TreeNode): void {
    child.parent = this;
    this.children.push(child);
  }
}
let total = 0;
for (let round = 0; round < ROUNDS; round++) {
  const root = new TreeNode(round);
  for (let i = 0; i < 3; i++) {
    const c = new TreeNode(i);
    root.add(c);
    c.add(new TreeNode(i * 10));
  }
  total += root.children.length + root.children[2].children[0].value;
}
console.log("total", total);
