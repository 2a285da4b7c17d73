// The random program generator: one seed → one TypeScript program of the supported subset
// (docs/language.md) that type-checks under strict tsc, terminates, and prints a deterministic output.
// Well-typed by construction: every expression is generated for a wanted type from the variables in scope.
// Terminating by construction: loops have literal bounds and read-only counters, `while` loops increment
// first, for-of never iterates a collection the body can grow, functions only call functions declared
// before them and the one recursive helper gets a bounded argument. Bounded output: string and array
// variables are cut to a few dozen elements on every assignment inside loops.
import { Rng } from "./random.js";
import { Everyday } from "./everyday.js";

type Ty = string;
const N = "number";
const S = "string";
const B = "boolean";
const NA = "number[]";
const SA = "string[]";
const MAP = "Map<string, number>";
const SET = "Set<number>";
const ON = "number | undefined";
const OS = "string | undefined";
const FN = "(n: number) => number";
const F0 = "() => number";

interface Var {
  name: string;
  type: Ty;
  mutable: boolean;
  /** Function nesting level where it was declared: collections are only mutated at their own level. */
  level: number;
  frozen?: boolean;
}

interface ClassInfo {
  name: string;
  base?: ClassInfo;
  fields: { name: string; type: Ty }[];
  getters: { name: string; type: Ty; settable: boolean }[];
  staticField: string;
  hasToString: boolean;
}

interface EnumInfo {
  name: string;
  members: string[];
  numeric: boolean;
}

interface FuncInfo {
  name: string;
  params: Ty[];
  optionalParams: number;
  ret: Ty;
}

const NUM_LITERALS = [
  "0", "-0", "1", "-1", "2", "3", "5", "7", "10", "16", "31", "32", "100", "255", "256", "1000", "0.5", "-2.5", "1.5",
  "0.1", "0.2", "3.75", "1e21", "1e-7", "123.456", "2147483647", "2147483648", "-2147483648", "4294967295",
  "4294967296", "9007199254740991", "9007199254740993", "1.7976931348623157e308", "5e-324", "NaN", "Infinity",
  "-Infinity", "0.30000000000000004", "65535", "-129", "1234567.891",
];
const SMALL_INTS = ["0", "1", "2", "3", "4", "5"];
const STR_LITERALS = [
  '""', '"a"', '"abc"', '"Hello, World"', '" pad "', '"ü"', '"😀"', '"a,b,,c"', '"x-y-z"', '"ABC"', '"0x1f"',
  '"12px"', '"  42  "', '"-0"', '"1e3"', '"NaN"', '"straße"', '"Ωμέγα"', '"tab\\there"', '"key"', '"k2"', '"3.14"',
  '"b"', '"aaa"', '"é"', '"line\\nbreak"', '"Infinity"', '"0"', '"z"',
];
const MAP_KEYS = ['"a"', '"b"', '"key"', '"k2"', '""', '"z"'];

/** A string that goes into a string[], cut unless it is a literal or a variable (which are bounded already). */
function boundedItem(e: string): string {
  return /^("[^"]*"|[\w.]+)$/.test(e) ? e : `(${e}).slice(0, 24)`;
}

export interface GenerateOptions {
  /** Also issue 11's constructs (test/generator/everyday.ts); without it a seed gives the program it always gave. */
  everyday?: boolean;
}

export function generateProgram(seed: number, options: GenerateOptions = {}): string {
  return new ProgramGenerator(seed, options).program();
}

class ProgramGenerator {
  private readonly rng: Rng;
  private counter = 0;
  private readonly scopes: Var[][] = [[]];
  private readonly classes: ClassInfo[] = [];
  private readonly enums: EnumInfo[] = [];
  private readonly funcs: FuncInfo[] = [];
  private readonly interfaces: string[] = [];
  /** Names of the `mayX` helpers that return an optional value of a type. */
  private readonly maybe = new Map<Ty, string>();
  private level = 0;
  private loopDepth = 0;
  private labels: string[] = [];
  private inSwitch = 0;
  private budget = 0;
  private recursive?: string;
  private readonly hiddenNames = new Set<string>();

  private readonly everyday?: Everyday;

  constructor(seed: number, options: GenerateOptions = {}) {
    this.rng = new Rng(seed);
    if (options.everyday) this.everyday = this.everydayHook(seed);
  }

  private everydayHook(seed: number): Everyday {
    return new Everyday({
      rng: this.rng,
      seed,
      fresh: (p) => this.fresh(p),
      expr: (t, d) => this.expr(t, d),
      cond: (d) => this.cond(d),
      add: (v) => this.add(v),
      vars: (pred) => this.vars(pred),
      withScope: (fn) => this.withScope(fn),
      inFunction: (fn) => this.inFunction(fn),
      block: (depth, inBody) => this.block(depth, inBody),
      level: () => this.level,
      classNames: () => this.classes.map((c) => c.name),
      interfaces: () => this.interfaces,
    });
  }

  program(): string {
    const r = this.rng;
    const out: string[] = [];
    this.budget = 1000;
    // Module-level state that functions may read and write.
    for (let i = r.range(0, 3); i > 0; i--) out.push(this.declareVar(r.pick([N, N, S, B, NA]), 0, true));
    out.push(...this.maybeHelpers([N, S, ...(r.chance(0.5) ? [NA] : [])]));
    for (let i = r.range(0, 2); i > 0; i--) out.push(...this.enumDecl());
    for (let i = r.range(0, 1); i > 0; i--) out.push(...this.interfaceDecl());
    for (let i = r.range(0, 2); i > 0; i--) out.push(...this.classDecl());
    out.push(...this.maybeHelpers([...this.classes.map((c) => c.name), ...this.interfaces]));
    if (r.chance(0.4)) out.push(...this.recursiveDecl());
    for (let i = r.range(0, 2); i > 0; i--) out.push(...this.functionDecl());
    if (this.everyday) out.push(...this.everyday.declarations());
    this.budget = r.range(8, 22);
    while (this.budget > 0) out.push(...this.stmt(0));
    if (this.everyday) out.push(...this.everyday.epilogue());
    return out.join("\n") + "\n";
  }

  // ---------- names and scopes

  private fresh(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  private vars(pred: (v: Var) => boolean): Var[] {
    const seen = new Set<string>();
    const found: Var[] = [];
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      for (const v of this.scopes[i]) {
        if (seen.has(v.name)) continue;
        seen.add(v.name);
        if (this.hiddenNames.has(v.name)) continue;
        if (pred(v)) found.push(v);
      }
    }
    return found;
  }

  private varOf(type: Ty): Var | undefined {
    const vs = this.vars((v) => v.type === type);
    return vs.length ? this.rng.pick(vs) : undefined;
  }

  private add(v: Omit<Var, "level">): void {
    this.scopes[this.scopes.length - 1].push({ ...v, level: this.level });
  }

  private withScope<T>(fn: () => T): T {
    this.scopes.push([]);
    try {
      return fn();
    } finally {
      this.scopes.pop();
    }
  }

  /**
   * The body of a closure that is stored and called later does not call a function variable that can be
   * reassigned: `v8 = (n) => v8(n + n)`, or two such variables calling each other, recurse without end
   * (g64600447). Constant function variables only call those declared before them.
   */
  private storedClosureBody<T>(fn: () => T): T {
    const added = this.vars((v) => v.mutable && (v.type === FN || v.type === F0)).map((v) => v.name).filter((n) => !this.hiddenNames.has(n));
    for (const n of added) this.hiddenNames.add(n);
    try {
      return fn();
    } finally {
      for (const n of added) this.hiddenNames.delete(n);
    }
  }

  private indent(lines: string[]): string[] {
    return lines.map((l) => "  " + l);
  }

  // ---------- declarations

  private declareVar(type: Ty, depth: number, mutable = this.rng.chance(0.6)): string {
    const name = this.fresh("v");
    const init = this.expr(type, depth);
    this.add({ name, type, mutable });
    return `${mutable ? "let" : "const"} ${name}: ${type} = ${init};`;
  }

