// A field written from a call that throws inside try/catch, by a getter-free method in a loop, and by ++ on
// the way out of a catch: the int state (int-method-state.ts) of the object stays exact.
class Acc {
  total = 0;
  step = 1;
  add(): void {
    this.total += this.step;
  }
  load(f: () => number): void {
    this.step = f();
  }
  inc(): void {
    this.step++;
  }
}

function risky(n: number): number {
  if (n > 2) throw new Error("too big " + n);
  return n / 4;
}
const a = new Acc();
for (let i = 0; i < 5; i++) {
  try {
    a.add();
    a.load(() => risky(i));
    a.add();
  } catch (e) {
    console.log("caught", (e as Error).message, a.total, a.step);
    a.inc();
  }
  a.add();
}
console.log("total", a.total, a.step);
a.load(() => -0);
a.add();
console.log("-0", a.total, a.step, 1 / a.step);
a.load(() => 2147483647);
a.add();
a.add();
console.log("big", a.total, a.step);
