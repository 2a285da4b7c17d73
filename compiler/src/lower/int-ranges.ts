// Interval analysis of `number` locals and parameters (issue 12): a variable whose every value is an integer
// of proven int32 range is stored as int32_t (ctx.inferredInt, as the loop counters of integers.ts), so
// indices such as quicksort's lo/hi/i/j cost integer instructions instead of ts::Num tag checks.
//
// Each candidate gets one interval for the whole program (flow-insensitive): the join of the intervals of
// everything it receives (its initialiser, assignments, ++/--, += and -=, the arguments of every call of its
// function). An assignment may use what the conditions around it prove (`while (a[i] < p) i++`: a true
// comparison of a number[] element means i was an index of it, so i + 1 <= 2^31 - 1; `if (i <= j) i++`:
// i + 1 <= the upper bound of j), as long as no variable of the condition can be written between the test and
// the assignment. Growing bounds jump to the next threshold (widening), so the fixed point is reached in a few
// rounds. Values must be integral and never -0: literals, + and - of such values, * of non-negative ones,
// % of a non-negative value by a positive one, shifts and bitwise results; anything else (an element read, a
// call, a division) makes the variable unknown, and so everything computed from it.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { annotatedCpp } from "./types.js";

type Interval = readonly [number, number];

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** The longest array or string the runtime can hold, with room to spare: its elements take at least a byte,
 *  and neither the board nor the host build allocates 2 GB for one. */
const MAX_LENGTH = 2 ** 31 - 1;
const WIDEN_AFTER = 4;
const MAX_ROUNDS = 60;

type Write = { target: ts.Symbol; node: ts.Node; value: (at: ts.Node, env: Env) => Interval | undefined };
type Env = (s: ts.Symbol) => Interval | undefined;

