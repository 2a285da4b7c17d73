// Issue 11's "everyday TypeScript" for the program generator (`generateProgram(seed, { everyday: true })`,
// `npm run fuzz -- --everyday`): try/catch/finally with Error subclasses, destructuring, spread, tuples,
// anonymous object types with an optional property, unions (primitive, literal, discriminated, of classes)
// with narrowing, JSON, console.log of structures, regular expressions and timers.
// It plugs into generate.ts through a small context (GenContext) and keeps the same promises: well-typed by
// construction, terminating (no loops of its own but for-of over collections nothing grows), bounded output.
// It steers clear of what docs/language.md documents as differing from Node: object literals always list
// their properties in declaration order, the one optional property of a record is its last and is never
// assigned `undefined`, numbers go through `fin()` before a JSON round trip (NaN would come back as null).
// Timer callbacks print lines tagged `T<seed>` so that the harness can compare each program's timer output
// after the batch's top-level code (test/generator/timer-tail.ts); they are set by one kickoff timer and
// their delays are spaced, so that the order does not depend on how long the top-level code took.
import type { Rng } from "./random.js";
import { Breadth } from "./breadth.js";

export interface GenVar {
  name: string;
  type: string;
  mutable: boolean;
  level: number;
  frozen?: boolean;
}

/** What the everyday generator needs of generate.ts's ProgramGenerator. */
export interface GenContext {
  rng: Rng;
  seed: number;
  fresh(prefix: string): string;
  expr(t: string, d: number): string;
  cond(d: number): string;
  add(v: { name: string; type: string; mutable: boolean }): void;
  vars(pred: (v: GenVar) => boolean): GenVar[];
  withScope<T>(fn: () => T): T;
  inFunction<T>(fn: () => T): T;
  block(depth: number, inBody: boolean): string[];
  level(): number;
  /** Names of the generated (non-error) classes and interfaces `{ n: number; s: string; o?: number }`. */
  classNames(): string[];
  interfaces(): string[];
}

const N = "number";
const S = "string";
const B = "boolean";
const NA = "number[]";
const SA = "string[]";
const PU = "number | string";
const TUP = "[number, string]";
const TUPA = "[string, number][]";

type FieldType = typeof N | typeof S | typeof B | typeof NA | typeof SA | "pos";
interface RecordAlias {
  name: string;
  fields: { name: string; type: FieldType }[];
  optional?: string;
}
interface ErrorClass {
  name: string;
  make: (msg: string) => string;
  hasCode: boolean;
  base?: string;
}
interface DiscUnion {
  name: string;
  members: { iface: string; kind: string; fields: { name: string; type: FieldType }[] }[];
  make: string;
  guard: string;
  describe: string;
}

const REGEXPS: { re: string; replace: string[] }[] = [
  { re: "/[aeiou]/g", replace: ['"_"', '"[$&]"', '""'] },
  { re: "/(\\w)(\\w)/", replace: ['"$2$1"', '"<$1>"'] },
  { re: "/\\d+/g", replace: ['"#"', '"($&)"'] },
  { re: "/^\\s+|\\s+$/g", replace: ['""'] },
  { re: "/[A-Z]/gi", replace: ['"*"', '"$&$&"'] },
  { re: "/(?<w>[a-z]+)(\\d*)/", replace: ['"$<w>!"', '"$2"'] },
  { re: "/,|-/g", replace: ['";"'] },
  { re: "/x*/g", replace: ['"."'] },
  { re: "/b(a)?/g", replace: ['"[$1]"'] },
  { re: "/./gsu", replace: ['"$&."'] },
];
const WORDS = ['"a1,b22-c333"', '"Hello, World"', '"  key=42  "', '"abc"', '""', '"x-y-z"', '"ünï 7"', '"aXbxC"', '"12px"', '"😀x😀"'];

export class Everyday {
  private readonly errors: ErrorClass[] = [];
  private readonly records: RecordAlias[] = [];
  private readonly unions: DiscUnion[] = [];
  private literalUnion?: { name: string; values: string[]; make: string };
  private primUnion?: string;
  private shapes?: { name: string; a: string; b: string; make: string };
  private thrower?: string;
  private tryFunction?: string;
  private tupleFunction?: string;
  private readonly recordFormatters = new Map<string, string>();
  private timerTag = "";
  private readonly timerLines: string[] = [];

  /** Set once the declarations are written: the statements of the classes' methods and functions come first. */
  ready = false;
  private readonly breadth: Breadth;

  constructor(private readonly ctx: GenContext) {
    this.breadth = new Breadth(ctx);
  }

  private get r(): Rng {
    return this.ctx.rng;
  }

  private indent(lines: string[]): string[] {
    return lines.map((l) => "  " + l);
  }

  // ---------- declarations

  declarations(): string[] {
    const r = this.r;
    const out: string[] = ["function fin(n: number): number {", "  return Number.isFinite(n) ? n : 0;", "}"];
    out.push(...this.errorDecls());
    for (let i = r.range(1, 2); i > 0; i--) out.push(...this.recordDecl());
    for (let i = r.range(0, 2); i > 0; i--) out.push(...this.unionDecl());
    if (r.chance(0.6)) out.push(...this.literalUnionDecl());
    if (r.chance(0.7)) {
      this.primUnion = this.ctx.fresh("pu");
      out.push(`function ${this.primUnion}(n: number, s: string): number | string {`, `  return n > ${r.pick(["0", "2", "-1"])} ? n : s;`, "}");
    }
    if (r.chance(0.5)) out.push(...this.shapeDecl());
    out.push(...this.throwerDecls());
    if (r.chance(0.5)) {
      this.tupleFunction = this.ctx.fresh("tf");
      out.push(`function ${this.tupleFunction}(a: number, b: string): string {`, '  return b + ":" + a;', "}");
    }
    out.push(...this.breadth.declarations());
    this.ready = true;
    return out;
  }

