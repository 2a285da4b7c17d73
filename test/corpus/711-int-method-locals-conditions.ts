// Int32 copies of methods with locals, parameters written in the body, else branches, && and ! and equality:
// the copy and the general body agree, including when a condition's operand would overflow only on a path
// JavaScript does not take.
class Counter {
  count = 0;
  best = 0;
  misses = 0;
  add(n: number, cap: number): void {
    const next = this.count + n;
    let room = cap - next;
    if (!(room >= 0) && n !== 0) {
      this.misses += 1;
      room = 0;
    } else if (next === cap || (n > 0 && next > this.best)) {
      this.count = next;
      this.best = next;
    } else {
      this.count = next;
    }
    this.best = this.best + room * 0;
  }
  skip(n: number): void {
    if (n > 5 || n * 1000000000 > 0) this.misses++;
  }
}

const c = new Counter();
const steps = [1, 2, 3, -4, 10, 0, 100, -7, 2147483647, 5];
for (const s of steps) {
  c.add(s, 20);
  console.log(s, c.count, c.best, c.misses, 1 / c.best);
}
c.skip(6);
c.skip(3);
c.skip(-3);
console.log("misses", c.misses);
c.count = 0.25;
c.add(1, 20);
console.log("fraction", c.count, c.best, c.misses);
c.best = -0;
c.add(0, 0);
console.log("-0 best", c.count, c.best, 1 / c.best, c.misses);
