// A doubly linked queue of 10 links (issue 16), rebuilt every round.
const ROUNDS = 1000;
class Link {
  prev: Link | undefined;
  next: Link | undefined;
  constructor(public value: number) {}
}
class Queue {
  head: Link | undefined;
  tail: Link | undefined;
  size = 0;
  push(v: number): void {
    const l = new Link(v);
    l.prev = this.tail;
    if (this.tail) this.tail.next = l; else this.head = l;
    this.tail = l;
    this.size++;
  }
}
let sum = 0;
for (let round = 0; round < ROUNDS; round++) {
  const q = new Queue();
  for (let i = 0; i < 10; i++) q.push(i);
  sum += q.size + (q.tail?.prev?.value ?? 0);
}
console.log("sum", sum);