  private errorDecls(): string[] {
    const r = this.r;
    const out: string[] = [];
    const base = this.ctx.fresh("Er");
    out.push(`class ${base} extends Error {`, "  constructor(public code: number, message: string) {", "    super(message);");
    if (r.chance(0.8)) out.push(`    this.name = "${base}";`);
    out.push("  }", "}");
    this.errors.push({ name: base, make: (m) => `new ${base}(${this.ctx.expr(N, 1)}, ${m})`, hasCode: true });
    if (r.chance(0.6)) {
      const sub = this.ctx.fresh("Er");
      out.push(`class ${sub} extends ${base} {`, "  constructor(message: string) {", `    super(${r.pick(["7", "-1", "404"])}, "${sub}: " + message);`);
      if (r.chance(0.7)) out.push(`    this.name = "${sub}";`);
      out.push("  }", "}");
      this.errors.push({ name: sub, make: (m) => `new ${sub}(${m})`, hasCode: true, base });
    }
    if (r.chance(0.6)) {
      const plain = this.ctx.fresh("Er");
      out.push(r.chance(0.7) ? `class ${plain} extends Error {\n  name = "${plain}";\n}` : `class ${plain} extends Error {}`);
      this.errors.push({ name: plain, make: (m) => `new ${plain}(${m})`, hasCode: false });
    }
    return out;
  }

  private fieldValue(t: FieldType, d: number): string {
    if (t === "pos") return `{ x: ${this.ctx.expr(N, d)}, y: ${this.ctx.expr(N, d)} }`;
    if (t === NA || t === SA) {
      const el = t === NA ? N : S;
      const items: string[] = [];
      for (let i = this.r.range(0, 3); i > 0; i--) items.push(this.ctx.expr(el, Math.min(d, 1)));
      return `[${items.join(", ")}]`;
    }
    return this.ctx.expr(t, d);
  }

  private fieldTypeText(t: FieldType): string {
    return t === "pos" ? "{ x: number; y: number }" : t;
  }

  private recordDecl(): string[] {
    const r = this.r;
    const name = this.ctx.fresh("P");
    const pool: FieldType[] = [N, S, B, NA, SA, N, S, "pos"];
    const fields: { name: string; type: FieldType }[] = [];
    const names = ["id", "label", "on", "vals", "tags", "pos", "w"];
    for (let i = r.range(2, 4); i > 0; i--) {
      const type = r.pick(pool);
      const fname = type === "pos" ? "pos" : r.pick(names.filter((x) => x !== "pos"));
      if (fields.some((f) => f.name === fname)) continue;
      fields.push({ name: fname, type });
    }
    const rec: RecordAlias = { name, fields, optional: r.chance(0.6) ? "note" : undefined };
    this.records.push(rec);
    const body = fields.map((f) => `${f.name}: ${this.fieldTypeText(f.type)}`);
    if (rec.optional) body.push(`${rec.optional}?: string`);
    const lines = [`type ${name} = { ${body.join("; ")} };`];
    // A formatter taking the record by a destructured parameter.
    const fmt = this.ctx.fresh("fmt");
    this.recordFormatters.set(name, fmt);
    const simple = fields.filter((f) => f.type === N || f.type === S || f.type === B);
    const parts = simple.map((f) => `${f.name}`);
    const pattern = [...parts, ...(rec.optional ? [`${rec.optional} = "${r.pick(["none", "-", ""])}"`] : [])];
    const text = [...simple.map((f) => `\${${f.name}}`), ...(rec.optional ? [`\${${rec.optional}}`] : [])].join("/");
    lines.push(`function ${fmt}({ ${pattern.join(", ")} }: ${name}): string {`, `  return \`${name}(${text})\`;`, "}");
    return lines;
  }

  private unionDecl(): string[] {
    const r = this.r;
    const name = this.ctx.fresh("U");
    const count = r.range(2, 3);
    const members: DiscUnion["members"] = [];
    const lines: string[] = [];
    const shapes: { name: string; type: FieldType }[][] = [
      [{ name: "n", type: N }],
      [{ name: "s", type: S }, { name: "m", type: NA }],
      [{ name: "ok", type: B }, { name: "n", type: N }],
      [],
    ];
    for (let i = 0; i < count; i++) {
      const iface = this.ctx.fresh("K");
      const kind = iface.toLowerCase();
      const fields = shapes[i];
      members.push({ iface, kind, fields });
      lines.push(`interface ${iface} {`, `  kind: "${kind}";`, ...fields.map((f) => `  ${f.name}: ${f.type};`), "}");
    }
    lines.push(`type ${name} = ${members.map((m) => m.iface).join(" | ")};`);
    const make = this.ctx.fresh("mk");
    lines.push(`function ${make}(n: number, s: string): ${name} {`, `  switch ((n >>> 0) % ${count}) {`);
    members.forEach((m, i) => {
      const values = m.fields.map((f) => `${f.name}: ${f.type === N ? "n" : f.type === S ? "s" : f.type === B ? "n > 1" : "[n, s.length]"}`);
      lines.push(`    ${i === count - 1 ? "default" : `case ${i}`}:`, `      return { kind: "${m.kind}"${values.length ? ", " + values.join(", ") : ""} };`);
    });
    lines.push("  }", "}");
    const guard = this.ctx.fresh("is");
    lines.push(`function ${guard}(u: ${name}): u is ${members[0].iface} {`, `  return u.kind === "${members[0].kind}";`, "}");
    const describe = this.ctx.fresh("desc");
    lines.push(`function ${describe}(u: ${name}): string {`, "  switch (u.kind) {");
    for (const m of members) {
      const parts = m.fields.map((f) => (f.type === NA ? `u.${f.name}.join("+")` : `String(u.${f.name})`));
      lines.push(`    case "${m.kind}":`, `      return ${["u.kind", ...parts].join(' + ":" + ')};`);
    }
    lines.push("  }", "}");
    this.unions.push({ name, members, make, guard, describe });
    return lines;
  }

  private literalUnionDecl(): string[] {
    const name = this.ctx.fresh("M");
    const values = ['"idle"', '"busy"', '"off"', '"err"'].slice(0, this.r.range(2, 4));
    const make = this.ctx.fresh("to");
    this.literalUnion = { name, values, make };
    return [
      `type ${name} = ${values.join(" | ")};`,
      `function ${make}(n: number): ${name} {`,
      `  const all: ${name}[] = [${values.join(", ")}];`,
      `  return all[(n >>> 0) % ${values.length}];`,
      "}",
    ];
  }

  private shapeDecl(): string[] {
    const a = this.ctx.fresh("Sq");
    const b = this.ctx.fresh("Ci");
    const name = this.ctx.fresh("Sh");
    const make = this.ctx.fresh("mk");
    this.shapes = { name, a, b, make };
    return [
      `class ${a} {`,
      "  constructor(public side: number) {}",
      "  area(): number {",
      "    return this.side * this.side;",
      "  }",
      "}",
      `class ${b} {`,
      "  tag = \"c\";",
      "  constructor(public r: number, public label: string) {}",
      "}",
      `type ${name} = ${a} | ${b};`,
      `function ${make}(n: number, s: string): ${name} {`,
      `  return n % 2 === 0 ? new ${a}(n) : new ${b}(n, s);`,
      "}",
    ];
  }

