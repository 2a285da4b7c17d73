// String reads in `number` arithmetic without a software double (issue 12), each a hook that returns
// undefined where it does not apply:
// - `s.charCodeAt(i)` with an int32 index, as an operand of ts::Num arithmetic, is read as a Num
//   (ts::charCodeAtNum: the code unit as an int32, NaN out of range) instead of a double made a Num;
// - `s.length` compared with an int32 counter is compared as an int32 (ts::lengthInt32), not as two doubles.
// Both operands are plain names, so evaluating them in either order changes nothing.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppOf, exprNode } from "./expressions.js";
import { NUM } from "./numrep.js";
import { typeFromSpelling } from "../ir/types.js";
import { call, type Expr } from "../ir/nodes.js";

const SMALL_INTEGERS = new Set(["int8_t", "int16_t", "int32_t", "uint8_t", "uint16_t"]);

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** A receiver or index without side effects: a name, or `this.name`. */
function isPlainName(e: ts.Expression): boolean {
  e = skipParens(e);
  if (ts.isIdentifier(e)) return true;
  return ts.isPropertyAccessExpression(e) && !e.questionDotToken && e.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(e.name);
}

function isStringName(ctx: LowerContext, e: ts.Expression): boolean {
  return isPlainName(e) && cppOf(ctx, skipParens(e)) === "ts::String";
}

/** `s.charCodeAt(i)` (s a string name, i an int32 name) as an operand of Num arithmetic: a Num read. */
export function numCharCodeAt(ctx: LowerContext, node: ts.Expression): Expr | undefined {
  const e = skipParens(node);
  if (!ts.isCallExpression(e) || e.questionDotToken || e.arguments.length !== 1 || !ts.isPropertyAccessExpression(e.expression)) return undefined;
  const access = e.expression;
  if (access.name.text !== "charCodeAt" || access.questionDotToken || !isStringName(ctx, access.expression)) return undefined;
  const index = e.arguments[0];
  if (!isPlainName(index) || !SMALL_INTEGERS.has(cppOf(ctx, skipParens(index)))) return undefined;
  return call("ts::charCodeAtNum", [exprNode(ctx, skipParens(access.expression)), exprNode(ctx, skipParens(index))], typeFromSpelling(NUM));
}

/** `s.length` (s a string name) compared with `other`, an operand of a small integer type: an int32 length. */
export function int32LengthOperand(ctx: LowerContext, operand: ts.Expression, other: ts.Expression): Expr | undefined {
  const e = skipParens(operand);
  if (!ts.isPropertyAccessExpression(e) || e.questionDotToken || e.name.text !== "length" || !isStringName(ctx, e.expression)) return undefined;
  if (!SMALL_INTEGERS.has(cppOf(ctx, other))) return undefined;
  return call("ts::lengthInt32", [exprNode(ctx, skipParens(e.expression))], typeFromSpelling("int32_t"));
}
