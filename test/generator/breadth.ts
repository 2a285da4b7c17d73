// The library breadth of issue 11 and the constructs issue 10 lists that the other generators do not make, for
// `--everyday` programs: enum reverse mapping, `#private` members, Object.keys/values of a class instance,
// abstract classes, a class implementing two interfaces with its own toString, curried arrows, a closure
// reading a `const` declared after it, object literals typed by their context (`map.set(k, { … })`,
// `xs.map((v) => ({ … }))`), Uint8Array with compound assignment and `--` on elements, toPrecision,
// toExponential, Math.hypot, reduceRight, findLast(Index), flat, flatMap, Array.of, `entries()`/`keys()`/
// `values()` in for-of, String.raw, codePointAt and String.fromCodePoint.
// Same promises as everyday.ts: well-typed by construction, terminating (for-of only over arrays and Maps the
// body does not touch), bounded output, and nothing docs/language.md documents as differing from Node (no
// read past the end: every index is taken modulo the length of a non-empty array).
import type { GenContext } from "./everyday.js";
import type { Rng } from "./random.js";
import { BreadthMore } from "./breadth-more.js";

const N = "number";
const S = "string";
const NA = "number[]";
const SA = "string[]";

interface Names {
  level: string;
  toLevel: string;
  meter: string;
  point: string;
  shape: string;
  rect: string;
  circle: string;
  led: string;
  named: string;
  sized: string;
  sizeOf: string;
  adder: string;
  reading: string;
  total: string;
}

export class Breadth {
  private names?: Names;

  constructor(private readonly ctx: GenContext) {}

  private get r(): Rng {
    return this.ctx.rng;
  }

  /** An array expression that is not the bare literal `[]` (a never[], whose callbacks' parameters are never). */
  private list(t: typeof NA | typeof SA): string {
    const e = this.ctx.expr(t, 1);
    return e === "[]" ? (t === NA ? "[0]" : '[""]') : e;
  }

  /** A number that indexes a non-empty array of `length` (an expression) without reading past its end. */
  private index(length: string): string {
    return `(${this.ctx.expr(N, 1)} >>> 0) % ${length}`;
  }

  declarations(): string[] {
    const f = (p: string): string => this.ctx.fresh(p);
    const n: Names = {
      level: f("Lv"), toLevel: f("toLv"), meter: f("Meter"), point: f("Pt"), shape: f("Shape"), rect: f("Rect"),
      circle: f("Circle"), led: f("Led"), named: f("Named"), sized: f("Sized"), sizeOf: f("sizeOf"), adder: f("adder"),
      reading: f("Reading"), total: f("total"),
    };
    this.names = n;
    const r = this.r;
    const first = r.pick(["", " = 2", " = -1"]);
    return [
      `enum ${n.level} {`, `  Off${first},`, `  Low,`, `  High = ${r.pick(["10", "7", "100"])},`, `  Max,`, "}",
      `function ${n.toLevel}(k: number): ${n.level} {`,
      `  const all = [${n.level}.Off, ${n.level}.Low, ${n.level}.High, ${n.level}.Max];`,
      "  return all[(k >>> 0) % all.length];",
      "}",
      `class ${n.meter} {`,
      "  static #made = 0;",
      "  #count = 0;",
      "  #log: string[] = [];",
      `  rate = ${r.pick(["1.5", "0", "-2", "100"])};`,
      "  constructor(public id: number, public unit: string) {",
      `    ${n.meter}.#made++;`,
      "  }",
      "  #bump(k: number): number {",
      "    this.#count += k;",
      "    return this.#count;",
      "  }",
      "  add(k: number): number {",
      "    this.#log.push(String(k));",
      "    if (this.#log.length > 4) this.#log.shift();",
      "    return this.#bump(k);",
      "  }",
      "  get count(): number {",
      "    return this.#count;",
      "  }",
      "  history(): string {",
      '    return this.#log.join(",");',
      "  }",
      "  static made(): number {",
      `    return ${n.meter}.#made;`,
      "  }",
      "}",
      `class ${n.point} {`,
      `  z = ${r.pick(["0", "1", "-0.5"])};`,
      "  constructor(public x: number, public y: number) {}",
      "  get sum(): number {",
      "    return this.x + this.y;",
      "  }",
      "  set sum(v: number) {",
      "    this.x = v - this.y;",
      "    this.z++;",
      "  }",
      "}",
      `abstract class ${n.shape} {`,
      "  constructor(public name: string) {}",
      "  abstract area(): number;",
      "  describe(): string {",
      '    return this.name + ":" + this.area().toFixed(2);',
      "  }",
      "}",
      `class ${n.rect} extends ${n.shape} {`,
      "  constructor(public w: number, public h: number) {",
      '    super("rect");',
      "  }",
      "  area(): number {",
      "    return this.w * this.h;",
      "  }",
      "}",
      `class ${n.circle} extends ${n.shape} {`,
      "  constructor(public r: number) {",
      '    super("circle");',
      "  }",
      "  area(): number {",
      "    return 3 * this.r * this.r;",
      "  }",
      "  toString(): string {",
      `    return "${n.circle}(" + this.r + ")";`,
      "  }",
      "}",
      `interface ${n.named} {`, "  name: string;", "}",
      `interface ${n.sized} {`, "  size(): number;", "}",
      `class ${n.led} implements ${n.named}, ${n.sized} {`,
      "  constructor(public name: string, private pin: number) {}",
      "  size(): number {",
      "    return this.name.length + this.pin;",
      "  }",
      "  toString(): string {",
      `    return \`${n.led}(\${this.name}@\${this.pin})\`;`,
      "  }",
      "}",
      `function ${n.sizeOf}(s: ${n.sized}): number {`, "  return s.size();", "}",
      `const ${n.adder} = (a: number) => (b: number) => a ${r.pick(["+", "*", "-"])} b;`,
      `class ${n.reading} {`,
      "  constructor(public v: number, public unit: string) {}",
      ...(r.chance(0.5)
        ? ["  toJSON(): string {", "    return this.v.toFixed(1) + this.unit;"]
        : ["  toJSON(): number {", "    return this.unit.length + this.v;"]),
      "  }",
      "}",
      `function ${n.total}(label: string, ...xs: number[]): string {`,
      '  return label + xs.length + ":" + xs.reduce((a, b) => a + b, 0);',
      "}",
    ];
  }