  private throwerDecls(): string[] {
    const r = this.r;
    const out: string[] = [];
    this.thrower = this.ctx.fresh("chk");
    const e1 = r.pick(this.errors);
    const e2 = r.pick(this.errors);
    out.push(
      `function ${this.thrower}(n: number, s: string): number {`,
      `  if (n > ${r.pick(["0", "3", "10", "100"])}) throw ${e1.make('"big " + n')};`,
      `  if (s.length === ${r.range(0, 3)}) throw ${e2.make('"len " + s')};`,
      `  return n + s.length;`,
      "}",
    );
    // A function whose try/catch/finally returns on every path, sometimes overriding from finally.
    this.tryFunction = this.ctx.fresh("tr");
    const lines = this.ctx.inFunction(() => {
      this.ctx.add({ name: "k", type: N, mutable: false });
      const body: string[] = [`let log = "${r.pick(["", "<", "t"])}";`, "try {", '  log += "a";'];
      body.push(`  log += ${this.thrower}(k, ${this.ctx.expr(S, 1)});`);
      if (r.chance(0.5)) body.push(`  if (k % 3 === 0) throw ${r.pick(this.errors).make('"three"')};`);
      body.push("  return log;", "} catch (e) {");
      const caught = r.pick(this.errors);
      if (r.chance(0.4)) body.push(`  if (!(e instanceof ${caught.name})) throw e;`, `  log += "c" + e.message;`);
      else body.push(`  log += e instanceof Error ? "c:" + e.name : "c?";`);
      body.push("  return log;", "} finally {", '  log += "f";');
      if (r.chance(0.5)) body.push(`  console.log("finally", k, log);`);
      if (r.chance(0.3)) body.push(`  if (k < ${r.pick(["0", "2"])}) return "override " + log;`);
      body.push("}");
      return [`function ${this.tryFunction}(k: number): string {`, ...this.indent(body), "}"];
    });
    out.push(...lines);
    return out;
  }

  // ---------- expressions of the everyday types

  /** An expression of one of this module's types, or undefined when the type is not one of them. */
  expr(t: string, d: number): string | undefined {
    const r = this.r;
    const rec = this.records.find((x) => x.name === t);
    if (rec) {
      const same = this.ctx.vars((v) => v.type === t);
      if (same.length && r.chance(0.3)) {
        const src = r.pick(same).name;
        const f = r.pick(rec.fields);
        return `{ ...${src}, ${f.name}: ${this.fieldValue(f.type, 1)} }`;
      }
      return this.recordLiteral(rec, d);
    }
    if (t.endsWith("[]")) {
      const el = this.records.find((x) => `${x.name}[]` === t);
      if (el) return `[${this.recordLiteral(el, 1)}, ${this.recordLiteral(el, 1)}]`;
      const u = this.unions.find((x) => `${x.name}[]` === t);
      if (u) return `[${this.expr(u.name, d)}, ${this.expr(u.name, d)}, ${this.expr(u.name, d)}]`;
    }
    const u = this.unions.find((x) => x.name === t);
    if (u) return `${u.make}(${this.ctx.expr(N, d - 1)}, ${this.ctx.expr(S, d - 1)})`;
    if (t === PU && this.primUnion) return `${this.primUnion}(${this.ctx.expr(N, d - 1)}, ${this.ctx.expr(S, d - 1)})`;
    if (t === TUP) return `[${this.ctx.expr(N, d - 1)}, ${this.ctx.expr(S, d - 1)}]`;
    if (t === TUPA) return `[[${this.ctx.expr(S, 0)}, ${this.ctx.expr(N, 0)}], [${this.ctx.expr(S, 0)}, ${this.ctx.expr(N, 0)}]]`;
    if (this.literalUnion && t === this.literalUnion.name) return `${this.literalUnion.make}(${this.ctx.expr(N, d - 1)})`;
    if (this.shapes && t === this.shapes.name) return `${this.shapes.make}(${this.ctx.expr(N, d - 1)}, ${this.ctx.expr(S, 0)})`;
    return undefined;
  }

  /**
   * Whether console.log and JSON.stringify of the record are generated: not with a member of an anonymous
   * object type (`pos`), which prints `Object {}` and stringifies `{}` (mixfix's findings
   * mix-anon-type-console-log, mix-tojson-anon-tuple-stringify); nor values of a class union (`Ci {}`,
   * mix-union-records-console-log).
   */
  private shown(rec: RecordAlias): boolean {
    return !rec.fields.some((f) => f.type === "pos");
  }

  private recordLiteral(rec: RecordAlias, d: number): string {
    const parts = rec.fields.map((f) => `${f.name}: ${this.fieldValue(f.type, Math.max(d - 1, 0))}`);
    if (rec.optional && this.r.chance(0.5)) parts.push(`${rec.optional}: ${this.ctx.expr(S, 0)}`);
    return `{ ${parts.join(", ")} }`;
  }

  /** A variable of an everyday type, declared (or found) for a statement to use. */
  private need(t: string, out: string[]): string {
    const found = this.ctx.vars((v) => v.type === t && !v.frozen);
    if (found.length && this.r.chance(0.6)) return this.r.pick(found).name;
    const name = this.ctx.fresh("v");
    const mutable = this.r.chance(0.4);
    out.push(`${mutable ? "let" : "const"} ${name}: ${t} = ${this.ctx.expr(t, 2)};`);
    this.ctx.add({ name, type: t, mutable });
    return name;
  }

  // ---------- statements

  /** One everyday statement (a few lines), at `depth` of nesting; `inBody` inside a function. */
  stmt(depth: number, inBody: boolean): string[] {
    const r = this.r;
    const kind = r.weighted<string>([
      [depth < 3 ? 5 : 1, "try"],
      [depth === 0 ? 1 : 0, "loop-try"],
      [4, "destructure"],
      [3, "spread"],
      [2, "tuple"],
      [3, "record"],
      [this.unions.length ? 3 : 0, "union"],
      [this.primUnion ? 2 : 0, "prim"],
      [this.literalUnion ? 1 : 0, "literal"],
      [this.shapes ? 1 : 0, "shape"],
      [3, "json"],
      [3, "inspect"],
      [3, "regex"],
      [6, "breadth"],
      // Only in the program's outermost scope: the callbacks read the variables visible there.
      [inBody || depth > 0 || this.ctx.level() > 0 ? 0 : 6, "timer"],
    ]);
    switch (kind) {
      case "try":
        return this.tryStmt(depth, inBody);
      case "loop-try":
        return this.loopTry();
      case "destructure":
        return this.destructure();
      case "spread":
        return this.spread();
      case "tuple":
        return this.tuple();
      case "record":
        return this.recordStmt();
      case "union":
        return this.unionStmt(depth);
      case "prim":
        return this.primStmt(depth);
      case "literal":
        return this.literalStmt(depth);
      case "shape":
        return this.shapeStmt(depth);
      case "json":
        return this.json();
      case "inspect":
        return this.inspect();
      case "regex":
        return this.regex();
      case "breadth":
        return this.breadth.stmt();
      default:
        return this.timer();
    }
  }

