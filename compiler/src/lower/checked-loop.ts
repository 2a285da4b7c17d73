// Bounds checks hoisted out of a counting loop (issue 12). In
//   for (let j: i32 = A; j <= B; j += S) { … a[j] … a[j] = v … }
// where the body cannot shrink an array or move it (it calls nothing and reads no property: an element write
// at another index may only append), cannot change the counter, the bound, the step or the array variables, and every array indexed by
// the counter holds primitive elements, one test before the loop proves every `a[j]` in range:
//   if (ts::loopIndicesBelow(A, B, true, S, a.size())) { the loop reading a.uncheckedAt(j) } else { the loop }
// The checked loop stays as the other branch, so a range that does not fit (an index past the end, a negative
// start, a counter that would wrap) raises or appends exactly as before. In a program whose code may run inside a
// yield check (a Ticker's callback, an interrupt handler: it could resize the array), loops with a yield check
// are left alone.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppOf, exprNode } from "./expressions.js";
import { cppIdentifier, symbolCpp } from "./types.js";
import { printExpr } from "../ir/print.js";
import { integerLiteral } from "./literals.js";
import { binary, call, lit, member, mapSubexpressions, type Expr, type Stmt } from "../ir/nodes.js";
import { withArrayPointers } from "./loop-pointers.js";

const PRIMITIVE_ARRAY = /^ts::Array<(bool|u?int(8|16|32|64)_t|double|float)>$/;

function unparen(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** What the checks need: the counter's C++ name, the arrays it indexes, and the loop's range. */
export interface HoistPlan {
  counter: string;
  /** The arrays as C++ expressions (a name, or `module::name`). */
  arrays: Expr[];
  from: ts.Expression;
  bound: ts.Expression;
  inclusive: boolean;
  step: ts.Expression | undefined;
}

const ARITHMETIC = new Set([
  ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken,
  ts.SyntaxKind.CaretToken, ts.SyntaxKind.LessThanLessThanToken, ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken,
]);
const COMPOUND = new Set([
  ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.CaretEqualsToken,
]);

const CONVERSIONS = new Set(["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64", "isize", "usize"]);

/** A scalar-typed identifier (numbers and booleans: no getter, no user code when read or written). */
function isScalarName(ctx: LowerContext, e: ts.Expression): e is ts.Identifier {
  return ts.isIdentifier(e) && /^(bool|u?int(8|16|32|64)_t|double|float)$/.test(cppOf(ctx, e));
}

/** The loop body's parts: only what runs no user code and resizes no array. */
class BodyCheck {
  readonly assigned = new Set<ts.Symbol>();
  readonly indexed = new Map<ts.Symbol, ts.Identifier>();
  constructor(private readonly ctx: LowerContext, private readonly counter: ts.Symbol) {}

  statement(s: ts.Statement): boolean {
    if (ts.isBlock(s)) return s.statements.every((t) => this.statement(t));
    if (ts.isEmptyStatement(s)) return true;
    if (ts.isExpressionStatement(s)) return this.expression(s.expression);
    if (ts.isIfStatement(s)) return this.expression(s.expression) && this.statement(s.thenStatement) && (!s.elseStatement || this.statement(s.elseStatement));
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) return !s.label;
    if (ts.isVariableStatement(s)) return this.declarations(s.declarationList);
    if (ts.isForStatement(s)) {
      const init = s.initializer;
      if (init && !(ts.isVariableDeclarationList(init) ? this.declarations(init) : this.expression(init))) return false;
      return (!s.condition || this.expression(s.condition)) && (!s.incrementor || this.expression(s.incrementor)) && this.statement(s.statement);
    }
    if (ts.isWhileStatement(s) || ts.isDoStatement(s)) return this.expression(s.expression) && this.statement(s.statement);
    return false;
  }

  private declarations(list: ts.VariableDeclarationList): boolean {
    return list.declarations.every((d) => ts.isIdentifier(d.name) && !!d.initializer && isScalarName(this.ctx, d.name) && this.expression(d.initializer));
  }

  private isCounter(e: ts.Expression): boolean {
    e = unparen(e);
    return ts.isIdentifier(e) && this.ctx.symbolOf(e) === this.counter;
  }

  /** `a[k]` on an identifier holding an array of primitives; records `a` when k is the counter. */
  private element(e: ts.ElementAccessExpression): boolean {
    if (e.questionDotToken || !ts.isIdentifier(e.expression) || !PRIMITIVE_ARRAY.test(cppOf(this.ctx, e.expression))) return false;
    const symbol = this.ctx.symbolOf(e.expression);
    if (!symbol || this.ctx.celled.has(symbol)) return false;
    if (this.isCounter(e.argumentExpression)) {
      this.indexed.set(symbol, e.expression);
      return true;
    }
    // An element written at another index goes through the checked set(), which may append: the array only
    // grows, so the indices proven below its length stay so (uncheckedAt reads the storage afresh).
    return this.expression(e.argumentExpression);
  }

  private target(e: ts.Expression): boolean {
    e = unparen(e);
    if (ts.isElementAccessExpression(e)) return this.element(e);
    if (!isScalarName(this.ctx, e)) return false;
    const symbol = this.ctx.symbolOf(e);
    if (!symbol) return false;
    this.assigned.add(symbol);
    return true;
  }

  expression(e: ts.Expression): boolean {
    e = unparen(e);
    if (ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
    if (ts.isIdentifier(e)) return isScalarName(this.ctx, e);
    if (ts.isElementAccessExpression(e)) return this.element(e);
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
      if (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken) return this.target(e.operand);
      return this.expression(e.operand);
    }
    if (ts.isCallExpression(e)) {
      // The fixed-width conversions (`i32(x)`, `u8(x)`, `f64(x)`) compute a value and nothing else.
      const callee = e.expression;
      const decl = ts.isIdentifier(callee) ? this.ctx.symbolOf(callee)?.declarations?.[0] : undefined;
      return ts.isIdentifier(callee) && CONVERSIONS.has(callee.text) && e.arguments.length === 1 && !!decl && this.ctx.isRuntimeFile(decl.getSourceFile().fileName) &&
        this.expression(e.arguments[0]);
    }
    if (ts.isConditionalExpression(e)) return this.expression(e.condition) && this.expression(e.whenTrue) && this.expression(e.whenFalse);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (COMPOUND.has(op)) return this.expression(e.right) && this.target(e.left);
      return ARITHMETIC.has(op) && this.expression(e.left) && this.expression(e.right);
    }
    return false;
  }
}

