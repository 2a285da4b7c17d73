// Temporaries as statements (the compiler's IR): each operand runs once and in JavaScript's order, and what
// runs on one branch only (the right of && / || / ??, the arms of ?:, the rest of ?.) runs only there.
let log: string[] = [];
function f(tag: string, v: number): number { log.push(tag); return v; }
function maybe(tag: string, v: number | undefined): number | undefined { log.push(tag); return v; }
interface P { x: number; y: number }
class Box { v = 1; get value(): number { log.push("get"); return this.v; } set value(n: number) { log.push("set"); this.v = n; } }
let g = 0;
function bump(): number { g++; return g; }
function main(): void {
  const a = f("a", 1) + (maybe("m", undefined) ?? f("d", 5));
  console.log(a, log.join(","));
  log = [];
  const b = f("a", 0) && f("b", maybe("c", 3) ?? 4);
  console.log(b, log.join(","));
  log = [];
  const c = f("a", 1) || f("b", maybe("c", 3) ?? 4);
  console.log(c, log.join(","));
  log = [];
  if (f("x", 0)) console.log("no");
  else if ((maybe("y", undefined) ?? f("z", 2)) > 1) console.log("yes", log.join(","));
  else console.log("no2");
  log = [];
  let i = 0;
  while ((maybe("w", i < 3 ? i : undefined) ?? -1) >= 0) { i++; if (i === 1) continue; }
  console.log(i, log.join(","));
  log = [];
  const p: P = f("q", 1) > 0 ? { x: f("x", 1), y: maybe("y", 2) ?? 0 } : { x: 0, y: f("never", 0) };
  console.log(p.x, p.y, log.join(","));
  log = [];
  const bx = new Box();
  const r = [bx.value++, ++bx.value, bx.value];
  console.log(r.join(","), log.join(","));
  const arr = [1, 2, 3];
  let k = 0;
  arr[k++] += f("r", 10);
  const q = (arr[k] += 5);
  console.log(arr.join(","), k, q);
  console.log(g, bump() + (maybe("n", undefined) ?? g), g);
  const m = new Map<string, number>();
  for (const w of ["a", "b", "a"]) m.set(w, (m.get(w) ?? 0) + 1);
  console.log(m.get("a"), m.get("b"));
  const s = new Set<number>([1, 2, 2]);
  console.log(s.size);
  const u: P | undefined = g > 100 ? undefined : { x: 3, y: 4 };
  console.log(u?.x, u?.y ?? 9, (g > 100 ? undefined : u)?.x);
  for (let j = 0; (maybe("fj", j) ?? 0) < 2; j++) { if (j === 0) continue; log.push("body" + j); }
  console.log(log.join(","));
  log = [];
  let t = 0;
  do { t++; } while ((maybe("dw", t) ?? 0) < 3);
  console.log(t, log.join(","));
}
main();
