// Integer clones of pure recursive `number` functions (issue 12). A top-level function whose parameters and
// return are `number` and whose body only computes with its parameters and locals (+ - * % bitwise
// comparisons, conditionals, calls of such functions: no globals, objects, strings, loops or throws) and
// that is recursive (`fib`) gets a copy on int32_t, `fib_i32c`, plus an entry `fib_i32e` with the
// function's own signature that the rest of the program calls instead of `fib`. The entry runs the copy when
// every argument is an int32 (not -0). The copy's arithmetic is int32 wherever the operands' ranges (from
// the conditions that guard it: `n - 1` where `n >= 2`) prove the result is one, and checked elsewhere: an
// operation whose JavaScript result is not an int32 (a sum past 2^31, a -0 product, a remainder by zero)
// abandons the copy (ts::intCloneOverflow, a jump back to the entry), and the entry computes the call again
// with the function as numrep.ts lowered it (ts::Num or double). The copy has no side effects, so computing
// again is invisible: results are Node's in every case (runtime/core/ts_int_clone.h).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import type { CppWriter } from "../emit.js";
import { functionPrototype } from "./declarations.js";
import { functionHead } from "../ir/print-decls.js";
import { printType } from "../ir/types.js";
import { recursiveEntryCheck, recursiveLeafGuard, CALL_YIELD, CLOCK_YIELD } from "./yields.js";
import { annotatedCpp, cppIdentifier } from "./types.js";

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const RING = 3;

type Range = readonly [number, number];
const FULL: Range = [INT_MIN, INT_MAX];
const fits = (r: Range) => r[0] >= INT_MIN && r[1] <= INT_MAX;
const clamp = (r: Range): Range => [Math.max(INT_MIN, r[0]), Math.min(INT_MAX, r[1])];

interface Plan {
  /** Functions with an int32 copy. */
  cloned: Set<ts.FunctionDeclaration>;
  /** The recursive ones among them: the program calls their entry. */
  entries: Set<ts.FunctionDeclaration>;
}
const plans = new WeakMap<LowerContext, Plan>();

function isPlainNumberType(t: ts.Type): boolean {
  return !t.isUnion() && !!(t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) && !(t.flags & ts.TypeFlags.EnumLike) && !t.aliasSymbol;
}

/** The plan, computed once per program on first use. */
function planOf(ctx: LowerContext): Plan {
  let plan = plans.get(ctx);
  if (plan) return plan;
  const candidates = new Map<ts.Symbol, ts.FunctionDeclaration>();
  for (const sf of ctx.program.getSourceFiles()) {
    if (sf.isDeclarationFile || ctx.isRuntimeFile(sf.fileName)) continue;
    for (const s of sf.statements) {
      if (!ts.isFunctionDeclaration(s) || !signatureOk(ctx, s)) continue;
      const symbol = ctx.symbolOf(s.name!);
      if (symbol && symbol.declarations?.length === 1) candidates.set(symbol, s);
    }
  }
  // Drop the functions whose body does not fit (or that call one that does not), until nothing changes.
  const callees = new Map<ts.FunctionDeclaration, Set<ts.FunctionDeclaration>>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [symbol, fn] of candidates) {
      const called = new Set<ts.FunctionDeclaration>();
      const lowerer = new CloneLowerer(ctx, fn, candidates, called, () => "", "");
      if (!lowerer.body()) {
        candidates.delete(symbol);
        changed = true;
      } else callees.set(fn, called);
    }
  }
  const fns = new Set(candidates.values());
  const reaches = (from: ts.FunctionDeclaration, to: ts.FunctionDeclaration): boolean => {
    const seen = new Set<ts.FunctionDeclaration>();
    const stack = [...(callees.get(from) ?? [])];
    while (stack.length) {
      const f = stack.pop()!;
      if (f === to) return true;
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(callees.get(f) ?? []));
    }
    return false;
  };
  const entries = new Set([...fns].filter((f) => reaches(f, f)));
  const cloned = new Set<ts.FunctionDeclaration>();
  const add = (f: ts.FunctionDeclaration): void => {
    if (cloned.has(f)) return;
    cloned.add(f);
    for (const g of callees.get(f) ?? []) add(g);
  };
  for (const f of entries) add(f);
  plan = { cloned, entries };
  plans.set(ctx, plan);
  return plan;
}