  stmt(): string[] {
    const r = this.r;
    return r.weighted<() => string[]>([
      [2, () => this.enumStmt()],
      [2, () => this.privateStmt()],
      [1, () => this.keysStmt()],
      [2, () => this.shapeStmt()],
      [2, () => this.ledStmt()],
      [2, () => this.closureStmt()],
      [2, () => this.contextualStmt()],
      [3, () => this.bytesStmt()],
      [3, () => this.formatStmt()],
      [4, () => this.arrayStmt()],
      [2, () => this.iterateStmt()],
      [3, () => this.textStmt()],
      [2, () => this.jsonStmt()],
      [2, () => this.mutateWhileIterating()],
      [2, () => this.restStmt()],
      [5, () => new BreadthMore(this.ctx).stmt(this.names!.point)],
    ])();
  }

  private enumStmt(): string[] {
    const n = this.names!;
    const v = this.ctx.fresh("lv");
    const member = this.r.pick(["Off", "Low", "High", "Max"]);
    return [
      `const ${v}: ${n.level} = ${n.toLevel}(${this.ctx.expr(N, 1)});`,
      `console.log(${v}, ${n.level}[${v}], ${n.level}[${n.level}.${member}], ${n.level}["${member}"], ${v} === ${n.level}.${member});`,
    ];
  }

  private privateStmt(): string[] {
    const n = this.names!;
    const m = this.ctx.fresh("mt");
    const lines = [`const ${m} = new ${n.meter}(${this.ctx.expr(N, 1)}, ${this.ctx.expr(S, 0)});`];
    for (let i = this.r.range(1, 3); i > 0; i--) lines.push(`${m}.add(${this.ctx.expr(N, 1)});`);
    lines.push(`console.log(${m}.count, ${m}.history(), ${n.meter}.made(), ${m});`);
    return lines;
  }

  private keysStmt(): string[] {
    const n = this.names!;
    const p = this.ctx.fresh("pt");
    const m = this.ctx.fresh("mt");
    return [
      `const ${p} = new ${n.point}(${this.ctx.expr(N, 1)}, ${this.ctx.expr(N, 1)});`,
      `const ${m} = new ${n.meter}(${this.ctx.expr(N, 0)}, ${this.ctx.expr(S, 0)});`,
      `console.log(Object.keys(${p}), Object.values(${p}), Object.keys(${m}).join("|"));`,
    ];
  }

