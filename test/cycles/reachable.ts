// Nothing reachable is ever freed: cycles still held by a global, a local, a closure, an array element, a map
// value and a cell survive collections (forced by delay() and by filling the candidate buffer with garbage)
// that run while they are held, and read back intact afterwards.
class Peer {
  other: Peer | undefined;
  items: Peer[] = [];
  constructor(public name: string) {}
}

function pair(name: string): Peer {
  const a = new Peer(name + ".a");
  const b = new Peer(name + ".b");
  a.other = b;
  b.other = a;
  a.items.push(a, b);
  return a;
}

// Garbage cycles: fills the candidate buffer, so collections run in the middle of what follows.
function churn(n: number): void {
  for (let i = 0; i < n; i++) pair("garbage" + i);
}

function describe(p: Peer | undefined): string {
  if (p === undefined) return "gone";
  const o = p.other;
  return `${p.name}<->${o ? o.name : "?"} back=${o && o.other === p ? "yes" : "no"} items=${p.items.map((x) => x.name).join(",")}`;
}

let kept: Peer | undefined = pair("global");
const table: Peer[] = [];
const byName = new Map<string, Peer>();

function dropKept(): void {
  kept = undefined;
}

function heldByLocal(): string {
  const local = pair("local");
  const alias = local.other!;  // a second local, released while the first still holds the cycle
  churn(300);
  delay(0);
  const before = describe(alias);
  return before + " | " + describe(local);
}

function makeClosure(): () => string {
  const captured = pair("closure");
  return () => describe(captured);
}

function heldByCell(): () => string {
  let current = pair("cell0");
  const swap = (): string => {
    current = pair("cell" + current.name.length);
    return describe(current);
  };
  swap();
  return swap;
}

// Listeners on a subject that they capture, with the subject still held by a global list.
class Subject {
  listeners: (() => void)[] = [];
  fired = 0;
}
const subjects: Subject[] = [];

console.log(describe(kept));
console.log(heldByLocal());
const fn = makeClosure();
churn(300);
delay(0);
console.log(fn());
table.push(pair("array"));
byName.set("m", pair("map"));
const cellFn = heldByCell();
churn(300);
delay(0);
console.log(describe(table[0]));
console.log(describe(byName.get("m")));
console.log(cellFn());
for (let i = 0; i < 50; i++) {
  const s = new Subject();
  s.listeners.push(() => { s.fired++; });
  s.listeners.push(() => { s.fired += 10; });
  if (i % 5 === 0) subjects.push(s);
}
churn(300);
delay(0);
for (const s of subjects) for (const l of s.listeners) l();
console.log("subjects", subjects.length, subjects.map((s) => s.fired).join(","));
console.log(describe(kept));
dropKept();
churn(300);
delay(0);
console.log(describe(kept));
// A collection while a method of a cycle member runs, reached only through locals of that method.
class Walker {
  self: Walker | undefined;
  steps = 0;
  walk(): number {
    const me: Walker = this;
    for (let i = 0; i < 3; i++) {
      churn(100);
      delay(0);
      me.steps += this.self === me ? 1 : 100;
    }
    return me.steps;
  }
}
function walkOnce(): number {
  const w = new Walker();
  w.self = w;
  return w.walk();
}
console.log("walker", walkOnce());