export function analyseIntRanges(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const userFiles = files.filter((f) => !ctx.isRuntimeFile(f.fileName));
  const candidates = new Set<ts.Symbol>();
  const locals = new Set<ts.Symbol>();
  const excluded = new Set<ts.Symbol>();
  const writes: Write[] = [];
  const escaping = escapingFunctions(ctx, userFiles);
  const isPlainNumber = (t: ts.Type) => !t.isUnion() && !!(t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) && !(t.flags & ts.TypeFlags.EnumLike) && !t.aliasSymbol;

  const collect = (node: ts.Node): void => {
    // Functions returning a number may get int32 copies (int-clones.ts), which type their own locals; a body
    // with a loop never gets one (the copies have none), so its locals and parameters are analysed here.
    if (ts.isFunctionDeclaration(node) && returnsNumber(ctx, node) && !containsLoop(node)) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && ts.isVariableDeclarationList(node.parent) && !ts.isForOfStatement(node.parent.parent) && !ts.isForInStatement(node.parent.parent)) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (symbol && !ctx.inferredInt.has(symbol) && !ctx.celled.has(symbol) && isPlainNumber(ctx.checker.getTypeOfSymbol(symbol)) && !annotatedCpp(ctx, node.type)) {
        candidates.add(symbol);
        if (enclosingFunction(node)) locals.add(symbol);
        if (node.initializer) {
          const init = node.initializer;
          writes.push({ target: symbol, node, value: (at, env) => evaluate(ctx, init, at, env, locals) });
        } else excluded.add(symbol);
      }
    } else if (ts.isParameter(node) && ts.isIdentifier(node.name) && ts.isFunctionDeclaration(node.parent) && node.parent.body && !node.parent.typeParameters?.length && !escaping.has(node.parent) && !node.parent.asteriskToken) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      const fnSymbol = node.parent.name && ctx.checker.getSymbolAtLocation(node.parent.name);
      if (symbol && fnSymbol && (fnSymbol.declarations?.length ?? 0) === 1 && !node.initializer && !node.questionToken && !node.dotDotDotToken && !ctx.celled.has(symbol) && isPlainNumber(ctx.checker.getTypeOfSymbol(symbol)) && !annotatedCpp(ctx, node.type)) {
        candidates.add(symbol);
        locals.add(symbol);
      }
    }
    ts.forEachChild(node, collect);
  };
  for (const f of userFiles) collect(f);
  if (!candidates.size) return;

  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const target = assignedSymbol(ctx, node.left);
      if (target && candidates.has(target)) {
        const op = node.operatorToken.kind;
        const right = node.right;
        if (op === ts.SyntaxKind.EqualsToken) writes.push({ target, node, value: (at, env) => evaluate(ctx, right, at, env, locals) });
        else if (op === ts.SyntaxKind.PlusEqualsToken || op === ts.SyntaxKind.MinusEqualsToken) {
          const sign = op === ts.SyntaxKind.PlusEqualsToken ? 1 : -1;
          writes.push({ target, node, value: (at, env) => combine(refined(ctx, target, at, env, locals), evaluate(ctx, right, at, env, locals), sign) });
        } else excluded.add(target);
      }
    } else if (ts.isIdentifier(node) && isDestructuredWrite(node)) {
      const target = ctx.symbolOf(node);
      if (target) excluded.add(target);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      const target = assignedSymbol(ctx, node.operand);
      if (target && candidates.has(target)) {
        const step = node.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1;
        writes.push({ target, node, value: (at, env) => combine(refined(ctx, target, at, env, locals), [1, 1], step) });
      }
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const decl = ctx.checker.getResolvedSignature(node)?.getDeclaration();
      if (decl && ts.isFunctionDeclaration(decl)) {
        const args = node.arguments ?? ts.factory.createNodeArray();
        decl.parameters.forEach((p, i) => {
          const symbol = ts.isIdentifier(p.name) ? ctx.checker.getSymbolAtLocation(p.name) : undefined;
          if (!symbol || !candidates.has(symbol)) return;
          const arg = args[i];
          if (!arg || args.some(ts.isSpreadElement)) excluded.add(symbol);
          else writes.push({ target: symbol, node: arg, value: (at, env) => evaluate(ctx, arg, at, env, locals) });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const f of userFiles) visit(f);

  // Thresholds for widening: the integers the program writes, the bounds of a length, of int32.
  const thresholds = [INT32_MIN, -MAX_LENGTH - 1, -1, 0, 1, MAX_LENGTH, INT32_MAX];
  const sorted = [...new Set(thresholds)].sort((a, b) => a - b);
  const intervals = new Map<ts.Symbol, Interval>();
  const changes = new Map<ts.Symbol, number>();
  const unknown = new Set<ts.Symbol>(excluded);
  const env: Env = (s) => (!candidates.has(s) || unknown.has(s) ? undefined : (intervals.get(s) ?? EMPTY));
  let settled = false;
  for (let round = 0; round < MAX_ROUNDS && !settled; round++) {
    settled = true;
    for (const w of writes) {
      if (unknown.has(w.target)) continue;
      const v = w.value(w.node, env);
      const old = intervals.get(w.target);
      if (!v || !Number.isFinite(v[0]) || !Number.isFinite(v[1])) {
        if (v && v[0] > v[1]) continue;  // nothing reaches the write yet
        unknown.add(w.target);
        settled = false;
        continue;
      }
      if (v[0] > v[1]) continue;
      if (old && v[0] >= old[0] && v[1] <= old[1]) continue;
      let next: [number, number] = old ? [Math.min(old[0], v[0]), Math.max(old[1], v[1])] : [v[0], v[1]];
      const n = (changes.get(w.target) ?? 0) + 1;
      changes.set(w.target, n);
      if (n > WIDEN_AFTER && old) {
        if (next[0] < old[0]) next[0] = [...sorted].reverse().find((t) => t <= next[0]) ?? -Infinity;
        if (next[1] > old[1]) next[1] = sorted.find((t) => t >= next[1]) ?? Infinity;
      }
      if (next[0] < INT32_MIN || next[1] > INT32_MAX) {
        unknown.add(w.target);
      } else intervals.set(w.target, next);
      settled = false;
    }
  }
  if (!settled) return;
  narrow(writes, intervals, unknown, env);
  for (const s of candidates) {
    const r = intervals.get(s);
    if (!unknown.has(s) && r && r[0] >= INT32_MIN && r[1] <= INT32_MAX) {
      ctx.inferredInt.add(s);
      ctx.rangeInt.add(s);
      ctx.rangeIntervals.set(s, r);
    }
  }
}

const EMPTY: Interval = [Infinity, -Infinity];
const NARROW_ROUNDS = 3;

/** Descending rounds after the fixed point: each variable's interval becomes the join of what its writes give
 *  under the current intervals (`if (q < 5) q++` widened q to [-5, 2^31 - 1]; one round gives [-5, 5]). Sound:
 *  the intervals after widening hold every value, and recomputing from them cannot lose one. */
function narrow(writes: readonly Write[], intervals: Map<ts.Symbol, Interval>, unknown: Set<ts.Symbol>, env: Env): void {
  const byTarget = new Map<ts.Symbol, Write[]>();
  for (const w of writes) if (!unknown.has(w.target)) byTarget.set(w.target, [...(byTarget.get(w.target) ?? []), w]);
  for (let round = 0; round < NARROW_ROUNDS; round++) {
    for (const [target, ws] of byTarget) {
      const old = intervals.get(target);
      if (!old) continue;
      let lo = Infinity;
      let hi = -Infinity;
      let ok = true;
      for (const w of ws) {
        const v = w.value(w.node, env);
        if (!v || Number.isNaN(v[0]) || Number.isNaN(v[1])) {
          ok = false;
          break;
        }
        if (v[0] > v[1]) continue;
        lo = Math.min(lo, v[0]);
        hi = Math.max(hi, v[1]);
      }
      if (ok && lo <= hi && lo >= old[0] && hi <= old[1]) intervals.set(target, [lo, hi]);
    }
  }
}

function combine(a: Interval | undefined, b: Interval | undefined, sign: number): Interval | undefined {
  if (!a || !b) return undefined;
  if (a[0] > a[1] || b[0] > b[1]) return EMPTY;
  return sign > 0 ? [a[0] + b[0], a[1] + b[1]] : [a[0] - b[1], a[1] - b[0]];
}

function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (ts.isFunctionLike(p)) return p;
  return undefined;
}

function assignedSymbol(ctx: LowerContext, node: ts.Expression): ts.Symbol | undefined {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isIdentifier(node) ? ctx.symbolOf(node) : undefined;
}

export function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function integerLiteral(e: ts.Expression): number | undefined {
  e = skipParens(e);
  if (ts.isNumericLiteral(e)) {
    const v = Number(e.text);
    return Number.isInteger(v) && Math.abs(v) <= INT32_MAX ? v : undefined;
  }
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
    const v = integerLiteral(e.operand);
    return v === undefined || v === 0 ? undefined : -v;
  }
  return undefined;
}

