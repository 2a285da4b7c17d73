// Objects of several sizes freed and allocated again in different orders (the host reuses freed blocks by
// size): values must never leak from one object into another, and larger objects must not be mixed up.
class One {
  constructor(readonly a: number) {}
}
class Three {
  constructor(readonly a: number, readonly b: number, readonly c: boolean) {}
}
class Many {
  f0 = 0; f1 = 1; f2 = 2; f3 = 3; f4 = 4; f5 = 5; f6 = 6; f7 = 7; f8 = 8; f9 = 9;
  f10 = 10; f11 = 11; f12 = 12; f13 = 13; f14 = 14; f15 = 15; f16 = 16; f17 = 17; f18 = 18; f19 = 19;
  total(): number {
    return this.f0 + this.f5 + this.f10 + this.f19;
  }
}
class Named {
  constructor(readonly name: string, readonly n: number) {}
}
let ones: One[] = [];
let threes: Three[] = [];
let manys: Many[] = [];
let names: Named[] = [];
let check = 0;
for (let round = 0; round < 4; round++) {
  for (let i = 0; i < 150; i++) {
    ones.push(new One(i + round));
    threes.push(new Three(i, -i, i % 2 === 0));
    const m = new Many();
    m.f5 = i;
    manys.push(m);
    names.push(new Named("n" + i, i * round));
  }
  // Free every other one, from the back, then refill.
  for (let i = ones.length - 1; i >= 0; i -= 2) {
    ones.splice(i, 1);
    threes.splice(i, 1);
  }
  for (let i = 0; i < 40; i++) ones.push(new One(-i));
  for (const o of ones) check += o.a;
  for (const t of threes) check += t.a - t.b + (t.c ? 1 : 0);
  for (const m of manys) check += m.total();
  for (const n of names) check += n.n + n.name.length;
  console.log("round", round, ones.length, threes.length, manys.length, check);
  if (round % 2 === 1) {
    ones = [];
    threes = [];
    manys = [];
    names = [];
  }
}
const last = new Three(1, 2, true);
const same = last;
console.log("last", last.a, last.b, last.c, same === last, new Three(1, 2, true) === last);
