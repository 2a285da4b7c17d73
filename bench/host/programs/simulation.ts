// Benchmark: a class-heavy particle simulation allocating a new vector object per particle per step.
class Vec {
  constructor(readonly x: number, readonly y: number) {}
  add(o: Vec): Vec {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  scale(k: number): Vec {
    return new Vec(this.x * k, this.y * k);
  }
}
abstract class Body {
  constructor(public pos: Vec, public vel: Vec) {}
  abstract accel(): Vec;
  step(dt: number): void {
    this.vel = this.vel.add(this.accel().scale(dt));
    this.pos = this.pos.add(this.vel.scale(dt));
    if (this.pos.y < 0) {
      this.pos = new Vec(this.pos.x, -this.pos.y);
      this.vel = new Vec(this.vel.x, -this.vel.y * 0.9);
    }
  }
}
class Ball extends Body {
  accel(): Vec {
    return new Vec(0, -9.81);
  }
}
class Feather extends Body {
  accel(): Vec {
    return new Vec(-this.vel.x * 0.5, -1 - this.vel.y * 0.5);
  }
}
const bodies: Body[] = [];
for (let i = 0; i < 1000; i++) {
  const p = new Vec(i % 100, 10 + (i % 37));
  const v = new Vec((i % 7) - 3, (i % 5) - 2);
  bodies.push(i % 3 === 0 ? new Feather(p, v) : new Ball(p, v));
}
for (let s = 0; s < 300; s++) for (const b of bodies) b.step(0.01);
let sx = 0;
let sy = 0;
for (const b of bodies) {
  sx += b.pos.x;
  sy += b.pos.y;
}
console.log("centroid", Math.round((sx / bodies.length) * 1000), Math.round((sy / bodies.length) * 1000));
