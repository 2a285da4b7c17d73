// Integer inference for `number`: a `for` loop counter that starts at an integer, only moves by integer
// steps in the loop's own increment, and is bounded by an int32 quantity (an integer literal, a length, an
// integer constant) provably holds int32 values, so it is stored as int32_t. Arithmetic that uses it is still
// done in double (see fixedCpp: inferred types are not "exact"), so results never change; what changes is
// that indexing and comparisons stop converting through double (a software routine on the lx106).
import ts from "typescript";
import type { LowerContext } from "./context.js";

const INT32_MAX = 2 ** 31 - 1;
const MAX_STEP = 1 << 16;

export function analyseIntegers(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const writes = new Map<ts.Symbol, ts.Node[]>();
  const visit = (node: ts.Node): void => {
    const target = writeTarget(node);
    if (target) {
      const symbol = ctx.symbolOf(target);
      if (symbol) writes.set(symbol, [...(writes.get(symbol) ?? []), node]);
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  const candidates: ts.ForStatement[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isForStatement(node)) candidates.push(node);
    ts.forEachChild(node, collect);
  };
  for (const f of files) collect(f);
  // `const N = 20000`: an integer constant is an int32 (arithmetic with it is still done in double).
  const constants = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && !node.type && node.initializer && node.parent.flags & ts.NodeFlags.Const) {
      const v = integerValue(node.initializer);
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (v !== undefined && !Object.is(v, -0) && Math.abs(v) < INT32_MAX && symbol && !ctx.celled.has(symbol)) ctx.inferredInt.add(symbol);
    }
    ts.forEachChild(node, constants);
  };
  for (const f of files) constants(f);
  // Counters bounded by other counters need those first: iterate to a fixed point.
  const ranges = new Map<ts.Symbol, Range>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const loop of candidates) {
      const symbol = counterOf(ctx, loop, writes, ranges);
      if (symbol && !ctx.inferredInt.has(symbol)) {
        ctx.inferredInt.add(symbol);
        const range = counterRange(ctx, loop, symbol, writes, ranges);
        if (range) ranges.set(symbol, range);
        changed = true;
      }
    }
  }
  for (const loop of candidates) recordCounterInterval(ctx, loop, writes, ranges);
}

/** The values a `++`/`--` counter takes anywhere in its loop (the condition's last test included), for
 *  int-exprs.ts: its range in the body extended by the one step that ends the loop, and its start. */
function recordCounterInterval(ctx: LowerContext, loop: ts.ForStatement, writes: Map<ts.Symbol, ts.Node[]>, ranges: Map<ts.Symbol, Range>): void {
  const init = loop.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1 || !ts.isIdentifier(init.declarations[0].name)) return;
  const decl = init.declarations[0];
  const symbol = ctx.checker.getSymbolAtLocation(decl.name);
  if (!symbol || !ctx.inferredInt.has(symbol) || !ranges.has(symbol) || !decl.initializer) return;
  const steps = writes.get(symbol) ?? [];
  if (!steps.length || !steps.every((w) => ts.isPrefixUnaryExpression(w) || ts.isPostfixUnaryExpression(w))) return;
  const start = valueRange(ctx, decl.initializer, ranges);
  const cond = loop.condition;
  if (!start || !cond || !ts.isBinaryExpression(cond) || !ts.isIdentifier(cond.left) || ctx.symbolOf(cond.left) !== symbol) return;
  const bound = valueRange(ctx, cond.right, ranges);
  if (!bound) return;
  const up = steps.every((w) => (w as ts.PrefixUnaryExpression).operator === ts.SyntaxKind.PlusPlusToken);
  const down = steps.every((w) => (w as ts.PrefixUnaryExpression).operator === ts.SyntaxKind.MinusMinusToken);
  const op = cond.operatorToken.kind;
  let interval: Range | undefined;
  if (up && op === ts.SyntaxKind.LessThanToken) interval = [start[0], Math.max(start[1], bound[1])];
  else if (up && op === ts.SyntaxKind.LessThanEqualsToken) interval = [start[0], Math.max(start[1], bound[1] + 1)];
  else if (down && op === ts.SyntaxKind.GreaterThanToken) interval = [Math.min(start[0], bound[0]), start[1]];
  else if (down && op === ts.SyntaxKind.GreaterThanEqualsToken) interval = [Math.min(start[0], bound[0] - 1), start[1]];
  if (interval && interval[0] >= -INT32_MAX && interval[1] <= INT32_MAX) ctx.rangeIntervals.set(symbol, interval);
}

function writeTarget(node: ts.Node): ts.Identifier | undefined {
  if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) && ts.isIdentifier(node.operand)) return node.operand;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment && ts.isIdentifier(node.left)) return node.left;
  return undefined;
}

