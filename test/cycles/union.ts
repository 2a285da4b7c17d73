// Cycles held through unions of object types (issue 11): a device tree whose children are `Sensor | Group`
// (no common base: ts::Ref<ts::Object>, whose release and trace look at the member's tracked bit) and
// whose sensors point back at their group, rebuilt every round.
const ROUNDS = 3000;
class Sensor {
  parent: Group | null = null;
  constructor(public value: number) {}
}
class Group {
  children: (Sensor | Group)[] = [];
  parent: Group | Sensor | null = null;
}
function sum(node: Sensor | Group): number {
  if (node instanceof Sensor) return node.value;
  let total = 0;
  for (const c of node.children) total += sum(c);
  return total;
}
let grand = 0;
for (let round = 0; round < ROUNDS; round++) {
  const root = new Group();
  const inner = new Group();
  inner.parent = root;
  root.children.push(inner);
  for (let i = 0; i < 3; i++) {
    const s = new Sensor(i + round % 5);
    s.parent = i === 0 ? root : inner;
    (i === 0 ? root : inner).children.push(s);
  }
  let held: Sensor | Group = inner;
  held = inner.children[0];
  if (held instanceof Sensor && held.parent !== null) grand += held.parent.children.length;
  grand += sum(root);
}
console.log("grand", grand);