  private throwing(): string {
    const r = this.r;
    const n = (): string => this.ctx.expr(N, 1);
    const s = (): string => this.ctx.expr(S, 1);
    return r.weighted<() => string>([
      [4, () => `console.log(${this.thrower}(${n()}, ${s()}));`],
      [3, () => `if (${this.ctx.cond(1)}) throw ${r.pick(this.errors).make(s())};`],
      [1, () => `if (${this.ctx.cond(1)}) throw new ${r.pick(["Error", "RangeError", "TypeError"])}(${s()});`],
      [2, () => `console.log(${this.tryFunction}(${n()}));`],
      [1, () => `console.log((${n()}).toFixed(${r.pick(["2", "101", "100", "-1", "20"])}));`],
      [1, () => `console.log(${s()}.repeat(${r.pick(["-1", "2", "0"])}));`],
      [1, () => `console.log((${n()}).toString(${r.pick(["1", "37", "2", "16"])}));`],
      [1, () => `console.log([${n()}, ${n()}].slice(0, ${r.range(0, 2)}).reduce((a, b) => a + b));`],
      [1, () => `console.log(new Array<number>(${r.pick(["-1", "2", "1.5", "0"])}).length);`],
    ])();
  }

  private catchBody(binding: string): string[] {
    const r = this.r;
    const lines: string[] = [];
    const errs = [...this.errors].reverse(); // subclasses first
    let first = true;
    for (const e of errs) {
      if (!r.chance(0.6)) continue;
      const shown = r.pick([`${binding}.message`, `${binding}.name`, `String(${binding})`, `\`\${${binding}}\``]);
      lines.push(`${first ? "if" : "} else if"} (${binding} instanceof ${e.name}) {`, `  console.log("${e.name}", ${shown}${e.hasCode && r.chance(0.5) ? `, ${binding}.code` : ""});`);
      first = false;
    }
    const general = r.pick([`${binding}.name + "|" + ${binding}.message`, `String(${binding})`, `${binding}.message.length`]);
    if (first) lines.push(`if (${binding} instanceof Error) {`, `  console.log("caught", ${general});`);
    else lines.push(`} else if (${binding} instanceof Error) {`, `  console.log("other", ${general});`);
    if (r.chance(0.5)) lines.push("} else {", '  console.log("not an Error");');
    lines.push("}");
    return lines;
  }

  /** A try statement; below the top level inside a local function (see narrowing(): `e instanceof X`). */
  private tryStmt(depth: number, inBody: boolean): string[] {
    if (depth === 0) return this.tryLines(depth, inBody);
    const name = this.ctx.fresh("attempt");
    const lines = this.ctx.inFunction(() => this.tryLines(1, true));
    return [`const ${name} = (): void => {`, ...this.indent(lines), "};", `${name}();`];
  }

  /** break, continue and a throw leaving a try through its finally, at the top level. */
  private loopTry(): string[] {
    const r = this.r;
    const i = this.ctx.fresh("i");
    const k = r.range(2, 5);
    const body = this.ctx.withScope(() => {
      this.ctx.add({ name: i, type: N, mutable: false });
      return [`if (${i} === ${r.range(0, k)}) continue;`, `if (${i} === ${r.range(0, k)}) break;`, this.throwing(), `console.log("body", ${i});`];
    });
    const lines = [`for (let ${i} = 0; ${i} < ${k}; ${i}++) {`, "  try {", ...this.indent(this.indent(body))];
    if (r.chance(0.7)) lines.push("  } catch (e) {", ...this.indent(this.indent(this.catchBody("e"))));
    lines.push("  } finally {", `    console.log("finally", ${i});`, "  }", "}");
    if (lines.every((l) => !l.includes("catch"))) return ["try {", ...this.indent(lines), "} catch {", '  console.log("left the loop");', "}"];
    return lines;
  }

  private tryLines(depth: number, inBody: boolean): string[] {
    const r = this.r;
    const body: string[] = [];
    if (r.chance(0.5)) body.push(...this.ctx.block(depth + 1, inBody));
    body.push(this.throwing());
    if (r.chance(0.3)) body.push(...this.ctx.block(depth + 1, inBody));
    const shape = r.weighted<string>([[5, "catch"], [3, "catch-finally"], [1, "bare-catch"], [2, "nested"]]);
    const fin = (): string[] => ["} finally {", `  console.log("finally ${this.ctx.fresh("f")}");`];
    if (shape === "nested") {
      // An inner try/finally (or a catch that rethrows what it does not handle) inside an outer try/catch.
      const inner = ["try {", ...this.indent(body)];
      if (r.chance(0.5)) inner.push(...fin(), "}");
      else {
        const e = r.pick(this.errors);
        inner.push("} catch (err) {", `  if (err instanceof ${e.name}) console.log("inner", err.message);`, "  else throw err;", "}");
      }
      return ["try {", ...this.indent(inner), "} catch (e) {", ...this.indent(this.catchBody("e")), "}"];
    }
    const lines = ["try {", ...this.indent(body)];
    if (shape === "bare-catch") lines.push("} catch {", `  console.log("failed");`);
    else lines.push("} catch (e) {", ...this.indent(this.catchBody("e")));
    if (shape === "catch-finally") lines.push(...fin());
    lines.push("}");
    return lines;
  }

