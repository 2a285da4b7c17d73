// Closures in the shapes the compiler lowers differently, each capturing objects on a cycle: arrow functions
// capturing this, a function expression capturing a 'const self = this', per-iteration let bindings, a
// mutated captured counter (a cell), a recursive arrow function (a cell holding itself), closures created in
// an inline forEach callback. A ring of nodes holding them is rebuilt every round and must all be freed.
const ROUNDS = 300;
class Node {
  next: Node | undefined;
  handlers: (() => number)[] = [];
  constructor(public id: number) {}
  wire(): void {
    this.handlers.push(() => this.id);
    const self2 = this;
    this.handlers.push(function (): number { return self2.id * 2; });
  }
}
function build(n: number): Node {
  const head = new Node(0);
  let cur = head;
  for (let i = 1; i < n; i++) {
    const node = new Node(i);
    cur.next = node;
    node.handlers.push(() => i + node.id + head.id);
    cur = node;
  }
  cur.next = head;
  [1, 2].forEach((k) => head.handlers.push(() => k + head.id));
  let counter = 0;
  const bump = (): number => { counter++; return counter + head.id; };
  head.handlers.push(bump);
  const rec = (m: number): number => (m <= 0 ? head.id : rec(m - 1));
  head.handlers.push(() => rec(3));
  head.wire();
  return head;
}
let total = 0;
for (let r = 0; r < ROUNDS; r++) {
  const h = build(5);
  for (const f of h.handlers) total += f();
  let c = h.next;
  while (c && c !== h) { for (const f of c.handlers) total += f(); c = c.next; }
  delay(0);
}
console.log("total", total);
