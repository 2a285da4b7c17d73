// More of docs/language.md's "Supported" list that no generator made before session 7, for `--everyday`
// programs: encodeURIComponent/encodeURI/decodeURIComponent/decodeURI (a malformed escape or a lone surrogate
// raises a URIError, caught), built-in functions as callbacks (`map(Number)`, `map(String)`,
// `map(parseFloat)`, `filter(Boolean)`), logical assignment (`||=`, `&&=`) on variables, fields, an accessor
// pair and elements, and
// `Readonly<T>` / `ReadonlyArray<T>`. Same promises as breadth.ts: well-typed, terminating, bounded output.
import type { GenContext } from "./everyday.js";

const N = "number";
const S = "string";
const NA = "number[]";
const SA = "string[]";

export class BreadthMore {
  constructor(private readonly ctx: GenContext) {}

  stmt(point: string): string[] {
    return this.ctx.rng.weighted<() => string[]>([
      [2, () => this.uriStmt()],
      [2, () => this.builtinCallbackStmt()],
      [2, () => this.logicalAssignStmt(point)],
      [1, () => this.readonlyStmt()],
    ])();
  }

  private list(t: typeof NA | typeof SA): string {
    const e = this.ctx.expr(t, 1);
    return e === "[]" ? (t === NA ? "[0]" : '[""]') : e;
  }

  private uriStmt(): string[] {
    const r = this.ctx.rng;
    const s = this.ctx.fresh("uri");
    const text = r.pick([
      this.ctx.expr(S, 1),
      '"a b&c=d/e?f#g"',
      '"ü€😀 x"',
      '"http://h/p a?q=1&r=ü#frag"',
      '"-_.!~*\'()"',
      '";,/?:@&=+$#"',
    ]);
    const bad = r.pick(['"%"', '"%E0%A4%A"', '"%zz"', '"%C3"', '"ok%20fine"', '"%F0%9F%98%80"', '"%ED%A0%80"', '"100%"']);
    const dec = r.pick(["decodeURIComponent", "decodeURI"]);
    return [
      `const ${s} = ${text};`,
      "try {",
      `  console.log(encodeURIComponent(${s}), encodeURI(${s}), decodeURIComponent(encodeURIComponent(${s})) === ${s});`,
      `  console.log(decodeURI(encodeURI(${s})).length, decodeURIComponent(${s}.replaceAll("%", "%25")) === ${s});`,
      `  console.log(${dec}(${bad}));`,
      "} catch (e) {",
      // A cast, not `instanceof` narrowing: the snippet may land in a block TypeScript sees as unreachable,
      // where no narrowing applies and `e` stays `unknown` (g41000363).
      `  const err = e as Error;`,
      `  console.log("uri", err.name, err.message);`,
      "}",
    ];
  }

  private builtinCallbackStmt(): string[] {
    const r = this.ctx.rng;
    const texts = r.pick([
      this.list(SA),
      '["1", " 2 ", "x", "", "0x1f", "1e3", "-0", "Infinity", " \\n"]',
      '["3.5e1x", ".5", "-.5e-2", "abc", "12px"]',
    ]);
    return [r.pick([
      `console.log(${texts}.map(Number), ${texts}.map(parseFloat).join("|"));`,
      `console.log(${this.list(NA)}.map(String).join("|"), ${texts}.filter(Boolean).length);`,
      `console.log(${this.list(NA)}.filter(Boolean), ${texts}.map(Number).filter(Boolean).length);`,
    ])];
  }

  private logicalAssignStmt(point: string): string[] {
    const r = this.ctx.rng;
    const v = this.ctx.fresh("la");
    const op = (): string => r.pick(["||=", "&&="]);
    if (r.chance(0.3)) {
      // Fields, and an accessor pair whose setter changes another field (called only when the store happens).
      const p = this.ctx.fresh("pt");
      return [
        `const ${p} = new ${point}(${this.ctx.expr(N, 1)}, ${r.pick(["0", "1", "NaN", "-0"])});`,
        `${p}.x ${op()} ${this.ctx.expr(N, 1)};`,
        `${p}.y ${op()} ${this.ctx.expr(N, 1)};`,
        `${p}.sum ${op()} ${this.ctx.expr(N, 1)};`,
        `console.log(${p}.x, ${p}.y, ${p}.z, (${p}.sum ${op()} ${this.ctx.expr(N, 1)}), ${p});`,
      ];
    }
    if (r.chance(0.3)) {
      // Elements of a number[], a string[] and a Uint8Array, at an index in range.
      const t = r.pick([NA, SA, "bytes"]);
      const a = this.ctx.fresh("els");
      const init = t === "bytes" ? `new Uint8Array([${this.ctx.expr(N, 0)}, 0, ${this.ctx.expr(N, 0)}])` : this.list(t as typeof NA | typeof SA);
      const el = t === SA ? S : N;
      const at = (): string => `(${this.ctx.expr(N, 1)} >>> 0) % ${a}.length`;
      // The array is never empty (a source array may be by now): `x % 0` is a NaN index, where storing is a
      // documented RangeError (JavaScript adds a property "NaN").
      return [
        `const ${a} = ${init};`,
        ...(t === "bytes" ? [] : [`${a}.push(${this.ctx.expr(el, 0)});`]),
        `${a}[${at()}] ${op()} ${this.ctx.expr(el, 1)};`,
        `${a}[${at()}] ${op()} ${this.ctx.expr(el, 1)};`,
        `console.log(${a}.join("|"), (${a}[${at()}] ${op()} ${this.ctx.expr(el, 1)}), ${a}.length);`,
      ];
    }
    const t = r.pick([N, S]);
    const lines = [`let ${v}: ${t} = ${r.chance(0.4) ? (t === N ? r.pick(["0", "NaN", "-0"]) : '""') : this.ctx.expr(t, 1)};`];
    for (let k = r.range(1, 3); k > 0; k--) lines.push(`${v} ${r.pick(["||=", "&&="])} ${this.ctx.expr(t, 1)};`);
    lines.push(`console.log(${v});`);
    return lines;
  }

  private readonlyStmt(): string[] {
    const r = this.ctx.rng;
    const a = this.ctx.fresh("ro");
    const ifaces = this.ctx.interfaces();
    const lines = [
      `const ${a}: ${r.pick(["ReadonlyArray<number>", "readonly number[]"])} = ${this.list(NA)};`,
      `console.log(${a}.length, ${a}.indexOf(${this.ctx.expr(N, 0)}), ${a}.slice(1), ${a}.map((x) => x + 1).join());`,
    ];
    if (ifaces.length) {
      const o = this.ctx.fresh("rec");
      lines.push(`const ${o}: Readonly<${r.pick(ifaces)}> = { n: ${this.ctx.expr(N, 1)}, s: ${this.ctx.expr(S, 0)} };`);
      lines.push(`console.log(${o}.n, ${o}.s, ${o}.o ?? "none", ${o}, JSON.stringify(${o}));`);
    }
    return lines;
  }
}