  private destructure(): string[] {
    const r = this.r;
    const out: string[] = [];
    return r.weighted<() => string[]>([
      [3, () => {
        const rec = r.pick(this.records);
        const src = this.need(rec.name, out);
        const parts: string[] = [];
        for (const f of rec.fields) {
          if (f.type === "pos" && r.chance(0.6)) {
            const px = this.ctx.fresh("v");
            parts.push(`pos: { x: ${px} }`);
            this.ctx.add({ name: px, type: N, mutable: false });
            continue;
          }
          if (f.type === "pos" || !r.chance(0.7)) continue;
          const local = this.ctx.fresh("v");
          if (f.type === NA && r.chance(0.5)) {
            parts.push(`${f.name}: [${local} = ${this.ctx.expr(N, 0)}]`);
            this.ctx.add({ name: local, type: N, mutable: false });
          } else {
            parts.push(`${f.name}: ${local}`);
            this.ctx.add({ name: local, type: f.type, mutable: false });
          }
        }
        if (rec.optional && r.chance(0.6)) {
          const local = this.ctx.fresh("v");
          parts.push(`${rec.optional}: ${local} = ${this.ctx.expr(S, 0)}`);
          this.ctx.add({ name: local, type: S, mutable: false });
        }
        if (!parts.length || r.chance(0.2)) {
          const rest = this.ctx.fresh("rest");
          parts.push(`...${rest}`);
          // Object.keys of a record is rejected (TSD2111: only class instances): print a member the rest kept.
          const named = new Set(parts.map((p) => p.split(":")[0].split("=")[0].trim()));
          const kept = rec.fields.find((f) => !named.has(f.name) && (f.type === N || f.type === S || f.type === B));
          out.push(`const { ${parts.join(", ")} } = ${src};`, `console.log(${kept ? `${rest}.${kept.name}` : `"rest"`});`);
          return out;
        }
        out.push(`const { ${parts.join(", ")} } = ${src};`);
        return out;
      }],
      [3, () => {
        // From an array: defaults for missing elements, a rest array.
        const a = r.chance(0.5) ? this.ctx.expr(NA, 1) : `[${this.ctx.expr(N, 1)}, ${this.ctx.expr(N, 1)}]`;
        const x = this.ctx.fresh("v");
        const y = this.ctx.fresh("v");
        const rest = this.ctx.fresh("v");
        const withRest = r.chance(0.5);
        out.push(`const [${x} = ${this.ctx.expr(N, 0)}, ${r.chance(0.3) ? ", " : ""}${y} = ${this.ctx.expr(N, 0)}${withRest ? `, ...${rest}` : ""}]: number[] = ${a};`);
        this.ctx.add({ name: x, type: N, mutable: false });
        this.ctx.add({ name: y, type: N, mutable: false });
        if (withRest) this.ctx.add({ name: rest, type: NA, mutable: false });
        out.push(`console.log(${x}, ${y}${withRest ? `, ${rest}.length` : ""});`);
        return out;
      }],
      [2, () => {
        // A swap of two variables of one type.
        for (const t of r.chance(0.5) ? [N, S] : [S, N]) {
          const vs = this.ctx.vars((v) => v.type === t && v.mutable && !v.frozen);
          if (vs.length < 2) continue;
          const a = r.pick(vs);
          const b = r.pick(vs.filter((v) => v !== a));
          return [`[${a.name}, ${b.name}] = [${b.name}, ${a.name}];`, `console.log(${a.name}, ${b.name});`];
        }
        return [`console.log(${this.ctx.expr(N, 1)});`];
      }],
      [2, () => {
        // for-of over records or tuples, destructuring each element.
        const k = this.ctx.fresh("k");
        const v = this.ctx.fresh("x");
        if (r.chance(0.5)) {
          const pairs = this.need(TUPA, out);
          out.push(`for (const [${k}, ${v}] of ${pairs}) {`, `  console.log(${k}, ${v} ${r.pick(["+", "*", "-"])} ${this.ctx.expr(N, 0)});`, "}");
          return out;
        }
        const rec = r.pick(this.records);
        const list = this.need(`${rec.name}[]`, out);
        const simple = rec.fields.filter((f) => f.type !== "pos");
        if (!simple.length) return [...out, `console.log(${list}.length);`];
        const f = r.pick(simple);
        out.push(`for (const { ${f.name}: ${v} } of ${list}) {`, `  console.log(${f.type === NA || f.type === SA ? `${v}.length` : v});`, "}");
        return out;
      }],
      [1, () => {
        const rec = r.pick(this.records);
        const list = this.need(`${rec.name}[]`, out);
        const simple = rec.fields.filter((f) => f.type === N || f.type === S);
        if (!simple.length) return [...out, `console.log(${list}.map(${this.recordFormatters.get(rec.name)}).join(", "));`];
        const f = r.pick(simple);
        out.push(`console.log(${list}.map(({ ${f.name} }) => ${f.name}).join("|"));`);
        return out;
      }],
      [1, () => {
        const rec = r.pick(this.records);
        const src = this.need(rec.name, out);
        return [...out, `console.log(${this.recordFormatters.get(rec.name)}(${src}));`];
      }],
    ])();
  }

  private spread(): string[] {
    const r = this.r;
    const out: string[] = [];
    return r.weighted<() => string[]>([
      [3, () => {
        const name = this.ctx.fresh("v");
        const parts: string[] = [];
        for (let i = r.range(1, 3); i > 0; i--) parts.push(r.chance(0.6) ? `...${this.ctx.expr(NA, 1)}` : this.ctx.expr(N, 1));
        out.push(`const ${name}: number[] = [${parts.join(", ")}];`, `console.log(${name}.length, ${name}.join(" "));`);
        this.ctx.add({ name, type: NA, mutable: false });
        return out;
      }],
      [1, () => [`console.log([...${this.ctx.expr(S, 1)}].length, [...new Set<number>([${this.ctx.expr(N, 0)}, ${this.ctx.expr(N, 0)}, 1])].join(","));`]],
      // (Spreading an array literal into Math.max, `Math.max(...[a, b])`, is rejected: TSD2111.)
      [2, () => [`console.log(Math.${r.pick(["max", "min"])}(...${this.notLiteral(this.ctx.expr(NA, 1))}${r.chance(0.5) ? ", " + this.ctx.expr(N, 0) : ""}));`]],
      [2, () => {
        const arrays = this.ctx.vars((v) => v.type === NA && v.mutable && !v.frozen && v.level === this.ctx.level());
        if (!arrays.length) return [`console.log([...${this.ctx.expr(NA, 1)}, ...${this.ctx.expr(NA, 0)}]);`];
        const a = r.pick(arrays).name;
        const more = this.ctx.fresh("v");
        // (push(...[1, 2]) of an array literal is rejected, TSD2111.)
        return [`const ${more} = [${this.ctx.expr(N, 0)}, ${this.ctx.expr(N, 0)}];`, `${a}.push(...${more});`, `${a} = ${a}.slice(0, ${r.range(8, 30)});`];
      }],
      [2, () => {
        const rec = r.pick(this.records);
        const src = this.need(rec.name, out);
        const name = this.ctx.fresh("v");
        const f = r.pick(rec.fields);
        const over = r.chance(0.5) ? `, ${f.name}: ${this.fieldValue(f.type, 1)}` : "";
        out.push(`const ${name}: ${rec.name} = { ...${src}${over} };`, `console.log(${this.recordFormatters.get(rec.name)}(${name}));`);
        this.ctx.add({ name, type: rec.name, mutable: false });
        return out;
      }],
      [this.tupleFunction ? 1 : 0, () => {
        const t = this.need(TUP, out);
        return [...out, `console.log(${this.tupleFunction}(...${t}));`];
      }],
    ])();
  }

