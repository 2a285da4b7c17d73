// Integer fast paths of `number` methods (issue 12). A method such as a particle's `step` that only updates
// `number` fields of `this` from its fields, its `number` parameters and integer literals (+ - * and unary -,
// comparisons, && || !, if/else, local `number` variables: no calls, loops, returns or other objects) gets an
// int32_t copy of its body in front of the general one:
//
//   void P::step(ts::Num w) {
//     { int32_t _im_f_x, _im_p_w; if (!ts::intArg(this->x, _im_f_x) || …) goto _im_general;
//       int32 body on those locals, each + - * checked; stores the fields back (ts::intStore); return; }
//     _im_general:; step_im_general(w);
//   }
//   void P::step_im_general(ts::Num w) { <the body as usual> }   // noinline: the copy stays small enough to inline
//
// Sound because the copy changes nothing until its last lines: it reads each field and parameter once into
// a local when every one is an int32 (not -0), computes on the locals, and an operation whose JavaScript
// result is not that int32 (a sum past 2^31, a -0 product, -0 from negating 0) jumps to the general body,
// which computes the whole call again from the untouched fields, as numrep.ts lowered it. Without calls
// nothing else can run in between (no yield, no other code to see or change the fields). Where the copy
// finishes, its int32 values are the very numbers JavaScript computes, so storing them gives the same fields.
// Conditions evaluate all their int32 operands first: pure, so at worst a check on an operand JavaScript
// would skip sends the call to the general body, which is still exact.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { line, type Stmt } from "../ir/nodes.js";
import { annotatedCpp, cppIdentifier } from "./types.js";
import { lowerParams } from "./functions.js";
import { numStateFields, STATE_FIELD } from "./int-method-state.js";

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const GENERAL = "_im_general";

class NotInt extends Error {}

function isPlainNumberType(t: ts.Type): boolean {
  return !t.isUnion() && !!(t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) && !(t.flags & ts.TypeFlags.EnumLike) && !t.aliasSymbol;
}

const plans = new WeakMap<ts.MethodDeclaration, { fast: Stmt[] } | undefined>();
const fieldNames = new WeakMap<ts.MethodDeclaration, Set<string> | undefined>();

/** The TypeScript names of the fields the method's int32 copy reads or writes, when it has one (without a state). */
export function intMethodFieldNames(ctx: LowerContext, m: ts.MethodDeclaration): Set<string> | undefined {
  if (fieldNames.has(m)) return fieldNames.get(m);
  let names: Set<string> | undefined;
  const method = intMethod(ctx, m, undefined);
  if (method?.emit()) names = method.fieldNames;
  fieldNames.set(m, names);
  return names;
}

/** The name of the method's general body when it has an int32 copy (a separate member, kept out of line so that
 *  the copy's caller pays neither its size nor its register saves), else undefined. `params` is the C++
 *  prototype's parameter count (an override may add unnamed ones: not forwarded, so no copy). */
export function intMethodGeneralName(ctx: LowerContext, m: ts.MethodDeclaration, params: number): string | undefined {
  if (params !== m.parameters.length || !planOf(ctx, m)) return undefined;
  return `${cppIdentifier(m.name.getText())}_im_general`;
}

/** The method's body with its int32 copy: the copy, then a call of the general body (intMethodGeneralName). */
export function intMethodBody(ctx: LowerContext, m: ts.MethodDeclaration, params: number): Stmt[] | undefined {
  const general = intMethodGeneralName(ctx, m, params);
  if (!general) return undefined;
  const args = m.parameters.map((p) => cppIdentifier(p.name.getText())).join(", ");
  return [...planOf(ctx, m)!.fast, line(`${general}(${args});`)];
}

function planOf(ctx: LowerContext, m: ts.MethodDeclaration): { fast: Stmt[] } | undefined {
  if (plans.has(m)) return plans.get(m);
  let plan: { fast: Stmt[] } | undefined;
  if (intMethodFieldNames(ctx, m)) {
    const state = numStateFields(ctx, m.parent as ts.ClassDeclaration);
    const fast = intMethod(ctx, m, state)?.emit();
    plan = fast && { fast };
  }
  plans.set(m, plan);
  return plan;
}

