// `number` arithmetic that is int32 arithmetic (issue 12). int-ranges.ts proves variables int32 and records
// each one's interval over the whole program (ctx.rangeIntervals); their arithmetic stays ts::Num, since a sum
// of two int32 values may leave the int32 range. Here an expression of + - * % whose operands are integer
// literals and such variables is plain int32_t arithmetic when every intermediate result is proven inside
// int32 and is never -0 (`(seed * 75 + 74) % 65537` with seed in [0, 65536]): it is then exactly the double
// JavaScript computes. Sound because the intervals hold for every value the variables take (flow-insensitive),
// and the rules below are those of int-ranges.ts's evaluate (* of non-negative factors, % of a non-negative
// value by a positive one, + and - of integers, which are never -0).
//
// And ToInt32 of a sum or difference of two int32 values (`(lo + hi) >> 1`): the exact sum lies within
// ±2^32, so its ToInt32 is the wrapped 32-bit sum (ts::wrapAdd), with no Num or double in between.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { skipParens } from "./int-ranges.js";

type Interval = readonly [number, number];
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

function integerLiteral(e: ts.Expression): number | undefined {
  e = skipParens(e);
  if (ts.isNumericLiteral(e)) {
    const v = Number(e.text);
    return Number.isInteger(v) && Math.abs(v) <= INT32_MAX ? v : undefined;
  }
  return undefined;
}

const inInt32 = (v: Interval | undefined): Interval | undefined => (v && v[0] >= INT32_MIN && v[1] <= INT32_MAX ? v : undefined);

/** The interval of an int32-proven operand: a literal, a variable of int-ranges.ts, or such arithmetic. */
function interval(ctx: LowerContext, e: ts.Expression): Interval | undefined {
  e = skipParens(e);
  const lit = integerLiteral(e);
  if (lit !== undefined) return [lit, lit];
  if (ts.isIdentifier(e)) {
    const symbol = ctx.symbolOf(e);
    if (!symbol) return undefined;
    const known = ctx.rangeIntervals.get(symbol);
    if (known) return known;
    // An integer constant (`const n = 3000`, int32_t by integers.ts).
    const decl = symbol.valueDeclaration;
    const c = ctx.inferredInt.has(symbol) && decl && ts.isVariableDeclaration(decl) && !decl.type && decl.initializer && decl.parent.flags & ts.NodeFlags.Const ? integerLiteral(decl.initializer) : undefined;
    return c !== undefined ? [c, c] : undefined;
  }
  if (!ts.isBinaryExpression(e)) return undefined;
  const op = e.operatorToken.kind;
  if (op !== ts.SyntaxKind.PlusToken && op !== ts.SyntaxKind.MinusToken && op !== ts.SyntaxKind.AsteriskToken && op !== ts.SyntaxKind.PercentToken) return undefined;
  if (!(ctx.checker.getTypeAtLocation(e).flags & ts.TypeFlags.NumberLike)) return undefined;
  const a = interval(ctx, e.left);
  const b = a && interval(ctx, e.right);
  if (!a || !b) return undefined;
  switch (op) {
    case ts.SyntaxKind.PlusToken: return inInt32([a[0] + b[0], a[1] + b[1]]);
    case ts.SyntaxKind.MinusToken: return inInt32([a[0] - b[1], a[1] - b[0]]);
    case ts.SyntaxKind.AsteriskToken: return a[0] >= 0 && b[0] >= 0 ? inInt32([a[0] * b[0], a[1] * b[1]]) : undefined;
    default: return a[0] >= 0 && b[0] >= 1 ? [0, Math.min(a[1], b[1] - 1)] : undefined;
  }
}

/** Whether a `number` binary + - * % is int32 arithmetic with every intermediate result proven int32. */
export function isProvenInt32Arithmetic(ctx: LowerContext, node: ts.BinaryExpression): boolean {
  if (!ctx.rangeIntervals.size) return false;
  return interval(ctx, node) !== undefined && (ts.isBinaryExpression(skipParens(node.left)) || ts.isBinaryExpression(skipParens(node.right)) || !isLiteralPair(node));
}

function isLiteralPair(node: ts.BinaryExpression): boolean {
  return integerLiteral(node.left) !== undefined && integerLiteral(node.right) !== undefined;
}

/** `a + b` or `a - b` of two int32 variables or literals (no side effects), in a ToInt32 context: the operator
 *  and the operands, for ts::wrapAdd / ts::wrapSub. */
export function wrappingInt32Sum(ctx: LowerContext, node: ts.Expression, isInt32: (e: ts.Expression) => boolean): { fn: string; left: ts.Expression; right: ts.Expression } | undefined {
  const e = skipParens(node);
  if (!ts.isBinaryExpression(e)) return undefined;
  const op = e.operatorToken.kind;
  if (op !== ts.SyntaxKind.PlusToken && op !== ts.SyntaxKind.MinusToken) return undefined;
  if (!(ctx.checker.getTypeAtLocation(e).flags & ts.TypeFlags.NumberLike)) return undefined;
  const simple = (x: ts.Expression) => {
    const s = skipParens(x);
    return (integerLiteral(s) !== undefined || ts.isIdentifier(s)) && isInt32(s);
  };
  if (!simple(e.left) || !simple(e.right)) return undefined;
  return { fn: op === ts.SyntaxKind.PlusToken ? "ts::wrapAdd" : "ts::wrapSub", left: skipParens(e.left), right: skipParens(e.right) };
}
