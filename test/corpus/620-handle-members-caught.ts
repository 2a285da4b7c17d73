// Issue 10/11 (errs4): a member read through a class or interface handle that is undefined at run time although
// its type says otherwise (a `queue.shift()!` passed on, an element destructured past the end, a map entry
// asserted with `!`) raises Node's TypeError naming the member. It is catchable inside the try block and in every
// function the try reaches: plain functions, methods, a constructor, a getter, closures and array-method callbacks,
// and the program goes on.
interface Packet {
  kind: "temp" | "hum" | "ping";
  value: number;
  origin: Node;
}

class Node {
  constructor(public name: string, public hops: number) {}
  route(): string {
    return `${this.name}/${this.hops}`;
  }
}

class Link {
  readonly label: string;
  constructor(public from: Node, public to: Node) {
    this.label = `${from.name}->${to.name}`;
  }
  get cost(): number {
    return this.from.hops + this.to.hops;
  }
}

function describe(p: Packet): string {
  return `${p.kind}=${p.value} via ${p.origin.route()}`;
}

function summarise(packets: Packet[]): number {
  let total = 0;
  packets.forEach((p) => {
    total += p.value;
  });
  return total;
}

const gateway = new Node("gw", 0);
const relay = new Node("relay", 1);
const queue: Packet[] = [
  { kind: "temp", value: 21.5, origin: relay },
  { kind: "hum", value: 40, origin: gateway },
];

for (let round = 0; round < 4; round++) {
  try {
    const p = queue.shift()!;
    console.log(`round ${round}:`, describe(p));
  } catch (e) {
    console.log(`round ${round} failed:`, (e as Error).message);
  }
}

const nodes: Node[] = [gateway, relay];
const [first, second, third] = nodes;
try {
  console.log(first.route(), second.name);
  console.log(third.name);
} catch (e) {
  console.log("third:", (e as Error).message);
}

try {
  const link = new Link(relay, third);
  console.log("link", link.label);
} catch (e) {
  console.log("link:", (e as Error).message);
}

const links = [new Link(gateway, relay)];
const byName = new Map<string, Link>([["up", links[0]]]);
function totalCost(names: string[]): number {
  let sum = 0;
  for (const n of names) sum += byName.get(n)!.cost;
  return sum;
}
try {
  console.log("cost", totalCost(["up"]));
  console.log("cost", totalCost(["up", "down"]));
} catch (e) {
  console.log("cost:", (e as Error).message);
}

const batch: Packet[] = [{ kind: "ping", value: 1, origin: gateway }];
const stray = queue.pop()!;
batch.push({ kind: "temp", value: 3, origin: relay }, stray);
try {
  console.log("sum", summarise(batch.slice(0, 1)));
  console.log("sum", summarise(batch));
} catch (e) {
  console.log("sum:", (e as Error).message);
}

const handlers = new Map<string, (p: Packet) => string>();
handlers.set("temp", (p) => `T${p.origin.hops}`);
try {
  console.log(handlers.get("temp")!(queue[0]));
} catch (e) {
  console.log("handler:", String(e));
}
console.log("done", queue.length, batch.length);