/** The method's int32 copy before it is emitted, or undefined where the method cannot have one. */
function intMethod(ctx: LowerContext, m: ts.MethodDeclaration, state: Set<string> | undefined): { emit(): Stmt[] | undefined; fieldNames: Set<string> } | undefined {
  if (!m.body || !m.name || !ts.isIdentifier(m.name) || m.asteriskToken || m.questionToken || m.typeParameters?.length || m.body.statements.length === 0) return undefined;
  if (m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword || x.kind === ts.SyntaxKind.AsyncKeyword || x.kind === ts.SyntaxKind.AbstractKeyword)) return undefined;
  const cls = m.parent;
  if (!ts.isClassDeclaration(cls) || cls.typeParameters?.length) return undefined;
  const sig = ctx.checker.getSignatureFromDeclaration(m);
  if (!sig || !(sig.getReturnType().flags & ts.TypeFlags.Void) || lowerParams(ctx, m.parameters, false).prologue.length) return undefined;
  const method = new IntMethod(ctx, m, state);
  return {
    fieldNames: method.fieldNames,
    emit: () => {
      try {
        return method.emit();
      } catch (e) {
        if (e instanceof NotInt) return undefined;
        throw e;
      }
    },
  };
}

/** A value's interval: what the int32 copy knows of it. */
type Range = readonly [number, number];
const FULL: Range = [INT_MIN, INT_MAX];
/** The values a field covered by the class's state holds while the state is set (ts::smallInt). */
const SMALL: Range = [-(2 ** 30), 2 ** 30 - 1];
const within = (r: Range, of: Range) => r[0] >= of[0] && r[1] <= of[1];
const join = (a: Range, b: Range): Range => [Math.min(a[0], b[0]), Math.max(a[1], b[1])];

class IntMethod {
  private readonly lines: string[] = [];
  /** Field name → its local, for fields the body reads or writes. */
  private readonly fields = new Map<string, string>();
  /** The TypeScript names of those fields. */
  readonly fieldNames = new Set<string>();
  private readonly written = new Set<string>();
  /** Parameters and body locals: symbol → C++ local. */
  private readonly locals = new Map<ts.Symbol, string>();
  private readonly params: { cpp: string; local: string }[] = [];
  /** What is known of each local's value at this point of the body. */
  private ranges = new Map<string, Range>();
  private temps = 0;
  private indent = 1;

  /** state: the fields the class's per-object state covers (int-method-state.ts), when it keeps one. */
  constructor(private readonly ctx: LowerContext, private readonly m: ts.MethodDeclaration, private readonly state: Set<string> | undefined) {}

  emit(): Stmt[] {
    for (const p of this.m.parameters) {
      if (!ts.isIdentifier(p.name) || p.initializer || p.questionToken || p.dotDotDotToken || annotatedCpp(this.ctx, p.type)) throw new NotInt();
      const symbol = this.ctx.checker.getSymbolAtLocation(p.name);
      if (!symbol || this.ctx.celled.has(symbol) || !isPlainNumberType(this.ctx.checker.getTypeOfSymbol(symbol))) throw new NotInt();
      const local = `_im_p_${cppIdentifier(p.name.text)}`;
      this.locals.set(symbol, local);
      this.ranges.set(local, FULL);
      this.params.push({ cpp: cppIdentifier(p.name.text), local });
    }
    for (const s of this.m.body!.statements) this.statement(s);
    if (this.fields.size + this.params.length === 0 || this.written.size === 0) throw new NotInt();
    const stored = [...this.written].map((f) => ({ f, local: this.fields.get(f)! }));
    const out: Stmt[] = [line("{")];
    if (this.state) {
      // The state covers every field read here: one test, then plain int32 reads.
      const covered = [...this.state].map((f) => `ts::smallField(this->${cppIdentifier(f)})`).join(" && ");
      out.push(line(`  if (TSD_UNLIKELY(!this->${STATE_FIELD})) { if (!(${covered})) goto ${GENERAL}; this->${STATE_FIELD} = 1; }`));
      if (this.params.length) {
        out.push(line(`  int32_t ${this.params.map((l) => l.local).join(", ")};`));
        out.push(line(`  if (${this.params.map((l) => `!ts::intArg(${l.cpp}, ${l.local})`).join(" || ")}) goto ${GENERAL};`));
      }
      for (const [f, local] of this.fields) out.push(line(`  [[maybe_unused]] int32_t ${local} = ts::smallValue(this->${f});`));
    } else {
      const loads = [...[...this.fields].map(([f, local]) => ({ cpp: `this->${f}`, local })), ...this.params];
      out.push(line(`  int32_t ${loads.map((l) => l.local).join(", ")};`));
      out.push(line(`  if (${loads.map((l) => `!ts::intArg(${l.cpp}, ${l.local})`).join(" || ")}) goto ${GENERAL};`));
    }
    // Each written field has a flag set where the body writes it: a field written on some paths only is stored
    // back on those (g++ threads the constant flags), not on every call.
    out.push(line(`  ${stored.map((s) => `bool _im_w_${s.f} = false;`).join(" ")}`));
    out.push(...this.lines.map((l) => line(l)));
    // With a state, what is stored must keep the fields small.
    const unproven = this.state ? stored.filter((s) => !within(this.ranges.get(s.local)!, SMALL)) : [];
    if (unproven.length) out.push(line(`  if (${unproven.map((s) => `!ts::smallInt(${s.local})`).join(" || ")}) goto ${GENERAL};`));
    out.push(...stored.map((s) => line(`  if (_im_w_${s.f}) ts::intStore(this->${s.f}, ${s.local});`)), line("  return;"), line("}"), line(`${GENERAL}:;`));
    return out;
  }