function signatureOk(ctx: LowerContext, fn: ts.FunctionDeclaration): boolean {
  if (!fn.name || !fn.body || fn.typeParameters?.length || fn.asteriskToken || !fn.parameters.length) return false;
  if (fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword || m.kind === ts.SyntaxKind.DeclareKeyword)) return false;
  if (annotatedCpp(ctx, fn.type)) return false;
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name) || p.initializer || p.questionToken || p.dotDotDotToken || annotatedCpp(ctx, p.type)) return false;
    const symbol = ctx.checker.getSymbolAtLocation(p.name);
    if (!symbol || !isPlainNumberType(ctx.checker.getTypeOfSymbol(symbol)) || ctx.celled.has(symbol)) return false;
  }
  const sig = ctx.checker.getSignatureFromDeclaration(fn);
  return !!sig && isPlainNumberType(sig.getReturnType());
}

const copyName = (name: string, k: number) => `${name}_i32c${k % RING === 0 ? "" : k % RING}`;
const entryName = (name: string) => `${name}_i32e`;

/** The C++ name a call of `symbol` from outside its own body uses: the entry when it has one (calls.ts). */
export function intCloneCallName(ctx: LowerContext, node: ts.CallExpression, symbol: ts.Symbol | undefined, name: string): string {
  const decl = symbol?.valueDeclaration;
  const plan = planOf(ctx);
  if (!decl || !ts.isFunctionDeclaration(decl) || !plan.entries.has(decl)) return name;
  // The general versions (the fallback) call each other, not the entries: a fallback that tried the copy again
  // at every level of a recursion could repeat the work up to the recursion's depth.
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isFunctionDeclaration(n) && plan.cloned.has(n)) return name;
  return `${name}_i32e`;
}

/** Prototypes of the function's copy and entry (module.ts, after the function's own). */
export function intClonePrototypes(ctx: LowerContext, fn: ts.FunctionDeclaration): string[] {
  const plan = planOf(ctx);
  if (!plan.cloned.has(fn)) return [];
  const name = cppIdentifier(fn.name!.text);
  const params = fn.parameters.map((p) => `int32_t ${cppIdentifier((p.name as ts.Identifier).text)}`).join(", ");
  const lines = [`static int32_t ${copyName(name, 0)}(${params});`];
  if (plan.entries.has(fn)) lines.push(`${renamedPrototype(ctx, fn, entryName(name))};`);
  return lines;
}

function renamedPrototype(ctx: LowerContext, fn: ts.FunctionDeclaration, to: string): string {
  return functionHead({ ...functionPrototype(ctx, fn, false), name: to });
}

/** Writes the function's int32 copy (a ring of copies when the recursion counts down its yield checks) and its
 *  entry, after the function's own definition (module.ts). */