/** The interval of an integral, never -0 expression at `at`, or undefined. */
function evaluate(ctx: LowerContext, e: ts.Expression, at: ts.Node, env: Env, locals: Set<ts.Symbol>): Interval | undefined {
  const rec = (x: ts.Expression) => evaluate(ctx, x, at, env, locals);
  e = skipParens(e);
  const lit = integerLiteral(e);
  if (lit !== undefined) return [lit, lit];
  if (ts.isIdentifier(e)) {
    const symbol = ctx.symbolOf(e);
    if (!symbol) return undefined;
    if (ctx.inferredInt.has(symbol)) {
      const decl = symbol.valueDeclaration;
      const c = decl && ts.isVariableDeclaration(decl) && decl.initializer && decl.parent.flags & ts.NodeFlags.Const ? integerLiteral(decl.initializer) : undefined;
      return c !== undefined ? [c, c] : [INT32_MIN, INT32_MAX];
    }
    return refined(ctx, symbol, at, env, locals);
  }
  if (ts.isPropertyAccessExpression(e) && e.name.text === "length" && !e.questionDotToken) {
    const t = ctx.checker.getTypeAtLocation(e.expression);
    if (ctx.checker.isArrayType(t) || (!t.isUnion() && !!(t.flags & ts.TypeFlags.StringLike)) || t.getSymbol()?.name === "Uint8Array") return [0, MAX_LENGTH];
    return undefined;
  }
  if (ts.isPrefixUnaryExpression(e)) {
    const v = rec(e.operand);
    if (!v || v[0] > v[1]) return v;
    if (e.operator === ts.SyntaxKind.PlusToken) return v;
    if (e.operator === ts.SyntaxKind.MinusToken && (v[0] > 0 || v[1] < 0)) return [-v[1], -v[0]];
    if (e.operator === ts.SyntaxKind.TildeToken) return [INT32_MIN, INT32_MAX];
    return undefined;
  }
  if (ts.isConditionalExpression(e)) {
    const a = rec(e.whenTrue);
    const b = a && rec(e.whenFalse);
    return a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : undefined;
  }
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.BarToken || op === ts.SyntaxKind.CaretToken || op === ts.SyntaxKind.LessThanLessThanToken) return [INT32_MIN, INT32_MAX];
    if (op === ts.SyntaxKind.AmpersandToken) {
      const mask = integerLiteral(e.right) ?? integerLiteral(e.left);
      return mask !== undefined && mask >= 0 ? [0, mask] : [INT32_MIN, INT32_MAX];
    }
    if (op === ts.SyntaxKind.GreaterThanGreaterThanToken) {
      const k = integerLiteral(e.right);
      if (k === undefined || k < 0 || k > 31) return [INT32_MIN, INT32_MAX];
      const v = rec(e.left);
      if (v && v[0] <= v[1] && v[0] >= INT32_MIN && v[1] <= INT32_MAX) return [Math.floor(v[0] / 2 ** k), Math.floor(v[1] / 2 ** k)];
      return [Math.floor(INT32_MIN / 2 ** k), Math.floor(INT32_MAX / 2 ** k)];
    }
    if (ctx.checker.getTypeAtLocation(e).flags & ts.TypeFlags.StringLike) return undefined;
    const a = rec(e.left);
    const b = a && rec(e.right);
    if (!a || !b) return undefined;
    if (a[0] > a[1] || b[0] > b[1]) return EMPTY;
    switch (op) {
      case ts.SyntaxKind.PlusToken: return combine(a, b, 1);
      case ts.SyntaxKind.MinusToken: return combine(a, b, -1);
      case ts.SyntaxKind.AsteriskToken: return a[0] >= 0 && b[0] >= 0 ? [a[0] * b[0], a[1] * b[1]] : undefined;
      case ts.SyntaxKind.PercentToken: return a[0] >= 0 && b[0] >= 1 ? [0, Math.min(a[1], b[1] - 1)] : undefined;
    }
  }
  return undefined;
}

