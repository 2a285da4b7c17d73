// Integer and string fast paths of fixed-width programs (issue 12), each a small hook of expressions.ts or
// calls.ts that returns undefined where it does not apply:
// - a comparison of an integer-typed operand with an integer literal compares integers (`i < 400`, not a
//   software-double `i < 400.0`);
// - `i32(s.charCodeAt(i))` with an integer index reads the code unit as an integer (s.codeUnitAt(i)), and
//   `i32(s.length)` the length (s.unitCount()): no conversions to and from double;
// - `s += x` on a string variable appends in place (ts::appendString) where the variable holds the only
//   reference to its buffer; on a variable that only ever holds ASCII text (ascii-strings.ts), the ASCII
//   members (no UTF-8 decoding path is linked for it);
// - a method call on a primitive receiver with primitive arguments (`i.toString()`, `s.charCodeAt(k)`) changes
//   no program state, so it does not force the operands around it into temporaries.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppOf, exprNode, isIntegerCpp, receiverNode, typeOf } from "./expressions.js";
import { exactInteger, integerLiteral, numericLiteralText } from "./literals.js";
import { isStringType } from "./types.js";
import { isAsciiStringVariable } from "./ascii-strings.js";
import { printType, typeFromSpelling } from "../ir/types.js";
import { call, cast, lit, member, type Expr } from "../ir/nodes.js";

const SIGNED = new Set(["int8_t", "int16_t", "int32_t", "int64_t"]);
const UNSIGNED = new Set(["uint8_t", "uint16_t", "uint32_t", "uint64_t"]);

function literalValue(node: ts.Expression): number | undefined {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -Number(node.operand.text);
  return undefined;
}

/** `literal` as an integer literal where it is compared with `other`, an integer-typed operand, and C++'s
 *  usual conversions compare the two exactly (a signed operand with an int32 literal, an unsigned one with a
 *  uint32 literal); else undefined. */
export function integerComparisonLiteral(ctx: LowerContext, literal: ts.Expression, other: ts.Expression): Expr | undefined {
  const value = literalValue(literal);
  if (value === undefined || !Number.isInteger(value) || Object.is(value, -0)) return undefined;
  const otherCpp = cppOf(ctx, other);
  if (literalValue(other) !== undefined) return undefined;
  const fits = SIGNED.has(otherCpp) ? value >= -(2 ** 31) && value < 2 ** 31 : UNSIGNED.has(otherCpp) ? value >= 0 && value < 2 ** 31 : false;
  if (fits) return lit(integerLiteral(value), typeFromSpelling("int32_t"));
  // An i64/u64 compared with a literal the type holds: the integer it spells (past 2^53 a double is not it).
  let inner = literal;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  const digits = ts.isNumericLiteral(inner) ? inner : ts.isPrefixUnaryExpression(inner) && ts.isNumericLiteral(inner.operand) ? inner.operand : undefined;
  const exact = (otherCpp === "int64_t" || otherCpp === "uint64_t") && digits ? exactInteger(numericLiteralText(digits)) : undefined;
  if (exact === undefined) return undefined;
  const v = value < 0 ? -exact : exact;
  const inRange = otherCpp === "int64_t" ? v >= -(2n ** 63n) && v < 2n ** 63n : v >= 0n && v < 2n ** 64n;
  return inRange ? lit(integerLiteral(value, numericLiteralText(digits!)), typeFromSpelling(otherCpp)) : undefined;
}

/** i32(s.charCodeAt(i)) / u32(…) / i64(…) / u64(…) with an integer-typed index: the code unit, 0 (NaN
 *  converted) out of range; the types narrower than a code unit saturate, and keep the double path. */
export function codeUnitConversion(ctx: LowerContext, arg: ts.Expression, to: string): Expr | undefined {
  if (!["int32_t", "uint32_t", "int64_t", "uint64_t"].includes(to)) return undefined;
  while (ts.isParenthesizedExpression(arg)) arg = arg.expression;
  const length = stringLengthCount(ctx, arg);
  if (length) return cast(typeFromSpelling(to), length);
  if (!ts.isCallExpression(arg) || arg.arguments.length !== 1 || !ts.isPropertyAccessExpression(arg.expression)) return undefined;
  const access = arg.expression;
  if (access.name.text !== "charCodeAt" || access.questionDotToken || !isStringType(typeOf(ctx, access.expression))) return undefined;
  if (cppOf(ctx, access.expression) !== "ts::String") return undefined;
  const index = arg.arguments[0];
  if (!["int8_t", "int16_t", "int32_t", "uint8_t", "uint16_t"].includes(cppOf(ctx, index))) return undefined;
  // The receiver is evaluated before the argument in a C++17 member call, as in JavaScript.
  const unit = call(member(receiverNode(ctx, access.expression), ".", isAsciiStringVariable(ctx, access.expression) ? "asciiCodeUnitAt" : "codeUnitAt"), [exprNode(ctx, index)], typeFromSpelling("int32_t"));
  return to === "int32_t" ? unit : cast(typeFromSpelling(to), unit);
}

/** `s.length` of a string as its uint32 count (s.unitCount()), for i32(s.length) and friends: exact, since a
 *  string is shorter than 2^30 units, and links no software-double conversion (issue 12, code size). */
function stringLengthCount(ctx: LowerContext, node: ts.Expression): Expr | undefined {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== "length" || node.questionDotToken) return undefined;
  if (!isStringType(typeOf(ctx, node.expression)) || cppOf(ctx, node.expression) !== "ts::String") return undefined;
  return call(member(receiverNode(ctx, node.expression), ".", isAsciiStringVariable(ctx, node.expression) ? "asciiUnitCount" : "unitCount"), [], typeFromSpelling("uint32_t"));
}

/** `target += a + b + …` on a string variable whose operands need no sequencing: the in-place append of
 *  each part (an int32 converted by ts::toString is formatted into the buffer, not into a string first). */
export function stringAppend(target: Expr, parts: readonly Expr[], ascii = false): Expr {
  const unwrapped = parts.map((p) =>
    p.kind === "call" && p.callee.kind === "name" && p.callee.name === "ts::toString" && p.args.length === 1 && p.args[0].type && printType(p.args[0].type) === "int32_t" ? p.args[0] : p);
  return call(ascii ? "ts::appendProvenAsciiString" : "ts::appendString", [target, ...unwrapped], typeFromSpelling("ts::String"));
}

/** Whether a call changes no program state: a method of the standard library on a string, number or boolean
 *  receiver, with string, number or boolean arguments (no callback that could run program code). */
export function isPrimitiveMethodCall(ctx: LowerContext, node: ts.Node): boolean {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const primitive = (n: ts.Node): boolean => {
    const t = typeOf(ctx, n);
    return !t.isUnion() && !!(t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike));
  };
  if (!primitive(node.expression.expression) || !node.arguments.every(primitive)) return false;
  const decl = ctx.symbolOf(node.expression.name)?.declarations?.[0] ?? ctx.checker.getSymbolAtLocation(node.expression.name)?.declarations?.[0];
  return !!decl && ctx.isRuntimeFile(decl.getSourceFile().fileName);
}