  private notLiteral(array: string): string {
    return array.startsWith("[") ? `${array}.slice(0)` : array;
  }

  private tuple(): string[] {
    const r = this.r;
    const out: string[] = [];
    const t = this.need(TUP, out);
    return r.weighted<() => string[]>([
      [2, () => [...out, `console.log(${t}[0], ${t}[1]);`]],
      [2, () => [...out, `${t}[0] ${r.pick(["=", "+=", "*="])} ${this.ctx.expr(N, 1)};`, `${t}[1] = (${t}[1] + ${this.ctx.expr(S, 0)}).slice(0, 20);`]],
      [2, () => {
        const a = this.ctx.fresh("v");
        const b = this.ctx.fresh("v");
        this.ctx.add({ name: a, type: N, mutable: false });
        this.ctx.add({ name: b, type: S, mutable: false });
        return [...out, `const [${a}, ${b}] = ${t};`];
      }],
      [1, () => {
        const pairs = this.need(TUPA, out);
        return [...out, `console.log(${pairs}.map(([k, n]) => k + "=" + n).join("&"), ${pairs}.length);`];
      }],
    ])();
  }

  private recordStmt(): string[] {
    const r = this.r;
    const out: string[] = [];
    const rec = r.pick(this.records);
    const src = this.need(rec.name, out);
    const f = r.pick(rec.fields);
    return r.weighted<() => string[]>([
      [3, () => {
        if (f.type === "pos") return [...out, `${src}.pos.x ${r.pick(["=", "+="])} ${this.ctx.expr(N, 1)};`];
        if (f.type === NA) return [...out, `${src}.${f.name}.push(${this.ctx.expr(N, 1)});`, `${src}.${f.name} = ${src}.${f.name}.slice(-5);`];
        if (f.type === SA) return [...out, `${src}.${f.name} = [...${src}.${f.name}, ${this.ctx.expr(S, 0)}].slice(-5);`];
        if (f.type === S) return [...out, `${src}.${f.name} = (${src}.${f.name} + ${this.ctx.expr(S, 1)}).slice(0, 20);`];
        return [...out, `${src}.${f.name} = ${this.ctx.expr(f.type, 1)};`];
      }],
      [rec.optional ? 2 : 0, () => [...out, `console.log(${src}.${rec.optional} ?? "none", ${src}.${rec.optional}?.length);`]],
      [rec.optional ? 1 : 0, () => [...out, `${src}.${rec.optional} = ${this.ctx.expr(S, 1)};`]],
      [this.shown(rec) ? 2 : 0, () => [...out, `console.log(${src});`]],
      [1, () => [...out, `console.log(${this.recordFormatters.get(rec.name)}(${src}));`]],
    ])();
  }

  /**
   * Statements that rely on narrowing a variable of type `t`. TypeScript does not narrow in code it sees as
   * unreachable (inside `if (false && x)`), so below the top level they narrow the parameter of a local
   * helper instead (a function body is always reachable).
   */
  private narrowing(depth: number, t: string, build: (v: string) => string[]): string[] {
    const out: string[] = [];
    const v = this.need(t, out);
    if (depth === 0) {
      const vv = this.ctx.vars((x) => x.name === v)[0];
      // While the variable is narrowed, no statement of the generator may assign it.
      if (vv) vv.frozen = true;
      try {
        return [...out, ...build(v)];
      } finally {
        if (vv) vv.frozen = false;
      }
    }
    const u = this.ctx.fresh("u");
    const h = this.ctx.fresh("show");
    return [...out, `const ${h} = (${u}: ${t}): void => {`, ...this.indent(build(u)), "};", `${h}(${v});`];
  }

  private unionStmt(depth: number): string[] {
    const r = this.r;
    const u = r.pick(this.unions);
    const field = (v: string, f: { name: string; type: FieldType }): string =>
      f.type === NA ? `${v}.${f.name}.length` : f.type === B ? `${v}.${f.name} ? "yes" : "no"` : `${v}.${f.name}`;
    if (r.chance(0.2)) {
      const out: string[] = [];
      const list = this.need(`${u.name}[]`, out);
      const f = u.members[0].fields.find((x) => x.type === N);
      return [...out, `console.log(${list}.filter(${u.guard}).length, ${list}.map(${u.describe}).join(" "));`, ...(f ? [`console.log(${list}.filter(${u.guard}).map((x) => x.${f.name}).join(","));`] : [])];
    }
    return this.narrowing(depth, u.name, (v) => r.weighted<() => string[]>([
      [3, () => {
        const lines = [`switch (${v}.kind) {`];
        for (const m of u.members) {
          if (r.chance(0.2)) continue;
          lines.push(`  case "${m.kind}":`, `    console.log("${m.kind}"${m.fields.map((f) => ", " + field(v, f)).join("")});`, "    break;");
        }
        // A default only when a member has no case: else the variable is `never` there.
        if (lines.filter((l) => l.startsWith("  case")).length < u.members.length) lines.push("  default:", `    console.log("other", ${v}.kind);`);
        lines.push("}");
        return lines;
      }],
      [2, () => {
        const m = u.members[0];
        return [`if (${u.guard}(${v})) {`, `  console.log("guard"${m.fields.map((f) => ", " + field(v, f)).join("")});`, "} else {", `  console.log(${v}.kind);`, "}"];
      }],
      [2, () => {
        const m = u.members.find((x) => x.fields.length && !u.members.some((y) => y !== x && y.fields.some((f) => f.name === x.fields[0].name)));
        if (!m) return [`console.log(${u.describe}(${v}));`];
        return [`if ("${m.fields[0].name}" in ${v}) {`, `  console.log("in", ${field(v, m.fields[0])});`, "} else {", `  console.log("not in", ${v}.kind);`, "}"];
      }],
      [2, () => [`console.log(${u.describe}(${v}), ${v}.kind === "${r.pick(u.members).kind}");`]],
    ])());
  }

