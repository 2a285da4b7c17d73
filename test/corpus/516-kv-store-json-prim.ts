// Was finding mix-json-parse-prim-member (session 5 fix: JSON.parse into a record with a member of a primitive union).
// A small key-value store with typed values (number | string | boolean), persisted as JSON lines,
// reloaded by parsing each line into a record, with last-write-wins merging; typeof checks on reads,
// a missing key throws a KeyError caught by the getter wrapper; the store printed with console.log.
type Value = number | string | boolean;
interface Line { k: string; v: Value; t: number }

class KeyError extends Error {
  name = "KeyError";
}

class Store {
  private data = new Map<string, Value>();
  private log: string[] = [];
  private clock = 0;
  set(k: string, v: Value): void {
    this.data.set(k, v);
    const line: Line = { k, v, t: ++this.clock };
    this.log.push(JSON.stringify(line));
  }
  get(k: string): Value {
    const v = this.data.get(k);
    if (v === undefined) throw new KeyError(`no key '${k}'`);
    return v;
  }
  number(k: string, fallback: number): number {
    try {
      const v = this.get(k);
      return typeof v === "number" ? v : typeof v === "string" ? Number(v) : v ? 1 : 0;
    } catch (e) {
      if (e instanceof KeyError) return fallback;
      throw e;
    }
  }
  dump(): string[] {
    return this.log.slice();
  }
}

// (A function, not a static method: esbuild renames a class whose static method names it, and Node prints that name.)
function loadStore(lines: string[]): Store {
  const s = new Store();
  const latest = new Map<string, Line>();
  for (const text of lines) {
    const line = JSON.parse(text) as Line;
    const seen = latest.get(line.k);
    if (!seen || seen.t < line.t) latest.set(line.k, line);
  }
  for (const { k, v } of [...latest.values()].sort((a, b) => a.t - b.t)) s.set(k, v);
  return s;
}

const a = new Store();
a.set("boots", 1);
a.set("name", "pump-ctl");
a.set("boots", 2);
a.set("eco", true);
a.set("limit", "42.5");
const lines = a.dump();
console.log(lines);
const b = loadStore(lines.reverse());
console.log(b.number("boots", 0), b.number("eco", 0), b.number("limit", 0), b.number("missing", -1), b.get("name"));
try {
  b.get("nope");
} catch (e) {
  if (e instanceof Error) console.log(e.name, e.message);
}
console.log(b);