  private enumDecl(): string[] {
    const r = this.rng;
    const name = this.fresh("E");
    const numeric = r.chance(0.7);
    const members = ["A", "B", "C", "D"].slice(0, r.range(2, 4));
    let next = r.pick([0, 0, 1, 10]);
    const body = members.map((m) => {
      if (!numeric) return `${m} = "${m.toLowerCase()}${r.int(10)}"`;
      if (r.chance(0.3)) next = r.pick([-1, 5, 100, 7]);
      const text = `${m} = ${next}`;
      next++;
      return text;
    });
    this.enums.push({ name, members, numeric });
    const keyword = numeric && r.chance(0.2) ? "const enum" : "enum";
    const lines = [`${keyword} ${name} {`, ...this.indent(body.map((b) => b + ",")), "}"];
    // A converter from numbers, so that enum-typed variables are not narrowed to one member.
    lines.push(`function to${name}(n: number): ${name} {`);
    members.forEach((m, i) => {
      if (i < members.length - 1) lines.push(`  if (n % ${members.length} === ${i}) return ${name}.${m};`);
    });
    lines.push(`  return ${name}.${members[members.length - 1]};`, "}");
    return lines;
  }

  private interfaceDecl(): string[] {
    const name = this.fresh("R");
    this.interfaces.push(name);
    return [`interface ${name} {`, "  n: number;", "  s: string;", "  o?: number;", "}"];
  }

  private classDecl(): string[] {
    const r = this.rng;
    const base = this.classes.length && r.chance(0.6) ? r.pick(this.classes) : undefined;
    const name = this.fresh("C");
    const info: ClassInfo = { name, base, fields: [], getters: [], staticField: "count", hasToString: false };
    const lines: string[] = [];
    if (!base) {
      info.fields = [{ name: "a", type: N }, { name: "s", type: S }];
      info.getters = [{ name: "p", type: N, settable: true }];
      const paramProps = r.chance(0.4);
      lines.push(`class ${name} {`, `  static count: number = ${r.pick(SMALL_INTS)};`);
      if (!paramProps) lines.push("  a: number;", "  s: string;");
      lines.push(`  ${r.chance(0.5) ? "private " : ""}hidden: number = ${r.pick(NUM_LITERALS)};`);
      if (paramProps) lines.push(`  constructor(public a: number, public s: string) {`);
      else lines.push("  constructor(a: number, s: string) {", "    this.a = a;", "    this.s = s;");
      lines.push(`    ${name}.count += 1;`, "  }");
      lines.push(`  get p(): number {`, `    return this.hidden ${r.pick(["+", "-", "*"])} this.a;`, "  }");
      lines.push(`  set p(v: number) {`, `    this.hidden = ${r.pick(["v", "v * 2", "v - this.a", "Math.trunc(v)"])};`, "  }");
      lines.push(...this.indent(this.method(info, "m1", N, false)));
      lines.push(...this.indent(this.method(info, "label", S, false)));
      lines.push(`  static make(n: number): ${name} {`, `    return new ${name}(n, ${r.pick(STR_LITERALS)});`, "  }");
    } else {
      info.fields = [...base.fields, { name: `x${name}`, type: N }];
      const overridePair = r.chance(0.2);
      info.getters = [...base.getters.filter((g) => !overridePair || g.name !== "p"), { name: `q${name}`, type: N, settable: false }];
      if (overridePair) info.getters.push({ name: "p", type: N, settable: true });
      info.hasToString = base.hasToString;
      lines.push(`class ${name} extends ${base.name} {`, `  x${name}: number;`);
      lines.push(`  constructor(a: number) {`, `    super(a, ${r.pick(STR_LITERALS)});`, `    this.x${name} = a ${r.pick(["+", "*", "-"])} ${r.pick(SMALL_INTS)};`, "  }");
      lines.push(`  get q${name}(): number {`, `    return this.x${name} * 2;`, "  }");
      if (overridePair) {
        // Half of the pairs reach the base class's accessor through `super.p` (the C++ called the override
        // itself again: endless recursion, corpus 767); chosen by the name, not the rng, so that the programs of
        // earlier seeds stay as they were.
        const viaSuper = name.charCodeAt(name.length - 1) % 2 === 0;
        lines.push("  get p(): number {", `    return this.x${name}${viaSuper ? " + super.p" : ""};`, "  }", "  set p(v: number) {");
        if (viaSuper) lines.push("    super.p = v - 1;");
        lines.push(`    this.x${name} = v + 1;`, "  }");
      }
      if (r.chance(0.7)) lines.push(...this.indent(this.method(info, "m1", N, true)));
      if (r.chance(0.5)) lines.push(...this.indent(this.method(info, "label", S, true)));
    }
    if (r.chance(0.1)) {
      info.hasToString = true;
      lines.push("  toString(): string {", `    return "${name}(" + this.a + ")";`, "  }");
    }
    lines.push("}");
    this.classes.push(info);
    return lines;
  }

  /** An instance method `m1(x: number): number` or `label(): string` with `this` members in scope. */
  private method(info: ClassInfo, name: string, ret: Ty, override: boolean): string[] {
    return this.inFunction(() => {
      for (const f of info.fields) this.add({ name: `this.${f.name}`, type: f.type, mutable: true });
      for (const g of info.getters) this.add({ name: `this.${g.name}`, type: g.type, mutable: false });
      const params = ret === N ? "x: number" : "";
      if (ret === N) this.add({ name: "x", type: N, mutable: false });
      const body: string[] = [];
      for (let i = this.rng.range(0, 2); i > 0; i--) body.push(...this.stmt(1, true));
      const superCall = override ? (ret === N ? `super.m1(x) + ` : `"${info.name}/" + super.label() + `) : "";
      body.push(`return ${superCall}${this.expr(ret, 2)};`);
      return [`${name}(${params}): ${ret} {`, ...this.indent(body), "}"];
    });
  }

  private inFunction<T>(fn: () => T): T {
    const saved = { loopDepth: this.loopDepth, labels: this.labels, inSwitch: this.inSwitch };
    this.level++;
    this.loopDepth = 0;
    this.labels = [];
    this.inSwitch = 0;
    try {
      return this.withScope(fn);
    } finally {
      this.level--;
      Object.assign(this, saved);
    }
  }

  private maybeHelpers(types: Ty[]): string[] {
    const lines: string[] = [];
    for (const type of types) {
      const name = this.fresh("may");
      this.maybe.set(type, name);
      const c = this.classes.find((k) => k.name === type);
      const value = type === N ? "k * 2" : type === S ? '"s" + k' : type === NA ? "[k, k + 1]" : c ? this.newInstance(c, "k") : `{ n: k, s: "r" + k }`;
      const limit = this.rng.pick(SMALL_INTS);
      if (this.rng.chance(0.1)) lines.push(`function ${name}(k: number): ${type} | undefined {`, `  return k > ${limit} ? ${value} : undefined;`, "}");
      else lines.push(`function ${name}(k: number): ${type} | undefined {`, `  if (k > ${limit}) return ${value};`, "  return undefined;", "}");
    }
    return lines;
  }

  private newInstance(c: ClassInfo, arg: string): string {
    return c.base ? `new ${c.name}(${arg})` : `new ${c.name}(${arg}, ${this.rng.pick(STR_LITERALS)})`;
  }

  private recursiveDecl(): string[] {
    const name = this.fresh("rec");
    this.recursive = name;
    const r = this.rng;
    const body = r.pick([
      `n <= 1 ? 1 : n * ${name}(n - 1)`,
      `n < 2 ? n : ${name}(n - 1) + ${name}(n - 2)`,
      `n === 0 ? 0 : (n % 10) + ${name}(Math.floor(n / 10))`,
    ]);
    return [`function ${name}(n: number): number {`, `  return ${body};`, "}"];
  }