  private out(text: string): void {
    this.lines.push("  ".repeat(this.indent) + text);
  }

  private temp(): string {
    return `_im_t${++this.temps}`;
  }

  private fieldOf(node: ts.Expression): string | undefined {
    if (!ts.isPropertyAccessExpression(node) || node.expression.kind !== ts.SyntaxKind.ThisKeyword || !ts.isIdentifier(node.name)) return undefined;
    const symbol = this.ctx.checker.getSymbolAtLocation(node.name);
    const decl = symbol?.valueDeclaration as ts.PropertyDeclaration | ts.ParameterDeclaration | undefined;
    if (!symbol || !decl || (symbol.declarations?.length ?? 0) !== 1) throw new NotInt();
    // A field of this class: declared in its body, or a parameter property of its constructor.
    const own = ts.isPropertyDeclaration(decl) ? decl.parent === this.m.parent : ts.isParameter(decl) && ts.isConstructorDeclaration(decl.parent) && decl.parent.parent === this.m.parent && !!decl.modifiers?.length;
    if (!own || decl.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword || x.kind === ts.SyntaxKind.DeclareKeyword)) throw new NotInt();
    if (annotatedCpp(this.ctx, decl.type) || decl.questionToken || !isPlainNumberType(this.ctx.checker.getTypeOfSymbol(symbol))) throw new NotInt();
    if (this.state && !this.state.has(node.name.text)) throw new NotInt();
    const f = cppIdentifier(node.name.text);
    if (!this.fields.has(f)) {
      this.fields.set(f, `_im_f_${f}`);
      this.fieldNames.add(node.name.text);
      this.ranges.set(`_im_f_${f}`, this.state ? SMALL : FULL);
    }
    return f;
  }

  private statement(s: ts.Statement): void {
    if (ts.isBlock(s)) {
      this.out("{");
      this.indent++;
      for (const t of s.statements) this.statement(t);
      this.indent--;
      this.out("}");
    } else if (ts.isIfStatement(s)) {
      const c = this.condition(s.expression);
      this.out(`if (${c}) {`);
      this.indent++;
      const before = new Map(this.ranges);
      this.statement(s.thenStatement);
      const afterThen = this.ranges;
      this.ranges = before;
      this.indent--;
      if (s.elseStatement) {
        this.out("} else {");
        this.indent++;
        this.ranges = new Map(before);
        this.statement(s.elseStatement);
        this.indent--;
      }
      // After the if: what either branch may have left.
      for (const [local, r] of afterThen) {
        const other = this.ranges.get(local);
        this.ranges.set(local, other ? join(r, other) : r);
      }
      this.out("}");
    } else if (ts.isVariableStatement(s)) {
      if (!(s.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) throw new NotInt();
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer || annotatedCpp(this.ctx, d.type)) throw new NotInt();
        const symbol = this.ctx.checker.getSymbolAtLocation(d.name);
        if (!symbol || this.ctx.celled.has(symbol) || !isPlainNumberType(this.ctx.checker.getTypeOfSymbol(symbol))) throw new NotInt();
        const value = this.value(d.initializer);
        const local = `_im_l${++this.temps}_${cppIdentifier(d.name.text)}`;
        this.locals.set(symbol, local);
        this.ranges.set(local, value.range);
        this.out(`[[maybe_unused]] int32_t ${local} = ${value.text};`);
      }
    } else if (ts.isExpressionStatement(s)) {
      this.effect(s.expression);
    } else if (s.kind === ts.SyntaxKind.EmptyStatement) {
      // nothing
    } else {
      throw new NotInt();
    }
  }

  /** An assignment, compound assignment or ++/-- as a statement. */
  private effect(e: ts.Expression): void {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) && (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) {
      const target = this.target(e.operand);
      this.store(target, this.arith(e.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", this.local(target), { text: "1", range: [1, 1], literal: 1 }));
      return;
    }
    if (!ts.isBinaryExpression(e)) throw new NotInt();
    const op = e.operatorToken.kind;
    const compound: Partial<Record<ts.SyntaxKind, "+" | "-" | "*">> = {
      [ts.SyntaxKind.PlusEqualsToken]: "+",
      [ts.SyntaxKind.MinusEqualsToken]: "-",
      [ts.SyntaxKind.AsteriskEqualsToken]: "*",
    };
    if (op === ts.SyntaxKind.EqualsToken) {
      const value = this.value(e.right);
      this.store(this.target(e.left), value);
    } else if (compound[op]) {
      const target = this.target(e.left);
      const right = this.value(e.right);
      this.store(target, this.arith(compound[op]!, this.local(target), right));
    } else {
      throw new NotInt();
    }
  }

  /** The local an assignment writes: a field of this, a parameter or a body local. */
  private target(e: ts.Expression): string {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    const f = this.fieldOf(e);
    if (f) {
      this.written.add(f);
      return this.fields.get(f)!;
    }
    if (ts.isIdentifier(e)) {
      const local = this.localOf(e);
      if (local) return local;
    }
    throw new NotInt();
  }

  private local(name: string): Value {
    return { text: name, range: this.ranges.get(name) ?? FULL };
  }

  private store(target: string, value: Value): void {
    if (target !== value.text) this.out(`${target} = ${value.text};`);
    this.ranges.set(target, value.range);
    for (const [f, local] of this.fields) if (local === target) this.out(`_im_w_${f} = true;`);
  }

  private localOf(e: ts.Identifier): string | undefined {
    const symbol = this.ctx.checker.getSymbolAtLocation(e);
    return symbol && this.locals.get(symbol);
  }

  /** An int32 expression (a local or a literal) holding the JavaScript value of e, or a jump to the general body. */
  private value(e: ts.Expression): Value {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    const literal = literalOf(e);
    if (literal !== undefined) return { text: String(literal), range: [literal, literal], literal };
    const f = this.fieldOf(e);
    if (f) return this.local(this.fields.get(f)!);
    if (ts.isIdentifier(e)) {
      const local = this.localOf(e);
      if (local) return this.local(local);
      throw new NotInt();
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
      const v = this.value(e.operand);
      const t = this.temp();
      // -0 and 2^31 are not int32 values.
      const tests = [...(v.range[0] <= 0 && v.range[1] >= 0 ? [`${v.text} == 0`] : []), ...(v.range[0] === INT_MIN ? [`${v.text} == INT32_MIN`] : [])];
      // A small value stays small negated but for -2^30: sent to the general body, so no store test is needed.
      const keepSmall = !!this.state && within(v.range, SMALL) && v.range[0] === SMALL[0];
      if (keepSmall) tests.push(`${v.text} == ${SMALL[0]}`);
      if (tests.length) this.out(`if (${tests.join(" || ")}) goto ${GENERAL};`);
      this.out(`int32_t ${t} = -${v.text};`);
      return { text: t, range: keepSmall ? [-v.range[1], -(v.range[0] + 1)] : [Math.max(-v.range[1], INT_MIN), Math.min(-v.range[0], INT_MAX)] };
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.PlusToken && isPlainNumberType(this.ctx.checker.getTypeAtLocation(e.operand))) return this.value(e.operand);
    if (ts.isBinaryExpression(e)) {
      const ops: Partial<Record<ts.SyntaxKind, "+" | "-" | "*">> = {
        [ts.SyntaxKind.PlusToken]: "+",
        [ts.SyntaxKind.MinusToken]: "-",
        [ts.SyntaxKind.AsteriskToken]: "*",
      };
      const op = ops[e.operatorToken.kind];
      // `+` of a string is a concatenation: both operands must be numbers.
      if (op && isPlainNumberType(this.ctx.checker.getTypeAtLocation(e.left)) && isPlainNumberType(this.ctx.checker.getTypeAtLocation(e.right))) {
        const a = this.value(e.left);
        const b = this.value(e.right);
        return this.arith(op, a, b);
      }
    }
    throw new NotInt();
  }

  private arith(op: "+" | "-" | "*", a: Value, b: Value): Value {
    const t = this.temp();
    const [a0, a1] = a.range;
    const [b0, b1] = b.range;
    const exact: Range =
      op === "+" ? [a0 + b0, a1 + b1] : op === "-" ? [a0 - b1, a1 - b0] : [Math.min(a0 * b0, a0 * b1, a1 * b0, a1 * b1), Math.max(a0 * b0, a0 * b1, a1 * b0, a1 * b1)];
    const fits = within(exact, FULL);
    this.out(`int32_t ${t};`);
    // Overflow tests as sign tests of the wrapped result (four instructions on the lx106; GCC spells
    // __builtin_add_overflow with six): a sum overflows when its sign differs from both operands' signs, a
    // difference when the operands' signs differ and the result's differs from the first one's. Operands whose
    // ranges keep the result an int32 (two small fields) need no test.
    if (op === "+") {
      this.out(`${t} = int32_t(uint32_t(${a.text}) + uint32_t(${b.text}));`);
      if (!fits) this.out(`if (((${t} ^ ${a.text}) & (${t} ^ ${b.text})) < 0) goto ${GENERAL};`);
    } else if (op === "-") {
      this.out(`${t} = int32_t(uint32_t(${a.text}) - uint32_t(${b.text}));`);
      if (!fits) this.out(`if (((${a.text} ^ ${b.text}) & (${a.text} ^ ${t})) < 0) goto ${GENERAL};`);
    } else {
      const c = b.literal ?? a.literal;
      const x = b.literal !== undefined ? a.text : b.text;
      if (c !== undefined && c > 0) {
        // By a positive constant: in range when |x| <= INT_MAX / c; x is never -0, so neither is the product.
        const lim = Math.floor(INT_MAX / c);
        if (!fits) this.out(`if (${x} > ${lim} || ${x} < -${lim}) goto ${GENERAL};`);
        this.out(`${t} = ${x} * ${c};`);
      } else {
        // A zero product with a negative factor is -0.
        this.out(`if (__builtin_mul_overflow(${a.text}, ${b.text}, &${t}) || (${t} == 0 && (${a.text} | ${b.text}) < 0)) goto ${GENERAL};`);
      }
    }
    return { text: t, range: fits ? exact : FULL };
  }

  /** A C++ bool with the JavaScript truth of a comparison condition. */
  private condition(e: ts.Expression): string {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return `!(${this.condition(e.operand)})`;
    if (!ts.isBinaryExpression(e)) throw new NotInt();
    const k = e.operatorToken.kind;
    if (k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken) {
      const a = this.condition(e.left);
      const b = this.condition(e.right);
      return `(${a} ${k === ts.SyntaxKind.BarBarToken ? "||" : "&&"} ${b})`;
    }
    const cmp: Partial<Record<ts.SyntaxKind, string>> = {
      [ts.SyntaxKind.LessThanToken]: "<",
      [ts.SyntaxKind.LessThanEqualsToken]: "<=",
      [ts.SyntaxKind.GreaterThanToken]: ">",
      [ts.SyntaxKind.GreaterThanEqualsToken]: ">=",
      [ts.SyntaxKind.EqualsEqualsEqualsToken]: "==",
      [ts.SyntaxKind.ExclamationEqualsEqualsToken]: "!=",
      [ts.SyntaxKind.EqualsEqualsToken]: "==",
      [ts.SyntaxKind.ExclamationEqualsToken]: "!=",
    };
    const op = cmp[k];
    if (!op || !isPlainNumberType(this.ctx.checker.getTypeAtLocation(e.left)) || !isPlainNumberType(this.ctx.checker.getTypeAtLocation(e.right))) throw new NotInt();
    return `${this.value(e.left).text} ${op} ${this.value(e.right).text}`;
  }
}

/** An int32 value of the copy: its C++ expression, its interval, and its value when it is a literal. */
interface Value {
  text: string;
  range: Range;
  literal?: number;
}

/** An integer literal's int32 value (never -0: `-0` is a unary minus, checked as one). */
function literalOf(e: ts.Expression): number | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isNumericLiteral(e)) return undefined;
  const v = Number(e.text);
  return Number.isInteger(v) && v >= INT_MIN && v <= INT_MAX ? v : undefined;
}
