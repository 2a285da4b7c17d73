// A number[] used by a closure, reassigned, aliased: the closure's array and the aliases see every store.
const counts: number[] = [];
for (let i = 0; i < 4; i++) counts.push(0);
const bump = (k: number, by: number): void => {
  counts[k] = counts[k] + by;
};
bump(1, 2);
bump(1, 0.25);
bump(3, -0);
const c1 = counts[1];
const c3 = counts[3];
console.log("counts", c1, c3, 1 / c3);
let work: number[] = [];
work.push(1);
const alias = work;
alias[0] = alias[0] - 1;
const w0 = work[0];
console.log("alias", w0, 1 / w0);
work = [];
work.push(-5);
const w1 = work[0];
const a0 = alias[0];
console.log("reassigned", w1, a0, work.length, alias.length);
let negated = 0;
negated = -alias[0];
console.log("negated", negated, 1 / negated);
