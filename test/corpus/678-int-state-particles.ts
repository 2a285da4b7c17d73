// Many objects of a class with an int state (int-method-state.ts) stepped in a loop, a few of them given
// fractions, -0, NaN and huge values along the way: the sums match Node.
class P {
  x: number;
  y: number;
  vx: number;
  vy: number;
  constructor(x: number, y: number, vx: number, vy: number) {
    this.x = x;
    this.y = y;
    this.vx = vx;
    this.vy = vy;
  }
  step(w: number, h: number): void {
    this.x += this.vx;
    this.y += this.vy;
    if (this.x < 0 || this.x >= w) {
      this.vx = -this.vx;
      this.x += 2 * this.vx;
    }
    if (this.y < 0 || this.y >= h) {
      this.vy = -this.vy;
      this.y += 2 * this.vy;
    }
  }
  kick(vx: number): void {
    this.vx = vx;
  }
}

let seed = 11;
function next(): number {
  seed = (seed * 75 + 74) % 65537;
  return seed;
}
const ps: P[] = [];
for (let i = 0; i < 24; i++) ps.push(new P(next() % 500, next() % 500, (next() % 9) - 4, (next() % 9) - 4));
const odd = [0.5, -0, NaN, 1e12, -2147483648, 1073741824, 3];
for (let t = 0; t < 60; t++) {
  if (t % 10 === 5) ps[t % ps.length].kick(odd[(t / 10) | 0]);
  for (const p of ps) p.step(500, 500);
}
let sx = 0;
let sy = 0;
for (const p of ps) {
  sx += p.x;
  sy += p.y;
}
console.log("sums", sx, sy);
for (const p of ps.slice(0, 8)) console.log(p.x, p.y, p.vx, p.vy);
// for-of loops whose bodies cannot change an array read its slots from one pointer (borrowed-loop.ts): an
// empty array, an array a call returns, the same array nested, a break.
const none: P[] = [];
for (const p of none) p.step(1, 1);
function firstFour(): P[] {
  return ps.slice(0, 4);
}
for (const p of firstFour()) p.step(500, 500);
let pairs = 0;
for (const p of ps) {
  for (const q of ps) {
    if (p.x < q.x) pairs++;
  }
  if (pairs > 150) break;
}
console.log("after", ps[0].x, ps[3].y, pairs);