/** The loop's start, evaluated again by the test: literals, scalar variables and arithmetic that cannot fail. */
function pureStart(ctx: LowerContext, e: ts.Expression): boolean {
  e = unparen(e);
  if (ts.isNumericLiteral(e)) return true;
  if (ts.isIdentifier(e)) return isScalarName(ctx, e);
  if (ts.isPrefixUnaryExpression(e)) return e.operator === ts.SyntaxKind.MinusToken && pureStart(ctx, e.operand);
  if (!ts.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  return (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.MinusToken || op === ts.SyntaxKind.AsteriskToken) && pureStart(ctx, e.left) && pureStart(ctx, e.right);
}

/** An operand the loop cannot change: an integer literal, or an int32 variable the body does not assign. */
function invariantInt(ctx: LowerContext, e: ts.Expression, body: BodyCheck): boolean {
  e = unparen(e);
  if (ts.isNumericLiteral(e)) return Number.isInteger(Number(e.text)) && Number(e.text) < 2 ** 31;
  if (!ts.isIdentifier(e) || cppOf(ctx, e) !== "int32_t") return false;
  const symbol = ctx.symbolOf(e);
  return !!symbol && !ctx.celled.has(symbol) && !body.assigned.has(symbol);
}

/** The plan for a `for` statement whose bounds checks can be hoisted, else undefined. */
export function hoistPlan(ctx: LowerContext, node: ts.ForStatement): HoistPlan | undefined {
  const init = node.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return undefined;
  const d = init.declarations[0];
  if (!ts.isIdentifier(d.name) || !d.initializer) return undefined;
  const counter = ctx.checker.getSymbolAtLocation(d.name);
  if (!counter || ctx.celled.has(counter) || symbolCpp(ctx, counter, d) !== "int32_t") return undefined;
  const isCounter = (e: ts.Expression) => ts.isIdentifier(unparen(e)) && ctx.symbolOf(unparen(e) as ts.Identifier) === counter;
  const cond = node.condition && unparen(node.condition);
  if (!cond || !ts.isBinaryExpression(cond) || !isCounter(cond.left)) return undefined;
  const op = cond.operatorToken.kind;
  if (op !== ts.SyntaxKind.LessThanToken && op !== ts.SyntaxKind.LessThanEqualsToken) return undefined;
  const inc = node.incrementor && unparen(node.incrementor);
  let step: ts.Expression | undefined;
  if (!inc) return undefined;
  if ((ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && inc.operator === ts.SyntaxKind.PlusPlusToken && isCounter(inc.operand)) step = undefined;
  else if (ts.isBinaryExpression(inc) && inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken && isCounter(inc.left)) step = inc.right;
  else return undefined;
  const body = new BodyCheck(ctx, counter);
  if (!body.statement(node.statement) || !pureStart(ctx, d.initializer) || body.indexed.size === 0) return undefined;
  if (body.assigned.has(counter) || !invariantInt(ctx, cond.right, body) || (step && !invariantInt(ctx, step, body))) return undefined;
  for (const array of body.indexed.keys()) if (body.assigned.has(array)) return undefined;
  if (step && ts.isNumericLiteral(unparen(step)) && !(Number((unparen(step) as ts.NumericLiteral).text) > 0)) return undefined;
  return { counter: cppIdentifier(d.name.text), arrays: [...body.indexed.values()].map((a) => exprNode(ctx, a)), from: d.initializer, bound: cond.right, inclusive: op === ts.SyntaxKind.LessThanEqualsToken, step };
}

const YIELD_CHECK = /^TSD_(LOOP_YIELD|YIELD_CHECK)\(\);$/;
const callbacksByProgram = new WeakMap<ts.Program, boolean>();

/** Whether code of the program may run inside a yield check: it uses a library (a Ticker's or an event's
 *  callback runs when the sketch yields) or a global binding (an interrupt handler). JavaScript timers do not:
 *  they run after loop() returns. */
export function callbacksAtYield(ctx: LowerContext): boolean {
  const known = callbacksByProgram.get(ctx.program);
  if (known !== undefined) return known;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && ctx.libraries.has(node.moduleSpecifier.text)) found = true;
    else if (ts.isIdentifier(node)) {
      const decl = ctx.checker.getSymbolAtLocation(node)?.declarations?.[0];
      if (decl && ctx.libraryOf(decl)) found = true;
    }
    ts.forEachChild(node, visit);
  };
  for (const file of ctx.program.getSourceFiles()) if (!file.isDeclarationFile && !ctx.isRuntimeFile(file.fileName)) visit(file);
  callbacksByProgram.set(ctx.program, found);
  return found;
}