  private shapeStmt(): string[] {
    const n = this.names!;
    const list = this.ctx.fresh("shapes");
    const s = this.ctx.fresh("sh");
    const d = (): string => this.ctx.expr(N, 1);
    const items = [`new ${n.rect}(${d()}, ${d()})`, `new ${n.circle}(${d()})`];
    if (this.r.chance(0.5)) items.reverse();
    return [
      `const ${list}: ${n.shape}[] = [${items.join(", ")}];`,
      `for (const ${s} of ${list}) {`,
      `  console.log(${s}.describe(), String(${s}), \`[\${${s}}]\`, ${s} instanceof ${n.circle}, ${s});`,
      "}",
    ];
  }

  private ledStmt(): string[] {
    const n = this.names!;
    const led = this.ctx.fresh("led");
    const named = this.ctx.fresh("nm");
    return [
      `const ${led} = new ${n.led}(${this.ctx.expr(S, 1)}, ${this.ctx.expr(N, 0)});`,
      `const ${named}: ${n.named} = ${led};`,
      `console.log(${n.sizeOf}(${led}), ${named}.name, String(${led}), "at " + ${led}, \`\${${led}}\`, ${led});`,
    ];
  }

  private closureStmt(): string[] {
    const n = this.names!;
    const r = this.r;
    if (r.chance(0.5)) {
      const add = this.ctx.fresh("add");
      return [`const ${add} = ${n.adder}(${this.ctx.expr(N, 1)});`, `console.log(${add}(${this.ctx.expr(N, 1)}), ${n.adder}(${this.ctx.expr(N, 0)})(${this.ctx.expr(N, 0)}));`];
    }
    // A closure that reads a const declared after it, called once the const is initialized.
    const fn = this.ctx.fresh("later");
    const k = this.ctx.fresh("k");
    return [
      `const ${fn} = (): string => ${k}.toUpperCase() + ${k}.length;`,
      `const ${k} = ${this.ctx.expr(S, 1)}.slice(0, 12);`,
      `console.log(${fn}());`,
    ];
  }

  private contextualStmt(): string[] {
    const ifaces = this.ctx.interfaces();
    if (!ifaces.length) return [`console.log(${this.list(NA)}.map((v) => ({ v })).length);`];
    const i = this.r.pick(ifaces);
    const m = this.ctx.fresh("reg");
    const list = this.ctx.fresh("recs");
    const k = this.ctx.fresh("k");
    return [
      `const ${m} = new Map<number, ${i}>();`,
      `${m}.set(1, { n: ${this.ctx.expr(N, 1)}, s: ${this.ctx.expr(S, 0)} });`,
      `${m}.set(${this.ctx.expr(N, 0)}, { n: 2, s: "two", o: ${this.ctx.expr(N, 0)} });`,
      `const ${list}: ${i}[] = ${this.list(NA)}.map((${k}) => ({ n: ${k}, s: String(${k}) }));`,
      `console.log(${m}.size, ${m}.get(1)?.s, ${m}, ${list}, JSON.stringify(${list}));`,
    ];
  }

  private bytesStmt(): string[] {
    const r = this.r;
    const u = this.ctx.fresh("u8");
    const i = this.ctx.fresh("i");
    const init = r.chance(0.5) ? `new Uint8Array(${r.range(1, 6)})` : `new Uint8Array([${[1, 2, 3].slice(0, r.range(1, 3)).map(() => this.ctx.expr(N, 1)).join(", ")}])`;
    const lines = [`const ${u} = ${init};`];
    for (let k = r.range(1, 3); k > 0; k--) {
      lines.push(`const ${i}_${k} = ${this.index(`${u}.length`)};`);
      lines.push(r.pick([
        `${u}[${i}_${k}]--;`,
        `${u}[${i}_${k}]++;`,
        `${u}[${i}_${k}] <<= ${r.range(1, 9)};`,
        `${u}[${i}_${k}] += ${this.ctx.expr(N, 1)};`,
        `${u}[${i}_${k}] ^= 0xff;`,
        `${u}[${i}_${k}] = ${this.ctx.expr(N, 1)};`,
        `${u}[${i}_${k}] >>= 1;`,
      ]));
    }
    lines.push(`console.log(${u}, ${u}.join(","), ${u}.length, ${u}.subarray(1).join("-"), ${u}.slice(0, 2), ${u}[0] + ${u}[${u}.length - 1]);`);
    return lines;
  }