export function intCloneDefinitions(ctx: LowerContext, w: CppWriter, fn: ts.FunctionDeclaration): void {
  const plan = planOf(ctx);
  if (!plan.cloned.has(fn)) return;
  const name = cppIdentifier(fn.name!.text);
  const params = fn.parameters.map((p) => `int32_t ${cppIdentifier((p.name as ts.Identifier).text)}`).join(", ");
  const check = recursiveEntryCheck(ctx, fn);
  const copies = check === "countdown" ? RING : 1;
  const symbol = ctx.symbolOf(fn.name!)!;
  const candidates = new Map([...plan.cloned].map((f) => [ctx.symbolOf(f.name!)!, f] as const));
  if (copies > 1) {
    w.raw("#ifdef TSD_NO_LOOP_YIELD");
    for (let k = 1; k < copies; k++) w.raw(`#define ${copyName(name, k)} ${copyName(name, 0)}`);
    w.raw("#else");
    for (let k = 1; k < copies; k++) w.raw(`static inline int32_t ${copyName(name, k)}(${params});`);
    w.raw("#endif");
  }
  const guard = check && recursiveLeafGuard(ctx, fn);
  // Checks on the results of the paths that recurse, where the arguments would lose GCC's merging of equal calls.
  const onResults = check === "countdown" && !!guard && !hasTailCall(fn);
  for (let k = 0; k < copies; k++) {
    const callName = (target: ts.Symbol, targetName: string) => (target === symbol ? copyName(name, copies > 1 ? k + 1 : 0) : copyName(targetName, 0));
    const body = new CloneLowerer(ctx, fn, candidates, new Set(), callName, "  ", k === 0 && onResults).body();
    if (body === undefined) throw new Error(`int clone of ${name}: body not lowerable`);
    if (k > 0) w.raw("#ifndef TSD_NO_LOOP_YIELD");
    w.line(`${k > 0 ? "static inline" : "static"} int32_t ${copyName(name, k)}(${params}) {`, fn);
    if (k === 0 && check && !onResults) {
      // Only the path that recurses checks, as in the general version (yields.ts).
      // The copy reads and writes nothing but its arguments, and only its entry and its own ring call it: its
      // check may look const to GCC (TSD_CALL_YIELD_PURE), which then optimises the recursion as it does without
      // checks (bench/lx106 fib: the checks cost 278% against the check-free build with TSD_CALL_YIELD()).
      const firstParam = fn.parameters[0] && ts.isIdentifier(fn.parameters[0].name) ? cppIdentifier(fn.parameters[0].name.text) : undefined;
      const yieldLine = check !== "countdown" ? CLOCK_YIELD : firstParam ? `TSD_CALL_YIELD_PURE(${firstParam});` : CALL_YIELD;
      const cond = guard && new CloneLowerer(ctx, fn, candidates, new Set(), callName, "").condition(guard.condition);
      w.raw(cond ? `  if (${guard!.leafWhen ? `!(${cond})` : cond}) ${yieldLine}` : `  ${yieldLine}`);
    }
    for (const l of body) w.raw(l);
    w.raw("}");
    if (k > 0) w.raw("#endif");
  }
  if (!plan.entries.has(fn)) return;
  const prototype = renamedPrototype(ctx, fn, entryName(name));
  const ret = functionPrototype(ctx, fn, false).ret!;
  const returnCpp = typeof ret === "string" ? ret : printType(ret);
  const names = fn.parameters.map((p) => cppIdentifier((p.name as ts.Identifier).text));
  w.raw(`${prototype} {`);
  const ints = names.map((n) => `${n}_i32a`);
  w.raw(`  int32_t ${ints.join(", ")};`);
  const test = names.map((n, i) => `ts::intArg(${n}, ${ints[i]})`).join(" && ");
  w.raw(`  if (${test}) {`);
  w.raw("    ts::IntTrap trap;");
  const result = `${copyName(name, 0)}(${ints.join(", ")})`;
  w.raw(`    if (TSD_INT_TRY(trap)) return ${returnCpp === "ts::Num" ? `ts::Num::fromInt(${result})` : `${returnCpp}(${result})`};`);
  w.raw("  }");
  w.raw(`  return ${name}(${names.join(", ")});`);
  w.raw("}");
}

interface Local {
  cpp: string;
  /** Assigned after its declaration: its range is not narrowed by conditions. */
  mutable: boolean;
  range: Range;
}

interface Value {
  text: string;
  kind: "int" | "bool";
  range: Range;
}

/** Lowers a function's body to int32 C++, or says it cannot (undefined). */
class CloneLowerer {
  private readonly assigned = new Set<ts.Symbol>();

  constructor(
    private readonly ctx: LowerContext,
    private readonly fn: ts.FunctionDeclaration,
    private readonly candidates: Map<ts.Symbol, ts.FunctionDeclaration>,
    private readonly called: Set<ts.FunctionDeclaration>,
    private readonly callName: (target: ts.Symbol, targetName: string) => string,
    private readonly indent: string,
    /** Returns whose path may have called a function check on their value (ts::yieldOnResult). */
    private readonly checkResults = false,
  ) {}
  /** Calls lowered so far: a return after one (in the text, so on any path before it) checks its value. */
  private calls = 0;

  body(): string[] | undefined {
    const out: string[] = [];
    const exits = this.block(this.fn.body!.statements, this.parameters(), out, this.indent);
    return exits ? out : undefined;
  }

  /** A condition on the parameters alone, as C++. */
  condition(e: ts.Expression): string | undefined {
    const v = this.bool(e, this.parameters());
    return v && stripParens(v.text);
  }

  private parameters(): Map<ts.Symbol, Local> {
    const env = new Map<ts.Symbol, Local>();
    this.findAssigned(this.fn.body!);
    for (const p of this.fn.parameters) {
      const symbol = this.ctx.checker.getSymbolAtLocation(p.name)!;
      env.set(symbol, { cpp: cppIdentifier((p.name as ts.Identifier).text), mutable: this.assigned.has(symbol), range: FULL });
    }
    return env;
  }

