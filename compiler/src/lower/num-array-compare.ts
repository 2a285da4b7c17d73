// An element of a packed `number[]` compared with a number (issue 12): `a[i] < pivot` lowers to
// `a.ltAt(i, pivot)` (ts_num_array.h), one test of "packed, in range, and the other side an int32" before an
// int32 comparison, instead of a Num read whose paths merge before the Num comparison tests its tags again
// (the quicksort scans of bench/lx106's sort). Anything else (wide storage, past the end, a double on the other
// side) takes the Num comparison out of line, so the result is the same.
// Sound when the element is read after the other operand is evaluated makes no difference: neither the index
// nor the other operand has side effects (a call, an assignment, ++), so neither can change the array or the
// index; the index and the other operand are an int32 or a Num in C++. Not while try/catch is in the program
// (an element of a nullish array may have to raise a catchable TypeError there).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { isNumArrayName } from "./num-arrays.js";
import { NUM } from "./numrep.js";
import { cppOf, exprNode, hasSideEffects } from "./expressions.js";
import { errorsActive } from "./errors.js";
import { BOOL, scalar } from "../ir/types.js";
import { binary, call, cast, lit, member, paren, type Expr } from "../ir/nodes.js";

const METHOD: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.LessThanToken]: "ltAt",
  [ts.SyntaxKind.LessThanEqualsToken]: "leAt",
  [ts.SyntaxKind.GreaterThanToken]: "gtAt",
  [ts.SyntaxKind.GreaterThanEqualsToken]: "geAt",
};
// The comparison with its operands swapped: `p < a[j]` is `a[j] > p`.
const MIRROR: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [ts.SyntaxKind.LessThanToken]: ts.SyntaxKind.GreaterThanToken,
  [ts.SyntaxKind.LessThanEqualsToken]: ts.SyntaxKind.GreaterThanEqualsToken,
  [ts.SyntaxKind.GreaterThanToken]: ts.SyntaxKind.LessThanToken,
  [ts.SyntaxKind.GreaterThanEqualsToken]: ts.SyntaxKind.LessThanEqualsToken,
};
const OPERAND_CPP = new Set(["int32_t", NUM]);

function unparen(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** `a[i] < b` (or `b < a[i]`) on a packed number[], else undefined. */
export function numArrayComparison(ctx: LowerContext, kind: ts.SyntaxKind, left: ts.Expression, right: ts.Expression): Expr | undefined {
  if (!ctx.numArraySymbols.size || !METHOD[kind] || errorsActive(ctx)) return undefined;
  const element = (e: ts.Expression) => {
    e = unparen(e);
    return ts.isElementAccessExpression(e) && !e.questionDotToken && isNumArrayName(ctx, unparen(e.expression)) ? e : undefined;
  };
  let access = element(left);
  let other = right;
  let op = kind;
  if (!access) {
    access = element(right);
    other = left;
    op = MIRROR[kind]!;
  }
  if (!access || hasSideEffects(access.argumentExpression) || hasSideEffects(other)) return undefined;
  if (!OPERAND_CPP.has(cppOf(ctx, access.argumentExpression)) || !OPERAND_CPP.has(cppOf(ctx, other))) return undefined;
  const array = exprNode(ctx, unparen(access.expression));
  return call(member(array, ".", METHOD[op]!), [exprNode(ctx, access.argumentExpression), exprNode(ctx, other)], BOOL);
}

/** `j - lo < hi - i` on int32 values (int-ranges.ts, loop counters): sums and differences of two int32 values
 *  (or integer literals) compared in int64_t, where they are exact as they are in JavaScript (|x| < 2^33),
 *  instead of as Nums that test for overflow. At least one side is such a sum; the other an int32 or a sum.
 *  Operands without side effects only (their order does not matter then). */
export function int32SumComparison(ctx: LowerContext, kind: ts.SyntaxKind, left: ts.Expression, right: ts.Expression): Expr | undefined {
  const op = COMPARISON_OP[kind];
  if (!op || !ctx.rangeInt.size) return undefined;
  const l = sumSide(ctx, left), r = sumSide(ctx, right);
  if (!l || !r || (!l.sum && !r.sum)) return undefined;
  return binary(op, l.expr, r.expr, BOOL);
}

const COMPARISON_OP: Partial<Record<ts.SyntaxKind, "<" | "<=" | ">" | ">=">> = {
  [ts.SyntaxKind.LessThanToken]: "<",
  [ts.SyntaxKind.LessThanEqualsToken]: "<=",
  [ts.SyntaxKind.GreaterThanToken]: ">",
  [ts.SyntaxKind.GreaterThanEqualsToken]: ">=",
};

function int32Operand(ctx: LowerContext, e: ts.Expression): Expr | undefined {
  e = unparen(e);
  if (ts.isNumericLiteral(e)) {
    const v = Number(e.text);
    return Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1 ? lit(String(v)) : undefined;
  }
  if (!ts.isIdentifier(e) || cppOf(ctx, e) !== "int32_t" || hasSideEffects(e)) return undefined;
  return exprNode(ctx, e);
}

function sumSide(ctx: LowerContext, e: ts.Expression): { expr: Expr; sum: boolean } | undefined {
  e = unparen(e);
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.PlusToken || e.operatorToken.kind === ts.SyntaxKind.MinusToken)) {
    // A Num sum: JavaScript arithmetic (a fixed-width `i32` sum wraps, and is left alone).
    if (cppOf(ctx, e) !== NUM) return undefined;
    const a = int32Operand(ctx, e.left), b = int32Operand(ctx, e.right);
    if (!a || !b) return undefined;
    const wide = cast(scalar("int64_t"), a);
    return { expr: paren(binary(e.operatorToken.kind === ts.SyntaxKind.PlusToken ? "+" : "-", wide, b, scalar("int64_t"))), sum: true };
  }
  const plain = int32Operand(ctx, e);
  return plain && !ts.isNumericLiteral(e) ? { expr: plain, sum: false } : undefined;
}