  private functionDecl(): string[] {
    const r = this.rng;
    const name = this.fresh("f");
    const ret = r.pick([N, N, S, B, ON]);
    const params: Ty[] = [];
    const decls: string[] = [];
    let optional = 0;
    const lines = this.inFunction(() => {
      for (let i = r.range(0, 3); i > 0; i--) {
        const t = r.pick([N, N, S, B, NA]);
        const p = this.fresh("p");
        params.push(t);
        decls.push(`${p}: ${t}`);
        this.add({ name: p, type: t, mutable: false });
      }
      if (r.chance(0.3)) {
        const p = this.fresh("p");
        if (r.chance(0.5)) {
          decls.push(`${p}?: number`);
          this.add({ name: p, type: ON, mutable: false });
        } else {
          decls.push(`${p}: number = ${r.pick(NUM_LITERALS)}`);
          this.add({ name: p, type: N, mutable: false });
        }
        optional = 1;
      }
      const body: string[] = [];
      for (let i = r.range(1, 4); i > 0; i--) body.push(...this.stmt(1, true));
      body.push(`return ${this.expr(ret, 3)};`);
      return [`function ${name}(${decls.join(", ")}): ${ret} {`, ...this.indent(body), "}"];
    });
    this.funcs.push({ name, params, optionalParams: optional, ret });
    return lines;
  }

  // ---------- statements

  private stmt(depth: number, inBody = false): string[] {
    const r = this.rng;
    this.budget--;
    const nested = depth < 3 && this.budget > 0;
    const kind = r.weighted<string>([
      [10, "decl"],
      [12, "log"],
      [8, "assign"],
      [nested ? 5 : 0, "if"],
      [nested ? 5 : 0, "for"],
      [nested ? 2 : 0, "while"],
      [nested ? 2 : 0, "forof"],
      [nested ? 2 : 0, "labelled"],
      [nested ? 3 : 0, "switch"],
      [4, "collection"],
      [this.classes.length ? 4 : 0, "object"],
      [inBody ? 0 : 3, "closure"],
      [this.loopDepth > 0 ? 2 : 0, "jump"],
      [nested ? 1 : 0, "block"],
      [this.everyday?.ready ? 25 : 0, "everyday"],
      [1, "narrow"],
    ]);
    switch (kind) {
      case "decl":
        return [this.declareVar(this.pickVarType(), 2)];
      case "log": {
        const args: string[] = [];
        for (let i = r.range(1, 3); i > 0; i--) args.push(this.printable(2));
        return [`console.log(${args.join(", ")});`];
      }
      case "assign":
        return this.assignment();
      case "if": {
        const lines = [`if (${this.cond(2)}) {`, ...this.indent(this.block(depth + 1, inBody))];
        if (r.chance(0.5)) lines.push("} else {", ...this.indent(this.block(depth + 1, inBody)));
        else if (r.chance(0.3)) lines.push(`} else if (${this.cond(2)}) {`, ...this.indent(this.block(depth + 1, inBody)));
        lines.push("}");
        return lines;
      }
      case "for":
        return this.forLoop(depth, inBody);
      case "while":
        return this.whileLoop(depth, inBody);
      case "forof":
        return this.forOf(depth, inBody);
      case "labelled":
        return this.labelled(depth, inBody);
      case "switch":
        return this.switchStmt(depth, inBody);
      case "collection":
        return this.collectionStmt();
      case "object":
        return this.objectStmt();
      case "closure":
        return this.closureStmt();
      case "jump":
        return this.jump();
      case "block":
        return ["{", ...this.indent(this.block(depth + 1, inBody)), "}"];
      case "everyday":
        return this.everyday!.stmt(depth, inBody);
      default:
        return this.narrowStmt();
    }
  }

  private block(depth: number, inBody: boolean): string[] {
    return this.withScope(() => {
      const lines: string[] = [];
      for (let i = this.rng.range(1, 3); i > 0; i--) lines.push(...this.stmt(depth, inBody));
      return lines;
    });
  }

  private pickVarType(): Ty {
    const r = this.rng;
    const types: [number, Ty][] = [
      [10, N], [6, S], [3, B], [3, NA], [2, SA], [2, MAP], [2, SET], [2, ON], [1, OS], [1, FN],
      [1, "number[] | undefined"],
    ];
    for (const c of this.classes) types.push([2, c.name], [this.maybe.has(c.name) ? 1 : 0, `${c.name} | undefined`]);
    for (const e of this.enums) types.push([1, e.name]);
    for (const i of this.interfaces) types.push([1, i], [1, `${i}[]`], [this.maybe.has(i) ? 1 : 0, `${i} | undefined`]);
    return r.weighted(types);
  }