function integerValue(node: ts.Expression): number | undefined {
  if (ts.isParenthesizedExpression(node)) return integerValue(node.expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const v = integerValue(node.operand);
    return v === undefined ? undefined : -v;
  }
  if (ts.isNumericLiteral(node)) {
    const v = Number(node.text);
    return Number.isInteger(v) && Math.abs(v) <= INT32_MAX ? v : undefined;
  }
  return undefined;
}

/** Whether an expression is an int32 bound: a literal, a length, an integer constant or another counter. */
function isInt32Bound(ctx: LowerContext, node: ts.Expression): boolean {
  if (integerValue(node) !== undefined) return Math.abs(integerValue(node)!) < INT32_MAX - MAX_STEP;
  if (ts.isParenthesizedExpression(node)) return isInt32Bound(ctx, node.expression);
  if (ts.isPropertyAccessExpression(node) && node.name.text === "length") {
    const t = ctx.checker.getTypeAtLocation(node.expression);
    return ctx.checker.isArrayType(t) || !!(t.flags & ts.TypeFlags.StringLike) || t.getSymbol()?.name === "Uint8Array";
  }
  if (ts.isIdentifier(node)) {
    const symbol = ctx.symbolOf(node);
    if (!symbol) return false;
    if (ctx.inferredInt.has(symbol)) return true;
    const decl = symbol.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && decl.parent.flags & ts.NodeFlags.Const) {
      const v = integerValue(decl.initializer);
      return v !== undefined && Math.abs(v) < INT32_MAX - MAX_STEP;
    }
  }
  return false;
}

/** The values a counter takes inside its loop's body (the condition holds there), inclusive. */
type Range = readonly [number, number];

/** The range of an integer expression built from literals, integer constants and counters of known range. */
function valueRange(ctx: LowerContext, node: ts.Expression, ranges: Map<ts.Symbol, Range>): Range | undefined {
  if (ts.isParenthesizedExpression(node)) return valueRange(ctx, node.expression, ranges);
  const v = integerValue(node);
  if (v !== undefined) return [v, v];
  if (ts.isIdentifier(node)) {
    const symbol = ctx.symbolOf(node);
    if (!symbol) return undefined;
    const known = ranges.get(symbol);
    if (known) return known;
    const decl = symbol.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && decl.parent.flags & ts.NodeFlags.Const && !decl.type) {
      const c = integerValue(decl.initializer);
      return c === undefined ? undefined : [c, c];
    }
    return undefined;
  }
  if (ts.isBinaryExpression(node)) {
    const a = valueRange(ctx, node.left, ranges);
    const b = a && valueRange(ctx, node.right, ranges);
    if (!a || !b) return undefined;
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken: return [a[0] + b[0], a[1] + b[1]];
      case ts.SyntaxKind.MinusToken: return [a[0] - b[1], a[1] - b[0]];
      case ts.SyntaxKind.AsteriskToken: {
        const p = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
        return [Math.min(...p), Math.max(...p)];
      }
    }
  }
  return undefined;
}

/** Whether an integer start expression may be -0: the literal, a constant of it, `-0 + -0`, `-0 - 0`, or a product
 *  of a zero and a negative number (`i * -1` with i = 0). Counters of known range are int32_t, never -0. */
function mayBeMinusZero(ctx: LowerContext, node: ts.Expression, ranges: Map<ts.Symbol, Range>): boolean {
  if (ts.isParenthesizedExpression(node)) return mayBeMinusZero(ctx, node.expression, ranges);
  const v = integerValue(node);
  if (v !== undefined) return Object.is(v, -0);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const r = valueRange(ctx, node.operand, ranges);
    return !r || (r[0] <= 0 && r[1] >= 0);
  }
  if (ts.isIdentifier(node)) {
    const symbol = ctx.symbolOf(node);
    if (!symbol || ranges.has(symbol) || ctx.inferredInt.has(symbol)) return false;
    const decl = symbol.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && decl.parent.flags & ts.NodeFlags.Const) return mayBeMinusZero(ctx, decl.initializer, ranges);
    return true;
  }
  if (ts.isBinaryExpression(node)) {
    const a = node.left;
    const b = node.right;
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken: return mayBeMinusZero(ctx, a, ranges) && mayBeMinusZero(ctx, b, ranges);
      case ts.SyntaxKind.MinusToken: return mayBeMinusZero(ctx, a, ranges);
      case ts.SyntaxKind.AsteriskToken: {
        if (mayBeMinusZero(ctx, a, ranges) || mayBeMinusZero(ctx, b, ranges)) return true;
        const ra = valueRange(ctx, a, ranges);
        const rb = valueRange(ctx, b, ranges);
        if (!ra || !rb) return true;
        const zero = (r: Range) => r[0] <= 0 && r[1] >= 0;
        return (zero(ra) && rb[0] < 0) || (zero(rb) && ra[0] < 0);
      }
    }
  }
  return false;
}

