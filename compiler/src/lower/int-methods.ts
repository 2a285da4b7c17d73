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

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const GENERAL = "_im_general";

class NotInt extends Error {}

function isPlainNumberType(t: ts.Type): boolean {
  return !t.isUnion() && !!(t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) && !(t.flags & ts.TypeFlags.EnumLike) && !t.aliasSymbol;
}

const plans = new WeakMap<ts.MethodDeclaration, { fast: Stmt[] } | undefined>();

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
  const fast = intMethodFastPath(ctx, m);
  const plan = fast && { fast };
  plans.set(m, plan);
  return plan;
}

function intMethodFastPath(ctx: LowerContext, m: ts.MethodDeclaration): Stmt[] | undefined {
  if (!m.body || !m.name || !ts.isIdentifier(m.name) || m.asteriskToken || m.questionToken || m.typeParameters?.length || m.body.statements.length === 0) return undefined;
  if (m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword || x.kind === ts.SyntaxKind.AsyncKeyword || x.kind === ts.SyntaxKind.AbstractKeyword)) return undefined;
  const cls = m.parent;
  if (!ts.isClassDeclaration(cls) || cls.typeParameters?.length) return undefined;
  const sig = ctx.checker.getSignatureFromDeclaration(m);
  if (!sig || !(sig.getReturnType().flags & ts.TypeFlags.Void) || lowerParams(ctx, m.parameters, false).prologue.length) return undefined;
  try {
    return new IntMethod(ctx, m).emit();
  } catch (e) {
    if (e instanceof NotInt) return undefined;
    throw e;
  }
}

class IntMethod {
  private readonly lines: string[] = [];
  /** Field name → its local, for fields the body reads or writes. */
  private readonly fields = new Map<string, string>();
  private readonly written = new Set<string>();
  /** Parameters and body locals: symbol → C++ local. */
  private readonly locals = new Map<ts.Symbol, string>();
  private readonly params: { cpp: string; local: string }[] = [];
  private temps = 0;
  private indent = 1;

  constructor(private readonly ctx: LowerContext, private readonly m: ts.MethodDeclaration) {}

  emit(): Stmt[] {
    for (const p of this.m.parameters) {
      if (!ts.isIdentifier(p.name) || p.initializer || p.questionToken || p.dotDotDotToken || annotatedCpp(this.ctx, p.type)) throw new NotInt();
      const symbol = this.ctx.checker.getSymbolAtLocation(p.name);
      if (!symbol || this.ctx.celled.has(symbol) || !isPlainNumberType(this.ctx.checker.getTypeOfSymbol(symbol))) throw new NotInt();
      const local = `_im_p_${cppIdentifier(p.name.text)}`;
      this.locals.set(symbol, local);
      this.params.push({ cpp: cppIdentifier(p.name.text), local });
    }
    for (const s of this.m.body!.statements) this.statement(s);
    const loads = [...[...this.fields].map(([f, local]) => ({ cpp: `this->${f}`, local })), ...this.params];
    if (loads.length === 0 || this.written.size === 0) throw new NotInt();
    const out: Stmt[] = [
      line("{"),
      line(`  int32_t ${loads.map((l) => l.local).join(", ")};`),
      line(`  if (${loads.map((l) => `!ts::intArg(${l.cpp}, ${l.local})`).join(" || ")}) goto ${GENERAL};`),
      ...this.lines.map((l) => line(l)),
      ...[...this.written].map((f) => line(`  ts::intStore(this->${f}, ${this.fields.get(f)});`)),
      line("  return;"),
      line("}"),
      line(`${GENERAL}:;`),
    ];
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
    const f = cppIdentifier(node.name.text);
    if (!this.fields.has(f)) this.fields.set(f, `_im_f_${f}`);
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
      this.statement(s.thenStatement);
      this.indent--;
      if (s.elseStatement) {
        this.out("} else {");
        this.indent++;
        this.statement(s.elseStatement);
        this.indent--;
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
        this.out(`[[maybe_unused]] int32_t ${local} = ${value};`);
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
      this.store(target, this.arith(e.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", target, "1", undefined, 1));
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
      this.store(target, this.arith(compound[op]!, target, right, undefined, literalOf(e.right)));
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

  private store(target: string, value: string): void {
    if (target !== value) this.out(`${target} = ${value};`);
  }

  private localOf(e: ts.Identifier): string | undefined {
    const symbol = this.ctx.checker.getSymbolAtLocation(e);
    return symbol && this.locals.get(symbol);
  }

  /** An int32 expression (a local or a literal) holding the JavaScript value of e, or a jump to the general body. */
  private value(e: ts.Expression): string {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    const literal = literalOf(e);
    if (literal !== undefined) return String(literal);
    const f = this.fieldOf(e);
    if (f) return this.fields.get(f)!;
    if (ts.isIdentifier(e)) {
      const local = this.localOf(e);
      if (local) return local;
      throw new NotInt();
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
      const v = this.value(e.operand);
      const t = this.temp();
      // -0 and 2^31 are not int32 values.
      this.out(`if (${v} == 0 || ${v} == INT32_MIN) goto ${GENERAL};`);
      this.out(`int32_t ${t} = -${v};`);
      return t;
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
        return this.arith(op, a, b, literalOf(e.left), literalOf(e.right));
      }
    }
    throw new NotInt();
  }

  private arith(op: "+" | "-" | "*", a: string, b: string, la: number | undefined, lb: number | undefined): string {
    const t = this.temp();
    this.out(`int32_t ${t};`);
    // Overflow tests as sign tests of the wrapped result (four instructions on the lx106; GCC spells
    // __builtin_add_overflow with six): a sum overflows when its sign differs from both operands' signs, a
    // difference when the operands' signs differ and the result's differs from the first one's.
    if (op === "+") {
      this.out(`${t} = int32_t(uint32_t(${a}) + uint32_t(${b}));`);
      this.out(`if (((${t} ^ ${a}) & (${t} ^ ${b})) < 0) goto ${GENERAL};`);
    } else if (op === "-") {
      this.out(`${t} = int32_t(uint32_t(${a}) - uint32_t(${b}));`);
      this.out(`if (((${a} ^ ${b}) & (${a} ^ ${t})) < 0) goto ${GENERAL};`);
    } else {
      const c = lb ?? la;
      const x = lb !== undefined ? a : b;
      if (c !== undefined && c > 0) {
        // By a positive constant: in range when |x| <= INT_MAX / c; x is never -0, so neither is the product.
        const lim = Math.floor(INT_MAX / c);
        this.out(`if (${x} > ${lim} || ${x} < -${lim}) goto ${GENERAL};`);
        this.out(`${t} = ${x} * ${c};`);
      } else {
        // A zero product with a negative factor is -0.
        this.out(`if (__builtin_mul_overflow(${a}, ${b}, &${t}) || (${t} == 0 && (${a} | ${b}) < 0)) goto ${GENERAL};`);
      }
    }
    return t;
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
    return `${this.value(e.left)} ${op} ${this.value(e.right)}`;
  }
}

/** An integer literal's int32 value (never -0: `-0` is a unary minus, checked as one). */
function literalOf(e: ts.Expression): number | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isNumericLiteral(e)) return undefined;
  const v = Number(e.text);
  return Number.isInteger(v) && v >= INT_MIN && v <= INT_MAX ? v : undefined;
}
