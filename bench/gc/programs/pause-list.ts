// The collector's pause for 1000 live objects: a doubly linked list of 1000 links held by a global; a walk
// with a local cursor over the first 100 links makes each a candidate (its count drops back when the cursor
// moves on), then delay(0) collects: from those candidates it traverses all 1000 links and frees nothing.
// Prints the pause in µs of the emulated clock.
class Link {
  prev: Link | undefined;
  next: Link | undefined;
  constructor(public value: number) {}
}
let head: Link | undefined;
let tail: Link | undefined;
for (let i = 0; i < 1000; i++) {
  const l = new Link(i);
  l.prev = tail;
  if (tail) tail.next = l; else head = l;
  tail = l;
}
function walk(): number {
  let sum = 0;
  let c = head;
  for (let i = 0; i < 100 && c; i++) {
    sum += c.value;
    c = c.next;
  }
  return sum;
}
// Warm up and measure delay(0) with no candidates.
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