const within = (r: Range | undefined, limit: number): boolean => !!r && r[0] >= -limit && r[1] <= limit;

/**
 * The range of a counter inside its loop: from its start up to the condition's bound when every step counts
 * up (`i <= N`, `i < N`), or down to it when every step counts down. Undefined when that is not so plain.
 */
function counterRange(ctx: LowerContext, loop: ts.ForStatement, symbol: ts.Symbol, writes: Map<ts.Symbol, ts.Node[]>, ranges: Map<ts.Symbol, Range>): Range | undefined {
  const decl = (loop.initializer as ts.VariableDeclarationList).declarations[0];
  const start = valueRange(ctx, decl.initializer!, ranges);
  const cond = loop.condition;
  if (!start || !cond || !ts.isBinaryExpression(cond) || !ts.isIdentifier(cond.left) || ctx.symbolOf(cond.left) !== symbol) return undefined;
  const bound = valueRange(ctx, cond.right, ranges);
  if (!bound) return undefined;
  let up = true;
  let down = true;
  for (const w of writes.get(symbol) ?? []) {
    let sign = 0;
    if (ts.isPrefixUnaryExpression(w) || ts.isPostfixUnaryExpression(w)) sign = w.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1;
    else if (ts.isBinaryExpression(w)) {
      const step = valueRange(ctx, w.right, ranges);
      if (!step) return undefined;
      const direction = w.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken ? 1 : -1;
      sign = step[0] > 0 ? direction : step[1] < 0 ? -direction : 0;
    }
    if (sign <= 0) up = false;
    if (sign >= 0) down = false;
  }
  const op = cond.operatorToken.kind;
  if (up && op === ts.SyntaxKind.LessThanEqualsToken) return [start[0], bound[1]];
  if (up && op === ts.SyntaxKind.LessThanToken) return [start[0], bound[1] - 1];
  if (down && op === ts.SyntaxKind.GreaterThanEqualsToken) return [bound[0], start[1]];
  if (down && op === ts.SyntaxKind.GreaterThanToken) return [bound[0] + 1, start[1]];
  return undefined;
}

function counterOf(ctx: LowerContext, loop: ts.ForStatement, writes: Map<ts.Symbol, ts.Node[]>, ranges: Map<ts.Symbol, Range>): ts.Symbol | undefined {
  const init = loop.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return undefined;
  const decl = init.declarations[0];
  if (!ts.isIdentifier(decl.name) || decl.type || !decl.initializer) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(decl.name);
  if (!symbol || ctx.celled.has(symbol)) return undefined;
  if (!(ctx.checker.getTypeOfSymbol(symbol).flags & ts.TypeFlags.NumberLike)) return undefined;
  // The start: an int32 bound, or arithmetic on counters of known range that stays well inside int32 (`i * i`).
  if (!isInt32Bound(ctx, decl.initializer) && !within(valueRange(ctx, decl.initializer, ranges), INT32_MAX - MAX_STEP)) return undefined;
  // An int32_t cannot hold -0 (`for (let i = -0; …)` prints -0 for its first value).
  if (mayBeMinusZero(ctx, decl.initializer, ranges)) return undefined;
  // Every write is a small integer step in the loop's own increment.
  const incrementor = loop.incrementor;
  for (const w of writes.get(symbol) ?? []) {
    if (!incrementor || w.pos < incrementor.pos || w.end > incrementor.end) return undefined;
    if (ts.isBinaryExpression(w)) {
      const op = w.operatorToken.kind;
      // A literal step or a counter of known small range (`j += i` with i <= 20000).
      const step = valueRange(ctx, w.right, ranges);
      if (!((op === ts.SyntaxKind.PlusEqualsToken || op === ts.SyntaxKind.MinusEqualsToken) && within(step, MAX_STEP))) return undefined;
    }
  }
  // The condition bounds the counter by an int32 quantity.
  const cond = loop.condition;
  if (!cond || !ts.isBinaryExpression(cond)) return undefined;
  const op = cond.operatorToken.kind;
  if (![ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken].includes(op)) return undefined;
  const isCounter = (e: ts.Expression) => ts.isIdentifier(e) && ctx.symbolOf(e) === symbol;
  if (isCounter(cond.left)) return isInt32Bound(ctx, cond.right) ? symbol : undefined;
  if (isCounter(cond.right)) return isInt32Bound(ctx, cond.left) ? symbol : undefined;
  return undefined;
}