  private findAssigned(node: ts.Node): void {
    const mark = (target: ts.Expression) => {
      while (ts.isParenthesizedExpression(target)) target = target.expression;
      const s = ts.isIdentifier(target) ? this.ctx.symbolOf(target) : undefined;
      if (s) this.assigned.add(s);
    };
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) mark(node.left);
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) mark(node.operand);
    ts.forEachChild(node, (c) => this.findAssigned(c));
  }

  /** Lowers statements; returns whether the end is unreachable (every path returned), or undefined when it cannot. */
  private block(statements: readonly ts.Statement[], outer: Map<ts.Symbol, Local>, out: string[], ind: string): boolean | undefined {
    let env = new Map(outer);
    for (const s of statements) {
      const exits = this.statement(s, env, out, ind);
      if (exits === undefined) return undefined;
      if (exits === true) return true;
      // After `if (c) return ...;` the rest runs where c is false.
      if (ts.isIfStatement(s) && !s.elseStatement && this.alwaysExits(s.thenStatement)) env = this.refine(s.expression, false, env);
    }
    return false;
  }

  private alwaysExits(s: ts.Statement): boolean {
    if (ts.isReturnStatement(s)) return true;
    if (ts.isBlock(s)) return s.statements.some((x) => this.alwaysExits(x));
    if (ts.isIfStatement(s)) return !!s.elseStatement && this.alwaysExits(s.thenStatement) && this.alwaysExits(s.elseStatement);
    return false;
  }

  private statement(s: ts.Statement, env: Map<ts.Symbol, Local>, out: string[], ind: string): boolean | undefined {
    if (ts.isReturnStatement(s)) {
      const v = s.expression && (this.checkResults ? this.checkedResult(s.expression, env, this.calls > 0) : this.int(s.expression, env));
      if (!v) return undefined;
      out.push(`${ind}return ${stripParens(v.text)};`);
      return true;
    }
    if (ts.isBlock(s)) {
      out.push(`${ind}{`);
      const exits = this.block(s.statements, env, out, ind + "  ");
      out.push(`${ind}}`);
      return exits;
    }
    if (ts.isIfStatement(s)) {
      const c = this.bool(s.expression, env);
      if (!c) return undefined;
      out.push(`${ind}if (${stripParens(c.text)}) {`);
      const thenExits = this.block([s.thenStatement], this.refine(s.expression, true, env), out, ind + "  ");
      if (thenExits === undefined) return undefined;
      let elseExits: boolean | undefined = false;
      if (s.elseStatement) {
        out.push(`${ind}} else {`);
        elseExits = this.block([s.elseStatement], this.refine(s.expression, false, env), out, ind + "  ");
        if (elseExits === undefined) return undefined;
      }
      out.push(`${ind}}`);
      return thenExits && elseExits;
    }
    if (ts.isVariableStatement(s)) {
      const list = s.declarationList;
      if (!(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) return undefined;
      for (const d of list.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer || annotatedCpp(this.ctx, d.type)) return undefined;
        const symbol = this.ctx.checker.getSymbolAtLocation(d.name);
        if (!symbol || !isPlainNumberType(this.ctx.checker.getTypeOfSymbol(symbol)) || this.ctx.celled.has(symbol)) return undefined;
        const v = this.int(d.initializer, env);
        if (!v) return undefined;
        const cpp = `${cppIdentifier(d.name.text)}_i32l`;
        const mutable = this.assigned.has(symbol);
        env.set(symbol, { cpp, mutable, range: mutable ? FULL : v.range });
        out.push(`${ind}int32_t ${cpp} = ${stripParens(v.text)};`);
      }
      return false;
    }
    if (ts.isExpressionStatement(s)) {
      const text = this.update(s.expression, env);
      if (text === undefined) return undefined;
      out.push(`${ind}${text};`);
      return false;
    }
    if (ts.isEmptyStatement(s)) return false;
    return undefined;
  }

  /** An assignment or increment of a local, as a statement. */
  private update(e: ts.Expression, env: Map<ts.Symbol, Local>): string | undefined {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    const local = (target: ts.Expression) => {
      while (ts.isParenthesizedExpression(target)) target = target.expression;
      const s = ts.isIdentifier(target) ? this.ctx.symbolOf(target) : undefined;
      return s ? env.get(s) : undefined;
    };
    if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) && (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) {
      const l = local(e.operand);
      if (!l) return undefined;
      return `${l.cpp} = ts::${e.operator === ts.SyntaxKind.PlusPlusToken ? "intAdd" : "intSub"}(${l.cpp}, 1)`;
    }
    if (!ts.isBinaryExpression(e)) return undefined;
    const l = local(e.left);
    if (!l) return undefined;
    const op = e.operatorToken.kind;
    const compound: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
      [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
      [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
      [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
      [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
      [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
      [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
      [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
      [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
      [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
      [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
    };
    if (op === ts.SyntaxKind.EqualsToken) {
      const v = this.int(e.right, env);
      return v && `${l.cpp} = ${stripParens(v.text)}`;
    }
    const binary = compound[op];
    if (binary === undefined) return undefined;
    const r = this.int(e.right, env);
    if (!r) return undefined;
    const v = this.arith(binary, { text: l.cpp, kind: "int", range: l.range }, r);
    return v && `${l.cpp} = ${stripParens(v.text)}`;
  }

  /** A returned value checked where it comes from a call: in the arms of a conditional that recurse (the leaf
   *  arm stays unchecked), else the whole value when it or the path before it called. */
  private checkedResult(e: ts.Expression, env: Map<ts.Symbol, Local>, calledBefore: boolean): Value | undefined {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (!calledBefore && ts.isConditionalExpression(e) && !containsCall(e.condition)) {
      const c = this.bool(e.condition, env);
      const a = c && this.checkedResult(e.whenTrue, this.refine(e.condition, true, env), false);
      const b = a && this.checkedResult(e.whenFalse, this.refine(e.condition, false, env), false);
      if (!c || !a || !b) return undefined;
      return { text: `(${stripParens(c.text)} ? ${a.text} : ${b.text})`, kind: "int", range: [Math.min(a.range[0], b.range[0]), Math.max(a.range[1], b.range[1])] };
    }
    const v = this.int(e, env);
    if (!v || !(calledBefore || containsCall(e))) return v;
    return { ...v, text: `ts::yieldOnResult(${stripParens(v.text)})` };
  }

  private int(e: ts.Expression, env: Map<ts.Symbol, Local>): Value | undefined {
    const v = this.expr(e, env);
    return v?.kind === "int" ? v : undefined;
  }

  private bool(e: ts.Expression, env: Map<ts.Symbol, Local>): Value | undefined {
    const v = this.expr(e, env);
    return v?.kind === "bool" ? v : undefined;
  }

  private expr(e: ts.Expression, env: Map<ts.Symbol, Local>): Value | undefined {
    if (ts.isParenthesizedExpression(e)) return this.expr(e.expression, env);
    if (ts.isNumericLiteral(e)) {
      const v = Number(e.text);
      if (!Number.isInteger(v) || Math.abs(v) > INT_MAX) return undefined;
      return { text: String(v), kind: "int", range: [v, v] };
    }
    if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) {
      const t = e.kind === ts.SyntaxKind.TrueKeyword;
      return { text: String(t), kind: "bool", range: [+t, +t] };
    }
    if (ts.isIdentifier(e)) {
      const s = this.ctx.symbolOf(e);
      const l = s && env.get(s);
      return l && { text: l.cpp, kind: "int", range: l.range };
    }
    if (ts.isPrefixUnaryExpression(e)) {
      if (e.operator === ts.SyntaxKind.ExclamationToken) {
        const b = this.bool(e.operand, env);
        return b && { text: `!${b.text}`, kind: "bool", range: [0, 1] };
      }
      if (e.operator === ts.SyntaxKind.PlusToken) return this.int(e.operand, env);
      const v = this.int(e.operand, env);
      if (!v) return undefined;
      if (e.operator === ts.SyntaxKind.MinusToken) {
        if (ts.isNumericLiteral(e.operand) && v.range[0] !== 0) return { text: `(-${v.text})`, kind: "int", range: [-v.range[0], -v.range[0]] };
        const safe = (v.range[0] > 0 || v.range[1] < 0) && v.range[0] > INT_MIN;
        return { text: safe ? `(-${v.text})` : `ts::intNeg(${v.text})`, kind: "int", range: clamp([-v.range[1], -v.range[0]]) };
      }
      if (e.operator === ts.SyntaxKind.TildeToken) return { text: `(~${v.text})`, kind: "int", range: FULL };
      return undefined;
    }
    if (ts.isBinaryExpression(e)) return this.binary(e, env);
    if (ts.isConditionalExpression(e)) {
      const c = this.bool(e.condition, env);
      const a = c && this.expr(e.whenTrue, this.refine(e.condition, true, env));
      const b = a && this.expr(e.whenFalse, this.refine(e.condition, false, env));
      if (!c || !a || !b || a.kind !== b.kind) return undefined;
      return { text: `(${stripParens(c.text)} ? ${a.text} : ${b.text})`, kind: a.kind, range: [Math.min(a.range[0], b.range[0]), Math.max(a.range[1], b.range[1])] };
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.expression) && e.expression.expression.text === "Math") return this.math(e, e.expression.name.text, env);
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && !e.questionDotToken) {
      const s = this.ctx.symbolOf(e.expression);
      const target = s && this.candidates.get(s);
      if (!s || !target || e.arguments.length !== target.parameters.length || target.getSourceFile() !== this.fn.getSourceFile()) return undefined;
      const args: string[] = [];
      for (const a of e.arguments) {
        const v = this.int(a, env);
        if (!v) return undefined;
        args.push(stripParens(v.text));
      }
      this.called.add(target);
      this.calls++;
      return { text: `${this.callName(s, cppIdentifier(target.name!.text))}(${args.join(", ")})`, kind: "int", range: FULL };
    }
    return undefined;
  }

  /** Math.abs/max/min of ints, Math.floor/trunc of a quotient of ints. */
  private math(e: ts.CallExpression, name: string, env: Map<ts.Symbol, Local>): Value | undefined {
    const math = this.ctx.symbolOf(e.expression as ts.PropertyAccessExpression);
    if (!math?.declarations?.every((d) => d.getSourceFile().isDeclarationFile)) return undefined;
    if ((name === "floor" || name === "trunc") && e.arguments.length === 1) {
      let q = e.arguments[0];
      while (ts.isParenthesizedExpression(q)) q = q.expression;
      if (!ts.isBinaryExpression(q) || q.operatorToken.kind !== ts.SyntaxKind.SlashToken) return undefined;
      const a = this.int(q.left, env);
      const b = a && this.int(q.right, env);
      if (!a || !b) return undefined;
      const [al, ah] = a.range;
      const [bl, bh] = b.range;
      const r: Range = bl > 0 ? [Math.min(al, Math.floor(al / bh), 0), Math.max(ah, 0)] : FULL;
      if (al >= 0 && bl > 0) return { text: `(${a.text} / ${b.text})`, kind: "int", range: [Math.floor(al / bh), Math.floor(ah / bl)] };
      return { text: `ts::${name === "floor" ? "intFloorDiv" : "intTruncDiv"}(${stripParens(a.text)}, ${stripParens(b.text)})`, kind: "int", range: r };
    }
    const args: Value[] = [];
    for (const a of e.arguments) {
      const v = this.int(a, env);
      if (!v) return undefined;
      args.push(v);
    }
    if (name === "abs" && args.length === 1) {
      const [l, h] = args[0].range;
      return { text: `ts::intAbs(${stripParens(args[0].text)})`, kind: "int", range: [l >= 0 ? l : h <= 0 ? -h : 0, Math.min(INT_MAX, Math.max(Math.abs(l), Math.abs(h)))] };
    }
    if ((name === "max" || name === "min") && args.length === 2) {
      const [a, b] = args;
      const max = name === "max";
      const range: Range = max ? [Math.max(a.range[0], b.range[0]), Math.max(a.range[1], b.range[1])] : [Math.min(a.range[0], b.range[0]), Math.min(a.range[1], b.range[1])];
      return { text: `ts::int${max ? "Max" : "Min"}(${stripParens(a.text)}, ${stripParens(b.text)})`, kind: "int", range };
    }
    return undefined;
  }

  private binary(e: ts.BinaryExpression, env: Map<ts.Symbol, Local>): Value | undefined {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
      const and = op === ts.SyntaxKind.AmpersandAmpersandToken;
      const a = this.bool(e.left, env);
      const b = a && this.bool(e.right, this.refine(e.left, and, env));
      return b && { text: `(${a!.text} ${and ? "&&" : "||"} ${b.text})`, kind: "bool", range: [0, 1] };
    }
    const compare: Partial<Record<ts.SyntaxKind, string>> = {
      [ts.SyntaxKind.LessThanToken]: "<", [ts.SyntaxKind.LessThanEqualsToken]: "<=", [ts.SyntaxKind.GreaterThanToken]: ">",
      [ts.SyntaxKind.GreaterThanEqualsToken]: ">=", [ts.SyntaxKind.EqualsEqualsEqualsToken]: "==", [ts.SyntaxKind.ExclamationEqualsEqualsToken]: "!=",
      [ts.SyntaxKind.EqualsEqualsToken]: "==", [ts.SyntaxKind.ExclamationEqualsToken]: "!=",
    };
    const a = this.int(e.left, env);
    const b = a && this.int(e.right, env);
    if (!a || !b) return undefined;
    const cmp = compare[op];
    if (cmp) return { text: `(${a.text} ${cmp} ${b.text})`, kind: "bool", range: [0, 1] };
    return this.arith(op, a, b);
  }

  private arith(op: ts.SyntaxKind, a: Value, b: Value): Value | undefined {
    const [al, ah] = a.range;
    const [bl, bh] = b.range;
    switch (op) {
      case ts.SyntaxKind.PlusToken:
      case ts.SyntaxKind.MinusToken: {
        const plus = op === ts.SyntaxKind.PlusToken;
        const r: Range = plus ? [al + bl, ah + bh] : [al - bh, ah - bl];
        if (fits(r)) return { text: `(${a.text} ${plus ? "+" : "-"} ${b.text})`, kind: "int", range: r };
        return { text: `ts::${plus ? "intAdd" : "intSub"}(${stripParens(a.text)}, ${stripParens(b.text)})`, kind: "int", range: clamp(r) };
      }
      case ts.SyntaxKind.AsteriskToken: {
        const ps = [al * bl, al * bh, ah * bl, ah * bh];
        const r: Range = [Math.min(...ps), Math.max(...ps)];
        if (fits(r) && al >= 0 && bl >= 0) return { text: `(${a.text} * ${b.text})`, kind: "int", range: r };
        return { text: `ts::intMul(${stripParens(a.text)}, ${stripParens(b.text)})`, kind: "int", range: clamp(r) };
      }
      case ts.SyntaxKind.PercentToken: {
        if (al >= 0 && bl > 0) return { text: `(${a.text} % ${b.text})`, kind: "int", range: [0, Math.min(ah, bh - 1)] };
        const m = Math.max(Math.abs(bl), Math.abs(bh)) - 1;
        return { text: `ts::intMod(${stripParens(a.text)}, ${stripParens(b.text)})`, kind: "int", range: al >= 0 ? [0, m] : [-m, ah >= 0 ? m : 0] };
      }
      case ts.SyntaxKind.AmpersandToken:
        return { text: `(${a.text} & ${b.text})`, kind: "int", range: al >= 0 ? [0, ah] : bl >= 0 ? [0, bh] : FULL };
      case ts.SyntaxKind.BarToken:
        return { text: `(${a.text} | ${b.text})`, kind: "int", range: FULL };
      case ts.SyntaxKind.CaretToken:
        return { text: `(${a.text} ^ ${b.text})`, kind: "int", range: FULL };
      case ts.SyntaxKind.LessThanLessThanToken:
        return { text: `ts::intShl(${stripParens(a.text)}, ${stripParens(b.text)})`, kind: "int", range: FULL };
      case ts.SyntaxKind.GreaterThanGreaterThanToken:
        return { text: `ts::intShr(${stripParens(a.text)}, ${stripParens(b.text)})`, kind: "int", range: al >= 0 ? [0, ah] : FULL };
      case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken:
        return { text: `ts::intUshr(${stripParens(a.text)}, ${stripParens(b.text)})`, kind: "int", range: [0, INT_MAX] };
    }
    return undefined;
  }

  /** The ranges of the locals where `cond` is `truth`: comparisons of a local that is never reassigned. */
  private refine(cond: ts.Expression, truth: boolean, env: Map<ts.Symbol, Local>): Map<ts.Symbol, Local> {
    while (ts.isParenthesizedExpression(cond)) cond = cond.expression;
    if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken) return this.refine(cond.operand, !truth, env);
    if (!ts.isBinaryExpression(cond)) return env;
    const op = cond.operatorToken.kind;
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && truth) || (op === ts.SyntaxKind.BarBarToken && !truth)) {
      return this.refine(cond.right, truth, this.refine(cond.left, truth, env));
    }
    const flip: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
      [ts.SyntaxKind.LessThanToken]: ts.SyntaxKind.GreaterThanToken, [ts.SyntaxKind.GreaterThanToken]: ts.SyntaxKind.LessThanToken,
      [ts.SyntaxKind.LessThanEqualsToken]: ts.SyntaxKind.GreaterThanEqualsToken, [ts.SyntaxKind.GreaterThanEqualsToken]: ts.SyntaxKind.LessThanEqualsToken,
      [ts.SyntaxKind.EqualsEqualsEqualsToken]: ts.SyntaxKind.EqualsEqualsEqualsToken, [ts.SyntaxKind.ExclamationEqualsEqualsToken]: ts.SyntaxKind.ExclamationEqualsEqualsToken,
    };
    if (flip[op] === undefined) return env;
    let out = env;
    const one = (x: ts.Expression, rel: ts.SyntaxKind, other: ts.Expression) => {
      while (ts.isParenthesizedExpression(x)) x = x.expression;
      const s = ts.isIdentifier(x) ? this.ctx.symbolOf(x) : undefined;
      const l = s && out.get(s);
      if (!s || !l || l.mutable) return;
      const o = this.expr(other, out);
      if (!o || o.kind !== "int") return;
      const [ol, oh] = o.range;
      let [lo, hi] = l.range;
      const r = truth ? rel : negate(rel);
      if (r === ts.SyntaxKind.LessThanToken) hi = Math.min(hi, oh - 1);
      else if (r === ts.SyntaxKind.LessThanEqualsToken) hi = Math.min(hi, oh);
      else if (r === ts.SyntaxKind.GreaterThanToken) lo = Math.max(lo, ol + 1);
      else if (r === ts.SyntaxKind.GreaterThanEqualsToken) lo = Math.max(lo, ol);
      else if (r === ts.SyntaxKind.EqualsEqualsEqualsToken) [lo, hi] = [Math.max(lo, ol), Math.min(hi, oh)];
      if (lo > hi) return;  // unreachable: leave it as it was
      out = new Map(out);
      out.set(s, { ...l, range: [lo, hi] });
    };
    one(cond.left, op, cond.right);
    one(cond.right, flip[op]!, cond.left);
    return out;
  }
}

