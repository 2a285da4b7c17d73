// Benchmark: 64 particle objects bouncing in a 1000x1000 box for 200 steps, with i32 fields.
class Particle {
  x: i32;
  y: i32;
  vx: i32;
  vy: i32;
  constructor(x: i32, y: i32, vx: i32, vy: i32) {
    this.x = x;
    this.y = y;
    this.vx = vx;
    this.vy = vy;
  }
  step(width: i32, height: i32): void {
    this.x += this.vx;
    this.y += this.vy;
    if (this.x < 0 || this.x >= width) {
      this.vx = -this.vx;
      this.x += 2 * this.vx;
    }
    if (this.y < 0 || this.y >= height) {
      this.vy = -this.vy;
      this.y += 2 * this.vy;
    }
  }
}

let seed: i32 = 7;
function next(): i32 {
  seed = (seed * 75 + 74) % 65537;
  return seed;
}

const particles: Particle[] = [];
for (let i: i32 = 0; i < 64; i++) {
  particles.push(new Particle(next() % 1000, next() % 1000, (next() % 7) - 3, (next() % 7) - 3));
}
for (let t: i32 = 0; t < 200; t++) {
  for (const p of particles) p.step(1000, 1000);
}
let sx: i32 = 0;
let sy: i32 = 0;
for (const p of particles) {
  sx += p.x;
  sy += p.y;
}
console.log("sum x:", sx, "sum y:", sy);
