// Compound assignment reads its target before the right side runs, as JavaScript does: `v -= f()` where f
// assigns v uses v's old value (generator seed 40056 printed 2147483644 instead of 13).
let v = 16;
let s = "a";
let k = 5;
function bump(): number {
  v = 2147483647;
  s = "changed";
  k = 100;
  return 1;
}
v -= Math.max(3, bump());
console.log(v);
v = 16;
v += bump();
console.log(v);
v = 16;
v *= bump() + 1;
console.log(v);
s += String(bump());
console.log(s);
k |= bump();
console.log(k);
k = 5;
k **= bump() + 1;
console.log(k);
let local = 10;
for (let i = 0; i < 3; i++) local += "abc".charCodeAt(i);
console.log(local);
class Counter {
  n = 1;
  add(): number {
    this.n = 50;
    return 2;
  }
}
const c = new Counter();
c.n += c.add();
console.log(c.n);
