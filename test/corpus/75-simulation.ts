// A class-heavy, deterministic bank-queue simulation driven by a linear congruential generator.
class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state / 2147483648;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}
class Customer {
  constructor(readonly id: number, readonly arrival: number, readonly work: number) {}
}
abstract class Teller {
  busyUntil = 0;
  served = 0;
  constructor(readonly name: string) {}
  abstract speed(): number;
  serve(c: Customer, now: number): number {
    const start = Math.max(now, this.busyUntil);
    this.busyUntil = start + Math.ceil(c.work / this.speed());
    this.served++;
    return start - c.arrival;
  }
}
class Junior extends Teller {
  speed(): number {
    return 1;
  }
}
class Senior extends Teller {
  speed(): number {
    return 2;
  }
}
const rng = new Rng(42);
const tellers: Teller[] = [new Junior("j1"), new Senior("s1"), new Junior("j2")];
const queue: Customer[] = [];
let t = 0;
for (let id = 0; id < 200; id++) {
  t += rng.int(4);
  queue.push(new Customer(id, t, 1 + rng.int(10)));
}
let totalWait = 0;
let maxWait = 0;
for (const c of queue) {
  let best = tellers[0];
  for (const tl of tellers) if (tl.busyUntil < best.busyUntil) best = tl;
  const wait = best.serve(c, c.arrival);
  totalWait += wait;
  maxWait = Math.max(maxWait, wait);
}
for (const tl of tellers) console.log(tl.name, tl.served, tl.busyUntil);
console.log("avg wait", (totalWait / queue.length).toFixed(3), "max", maxWait, "end", t);