/** True when the lowered loop holds something the rewrite cannot copy or see through: text statements (a yield
 *  check where program code may run in it), labels (a copy would define them twice), lambdas, raw text. */
function opaque(stmts: readonly Stmt[], yieldsAllowed: boolean): boolean {
  let found = false;
  const expr = (e: Expr): void => {
    if (found) return;
    switch (e.kind) {
      case "raw":
      case "lambda":
        found = true;
        return;
      case "member": return expr(e.object);
      case "call": expr(e.callee); e.args.forEach(expr); return;
      case "unary": return expr(e.operand);
      case "binary": expr(e.left); expr(e.right); return;
      case "assign": expr(e.target); expr(e.value); return;
      case "cond": expr(e.cond); expr(e.then); expr(e.else); return;
      case "cast": return expr(e.value);
      case "construct": e.args.forEach(expr); return;
      case "paren": return expr(e.inner);
      case "discard": return expr(e.value);
      case "braces": e.items.forEach(expr); return;
      default: return;
    }
  };
  const stmt = (s: Stmt): void => {
    if (found) return;
    switch (s.kind) {
      case "line":
        if (!(yieldsAllowed && YIELD_CHECK.test(s.text.trim()))) found = true;
        return;
      case "nest": case "label": case "goto": case "switch": case "forRange":
        found = true;
        return;
      case "expr": return expr(s.expr);
      case "decl": if (s.init) expr(s.init); return;
      case "assign": return expr(s.value);
      case "if": expr(s.cond); s.then.forEach(stmt); s.else?.forEach(stmt); s.before?.forEach(stmt); return;
      case "return": if (s.value) expr(s.value); return;
      case "block": case "seq": (s.kind === "block" ? s.body : s.stmts).forEach(stmt); return;
      case "while": expr(s.cond); s.body.forEach(stmt); s.before?.forEach(stmt); return;
      case "do": expr(s.cond); s.body.forEach(stmt); return;
      case "for": if (s.cond) expr(s.cond); if (s.step) expr(s.step); s.body.forEach(stmt); s.before?.forEach(stmt); return;
      default: return;
    }
  };
  stmts.forEach(stmt);
  return found;
}

