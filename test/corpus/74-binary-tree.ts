// A binary search tree with recursive insert, in-order traversal, height and lookup.
class TreeNode {
  left: TreeNode | null = null;
  right: TreeNode | null = null;
  constructor(readonly key: number) {}
}
function insert(node: TreeNode | null, key: number): TreeNode {
  if (node === null) return new TreeNode(key);
  if (key < node.key) node.left = insert(node.left, key);
  else if (key > node.key) node.right = insert(node.right, key);
  return node;
}
function inOrder(node: TreeNode | null, out: number[]): void {
  if (node === null) return;
  inOrder(node.left, out);
  out.push(node.key);
  inOrder(node.right, out);
}
function height(node: TreeNode | null): number {
  return node === null ? 0 : 1 + Math.max(height(node.left), height(node.right));
}
function contains(node: TreeNode | null, key: number): boolean {
  while (node !== null) {
    if (key === node.key) return true;
    node = key < node.key ? node.left : node.right;
  }
  return false;
}
let root: TreeNode | null = null;
let seed = 7;
for (let i = 0; i < 40; i++) {
  seed = (seed * 75 + 74) % 65537;
  root = insert(root, seed % 100);
}
const keys: number[] = [];
inOrder(root, keys);
console.log(keys.length, keys.join(","));
console.log("height", height(root), contains(root, keys[3]), contains(root, 1000));