/** A variable's interval at `at`, narrowed by the conditions around `at` that still hold there. */
function refined(ctx: LowerContext, symbol: ts.Symbol, at: ts.Node, env: Env, locals: Set<ts.Symbol>): Interval | undefined {
  const base = env(symbol);
  if (!base || !locals.has(symbol)) return base;
  let lo = base[0];
  let hi = base[1];
  for (const fact of factsAt(ctx, at)) {
    // The fact is about the value the variable had at the test: nothing may write it since. (The other side
    // is bounded by its interval over the whole program, which covers the value it had at the test.)
    if (writtenBetween(ctx, fact.body, at, new Set([symbol]), fact.guard)) continue;
    const l = skipParens(fact.left);
    const r = skipParens(fact.right);
    // a[v] compared true: v was an index of the number[] a.
    for (const side of [l, r]) {
      if (ts.isElementAccessExpression(side) && !side.questionDotToken && ts.isIdentifier(skipParens(side.argumentExpression)) && ctx.symbolOf(skipParens(side.argumentExpression) as ts.Identifier) === symbol && isNumberArray(ctx, side.expression)) {
        lo = Math.max(lo, 0);
        hi = Math.min(hi, MAX_LENGTH - 1);
      }
    }
    // v < e, v <= e, e > v, e >= v (and the mirrored bounds from below).
    const bound = (other: ts.Expression) => evaluate(ctx, other, at, (s) => env(s), new Set());
    const isV = (x: ts.Expression) => ts.isIdentifier(x) && ctx.symbolOf(x) === symbol;
    let upper: [ts.Expression, number] | undefined;
    let lower: [ts.Expression, number] | undefined;
    const op = fact.op;
    const strict = op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.GreaterThanToken ? 1 : 0;
    const less = op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken;
    if (isV(l)) (less ? (upper = [r, strict]) : (lower = [r, strict]));
    else if (isV(r)) (less ? (lower = [l, strict]) : (upper = [l, strict]));
    if (upper) {
      const b = bound(upper[0]);
      if (b && b[0] <= b[1]) hi = Math.min(hi, b[1] - upper[1]);
    }
    if (lower) {
      const b = bound(lower[0]);
      if (b && b[0] <= b[1]) lo = Math.max(lo, b[0] + lower[1]);
    }
  }
  return [lo, hi];
}

