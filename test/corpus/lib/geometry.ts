// Helper module for the multi-file corpus programs: exported constants, functions, a class, an
// interface and a type alias.
export const ORIGIN_NAME = "origin";
export const UNIT = 1;

export interface Vec {
  x: number;
  y: number;
}

export type Polygon = Vec[];

export function add(a: Vec, b: Vec): Vec {
  return { x: a.x + b.x, y: a.y + b.y };
}

export function perimeter(poly: Polygon): number {
  let total = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    total += Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
  }
  return total;
}

export class Turtle {
  private pos: Vec = { x: 0, y: 0 };
  private trail: string[] = [];
  move(dx: number, dy: number): Turtle {
    this.pos = add(this.pos, { x: dx, y: dy });
    this.trail.push(`${this.pos.x},${this.pos.y}`);
    return this;
  }
  where(): Vec {
    return this.pos;
  }
  path(): string {
    return this.trail.join(" -> ");
  }
}