  private primStmt(depth: number): string[] {
    const r = this.r;
    return this.narrowing(depth, PU, (v) => r.weighted<() => string[]>([
      [3, () => [`if (typeof ${v} === "number") {`, `  console.log(${v}.toFixed(${r.range(0, 3)}), ${v} ${r.pick(["+", "*"])} 1);`, "} else {", `  console.log(${v}.length, ${v}.toUpperCase());`, "}"]],
      [2, () => [`console.log(${v}, String(${v}), \`<\${${v}}>\`, typeof ${v});`]],
      [1, () => [`console.log(${v} === ${r.pick(['"a"', "1", "0", '""'])}, ${v} ? "truthy" : "falsy");`]],
      [1, () => [`console.log(typeof ${v} === "string" ? ${v}.length : ${v} * 2);`]],
    ])());
  }

  private literalStmt(depth: number): string[] {
    const lu = this.literalUnion!;
    return this.narrowing(depth, lu.name, (v) => {
      if (this.r.chance(0.5)) return [`console.log(${v}, ${v} === ${this.r.pick(lu.values)}, ${v}.length);`];
      const lines = [`switch (${v}) {`];
      for (const val of lu.values) if (this.r.chance(0.7)) lines.push(`  case ${val}:`, `    console.log("is", ${val}, ${this.ctx.expr(N, 1)});`, "    break;");
      lines.push("  default:", `    console.log("default", ${v});`, "}");
      return lines;
    });
  }

  private shapeStmt(depth: number): string[] {
    const sh = this.shapes!;
    return this.narrowing(depth, sh.name, (v) => this.r.weighted<() => string[]>([
      [3, () => [`if (${v} instanceof ${sh.a}) {`, `  console.log("square", ${v}.side, ${v}.area());`, "} else {", `  console.log("circle", ${v}.r, ${v}.label, ${v}.tag);`, "}"]],
      [1, () => [`console.log("side" in ${v} ? ${v}.side : ${v}.label);`]],
    ])());
  }

  /** A JSON-readable value and its type: numbers go through fin() (NaN and Infinity would come back null). */
  private jsonValue(out: string[]): [string, string] {
    const r = this.r;
    return r.weighted<() => [string, string]>([
      [2, () => [`${this.ctx.expr(NA, 1)}.map(fin)`, NA]],
      [2, () => [this.ctx.expr(SA, 1), SA]],
      [1, () => [`fin(${this.ctx.expr(N, 1)})`, N]],
      [1, () => [this.ctx.expr(S, 1), S]],
      [1, () => [this.ctx.expr(B, 1), B]],
      // JSON.parse into a record with a member of an anonymous object type is rejected (TSD2003).
      [this.records.some((k) => !k.fields.some((f) => f.type === "pos")) ? 3 : 0, () => {
        const rec = r.pick(this.records.filter((k) => !k.fields.some((f) => f.type === "pos")));
        const name = this.ctx.fresh("j");
        const parts = rec.fields.map((f) => {
          const v = this.fieldValue(f.type, 1);
          return `${f.name}: ${f.type === N ? `fin(${v})` : f.type === NA ? `${v}.map(fin)` : f.type === "pos" ? `{ x: fin(${this.ctx.expr(N, 0)}), y: 1 }` : v}`;
        });
        if (rec.optional && r.chance(0.5)) parts.push(`${rec.optional}: ${this.ctx.expr(S, 0)}`);
        out.push(`const ${name}: ${rec.name} = { ${parts.join(", ")} };`);
        this.ctx.add({ name, type: rec.name, mutable: false });
        return [name, rec.name];
      }],
      [this.ctx.interfaces().length ? 1 : 0, () => {
        const i = r.pick(this.ctx.interfaces());
        const name = this.ctx.fresh("j");
        out.push(`const ${name}: ${i}[] = [{ n: fin(${this.ctx.expr(N, 1)}), s: ${this.ctx.expr(S, 1)} }, { n: 1, s: "x", o: ${r.pick(["2", "-0", "0.5"])} }];`);
        return [name, `${i}[]`];
      }],
    ])();
  }

  private json(): string[] {
    const r = this.r;
    const out: string[] = [];
    const indent = (): string => (r.chance(0.3) ? `, null, ${r.pick(["2", "0", '"\\t"', '"--"', "4"])}` : "");
    return r.weighted<() => string[]>([
      [3, () => {
        const [value, type] = this.jsonValue(out);
        const back = this.ctx.fresh("v");
        out.push(`const ${back} = JSON.parse(JSON.stringify(${value})) as ${type};`);
        if (type === N || type === S || type === B || type === NA || type === SA) this.ctx.add({ name: back, type, mutable: false });
        out.push(r.chance(0.5) ? `console.log(${back});` : `console.log(JSON.stringify(${back}${indent()}));`);
        return out;
      }],
      [3, () => {
        const candidates: string[] = [];
        for (const v of this.ctx.vars((x) => !x.name.startsWith("this.") && (x.type === NA || x.type === SA || x.type === N || x.type === S || x.type === B || this.records.some((k) => this.shown(k) && k.name === x.type) || this.ctx.classNames().includes(x.type) || this.ctx.interfaces().includes(x.type) || x.type === "Map<string, number>" || x.type === "Set<number>"))) candidates.push(v.name);
        const value = candidates.length && r.chance(0.8) ? r.pick(candidates) : this.ctx.expr(r.pick([NA, SA, N, S]), 1);
        return [`console.log(JSON.stringify(${value}${indent()}));`];
      }],
      [1, () => [`console.log(JSON.stringify([${this.ctx.expr(S, 1)}, ${this.ctx.expr(S, 1)}]${indent()}), JSON.stringify(${this.ctx.expr(N, 1)}));`]],
    ])();
  }