function isNumberArray(ctx: LowerContext, e: ts.Expression): boolean {
  const t = ctx.checker.getTypeAtLocation(e);
  if (!ctx.checker.isArrayType(t) || t.isUnion()) return false;
  const element = ctx.checker.getTypeArguments(t as ts.TypeReference)[0];
  return !!element && !element.isUnion() && !!(element.flags & ts.TypeFlags.Number);
}

type Fact = { left: ts.Expression; op: ts.SyntaxKind; right: ts.Expression; guard: ts.Node; body: ts.Node };
const RELATIONS = new Set([ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken]);

/** The comparisons true when the if/while/for statements around `at` (inside the same function) tested
 *  their conditions: the conjuncts that call nothing and write nothing. */
function factsAt(ctx: LowerContext, at: ts.Node): Fact[] {
  const facts: Fact[] = [];
  let child: ts.Node = at;
  for (let p = at.parent; p && !ts.isFunctionLike(p) && !ts.isSourceFile(p); child = p, p = p.parent) {
    let cond: ts.Expression | undefined;
    let body: ts.Node | undefined;
    if (ts.isIfStatement(p) && child === p.thenStatement) (cond = p.expression), (body = p.thenStatement);
    else if (ts.isWhileStatement(p) && child === p.statement) (cond = p.expression), (body = p.statement);
    else if (ts.isForStatement(p) && p.condition && (child === p.statement || child === p.incrementor)) (cond = p.condition), (body = p);
    if (!cond || !body) continue;
    for (const c of conjuncts(cond)) {
      if (variablesOf(ctx, c) === undefined) continue;
      facts.push({ left: c.left, op: c.operatorToken.kind, right: c.right, guard: p, body });
    }
  }
  return facts;
}

function conjuncts(e: ts.Expression): ts.BinaryExpression[] {
  e = skipParens(e);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return [...conjuncts(e.left), ...conjuncts(e.right)];
  return ts.isBinaryExpression(e) && RELATIONS.has(e.operatorToken.kind) ? [e] : [];
}

/** The variables a comparison reads; undefined when it calls anything or writes (then it proves nothing). */
function variablesOf(ctx: LowerContext, e: ts.Expression): Set<ts.Symbol> | undefined {
  const out = new Set<ts.Symbol>();
  let ok = true;
  const walk = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isFunctionLike(n) || ts.isPrefixUnaryExpression(n) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) || ts.isPostfixUnaryExpression(n) || (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment)) {
      ok = false;
      return;
    }
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      if (ts.isPropertyAccessExpression(p) && p.name === n) return;
      const s = ctx.symbolOf(n);
      const t = ctx.checker.getTypeAtLocation(n);
      if (s && t.flags & ts.TypeFlags.NumberLike) out.add(s);
      return;
    }
    ts.forEachChild(n, walk);
  };
  walk(e);
  return ok ? out : undefined;
}

