// A device tree of `Sensor | Group` nodes (no common base) with back references through union fields,
// rebuilt many times (the cycle collector sees the members through the union), walked with instanceof,
// compared by identity and kept in a Map of union values.
class Sensor {
  parent: Group | null = null;
  constructor(public id: string, public reading: number) {}
}
class Group {
  children: (Sensor | Group)[] = [];
  parent: Group | null = null;
  constructor(public id: string) {}
  add(n: Sensor | Group): Sensor | Group {
    n.parent = this;
    this.children.push(n);
    return n;
  }
}
type TreeNode = Sensor | Group;

function depth(n: TreeNode): number {
  let d = 0;
  for (let p = n.parent; p !== null; p = p.parent) d++;
  return d;
}

function walk(n: TreeNode, out: string[]): number {
  if (n instanceof Sensor) {
    out.push(`${"  ".repeat(depth(n))}${n.id}=${n.reading}`);
    return n.reading;
  }
  out.push(`${"  ".repeat(depth(n))}${n.id}/`);
  let sum = 0;
  for (const c of n.children) sum += walk(c, out);
  return sum;
}

function build(round: number): Group {
  const root = new Group("house");
  const up = root.add(new Group("upstairs"));
  const down = root.add(new Group("downstairs"));
  if (up instanceof Group && down instanceof Group) {
    up.add(new Sensor("bed", 19 + (round % 3)));
    up.add(new Sensor("bath", 23));
    down.add(new Sensor("kitchen", 21));
    const cellar = down.add(new Group("cellar"));
    if (cellar instanceof Group) cellar.add(new Sensor("boiler", 55 + round));
  }
  return root;
}

let total = 0;
for (let round = 0; round < 2000; round++) {
  const out: string[] = [];
  total += walk(build(round), out);
  if (round === 0) for (const line of out) console.log(line);
}
console.log("total", total);

const index = new Map<string, TreeNode>();
const tree = build(1);
const stack: TreeNode[] = [tree];
while (stack.length > 0) {
  const n = stack.pop()!;
  index.set(n.id, n);
  if (n instanceof Group) for (const c of n.children) stack.push(c);
}
const boiler = index.get("boiler");
const cellar = index.get("cellar");
console.log(index.size, boiler !== undefined && boiler.parent === cellar, boiler === index.get("boiler"), boiler === cellar);
if (boiler instanceof Sensor) console.log(boiler.reading, depth(boiler), boiler.parent?.id);