/** The loop with each `a.get(j)` / `a.set(j, v)` of the plan's arrays at the counter reading the element directly. */
function unchecked(s: Stmt, plan: HoistPlan): Stmt {
  const arrays = new Set(plan.arrays.map(printExpr));
  const atCounter = (e: Expr): boolean => e.kind === "call" && e.args.length >= 1 && e.args[0].kind === "name" && e.args[0].name === plan.counter &&
    e.callee.kind === "member" && e.callee.op === "." && arrays.has(printExpr(e.callee.object));
  const expr = (e: Expr): Expr => {
    if (atCounter(e) && e.kind === "call" && e.callee.kind === "member") {
      const element = call(member(e.callee.object, ".", "uncheckedAt"), [e.args[0]], e.type);
      if (e.callee.name === "get" && e.args.length === 1) return element;
      if (e.callee.name === "set" && e.args.length === 2) return { kind: "assign", op: "=", target: element, value: expr(e.args[1]), type: e.type };
    }
    return mapSubexpressions(e, expr);
  };
  const stmt = (t: Stmt): Stmt => {
    switch (t.kind) {
      case "expr": return { ...t, expr: expr(t.expr) };
      case "decl": return t.init ? { ...t, init: expr(t.init) } : t;
      case "assign": return { ...t, value: expr(t.value) };
      case "if": return { ...t, cond: expr(t.cond), then: t.then.map(stmt), else: t.else?.map(stmt), before: t.before?.map(stmt) };
      case "return": return t.value ? { ...t, value: expr(t.value) } : t;
      case "block": return { ...t, body: t.body.map(stmt) };
      case "seq": return { ...t, stmts: t.stmts.map(stmt) };
      case "while": return { ...t, cond: expr(t.cond), body: t.body.map(stmt), before: t.before?.map(stmt) };
      case "do": return { ...t, cond: expr(t.cond), body: t.body.map(stmt) };
      case "for": return { ...t, cond: t.cond && expr(t.cond), step: t.step && expr(t.step), body: t.body.map(stmt) };
      default: return t;
    }
  };
  return stmt(s);
}

/** The lowered loop `checked` (a `for` statement) as the two versions, or undefined when it must stay as it is. */
export function hoistedLoop(ctx: LowerContext, plan: HoistPlan, checked: Stmt): Stmt | undefined {
  if (checked.kind !== "for" || checked.before?.length || opaque([checked], !callbacksAtYield(ctx))) return undefined;
  const integer = (e: ts.Expression): Expr => (ts.isNumericLiteral(unparen(e)) ? lit(integerLiteral(Number((unparen(e) as ts.NumericLiteral).text))) : exprNode(ctx, e));
  const from = integer(plan.from);
  const bound = integer(plan.bound);
  const step = plan.step ? integer(plan.step) : lit("1");
  const tests = plan.arrays.map((a) => call("ts::loopIndicesBelow", [from, bound, lit(plan.inclusive ? "true" : "false"), step, call(member(a, ".", "size"), [])]));
  const test = tests.reduce((all, t) => binary("&&", all, t));
  const fast = withArrayPointers(ctx, plan.arrays, unchecked(checked, plan));  // loop-pointers.ts
  return { kind: "if", cond: test, then: fast, else: [checked], block: true, span: checked.span };
}