/** Whether a variable of `vars` may be written after the test of `guard` and before `at` runs: a write in the
 *  guarded body textually before `at`, or any write of them inside a loop (within the body) around `at`. */
function writtenBetween(ctx: LowerContext, body: ts.Node, at: ts.Node, vars: Set<ts.Symbol>, guard: ts.Node): boolean {
  const loopsAround: ts.Node[] = [];
  for (let p = at.parent; p && p !== guard; p = p.parent) if (ts.isIterationStatement(p, false)) loopsAround.push(p);
  // The increment of a `for` runs after the whole body: every write in the body comes before it.
  const inIncrement = ts.isForStatement(body) && !!body.incrementor && at.pos >= body.incrementor.pos && at.end <= body.incrementor.end;
  let found = false;
  const walk = (n: ts.Node): void => {
    if (found) return;
    const target = writeTargetOf(n);
    if (target) {
      const s = ctx.symbolOf(target);
      if (s && vars.has(s)) {
        const inLoop = loopsAround.some((l) => n.pos >= l.pos && n.end <= l.end);
        const before = n.end <= at.pos || (inIncrement && ts.isForStatement(body) && n.pos >= body.statement.pos && n.end <= body.statement.end);
        const isAt = n === at;
        if (inLoop || (before && !isAt)) {
          found = true;
          return;
        }
      }
    }
    ts.forEachChild(n, walk);
  };
  // In a `for`, the increment runs before the test: it is between the test and `at` only when `at` is in it.
  if (ts.isForStatement(body)) {
    walk(body.statement);
    if (body.incrementor && inIncrement) walk(body.incrementor);
  } else walk(body);
  return found;
}

function writeTargetOf(n: ts.Node): ts.Identifier | undefined {
  if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) {
    const o = skipParens(n.operand);
    return ts.isIdentifier(o) ? o : undefined;
  }
  if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
    const o = skipParens(n.left);
    return ts.isIdentifier(o) ? o : undefined;
  }
  if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) return n.name;
  return undefined;
}

/** Function declarations used other than by a direct call. */
function escapingFunctions(ctx: LowerContext, files: readonly ts.SourceFile[]): Set<ts.Node> {
  const out = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const called = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node;
      const isDeclName = ts.isFunctionDeclaration(parent) && parent.name === node;
      if (!called && !isDeclName) for (const d of ctx.symbolOf(node)?.declarations ?? []) if (ts.isFunctionDeclaration(d)) out.add(d);
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  return out;
}

/** A loop anywhere in the function (nested functions included): int-clones.ts copies no such function. */
function containsLoop(fn: ts.FunctionDeclaration): boolean {
  const visit = (n: ts.Node): boolean => ts.isIterationStatement(n, false) || !!ts.forEachChild(n, visit);
  return !!fn.body && visit(fn.body);
}

function returnsNumber(ctx: LowerContext, fn: ts.FunctionDeclaration): boolean {
  const sig = ctx.checker.getSignatureFromDeclaration(fn);
  return !!sig && !!(sig.getReturnType().flags & ts.TypeFlags.NumberLike);
}

/** An identifier written by a destructuring assignment or a for-of/for-in head (`[i, j] = [j, i]`). */
function isDestructuredWrite(id: ts.Identifier): boolean {
  let n: ts.Node = id;
  for (let p = n.parent; p; n = p, p = p.parent) {
    if (ts.isParenthesizedExpression(p) || ts.isArrayLiteralExpression(p) || ts.isSpreadElement(p) || ts.isObjectLiteralExpression(p) || ts.isSpreadAssignment(p)) continue;
    if (ts.isShorthandPropertyAssignment(p)) continue;
    if (ts.isPropertyAssignment(p) && p.initializer === n) continue;
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.left === n) return n !== id;
    if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return true;
    return false;
  }
  return false;
}