  private assignment(): string[] {
    const r = this.rng;
    const targets = this.vars((v) => v.mutable && !v.frozen);
    if (!targets.length) return [this.declareVar(N, 2, true)];
    const v = r.pick(targets);
    // Every string/array assignment is cut, so that no loop or repeated call can grow a value exponentially.
    const bounded = (e: string): string => `(${e}).slice(0, ${r.range(8, 40)})`;
    switch (v.type) {
      case N: {
        const op = r.pick(["=", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=", ">>>=", "++", "--", "=", "+="]);
        if (op === "++" || op === "--") return [r.chance(0.5) ? `${v.name}${op};` : `${op}${v.name};`];
        return [`${v.name} ${op} ${this.expr(N, 2)};`];
      }
      case S:
        if (r.chance(0.4)) return [`${v.name} += ${this.expr(S, 1)};`, `${v.name} = ${v.name}.slice(-30);`];
        return [`${v.name} = ${bounded(this.expr(S, 2))};`];
      case NA:
        return [`${v.name} = ${bounded(this.expr(v.type, 2))};`];
      case SA: {
        // The elements too: `a = a.map((x) => x + x)` in nested loops grows them exponentially otherwise
        // (not those of `[]`, a never[] without a slice method: g6000709).
        const e = this.expr(v.type, 2);
        return [`${v.name} = ${bounded(e)}${e === "[]" ? "" : ".map((x) => x.slice(0, 24))"};`];
      }
      case ON:
      case OS:
        if (r.chance(0.4)) return [`${v.name} ??= ${this.expr(v.type === ON ? N : S, 2)};`];
        return [`${v.name} = ${this.expr(v.type, 2)};`];
      case B:
        if (r.chance(0.3)) return [`${v.name} = !${v.name};`];
        return [`${v.name} = ${this.expr(B, 2)};`];
      default:
        return [`${v.name} = ${this.expr(v.type, 2)};`];
    }
  }

  private forLoop(depth: number, inBody: boolean, label?: string): string[] {
    const r = this.rng;
    const i = this.fresh("i");
    const k = r.range(1, 5);
    const head = r.pick([
      `for (let ${i} = 0; ${i} < ${k}; ${i}++)`,
      `for (let ${i} = ${k}; ${i} > 0; ${i}--)`,
      `for (let ${i} = 0; ${i} <= ${k * 2}; ${i} += 2)`,
      `for (let ${i} = -${k}; ${i} < ${k}; ${i} += ${r.pick(["1", "1.5", "0.5"])})`,
    ]);
    return this.loopBody(`${label ? label + ": " : ""}${head} {`, depth, inBody, () => this.add({ name: i, type: N, mutable: false }), label);
  }

  private loopBody(head: string, depth: number, inBody: boolean, bind: () => void, label?: string, prologue: string[] = []): string[] {
    this.loopDepth++;
    if (label) this.labels = [...this.labels, label];
    try {
      return this.withScope(() => {
        bind();
        const body = [...prologue];
        for (let n = this.rng.range(1, 3); n > 0; n--) body.push(...this.stmt(depth + 1, inBody));
        return [head, ...this.indent(body), "}"];
      });
    } finally {
      this.loopDepth--;
      if (label) this.labels = this.labels.slice(0, -1);
    }
  }

  private whileLoop(depth: number, inBody: boolean): string[] {
    const r = this.rng;
    const w = this.fresh("w");
    const k = r.range(1, 5);
    const decl = `let ${w} = 0;`;
    this.add({ name: w, type: N, mutable: false });
    if (r.chance(0.5)) return [decl, ...this.loopBody(`while (${w} < ${k}) {`, depth, inBody, () => {}, undefined, [`${w}++;`])];
    const lines = this.loopBody("do {", depth, inBody, () => {}, undefined, [`${w} += 1;`]);
    lines[lines.length - 1] = `} while (${w} < ${k});`;
    return [decl, ...lines];
  }

  private forOf(depth: number, inBody: boolean): string[] {
    const r = this.rng;
    const x = this.fresh("e");
    const options: [number, () => string[]][] = [];
    const arrays = this.vars((v) => v.type === NA || v.type === SA);
    if (arrays.length) {
      options.push([3, () => {
        const a = r.pick(arrays);
        const wasFrozen = a.frozen;
        a.frozen = true;
        try {
          return this.loopBody(`for (const ${x} of ${a.name}) {`, depth, inBody, () => this.add({ name: x, type: a.type === NA ? N : S, mutable: false }));
        } finally {
          a.frozen = wasFrozen;
        }
      }]);
    }
    options.push([2, () => {
      // A string that reads a variable the body assigns goes through a typed const first: inline, tsc's flow
      // analysis can find the loop variable's type circular (TS7022, g6004366).
      const text = this.expr(S, 1);
      if (/^"[^"]*"$/.test(text)) return this.loopBody(`for (const ${x} of ${text}) {`, depth, inBody, () => this.add({ name: x, type: S, mutable: false }));
      // Cut too: a string joined from an array the body grows made the loop geometric (TIMEOUT g6005791).
      const src = this.fresh("s");
      return [`const ${src}: string = (${text}).slice(0, 40);`, ...this.loopBody(`for (const ${x} of ${src}) {`, depth, inBody, () => this.add({ name: x, type: S, mutable: false }))];
    }]);
    const maps = this.vars((v) => v.type === MAP);
    if (maps.length) {
      options.push([2, () => {
        const m = r.pick(maps);
        const k = this.fresh("k");
        const wasFrozen = m.frozen;
        m.frozen = true;
        try {
          return this.loopBody(`for (const [${k}, ${x}] of ${m.name}) {`, depth, inBody, () => {
            this.add({ name: k, type: S, mutable: false });
            this.add({ name: x, type: N, mutable: false });
          });
        } finally {
          m.frozen = wasFrozen;
        }
      }]);
    }
    const sets = this.vars((v) => v.type === SET);
    if (sets.length) {
      options.push([1, () => {
        const s = r.pick(sets);
        const wasFrozen = s.frozen;
        s.frozen = true;
        try {
          return this.loopBody(`for (const ${x} of ${s.name}) {`, depth, inBody, () => this.add({ name: x, type: N, mutable: false }));
        } finally {
          s.frozen = wasFrozen;
        }
      }]);
    }
    return r.weighted(options)();
  }

  private labelled(depth: number, inBody: boolean): string[] {
    const label = this.fresh("L");
    const outer = this.forLoop(depth, inBody, label);
    // Make sure the label is used by a nested loop that jumps to it.
    const j = this.fresh("j");
    const k = this.rng.range(1, 4);
    this.loopDepth++;
    this.labels = [...this.labels, label];
    const inner = this.withScope(() => {
      this.add({ name: j, type: N, mutable: false });
      const jump = this.rng.pick(["continue", "break"]);
      return [
        `for (let ${j} = 0; ${j} < ${k}; ${j}++) {`,
        `  if (${this.cond(1)}) ${jump} ${label};`,
        ...this.indent(this.stmt(depth + 2, inBody)),
        "}",
      ];
    });
    this.loopDepth--;
    this.labels = this.labels.slice(0, -1);
    return [...outer.slice(0, -1), ...this.indent(inner), "}"];
  }

  private jump(): string[] {
    const r = this.rng;
    if (this.labels.length && r.chance(0.3)) return [`if (${this.cond(1)}) ${r.pick(["break", "continue"])} ${r.pick(this.labels)};`];
    if (this.inSwitch > 0) return [`if (${this.cond(1)}) continue;`];
    return [`if (${this.cond(1)}) ${r.pick(["break", "continue"])};`];
  }

  private switchStmt(depth: number, inBody: boolean): string[] {
    const r = this.rng;
    const enums = this.enums.filter((e) => this.vars((v) => v.type === e.name).length > 0);
    let subject: string;
    let cases: string[];
    const kind = r.weighted([[3, "num"], [2, "str"], [enums.length ? 3 : 0, "enum"]]);
    let hidden: Var | undefined;
    if (kind === "enum") {
      const e = r.pick(enums);
      hidden = r.pick(this.vars((v) => v.type === e.name));
      subject = hidden.name;
      cases = e.members.map((m) => `${e.name}.${m}`);
    } else if (kind === "str") {
      subject = `String(${this.strOperand(1)})`;
      cases = ['"a"', '""', '"abc"', '"b"'].slice(0, r.range(1, 4));
    } else {
      subject = `(${this.expr(N, 2)}) % ${r.range(2, 5)}`;
      cases = ["0", "1", "-1", "2", "3"].slice(0, r.range(1, 5));
    }
    const lines = [`switch (${subject}) {`];
    // Inside a case the subject variable is narrowed to that member: keep it out of the cases' code.
    if (hidden) hidden.frozen = true;
    const wasMutable = hidden?.mutable;
    if (hidden) hidden.mutable = false;
    this.hiddenNames.add(hidden?.name ?? "");
    this.inSwitch++;
    try {
      for (const c of cases) {
        if (r.chance(0.2)) {
          lines.push(`  case ${c}:`);
          continue;
        }
        lines.push(`  case ${c}: {`, ...this.indent(this.indent(this.block(depth + 1, inBody))));
        lines.push(r.chance(0.7) ? "    break;" : "    // falls through", "  }");
      }
      if (r.chance(0.6)) lines.push("  default: {", ...this.indent(this.indent(this.block(depth + 1, inBody))), "  }");
    } finally {
      this.inSwitch--;
      if (hidden) {
        hidden.frozen = false;
        hidden.mutable = wasMutable!;
        this.hiddenNames.delete(hidden.name);
      }
    }
    lines.push("}");
    return lines;
  }

  private mutableCollections(type: Ty): Var[] {
    return this.vars((v) => v.type === type && !v.frozen && v.level === this.level);
  }

  private collectionStmt(): string[] {
    const r = this.rng;
    const options: [number, () => string[]][] = [];
    for (const t of [NA, SA]) {
      const arrays = this.mutableCollections(t);
      if (!arrays.length) continue;
      const el = t === NA ? N : S;
      // A string stored into a string[] is cut too: `a.splice(0, 0, a.join("; "))` in nested loops doubled the
      // elements' length on every iteration until Node ran out of string length (g5005146).
      const item = (d: number): string => (el === S ? boundedItem(this.expr(S, d)) : this.expr(N, d));
      options.push([5, () => {
        const a = r.pick(arrays).name;
        return r.weighted<() => string[]>([
          [4, () => [`${a}.push(${item(2)});`]],
          [1, () => [`${a}.push(${item(1)}, ${item(1)});`]],
          [2, () => [`${a}.pop();`]],
          [1, () => [`${a}.shift();`]],
          [1, () => [`${a}.unshift(${item(1)});`]],
          [1, () => [`${a}.splice(${r.range(0, 3)}, ${r.range(0, 2)});`]],
          [1, () => [`${a}.splice(${r.range(0, 2)}, ${r.range(0, 1)}, ${item(1)});`]],
          [1, () => [`${a}.reverse();`]],
          [1, () => [`${a}.sort();`]],
          [t === SA ? 1 : 0, () => [`${a}.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));`]],
          [1, () => [`${a}.fill(${item(1)});`]],
          // Only shortened: growing a number[]/boolean[] makes holes, which read as 0/false here (docs/language.md).
          [1, () => [`${a}.length = Math.min(${a}.length, ${r.range(0, 3)});`]],
          [3, () => [`if (${a}.length > 0) ${a}[(${this.expr(N, 1)} >>> 0) % ${a}.length] = ${item(2)};`]],
          [1, () => [`${a}[${a}.length] = ${item(1)};`]],
          [1, () => [`${a}.forEach((x, i) => {`, `  console.log(i, ${t === NA ? "x" : "x.length"});`, "});"]],
        ])();
      }]);
    }
    const maps = this.mutableCollections(MAP);
    if (maps.length) {
      options.push([3, () => {
        const m = r.pick(maps).name;
        return r.weighted<() => string[]>([
          [4, () => [`${m}.set(${this.mapKey()}, ${this.expr(N, 2)});`]],
          [1, () => [`${m}.delete(${this.mapKey()});`]],
          [1, () => [`${m}.set(${this.mapKey()}, (${m}.get(${this.mapKey()}) ?? 0) + 1);`]],
          [1, () => [`${m}.forEach((v, k) => {`, "  console.log(k, v);", "});"]],
          [r.chance(0.1) ? 1 : 0, () => [`${m}.clear();`]],
        ])();
      }]);
    }
    const sets = this.mutableCollections(SET);
    if (sets.length) {
      options.push([2, () => {
        const s = r.pick(sets).name;
        return r.chance(0.7) ? [`${s}.add(${this.expr(N, 1)});`] : [`${s}.delete(${this.expr(N, 1)});`];
      }]);
    }
    if (!options.length) return [this.declareVar(r.pick([NA, SA, MAP, SET]), 2, true)];
    return r.weighted(options)();
  }

  private objectStmt(): string[] {
    const r = this.rng;
    const objects = this.vars((v) => this.classes.some((c) => c.name === v.type));
    if (!objects.length) return [this.declareVar(r.pick(this.classes).name, 2)];
    const o = r.pick(objects);
    const c = this.classes.find((k) => k.name === o.type)!;
    const settable = c.getters.filter((g) => g.settable);
    return r.weighted<() => string[]>([
      [3, () => {
        const f = r.pick(c.fields);
        const target = `${o.name}.${f.name}`;
        if (f.type === N) return [`${target} ${r.pick(["=", "+=", "*=", "|="])} ${this.expr(N, 1)};`];
        return [`${target} += ${this.expr(S, 1)};`, `${target} = ${target}.slice(0, 30);`];
      }],
      [settable.length ? 2 : 0, () => [`${o.name}.${r.pick(settable).name} = ${this.expr(N, 1)};`]],
      [settable.length ? 1 : 0, () => [`${o.name}.${r.pick(settable).name}${r.pick(["++", "--", " += 2"])};`]],
      [2, () => [`console.log(${o.name}.m1(${this.expr(N, 1)}), ${o.name}.label());`]],
      [1, () => [`${this.rootClass(c).name}.count++;`]],
    ])();
  }

  private rootClass(c: ClassInfo): ClassInfo {
    return c.base ? this.rootClass(c.base) : c;
  }

  private closureStmt(): string[] {
    const r = this.rng;
    return r.weighted<() => string[]>([
      [3, () => [this.declareVar(FN, 2, false)]],
      [2, () => {
        const c = this.fresh("c");
        const f = this.fresh("g");
        const step = this.storedClosureBody(() => this.expr(N, 1));
        this.add({ name: c, type: N, mutable: true });
        const line = [`let ${c} = ${r.pick(SMALL_INTS)};`, `const ${f} = (): number => {`, `  ${c} += ${step};`, `  return ${c};`, "};"];
        this.add({ name: f, type: F0, mutable: false });
        return line;
      }],
      [2, () => {
        const fs = this.fresh("fs");
        const i = this.fresh("i");
        const k = r.range(1, 4);
        const body = this.withScope(() => {
          this.add({ name: i, type: N, mutable: false });
          return this.expr(N, 1);
        });
        return [
          `const ${fs}: (() => number)[] = [];`,
          `for (let ${i} = 0; ${i} < ${k}; ${i}++) {`,
          `  ${fs}.push(() => ${body});`,
          "}",
          `console.log(${fs}.map((h) => h()).join(${r.pick(['","', '" "', '""'])}));`,
        ];
      }],
      [1, () => {
        const add = this.fresh("cur");
        return [`const ${add} = (k: number) => (n: number): number => n ${r.pick(["+", "*", "-"])} k;`, `console.log(${add}(${this.expr(N, 1)})(${this.expr(N, 1)}));`];
      }],
    ])();
  }

  private narrowStmt(): string[] {
    const r = this.rng;
    const opts = this.vars((v) => v.type === ON || v.type === OS || v.type.endsWith("| undefined"));
    if (!opts.length) return [`console.log(${this.printable(1)});`];
    const o = r.pick(opts);
    // The bodies do not rely on the narrowing: in code TypeScript sees as unreachable (`if (false)`) it does
    // not narrow, and the program would not type-check.
    // Number(...)/String(...) keep a method call valid where an enclosing condition narrowed the variable to
    // never (g52402: `(p ?? 0).toFixed(1)` in the else branch of `c || (p ?? -2.5)`).
    if (o.type === ON) return [`if (${o.name} !== undefined) {`, `  console.log((${o.name} ?? 0) + 1, Number(${o.name} ?? 0).toFixed(${r.range(0, 3)}));`, "}"];
    if (o.type === OS) return [`if (${o.name} !== undefined) {`, `  console.log((${o.name} ?? "").length, String(${o.name} ?? "").toUpperCase());`, "}"];
    if (o.type === "number[] | undefined") return [`console.log(String(${o.name}?.length), ${o.name}?.join("|") ?? "none");`];
    if (this.interfaces.some((i) => `${i} | undefined` === o.type)) return [`if (${o.name} !== undefined) {`, `  console.log(${o.name}?.n, ${o.name}?.s);`, "}"];
    return [`if (${o.name} ${r.pick(["!== undefined", "!= null"])}) {`, `  console.log(${o.name}?.a ?? 0, ${o.name}?.label() ?? "");`, "} else {", '  console.log("none");', "}"];
  }

  // ---------- expressions

  private printable(d: number): string {
    const r = this.rng;
    const t = r.weighted<Ty>([[8, N], [6, S], [3, B], [1, ON], [1, OS], [2, "cond"]]);
    if (t === "cond") return `${this.cond(d)} ? ${this.expr(S, 0)} : ${this.expr(S, 0)}`;
    if (t === ON && r.chance(0.5)) return `String(${this.expr(ON, d)})`;
    return this.expr(t, d);
  }

  /** A condition: a boolean, or any value used for its truthiness (the `||` with a number case). */
  private cond(d: number): string {
    const r = this.rng;
    return r.weighted<() => string>([
      // No literal operands: TypeScript rejects conditions that are always truthy or falsy.
      [6, () => this.expr(B, d)],
      [1, () => this.numOperand(d - 1)],
      [1, () => this.strOperand(d - 1)],
      [2, () => `${this.expr(B, d - 1)} ${r.pick(["||", "&&"])} ${r.chance(0.5) ? this.numOperand(d - 1) : this.strOperand(d - 1)}`],
      [1, () => `!(${this.numOperand(d - 1)} ${r.pick(["||", "&&"])} ${this.expr(B, d - 1)})`],
      [1, () => `!${r.chance(0.5) ? this.numOperand(0) : this.strOperand(0)}`],
      [1, () => this.expr(r.pick([ON, OS]), d - 1)],
    ])();
  }

  expr(t: Ty, d: number): string {
    switch (t) {
      case N:
        return this.num(d);
      case S:
        return this.str(d);
      case B:
        return this.bool(d);
      case NA:
      case SA:
        return this.array(t, d);
      case ON:
        return this.optNum(d);
      case OS:
        return this.optStr(d);
      case MAP:
        return this.rng.chance(0.6) ? `new Map<string, number>()` : `new Map<string, number>([[${this.mapKey()}, ${this.num(1)}], [${this.mapKey()}, ${this.num(1)}]])`;
      case SET:
        return this.rng.chance(0.5) ? `new Set<number>()` : `new Set<number>([${this.num(0)}, ${this.num(0)}, ${this.num(0)}])`;
      case FN:
        return this.withScope(() => {
          this.add({ name: "n", type: N, mutable: false });
          return `(n: number): number => ${this.storedClosureBody(() => this.num(d))}`;
        });
      case "number[] | undefined":
        return this.maybe.has(NA) ? `${this.maybe.get(NA)}(${this.num(1)})` : this.array(NA, d);
    }
    const cls = this.classes.find((c) => c.name === t);
    if (cls) return this.classValue(cls, d);
    const en = this.enums.find((e) => e.name === t);
    if (en) return `to${en.name}(${this.num(d - 1)})`;
    if (this.interfaces.includes(t)) return this.record(t, d);
    if (t.endsWith("[]") && this.interfaces.includes(t.slice(0, -2))) return `[${this.record(t.slice(0, -2), d - 1)}, ${this.record(t.slice(0, -2), d - 1)}]`;
    const everyday = this.everyday?.expr(t, d);
    if (everyday !== undefined) return everyday;
    if (t.endsWith(" | undefined")) {
      const inner = t.slice(0, -" | undefined".length);
      return `${this.maybe.get(inner)}(${this.num(1)})`;
    }
    throw new Error(`generator: no expression for type ${t}`);
  }

  private record(t: Ty, d: number): string {
    const o = this.rng.chance(0.5) ? `, o: ${this.num(d - 1)}` : "";
    return `{ n: ${this.num(d - 1)}, s: ${this.str(d - 1)}${o} }`;
  }

  private classValue(c: ClassInfo, d: number): string {
    const r = this.rng;
    const subs = this.classes.filter((k) => this.isSubclass(k, c));
    const k = r.pick(subs);
    if (r.chance(0.3)) {
      const v = this.varOf(c.name);
      if (v) return v.name;
    }
    if (!k.base && r.chance(0.3)) return `${k.name}.make(${this.num(d - 1)})`;
    return k.base ? `new ${k.name}(${this.num(d - 1)})` : `new ${k.name}(${this.num(d - 1)}, ${this.str(d - 1)})`;
  }

  private isSubclass(k: ClassInfo, c: ClassInfo): boolean {
    return k === c || (k.base !== undefined && this.isSubclass(k.base, c));
  }

  private mapKey(): string {
    return this.rng.chance(0.8) ? this.rng.pick(MAP_KEYS) : this.str(1);
  }

  /** A leaf of a type: a variable or a literal. */
  private atom(t: Ty): string {
    const r = this.rng;
    const v = r.chance(0.6) ? this.varOf(t) : undefined;
    if (v) return v.name;
    if (t === N) return r.pick(NUM_LITERALS);
    if (t === S) return r.pick(STR_LITERALS);
    if (t === B) return r.pick(["true", "false"]);
    return this.expr(t, 0);
  }

  /** A number operand that is not a literal (TypeScript rejects comparing two literals). */
  private numOperand(d: number): string {
    const e = this.num(d);
    if (/^E\d+\./.test(e) || (e.startsWith("(") && e.includes(" ? "))) return `Number(${e})`;
    if (/^-?[\d.]/.test(e) || e === "NaN" || e === "Infinity" || e === "-Infinity") {
      const v = this.varOf(N);
      return v ? v.name : `Number(${JSON.stringify(e)})`;
    }
    return e;
  }

  private strOperand(d: number): string {
    const e = this.str(d);
    if (/^E\d+\./.test(e) || e.startsWith("(")) return `String(${e})`;
    if (e.startsWith('"') || e.startsWith("`")) {
      const v = this.varOf(S);
      return v ? v.name : `String(${e})`;
    }
    return e;
  }

  private num(d: number): string {
    const r = this.rng;
    if (d <= 0 || r.chance(0.25)) return this.atom(N);
    const n = (): string => this.num(d - 1);
    const s = (): string => this.str(d - 1);
    const arrays = this.vars((v) => v.type === NA);
    const strArrays = this.vars((v) => v.type === SA);
    const objects = this.vars((v) => this.classes.some((c) => c.name === v.type));
    const numFuncs = this.funcs.filter((f) => f.ret === N);
    const fnVars = this.vars((v) => v.type === FN || v.type === F0);
    const maps = this.vars((v) => v.type === MAP);
    const sets = this.vars((v) => v.type === SET);
    const numEnums = this.enums.filter((e) => e.numeric);
    const optObjects = this.vars((v) => v.type.endsWith(" | undefined") && this.classes.some((c) => `${c.name} | undefined` === v.type));
    const records = this.vars((v) => this.interfaces.includes(v.type));
    return r.weighted<() => string>([
      [10, () => `(${n()} ${r.pick(["+", "-", "*", "/", "%", "+", "-", "*"])} ${n()})`],
      [6, () => bitwise(n(), r.pick(["&", "|", "^", "<<", ">>", ">>>"]), n())],
      [3, () => `${r.pick(["-", "~", "+", "-"])}(${n()})`],
      // Only powers whose exact result is a double: libm's pow and V8's may differ in the last bit otherwise.
      [1, () => `(${r.pick(["2", "(-2)", "0.5", "3", "(-1)", "0", "1.5", "10"])} ** ${r.pick(["0", "1", "2", "3", "10", "-1", "-2"])})`],
      [4, () => `Math.${r.pick(["floor", "ceil", "round", "trunc", "abs", "sign", "sqrt", "fround"])}(${n()})`],
      [2, () => `Math.${r.pick(["min", "max"])}(${n()}, ${n()}${r.chance(0.3) ? ", " + n() : ""})`],
      [0.3, () => (r.chance(0.5) ? `Math.imul(${n()}, ${n()})` : `Math.clz32(${n()})`)],
      [3, () => `${this.atom(S)}.length`],
      [3, () => `${s()}.charCodeAt(${r.pick(SMALL_INTS)})`],
      [2, () => `${s()}.${r.pick(["indexOf", "lastIndexOf"])}(${s()})`],
      [2, () => `${r.pick(["parseInt", "parseFloat", "Number"])}(${s()})`],
      [1, () => `parseInt(${s()}, ${r.pick(["16", "2", "36", "10", "8"])})`],
      [arrays.length ? 4 : 0, () => this.arrayNum(r.pick(arrays).name, d)],
      [strArrays.length ? 1 : 0, () => `${r.pick(strArrays).name}.length`],
      [maps.length ? 2 : 0, () => { const m = r.pick(maps).name; return r.chance(0.3) ? `${m}.size` : `(${m}.get(${this.mapKey()}) ?? ${n()})`; }],
      [sets.length ? 1 : 0, () => `${r.pick(sets).name}.size`],
      [3, () => `(${this.cond(d - 1)} ? ${n()} : ${n()})`],
      [2, () => `(${this.optNum(d - 1)} ?? ${n()})`],
      [numEnums.length ? 2 : 0, () => { const e = r.pick(numEnums); return `${e.name}.${r.pick(e.members)}`; }],
      [objects.length ? 4 : 0, () => this.memberNum(r.pick(objects), d)],
      [optObjects.length ? 2 : 0, () => { const o = r.pick(optObjects).name; return `(${o}?.${r.pick(["a", "p", "m1(" + n() + ")", "label().length", "s.length"])} ?? ${n()})`; }],
      [this.classes.length ? 1 : 0, () => `${this.rootClass(r.pick(this.classes)).name}.count`],
      [numFuncs.length ? 3 : 0, () => this.call(r.pick(numFuncs), d)],
      [fnVars.length ? 2 : 0, () => { const f = r.pick(fnVars); return f.type === F0 ? `${f.name}()` : `${f.name}(${n()})`; }],
      [this.recursive ? 1 : 0, () => `${this.recursive}((${n()} >>> 0) % ${r.range(5, 12)})`],
      [1, () => `${s()}.split(${r.pick(['","', '""', '"-"', '"a"'])}).length`],
      [records.length ? 1 : 0, () => { const rec = r.pick(records).name; return r.chance(0.5) ? `${rec}.n` : `(${rec}.o ?? ${n()})`; }],
      [0.3, () => `new Array<number>(${r.range(0, 4)}).fill(${n()}).length`],
    ])();
  }

  private arrayNum(a: string, d: number): string {
    const r = this.rng;
    const n = (): string => this.num(d - 1);
    return r.weighted<() => string>([
      [3, () => `${a}.length`],
      [4, () => `(${a}.length > 0 ? ${a}[(${n()} >>> 0) % ${a}.length] : ${n()})`],
      // Possibly past the end: observed with ??, or undefined inside arithmetic (NaN). Not handed straight to an
      // operation that returns a NaN unchanged (Math.floor, unary +), which prints ours as undefined
      // (docs/language.md).
      [0.1, () => `(${a}[${r.range(0, 6)}] ?? ${n()})`],
      [0.2, () => `(${a}[${r.range(0, 6)}] ${r.pick(["+", "-", "*", "/"])} ${n()})`],
      [2, () => `${a}.${r.pick(["indexOf", "lastIndexOf"])}(${n()})`],
      [2, () => `${a}.reduce((acc, x) => ${r.pick(["acc + x", "acc * 2 + x", "Math.max(acc, x)", "acc - x"])}, ${n()})`],
      [1, () => `${a}.findIndex((x) => x ${r.pick([">", "<", "==="])} ${n().replace(/^NaN$/, "(0 / 0)")})`],
      [1, () => `(${a}.find((x) => x ${r.pick([">", "<"])} ${n()}) ?? ${n()})`],
    ])();
  }

  private memberNum(o: Var, d: number): string {
    const r = this.rng;
    const c = this.classes.find((k) => k.name === o.type)!;
    const numMembers = [...c.fields.filter((f) => f.type === N).map((f) => f.name), ...c.getters.map((g) => g.name)];
    return r.weighted<() => string>([
      [3, () => `${o.name}.${r.pick(numMembers)}`],
      [2, () => `${o.name}.m1(${this.num(d - 1)})`],
      [1, () => `${o.name}.label().length`],
      [1, () => `${o.name}.s.length`],
    ])();
  }

  private call(f: FuncInfo, d: number): string {
    const args = f.params.map((t) => this.expr(t, d - 1));
    if (f.optionalParams && this.rng.chance(0.5)) args.push(this.num(d - 1));
    return `${f.name}(${args.join(", ")})`;
  }

  private str(d: number): string {
    const r = this.rng;
    if (d <= 0 || r.chance(0.25)) return this.atom(S);
    const n = (): string => this.num(d - 1);
    const s = (): string => this.str(d - 1);
    const arrays = this.vars((v) => v.type === NA || v.type === SA);
    const objects = this.vars((v) => this.classes.some((c) => c.name === v.type));
    const strFuncs = this.funcs.filter((f) => f.ret === S);
    const strEnums = this.enums.filter((e) => !e.numeric);
    const optObjects = this.vars((v) => this.classes.some((c) => `${c.name} | undefined` === v.type));
    const records = this.vars((v) => this.interfaces.includes(v.type));
    return r.weighted<() => string>([
      [5, () => `(${s()} + ${r.chance(0.7) ? s() : n()})`],
      [3, () => `\`${r.pick(["", "v=", "<"])}\${${n()}}${r.pick(["", "|", ">"])}\${${r.chance(0.5) ? s() : this.cond(d - 1)}}\``],
      [4, () => `String(${r.chance(0.8) ? n() : this.expr(B, d - 1)})`],
      [2, () => `(${this.atom(N)}).toString(${r.chance(0.5) ? r.pick(["2", "16", "36", "8", "3"]) : ""})`],
      [3, () => `(${this.atom(N)}).toFixed(${r.range(0, 6)})`],
      [3, () => `${s()}.${r.pick(["slice", "substring"])}(${r.pick(["0", "1", "-2", "2", "-1"])}${r.chance(0.5) ? ", " + r.pick(["3", "-1", "0", "5"]) : ""})`],
      [2, () => `${s()}.charAt(${r.pick(SMALL_INTS)})`],
      [3, () => `${s()}.${r.pick(["toUpperCase", "toLowerCase", "trim", "trimStart", "trimEnd"])}()`],
      [1, () => `${s()}.repeat(${r.range(0, 3)})`],
      [2, () => `${s()}.${r.pick(["padStart", "padEnd"])}(${r.range(0, 8)}${r.chance(0.6) ? ", " + r.pick(['"*"', '"ab"', '"0"', '" "']) : ""})`],
      [2, () => `${s()}.${r.pick(["replace", "replaceAll"])}(${r.pick(['"a"', '"b"', '","', '"l"', '"-"'])}, ${r.pick(['"X"', '""', '"$&$&"', '"--"'])})`],
      [1, () => `${s()}.concat(${s()}${r.chance(0.3) ? ", " + s() : ""})`],
      [1, () => `(${s()}.at(${r.pick(["0", "-1", "3"])}) ?? ${s()})`],
      [2, () => `${s()}.split(${r.pick(['","', '""', '"-"', '"a"'])}).join(${r.pick(['"+"', '""', '", "'])})`],
      [arrays.length ? 3 : 0, () => `${r.pick(arrays).name}.join(${r.pick(['","', '""', '" "', '"; "', ""])})`],
      [arrays.length ? 1 : 0, () => `String(${r.pick(arrays).name})`],
      [1, () => `String.fromCharCode(${r.pick(["65", "97", "48", "0x263a", "233"])}${r.chance(0.5) ? ", " + r.pick(["66", "10"]) : ""})`],
      [3, () => `(${this.cond(d - 1)} ? ${s()} : ${s()})`],
      [objects.length ? 3 : 0, () => { const o = r.pick(objects).name; return r.chance(0.6) ? `${o}.label()` : `${o}.s`; }],
      [optObjects.length ? 1 : 0, () => `(${r.pick(optObjects).name}?.label() ?? ${s()})`],
      [objects.length ? 0.3 : 0, () => { const o = r.pick(objects).name; return r.pick([`String(${o})`, `("at " + ${o})`, `\`\${${o}}\``]); }],
      [strFuncs.length ? 2 : 0, () => this.call(r.pick(strFuncs), d)],
      [strEnums.length ? 2 : 0, () => { const e = r.pick(strEnums); return `${e.name}.${r.pick(e.members)}`; }],
      [1, () => `(${this.optStr(d - 1)} ?? ${s()})`],
      [1, () => `${this.expr(NA, d - 1)}.map((x) => x ${r.pick(["*", "+", "-"])} ${n()}).join(${r.pick(['","', '"/"'])})`],
      [records.length ? 1 : 0, () => `${r.pick(records).name}.s`],
    ])();
  }

  private bool(d: number): string {
    const r = this.rng;
    if (d <= 0 || r.chance(0.15)) return this.atom(B);
    const b = (): string => this.bool(d - 1);
    const s = (): string => this.str(d - 1);
    const n = (): string => this.num(d - 1);
    const sets = this.vars((v) => v.type === SET);
    const maps = this.vars((v) => v.type === MAP);
    const arrays = this.vars((v) => v.type === NA);
    const objects = this.vars((v) => this.classes.some((c) => c.name === v.type));
    const boolFuncs = this.funcs.filter((f) => f.ret === B);
    return r.weighted<() => string>([
      [8, () => this.comparison(this.numOperand(d - 1), r.pick(["<", "<=", ">", ">=", "===", "!==", "==", "!="]), n().replace(/^NaN$/, "(0 / 0)"), "Number")],
      [3, () => this.comparison(this.strOperand(d - 1), r.pick(["<", ">", "===", "!==", ">="]), s(), "String")],
      [4, () => `(${b()} ${r.pick(["&&", "||"])} ${b()})`],
      [2, () => `!${b()}`],
      [3, () => `${s()}.${r.pick(["includes", "startsWith", "endsWith"])}(${s()})`],
      [2, () => `${r.pick(["isNaN", "isFinite", "Number.isInteger", "Number.isFinite", "Number.isNaN", "Number.isSafeInteger"])}(${n()})`],
      [sets.length ? 2 : 0, () => `${r.pick(sets).name}.has(${n()})`],
      [maps.length ? 2 : 0, () => `${r.pick(maps).name}.has(${this.mapKey()})`],
      [arrays.length ? 2 : 0, () => { const a = r.pick(arrays).name; return r.pick([`${a}.includes(${n()})`, `${a}.some((x) => x > ${n()})`, `${a}.every((x) => x !== ${n().replace(/^NaN$/, "(0 / 0)")})`]); }],
      [1, () => `(${this.optNum(d - 1)} === undefined)`],
      // The left operand is never a variable: `!(o instanceof C)` would narrow `o` to never.
      [this.classes.some((c) => this.maybe.has(c.name)) ? 1 : 0, () => {
        const c = r.pick(this.classes.filter((k) => this.maybe.has(k.name)));
        return `(${r.chance(0.5) ? `${this.maybe.get(c.name)}(${n()})` : this.newInstance(r.pick(this.classes.filter((k) => this.isSubclass(k, c))), n())} instanceof ${r.pick(this.classes).name})`;
      }],
      [boolFuncs.length ? 2 : 0, () => this.call(r.pick(boolFuncs), d)],
      [1, () => `(${this.cond(d - 1)} ? ${b()} : ${b()})`],
    ])();
  }

  /** `left op right`, with the left side wrapped when an equality with a literal would narrow a variable. */
  private comparison(left: string, op: string, right: string, wrap: string): string {
    const literal = /^(-?[\d.]|"|`|\(0 \/ 0\)|E\d+\.|-?Infinity)/.test(right) || (right.startsWith("(") && right.includes(" ? "));
    if (op.includes("=") && op !== "<=" && op !== ">=" && literal && /^[\w.]+$/.test(left)) left = `${wrap}(${left})`;
    return `(${left} ${op} ${right})`;
  }

  private optNum(d: number): string {
    const r = this.rng;
    const opt = this.vars((v) => v.type === ON);
    const arrays = this.vars((v) => v.type === NA);
    const maps = this.vars((v) => v.type === MAP);
    const optArrays = this.vars((v) => v.type === "number[] | undefined");
    const optObjects = this.vars((v) => this.classes.some((c) => `${c.name} | undefined` === v.type));
    const optFuncs = this.funcs.filter((f) => f.ret === ON);
    return r.weighted<() => string>([
      [opt.length ? 4 : 0, () => r.pick(opt).name],
      [2, () => `${this.maybe.get(N)}(${this.num(d - 1)})`],
      [maps.length ? 2 : 0, () => `${r.pick(maps).name}.get(${this.mapKey()})`],
      [arrays.length ? 2 : 0, () => { const a = r.pick(arrays).name; return r.pick([`${a}.find((x) => x > ${this.num(d - 1)})`, `${a}.pop()`]); }],
      [optArrays.length ? 2 : 0, () => { const a = r.pick(optArrays).name; return r.pick([`${a}?.[0]`, `${a}?.length`, `${a}?.indexOf(${this.num(0)})`]); }],
      [optObjects.length ? 3 : 0, () => { const o = r.pick(optObjects).name; return r.pick([`${o}?.a`, `${o}?.p`, `${o}?.label().length`, `${o}?.s.length`, `${o}?.m1(${this.num(d - 1)})`]); }],
      [this.classes.some((c) => this.maybe.has(c.name)) ? 1 : 0, () => { const c = r.pick(this.classes.filter((k) => this.maybe.has(k.name))); return `${this.maybe.get(c.name)}(${this.num(d - 1)})?.${r.pick(["a", "s.length", "p"])}`; }],
      [optFuncs.length ? 2 : 0, () => this.call(r.pick(optFuncs), d)],
      [1, () => `${this.maybe.get(S)}(${this.num(d - 1)})?.length`],
    ])();
  }

  private optStr(d: number): string {
    const r = this.rng;
    const opt = this.vars((v) => v.type === OS);
    const arrays = this.vars((v) => v.type === SA);
    const optObjects = this.vars((v) => this.classes.some((c) => `${c.name} | undefined` === v.type));
    return r.weighted<() => string>([
      [opt.length ? 3 : 0, () => r.pick(opt).name],
      [2, () => `${this.maybe.get(S)}(${this.num(d - 1)})`],
      [1, () => `${this.str(d - 1)}.at(${r.pick(["0", "-1", "7"])})`],
      [arrays.length ? 2 : 0, () => { const a = r.pick(arrays).name; return r.pick([`${a}.find((x) => x.length > ${r.range(0, 3)})`, `${a}.pop()`]); }],
      [optObjects.length ? 2 : 0, () => { const o = r.pick(optObjects).name; return r.pick([`${o}?.s`, `${o}?.label()`, `${o}?.s.toUpperCase()`]); }],
    ])();
  }

  private array(t: Ty, d: number): string {
    const r = this.rng;
    const el = t === NA ? N : S;
    const same = this.vars((v) => v.type === t);
    const lit = (min = 0): string => {
      const items: string[] = [];
      for (let i = r.range(min, 4); i > 0; i--) items.push(this.expr(el, Math.min(d - 1, 1)));
      // `[E5.A]` alone is an `E5[]`, whose concat() rejects a `string[]` (g5002485): keep the literal a string[].
      if (items.length && items.every((x) => /^E\d+\.[A-Z]+$/.test(x))) items[0] = `${el === S ? "String" : "Number"}(${items[0]})`;
      return `[${items.join(", ")}]`;
    };
    if (d <= 0) return lit();
    const src = (): string => (same.length && r.chance(0.7) ? r.pick(same).name : lit(1));
    if (t === SA) {
      return r.weighted<() => string>([
        [3, lit],
        [2, () => `${this.str(d - 1)}.split(${r.pick(['","', '""', '"-"', '" "'])})`],
        [2, () => `${src()}.map((x) => ${r.pick(["x.toUpperCase()", "x + x", "x.slice(1)", "x.padStart(3, \"_\")"])})`],
        [1, () => `${src()}.filter((x) => x.length ${r.pick([">", "<", "==="])} ${r.range(0, 3)})`],
        [1, () => `${src()}.slice(${r.pick(["0", "1", "-2"])})`],
        [1, () => `${src()}.concat(${lit()})`],
        [1, () => `${this.array(NA, d - 1)}.map((x) => String(x))`],
      ])();
    }
    return r.weighted<() => string>([
      [3, lit],
      [2, () => `${src()}.map((x) => ${this.withScope(() => { this.add({ name: "x", type: N, mutable: false }); return this.num(1); })})`],
      [2, () => `${src()}.filter((x) => x ${r.pick([">", "<", "!==", ">="])} ${this.num(0).replace(/^NaN$/, "(0 / 0)")})`],
      [1, () => `${src()}.slice(${r.pick(["0", "1", "-2"])}${r.chance(0.4) ? ", " + r.pick(["2", "-1"]) : ""})`],
      [1, () => `${src()}.concat(${lit()})`],
      [1, () => `${this.str(d - 1)}.split("").map((c) => c.charCodeAt(0))`],
      [1, () => `[${r.pick(SMALL_INTS)}, ${this.num(d - 1)}].sort()`],
    ])();
  }
}

/**
 * `a op b` for a bitwise operator. TypeScript's parser rejects `x << (new Array<number>(3).length)` (it reads
 * `<(new …` as the start of type arguments; g64100109): such a right operand gets a second pair of parentheses.
 */
function bitwise(left: string, op: string, right: string): string {
  return op === "<<" && right.startsWith("(new ") ? `(${left} << (${right}))` : `(${left} ${op} ${right})`;
}
