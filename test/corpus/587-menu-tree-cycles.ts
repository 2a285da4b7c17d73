// A display menu as a tree with parent links (reference cycles the collector handles): a MenuItem base
// class, submenus that extend it and implement Container and Focusable, leaves that implement Focusable;
// navigation through the interfaces, items removed and the tree rebuilt many times.
interface Focusable {
  focused: boolean;
  focus(): string;
}
interface Container {
  readonly children: MenuItem[];
  add(item: MenuItem): Container;
}

class MenuItem {
  parent: Submenu | undefined = undefined;
  constructor(readonly title: string) {}
  path(): string {
    return this.parent ? `${this.parent.path()}/${this.title}` : this.title;
  }
}

class Submenu extends MenuItem implements Container, Focusable {
  children: MenuItem[] = [];
  focused = false;
  add(item: MenuItem): Container {
    item.parent = this;
    this.children.push(item);
    return this;
  }
  focus(): string {
    this.focused = true;
    return `[${this.path()}] ${this.children.length} items`;
  }
}

class Setting extends MenuItem implements Focusable {
  focused = false;
  constructor(title: string, public value: number) {
    super(title);
  }
  focus(): string {
    this.focused = true;
    return `${this.path()} = ${this.value}`;
  }
}

function build(round: number): Submenu {
  const root = new Submenu("main");
  const net = new Submenu("network");
  const disp = new Submenu("display");
  root.add(net).add(disp).add(new Setting("volume", round));
  net.add(new Setting("channel", 6 + round)).add(new Setting("power", 20));
  disp.add(new Setting("brightness", 80 - round));
  return root;
}

function walk(c: Container, out: Focusable[]): Focusable[] {
  for (const child of c.children) {
    if (child instanceof Submenu) {
      out.push(child);
      walk(child, out);
    } else if (child instanceof Setting) out.push(child);
  }
  return out;
}

let keep: Submenu | undefined;
for (let round = 0; round < 300; round++) {
  const root = build(round);
  const items = walk(root, []);
  if (round % 100 === 0 || round === 299) console.log(round, items.map((f) => f.focus()).join(" | "));
  if (round === 150) keep = root;
}
if (keep) {
  const network = keep.children[0];
  if (network instanceof Submenu) {
    const removed = network.children.splice(0, 1)[0];
    removed.parent = undefined;
    console.log(removed.path(), network.focus(), walk(keep, []).filter((f) => f.focused).length);
  }
  const c: Container = keep;
  c.add(new Setting("reset", 0)).add(new Submenu("about"));
  console.log(walk(c, []).map((f) => (f instanceof Submenu || f instanceof Setting ? f.title : "?")).join(","));
  console.log(keep.children.map((m) => m.path()).join(" "));
}