  private inspect(): string[] {
    const r = this.r;
    const candidates = this.ctx.vars(
      (x) => !x.name.startsWith("this.") &&
        (x.type === NA || x.type === SA || x.type === "Map<string, number>" || x.type === "Set<number>" || this.ctx.classNames().includes(x.type) ||
          this.ctx.interfaces().includes(x.type) || this.records.some((k) => this.shown(k) && (k.name === x.type || `${k.name}[]` === x.type))),
    );
    const one = (): string => (candidates.length && r.chance(0.75) ? r.pick(candidates).name : this.ctx.expr(r.pick([NA, SA]), 1));
    // Two values of one type (an array of a union with an array member is rejected, TSD2013).
    const two = (): string => {
      const a = candidates.length ? r.pick(candidates) : undefined;
      if (!a) return `${this.ctx.expr(NA, 1)}, ${this.ctx.expr(NA, 1)}`;
      const b = r.pick(candidates.filter((c) => c.type === a.type));
      return `${a.name}, ${b.name}`;
    };
    return r.weighted<() => string[]>([
      [4, () => [`console.log(${one()});`]],
      [2, () => [`console.log(${this.ctx.expr(S, 0)}, ${one()}, ${one()});`]],
      [1, () => [`console.log([${two()}]);`]],
      [1, () => [`console.log(new Map<string, number[]>([[${this.ctx.expr(S, 0)}, ${this.ctx.expr(NA, 1)}], ["k", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]]));`]],
      [1, () => [`console.log(Array.from({ length: ${r.range(0, 30)} }, (_, i) => i * ${r.pick(["1", "11", "1.5", "-3", "1000"])}));`]],
    ])();
  }

  private regex(): string[] {
    const r = this.r;
    const pick = r.pick(REGEXPS);
    const s = (): string => (r.chance(0.5) ? r.pick(WORDS) : this.ctx.expr(S, 1));
    const re = pick.re;
    const global = /\/[a-z]*g[a-z]*$/.test(re);
    return r.weighted<() => string[]>([
      [2, () => [`console.log(${re}.test(${s()}));`]],
      [3, () => [`console.log(${s()}.replace(${re}, ${r.pick(pick.replace)}));`]],
      [global ? 1 : 0, () => [`console.log(${s()}.replaceAll(${re}, ${r.pick(pick.replace)}));`]],
      [2, () => [`console.log(${s()}.match(${re})?.join("|") ?? "none");`]],
      [1, () => [`console.log(${s()}.split(${r.pick(["/[,-]/", "/(,)/", "/\\s+/", "/(?:)/"])}));`]],
      [1, () => [`console.log(${s()}.search(${re}));`]],
      [1, () => [`console.log(${s()}.replace(/\\d/g, (d: string) => String(Number(d) * 2)));`]],
      [1, () => {
        const m = this.ctx.fresh("m");
        // Optional chaining rather than `if (m)`: TypeScript does not narrow in code it sees as unreachable.
        return [`const ${m} = /(?<w>[a-z]+)(\\d*)/i.exec(${s()});`, `console.log(${m}?.[0] ?? "no match", ${m}?.[1], ${m}?.[2], ${m}?.index, ${m}?.groups?.w);`];
      }],
      [1, () => {
        const m = this.ctx.fresh("m");
        return [`for (const ${m} of ${s()}.matchAll(/[a-z](\\d?)/g)) {`, `  console.log(${m}[0], ${m}[1], ${m}.index);`, "}"];
      }],
    ])();
  }

  private timer(): string[] {
    const r = this.r;
    if (!this.timerTag) this.timerTag = `T${this.ctx.seed}`;
    const tag = this.timerTag;
    const id = this.ctx.fresh("tm");
    const kind = r.weighted<string>([[4, "timeout"], [1, "args"], [1, "cleared"], [this.timerLines.some((l) => l.includes("setInterval")) ? 0 : 2, "interval"], [1, "nested"]]);
    // Callbacks print only primitives (one line each) and read module-level values when they run.
    const val = (): string => {
      const vs = this.ctx.vars((v) => v.level === 0 && (v.type === N || v.type === S || v.type === B) && !v.name.startsWith("this."));
      return vs.length && r.chance(0.7) ? `JSON.stringify(${r.pick(vs).name})` : `"${r.pick(["x", "y", "z"])}"`;
    };
    // Delays 0 and 1 are the same (1 ms); the others are 300 ms apart; an interval fires at 20, 40, 60 ms, a
    // nested timer at 450–480 or 750–780 ms. Each is 120 ms or more from the next: Node, starved for CPU on a
    // loaded machine, ran an interval late enough (it re-arms from when it ran) that its third run came after
    // a 100 ms timeout (g33500329, when the spacing was 40 ms).
    const delay = (): string => r.pick(["0", "1", "300", "600", "900"]);
    switch (kind) {
      case "args":
        this.timerLines.push(`setTimeout((a: number, b: string) => {`, `  console.log("${tag} ${id}", a, JSON.stringify(b));`, `}, ${delay()}, ${this.ctx.expr(N, 1)}, ${this.ctx.expr(S, 0)});`);
        return [];
      case "cleared":
        this.timerLines.push(`const ${id} = setTimeout(() => {`, `  console.log("${tag} ${id} never");`, `}, ${r.pick(["300", "600", "1200"])});`);
        if (r.chance(0.5)) this.timerLines.push(`clearTimeout(${id});`);
        else this.timerLines.push(`setTimeout(() => {`, `  console.log("${tag} clear ${id}");`, `  clearTimeout(${id});`, "}, 1);");
        return [];
      case "interval": {
        const n = this.ctx.fresh("n");
        this.timerLines.push(`let ${n} = 0;`, `const ${id} = setInterval(() => {`, `  ${n}++;`, `  console.log("${tag} ${id}", ${n}, ${val()});`, `  if (${n} >= ${r.range(1, 3)}) clearInterval(${id});`, `}, 20);`);
        return [];
      }
      case "nested":
        this.timerLines.push(`setTimeout(() => {`, `  console.log("${tag} ${id} outer", ${val()});`, `  setTimeout(() => {`, `    console.log("${tag} ${id} inner");`, `  }, ${r.pick(["0", "30"])});`, `}, ${r.pick(["450", "750"])});`);
        return [];
      default:
        this.timerLines.push(`setTimeout(() => {`, `  console.log("${tag} ${id}", ${val()});`, `}, ${delay()});`);
        return [];
    }
  }

  /**
   * The timers, set at the end of the program's top-level code by one kickoff timer: in a batch the first
   * timers run only after every program's top-level code, which takes longer under Node than natively, so
   * timers set at the top level would be due at different times relative to each other (an interval re-armed
   * at its first, late, run against a timeout set at the top level). Set from one callback, a program's
   * timers all start at one time, and their order depends on their delays only.
   */
  epilogue(): string[] {
    if (!this.timerLines.length) return [];
    return ["setTimeout(() => {", ...this.indent(this.timerLines), "}, 0);"];
  }
}