  private formatStmt(): string[] {
    const r = this.r;
    const x = (): string => this.ctx.expr(N, 1);
    return [r.pick([
      `console.log((${x()}).toPrecision(${r.range(1, 21)}), (${x()}).toPrecision());`,
      `console.log((${x()}).toExponential(${r.range(0, 20)}), (${x()}).toExponential());`,
      `console.log(Math.hypot(${x()}, ${x()}), Math.hypot(${x()}, ${x()}, ${x()}));`,
      `console.log((${x()}).toString(${r.pick(["2", "3", "7", "16", "36"])}), (${x()}).toFixed(${r.range(0, 20)}));`,
    ])];
  }

  private arrayStmt(): string[] {
    const r = this.r;
    const a = (): string => this.list(NA);
    const s = (): string => this.list(SA);
    const n = (): string => this.ctx.expr(N, 1);
    return [r.pick([
      `console.log(${a()}.reduceRight((acc, x) => acc ${r.pick(["-", "+", "*"])} x, ${n()}), ${s()}.reduceRight((acc, x) => acc + "/" + x, ""));`,
      `console.log(${a()}.findLast((x) => x ${r.pick([">", "<"])} ${n()}), ${a()}.findLastIndex((x) => x ${r.pick([">", "<"])} ${n()}));`,
      `console.log(${s()}.findLast((x) => x.length > ${r.range(0, 3)}) ?? "none");`,
      `console.log([${a()}, ${a()}].flat(), [${s()}, [${this.ctx.expr(S, 0)}]].flat().length);`,
      `console.log(${a()}.flatMap((x) => [x, x ${r.pick(["*", "+"])} 2]), ${s()}.flatMap((x) => x.split("")).join(""));`,
      `console.log(Array.of(${n()}, ${n()}), Array.of(${this.ctx.expr(S, 0)}), Array.of<number>().length);`,
      `console.log(Array.from(${a()}, (x) => x * 2), Array.from(new Set(${s()})).length);`,
    ])];
  }

  private iterateStmt(): string[] {
    const r = this.r;
    const i = this.ctx.fresh("i");
    const v = this.ctx.fresh("x");
    if (r.chance(0.5)) {
      const src = this.list(r.chance(0.5) ? NA : SA);
      const arr = this.ctx.fresh("arr");
      const how = r.pick(["entries", "keys", "values"]);
      const head = how === "entries" ? `const [${i}, ${v}] of ${arr}.entries()` : `const ${v} of ${arr}.${how}()`;
      return [`const ${arr} = ${src};`, `for (${head}) {`, `  console.log(${how === "entries" ? `${i}, ` : ""}${v});`, "}"];
    }
    const m = this.ctx.fresh("m");
    const how = r.pick(["keys", "values", "entries"]);
    return [
      `const ${m} = new Map<string, number>([["a", ${this.ctx.expr(N, 0)}], [${this.ctx.expr(S, 0)}, 2], ["c", ${this.ctx.expr(N, 0)}]]);`,
      how === "entries" ? `for (const [${i}, ${v}] of ${m}.entries()) {` : `for (const ${v} of ${m}.${how}()) {`,
      `  console.log(${how === "entries" ? `${i}, ` : ""}${v});`,
      "}",
      `console.log(Array.from(${m}.keys()), Array.from(${m}.values()).length);`,
    ];
  }

  private jsonStmt(): string[] {
    const n = this.names!;
    const r = this.r;
    if (r.chance(0.5)) {
      const rd = this.ctx.fresh("rd");
      return [
        `const ${rd} = new ${n.reading}(${this.ctx.expr(N, 1)}, ${this.ctx.expr(S, 0)});`,
        `console.log(JSON.stringify(${rd}), JSON.stringify([${rd}, ${rd}]), JSON.stringify({ r: ${rd}, k: 1 }${r.chance(0.3) ? ", null, 2" : ""}), ${rd});`,
      ];
    }
    // JSON.parse's SyntaxError, caught: texts that are number arrays or not JSON at all (a text of another
    // shape is a documented TypeError, not Node's value).
    const text = r.pick(['"[1, 2, 3]"', '"[1,"', '"[]"', '" [ -0 , 1e3 ] "', '"[1 2]"', '"[1,]"', '"[01]"', '""', '"[NaN]"', '"[\\"a\\"]x"', "`[${String(" + this.ctx.expr(N, 1) + ")}]`", '"{"', '"[2.5e-3, -7]"']);
    const v = this.ctx.fresh("parsed");
    return [
      "try {",
      `  const ${v} = JSON.parse(${text}) as number[];`,
      `  console.log(${v}.length, ${v});`,
      "} catch (e) {",
      // A cast first: in a block TypeScript sees as unreachable `e` stays `unknown` (g41000363).
      `  const err = e as Error;`,
      `  if (err instanceof SyntaxError) console.log("syntax", err.name, err.message);`,
      `  else console.log("other", err.message);`,
      "}",
    ];
  }

