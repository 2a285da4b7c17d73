interface P { x: number; y: number; }
interface Line { a: P; b: P; label?: string; }
function origin(): P { return { x: 0, y: 0 }; }
function pick(flag: boolean): P { return flag ? { x: 1, y: 1 } : { x: 2, y: 2 }; }
const pts: P[] = [{ x: 3, y: 4 }, origin()];
const line: Line = { a: { x: 1, y: 2 }, b: pick(false) };
const byName = new Map<string, P>([["o", { x: 9, y: 9 }]]);
byName.set("p", { x: 5, y: 6 });
class Shape { corner: P = { x: 7, y: 8 }; }
function len(p: P = { x: 6, y: 8 }): number { return Math.sqrt(p.x * p.x + p.y * p.y); }
const more: P[] = pts.map((p) => ({ x: p.y, y: p.x }));
const arr: P[] = [];
arr.push({ x: 1, y: 0 }, { x: 0, y: 1 });
arr.unshift({ x: -1, y: -1 });
let maybe: P | undefined = undefined;
maybe = { x: 4, y: 4 };
console.log(pts[0].x, line.a.y, line.b.x, byName.get("o")?.x, byName.get("p")?.y, new Shape().corner.y, len(), len({ x: 3, y: 4 }));
console.log(more.map((p) => p.x).join(","), arr.map((p) => `${p.x}:${p.y}`).join(" "), maybe.x, line.label ?? "none");
