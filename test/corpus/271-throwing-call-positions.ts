// Calls that may throw in every position: a forEach callback that catches inside, generic and static
// functions, an interface method, nested functions, the right side of && and a ternary arm, a for
// initialiser and increment, while and do-while tests, a constructor-like factory.
class E2 extends Error {}
interface Source {
  read(): number;
}
class Flaky implements Source {
  n = 0;
  read(): number {
    this.n++;
    if (this.n % 3 === 0) throw new E2("flaky " + this.n);
    return this.n;
  }
}
class Util {
  static parse(s: string): number | undefined {
    if (s === "!") throw new Error("bang");
    return s.length > 0 ? s.length : undefined;
  }
}
function first<T>(xs: T[]): T {
  if (xs.length === 0) throw new RangeError("empty");
  return xs[0];
}
function make(ok: boolean): Flaky {
  if (!ok) throw new Error("no flaky");
  return new Flaky();
}
const src: Source = new Flaky();
const results: string[] = [];
[1, 2, 3].forEach((k) => {
  try {
    results.push(String(src.read() * k));
  } catch (e) {
    results.push("x");
  }
});
console.log(results.join(","));
try {
  console.log(first([5, 6]), first<string>(["a"]), first<number>([]));
} catch (e) {
  console.log("generic:", (e as Error).message);
}
for (const s of ["ab", "", "!"]) {
  try {
    const v = Util.parse(s);
    console.log("parse", v ?? "none", `t=${Util.parse(s + s) ?? 0}`);
  } catch (e) {
    console.log("static:", (e as Error).message);
  }
}
function nested(x: number): number {
  function inner(y: number): number {
    if (y > 2) throw new Error("inner " + y);
    return y;
  }
  return inner(x) + inner(x + 1);
}
for (let i = 0; i < 4; i++) {
  try {
    const ok = i > 0 && nested(i) > 0;
    const t = i % 2 === 0 ? nested(i) : -1;
    console.log("nested", i, ok, t);
  } catch (e) {
    console.log("nested err", (e as Error).message);
  }
}
let k = 0;
function step(): number {
  k++;
  if (k > 4) throw new Error("step " + k);
  return k;
}
try {
  for (let i = step(); i < 10; i += step()) console.log("loop", i);
} catch (e) {
  console.log("loop err", (e as Error).message);
}
k = 0;
try {
  while (step() < 10) console.log("while", k);
} catch (e) {
  console.log("while err", (e as Error).message);
}
k = 0;
try {
  do {
    console.log("do", k);
  } while (step() < 10);
} catch (e) {
  console.log("do err", (e as Error).message);
}
try {
  const f = make(true);
  console.log("made", f.n);
  make(false);
} catch (e) {
  console.log("make err", (e as Error).message);
}