  /** Entries added and deleted during for-of are visited as in JavaScript (bounded by a counter). */
  private mutateWhileIterating(): string[] {
    const r = this.r;
    const c = this.ctx.fresh("c");
    const k = this.ctx.fresh("k");
    const v = this.ctx.fresh("x");
    const limit = r.range(2, 9);
    if (r.chance(0.6)) {
      const m = this.ctx.fresh("m");
      return [
        `const ${m} = new Map<string, number>([["a", ${this.ctx.expr(N, 0)}], ["b", 2], [${this.ctx.expr(S, 0)}, ${this.ctx.expr(N, 0)}]]);`,
        `let ${c} = 0;`,
        `for (const [${k}, ${v}] of ${m}) {`,
        `  if (++${c} > ${limit}) break;`,
        `  if (${v} % 2 === 0) ${m}.delete(${k});`,
        `  else ${m}.set(${k} + "x", ${v} + 1);`,
        `  ${r.pick(["", `if (${c} === 2) ${m}.delete("a");`, `if (${c} === 1) ${m}.clear();`])}`,
        `  console.log(${k}, ${v}, ${m}.size);`,
        "}",
        `console.log([...${m}.keys()].join(","));`,
      ];
    }
    const a = this.ctx.fresh("grow");
    const isSet = r.chance(0.5);
    return [
      isSet ? `const ${a} = new Set<number>([1, ${this.ctx.expr(N, 0)}, 3]);` : `const ${a}: number[] = [1, ${this.ctx.expr(N, 0)}, 3];`,
      `let ${c} = 0;`,
      `for (const ${v} of ${a}) {`,
      `  if (++${c} > ${limit}) break;`,
      isSet ? `  if (${v} > 2) ${a}.delete(${v}); else ${a}.add(${v} + 10);` : `  if (${v} > 2) ${a}.pop(); else ${a}.push(${v} + 10);`,
      `  console.log(${v}, ${isSet ? `${a}.size` : `${a}.length`});`,
      "}",
      `console.log([...${a}].join(","));`,
    ];
  }

  private restStmt(): string[] {
    const n = this.names!;
    const r = this.r;
    const s = this.ctx.expr(S, 0);
    // The spread array is a variable: spreading an array literal (`...[0]`) is rejected (TSD2111).
    const xs = this.ctx.fresh("xs");
    return [`const ${xs}: number[] = ${this.list(NA)};`, r.pick([
      `console.log(${n.total}(${s}), ${n.total}(${s}, ${this.ctx.expr(N, 1)}, ${this.ctx.expr(N, 1)}));`,
      `console.log(${n.total}(${s}, ...${xs}), ${n.total}(${s}, ${this.ctx.expr(N, 0)}, ...${xs}));`,
    ])];
  }

  private textStmt(): string[] {
    const r = this.r;
    const s = (): string => this.ctx.expr(S, 1);
    const cp = (): string => r.pick(["65", "0x1f600", "0xe9", "0x10ffff", "0", "0x2603", "97", "0xd7ff", "0xe000"]);
    const sub = (): string => "${" + this.ctx.expr(r.pick([N, S]), 1) + "}";
    return [r.pick([
      `console.log(${s()}.codePointAt(${r.pick(["0", "1", "2", "-1", "5"])}), "😀x".codePointAt(${r.pick(["0", "1", "2", "3"])}));`,
      `console.log(String.fromCodePoint(${cp()}, ${cp()}), String.fromCodePoint(${cp()}).length);`,
      "console.log(String.raw`C:\\dir\\d" + sub() + "\\n`, String.raw`a" + sub() + "\\t" + sub() + "`.length);",
      `console.log(Array.from(${s()}).length, Array.from(${s()}, (c) => c.codePointAt(0)).join(" "));`,
    ])];
  }
}