/** A call of a function (not Math's). */
const isFunctionCall = (node: ts.Node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression);

function containsCall(node: ts.Node): boolean {
  return isFunctionCall(node) || !!ts.forEachChild(node, (c) => containsCall(c) || undefined);
}

/** A return whose value is a call (in an arm of a conditional too): GCC turns such a self-call into a jump, which a
 *  check on its result would prevent. */
function hasTailCall(fn: ts.FunctionDeclaration): boolean {
  const tail = (e: ts.Expression): boolean => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isConditionalExpression(e)) return tail(e.whenTrue) || tail(e.whenFalse);
    return isFunctionCall(e);
  };
  const visit = (n: ts.Node): boolean => (ts.isReturnStatement(n) && !!n.expression && tail(n.expression)) || !!ts.forEachChild(n, (c) => visit(c) || undefined);
  return visit(fn.body!);
}

function negate(op: ts.SyntaxKind): ts.SyntaxKind {
  switch (op) {
    case ts.SyntaxKind.LessThanToken: return ts.SyntaxKind.GreaterThanEqualsToken;
    case ts.SyntaxKind.LessThanEqualsToken: return ts.SyntaxKind.GreaterThanToken;
    case ts.SyntaxKind.GreaterThanToken: return ts.SyntaxKind.LessThanEqualsToken;
    case ts.SyntaxKind.GreaterThanEqualsToken: return ts.SyntaxKind.LessThanToken;
    case ts.SyntaxKind.EqualsEqualsEqualsToken: return ts.SyntaxKind.ExclamationEqualsEqualsToken;
    default: return ts.SyntaxKind.EqualsEqualsEqualsToken;
  }
}

function stripParens(text: string): string {
  if (!text.startsWith("(") || !text.endsWith(")")) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0 && i < text.length - 1) return text;
  }
  return text.slice(1, -1);
}
