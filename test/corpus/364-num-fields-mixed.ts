// Integral `number` fields, parameters and returns whose values turn fractional, NaN or back to integers
// (issue 12): the same variable holds both kinds, and comparisons, indexing and printing stay exact.
class Counter {
  count = 0;
  step: number;
  constructor(step: number) {
    this.step = step;
  }
  tick(): number {
    this.count += this.step;
    return this.count;
  }
}
function half(x: number): number {
  return x / 2;
}
const c = new Counter(3);
for (let i = 0; i < 4; i++) c.tick();
console.log(c.count, c.tick(), c.count > 14, c.count === 15);
c.step = half(c.step);
console.log(c.tick(), c.tick(), c.count);
c.step = 0.5;
console.log(c.tick(), c.count === 19.5, c.count < 20);
c.count = 0 / 0;
console.log(c.tick(), c.count === c.count, c.count < 1, c.count >= 1);
c.count = 10;
const list = [10, 20, 30, 40, 50];
let idx = 1;
idx = idx * 2;
console.log(list[idx], list[idx + 1], list[c.count - 8]);
let total = 0;
for (let i = 0; i < list.length; i++) total += list[i] * i;
console.log(total, total / list.length, `${total}`, total.toString(16), total.toFixed(2));
let w = 7;
w = w * -1;
console.log(w, Math.abs(w), w < 0 ? "negative" : "non-negative", w === -7, -w);
let t = 1;
t += 0.25;
t -= 0.25;
console.log(t, t === 1, t + 1);
