// Expressions → C++ expressions. `expr(node)` yields the value in the C++ representation of the node's
// (flow-narrowed) TypeScript type; `exprAs(node, cpp)` converts it to a target representation (assignments,
// arguments, returns). JavaScript evaluates operands left to right, C++ leaves the order of function arguments
// unspecified: where two or more operands have side effects they are sequenced through temporaries.
import ts from "typescript";
import { kindOf } from "../ir/types.js";
import type { LowerContext } from "./context.js";
import { guardNarrowedObject, annotatedCpp, objectFieldName, arraySpelling, holdsFixedWidth, fixedTypeOfExpression, symbolTypeOf, isAnonymousObjectType, cppType, cppIdentifier, hasNullish, isHandleCpp, isStringType, isNumberType, isBooleanType, qualifiedName, fixedWidthName, FIXED_WIDTH, symbolCpp } from "./types.js";
import { numberLiteral, stringLiteral, integerLiteral, isIntegerLiteralFor, numericLiteralText } from "./literals.js";
import { NUM, isNumExpr, numConversion, numLiteral, numOperand } from "./numrep.js";
import { isNumArrayName, NUM_ARRAY } from "./num-arrays.js";
import { int32SumComparison, numArrayComparison } from "./num-array-compare.js";
import { lowerCallNode, lowerNewNode } from "./calls.js";
import { lowerFunctionExpressionNode, returnCppOf } from "./functions.js";
import { BOARD_TYPINGS } from "../program.js";
import { typeFromSpelling, printType, optional, isScalar, isInteger, unsignedOf, refClassName, DOUBLE as DOUBLE_T, BOOL as BOOL_T, STRING as STRING_T, NULL_T as NULL_TYPE, UNDEFINED_T as UNDEFINED_TYPE, INT32 as INT32_T, scalar, type CppType } from "../ir/types.js";
import { decl as declStmt, raw, ifStmt, assign, exprStmt, line, type Stmt, type Expr, type BinaryOp, asExpr, lit, name as nameExpr, assignExpr, type AssignOp, member, call, unary, binary as binaryExpr, cond, cast, construct, paren, typed } from "../ir/nodes.js";
import { printExpr, printStmts, precedence } from "../ir/print.js";
import { discard, returnStmt, seq } from "../ir/nodes.js";
import { named } from "../ir/types.js";
import { isJsonParseCall, jsonParseCpp } from "./json.js";
import { isRecordContext, checkRecordConversion, isPatternContext } from "./records.js";
import { isTupleRecordCpp, tupleLiteral, tupleElementField } from "./tuples.js";
import { destructuringAssignment } from "./destructuring.js";
import { logicalAssignment } from "./logical-assign.js";
import { arraySpread, objectSpread } from "./spread.js";
import { lowerRegExpLiteral, regexpGroupAccess, regexpMatchElement, unsupportedRegExpMember } from "./regexp.js";
import { enumReverseMapping, lowerStringRaw } from "./stdlib.js";
import { branchYield } from "./yields.js";
import { checkedRowStore, checkRowHeld, rowReadOperands } from "./errors-elements.js";
import { isUnsoundVariable } from "./errors-variables.js";
import { tdzFacts } from "./tdz.js";
import { checkedCall, checkedMemberReceiver, pendingCheck, errorsActive, isRaisingReceiver, lowerErrorNew, errorInstanceOf, isDetachedFunctionArgument } from "./errors.js";
import { integerComparisonLiteral, stringAppend, isPrimitiveMethodCall } from "./fixed-fast.js";
import { isAsciiStringVariable } from "./ascii-strings.js";
import { int32LengthOperand, numCharCodeAt } from "./num-fast.js";
import { isProvenInt32Arithmetic, wrappingInt32Sum } from "./int-exprs.js";
import { PRIM, MIXED, convertUnion, isUnionCpp, narrowedReceiver, typeofExpression, typeofComparison, isUnionIn, unionIn, unionPropertyAccess, literalTarget } from "./unions.js";
import { isGroupRead } from "./errors-members.js";

export function typeOf(ctx: LowerContext, node: ts.Node): ts.Type {
  return ctx.checker.getTypeAtLocation(node);
}

export function cppOf(ctx: LowerContext, node: ts.Node): string {
  if (node.kind === ts.SyntaxKind.NullKeyword) return "ts::Null";
  if (isJsonParseCall(ctx, node)) return jsonParseCpp(ctx, node);  // `any` in TypeScript: the type it reads into
  const fixed = fixedCpp(ctx, node);
  if (fixed) return fixed.cpp;
  if (isNumExpr(ctx, node, (n) => isIntegerCpp(cppOf(ctx, n)))) return NUM;
  if (isNumArrayName(ctx, node)) return NUM_ARRAY;
  if (ts.isIdentifier(node) && node.text === "undefined") return "ts::Undefined";
  // A variable narrowed to `never` (read after a switch that returns in every case), or to `undefined`/`null`
  // (`k = undefined; f(k)`), or to `null | undefined` (the else branch of `typeof v === "number"` with
  // v: number | null | undefined), keeps its declared type: its C++ variable is still of that type.
  if (ts.isIdentifier(node) && isNeverOrNullish(typeOf(ctx, node))) {
    const symbol = ctx.symbolOf(node);
    const decl = symbol?.valueDeclaration;
    if (symbol && decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl))) return symbolCpp(ctx, symbol, node);
  }
  // A field read narrowed to `null | undefined` (`h.n` after `typeof h.n === "number"` failed) too.
  if (isNullishFieldRead(ctx, node)) return symbolCpp(ctx, ctx.symbolOf((node as ts.PropertyAccessExpression).name)!, node);
  // In a branch narrowing proved dead, `v && String(x)` or `c ? a : b` may be typed `never`: its C++ value is
  // still produced by an operand, so it takes that operand's C++ type (the right one, which any left converts to).
  const producer = typeOf(ctx, node).flags & ts.TypeFlags.Never ? neverProducer(node) : undefined;
  if (producer) return cppOf(ctx, producer);
  return cppType(ctx, contextualType(ctx, node), node);
}

function isNeverOrNullish(t: ts.Type): boolean {
  const nullish = ts.TypeFlags.Undefined | ts.TypeFlags.Null;
  if (t.flags & (ts.TypeFlags.Never | nullish)) return true;
  return t.isUnion() && t.types.every((m) => m.flags & nullish);
}

function isNullishFieldRead(ctx: LowerContext, node: ts.Node): boolean {
  if (!ts.isPropertyAccessExpression(node) || !isNeverOrNullish(typeOf(ctx, node))) return false;
  const symbol = ctx.symbolOf(node.name);
  const decl = symbol?.valueDeclaration;
  return !!symbol && !!decl && symbol.flags & ts.SymbolFlags.Property && !(symbol.flags & ts.SymbolFlags.Accessor) && (ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl) || ts.isParameter(decl)) ? true : false;
}

function neverProducer(node: ts.Node): ts.Expression | undefined {
  if (ts.isParenthesizedExpression(node)) return node.expression;
  if (ts.isConditionalExpression(node)) return node.whenTrue;
  const logicalOps = [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.QuestionQuestionToken];
  if (ts.isBinaryExpression(node) && logicalOps.includes(node.operatorToken.kind)) return node.right;
  return undefined;
}

/**
 * The node's type, or for an object literal's anonymous type (`map.set(4, { mode: "out" })`, `xs.map((v) =>
 * ({ t: v }))` into `S[]`) the interface its context expects, which is the type the value is stored as.
 */
export function contextualType(ctx: LowerContext, node: ts.Node): ts.Type {
  const t = typeOf(ctx, node);
  // A tuple literal is built as the tuple its context declares (`[string, Raw]` for `["temp", 21.5]`).
  if (ts.isArrayLiteralExpression(node) && ctx.checker.isTupleType(ctx.checker.getNonNullableType(t)) && !isPatternContext(node)) {
    const contextual = ctx.checker.getContextualType(node);
    const target = contextual && ctx.checker.getNonNullableType(contextual);
    if (target && ctx.checker.isTupleType(target) && !(target.flags & ts.TypeFlags.Union) && ctx.checker.getTypeArguments(target as ts.TypeReference).length === node.elements.length) return target;
  }
  if (!ts.isExpression(node) || !isAnonymousObjectType(ctx.checker, ctx.checker.getNonNullableType(t))) return t;
  // A stored value (a variable, a property, an element) of an anonymous type is a record of that type (records.ts).
  if (isStoredValue(node)) return t;
  const contextual = ctx.checker.getContextualType(node);
  if (!contextual || contextual.flags & (ts.TypeFlags.TypeParameter | ts.TypeFlags.Any | ts.TypeFlags.Unknown) || isPatternContext(node)) return t;
  // An anonymous contextual type is a record of its own (records.ts): the literal is built as that one.
  if (isAnonymousObjectType(ctx.checker, ctx.checker.getNonNullableType(contextual)) && !isRecordContext(ctx, contextual)) return t;
  return contextual;
}

function isStoredValue(node: ts.Node): boolean {
  return ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || node.kind === ts.SyntaxKind.ThisKeyword;
}

/**
 * The fixed-width C++ type of an expression (AssemblyScript semantics), or undefined for JS `number`. `exact`
 * is true when the type comes from annotations (arithmetic on it stays in that type, wrapping); inferred
 * int32 loop counters are not exact: arithmetic on them is done in double, as JavaScript does.
 */
export function fixedCpp(ctx: LowerContext, node: ts.Node): { cpp: string; exact: boolean } | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.ParenthesizedExpression:
      return fixedCpp(ctx, (node as ts.ParenthesizedExpression).expression);
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.TypeAssertionExpression: {
      // `x as u8` / `<u8>x` converts in AssemblyScript, as u8(x) does (the conversion is in exprInner).
      const to = annotatedCpp(ctx, (node as ts.AsExpression).type);
      return to && isIntegerCpp(to) ? { cpp: to, exact: true } : undefined;
    }
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.PropertyAccessExpression: {
      const symbol = ctx.symbolOf(ts.isPropertyAccessExpression(node) ? node.name : node);
      const decl = symbol?.valueDeclaration;
      if (!symbol || !decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl))) return undefined;
      const annotated = annotatedCpp(ctx, decl.type);
      if (annotated) return { cpp: annotated, exact: true };
      if (ctx.inferredInt.has(symbol)) return { cpp: "int32_t", exact: false };
      const aliased = ts.isVariableDeclaration(decl) && !decl.type ? symbolTypeOf(ctx, symbol, node) : undefined;
      return holdsFixedWidth(aliased) ? { cpp: printType(aliased!), exact: true } : undefined;
    }
    case ts.SyntaxKind.ElementAccessExpression: {
      const inner = fixedCpp(ctx, (node as ts.ElementAccessExpression).expression);
      const innerType = inner && typeFromSpelling(inner.cpp);
      return innerType?.kind === "array" ? { cpp: printType(innerType.element), exact: true } : undefined;
    }
    case ts.SyntaxKind.CallExpression: {
      const call = node as ts.CallExpression;
      if (ts.isIdentifier(call.expression) && call.expression.text in FIXED_WIDTH) {
        const decl = ctx.symbolOf(call.expression)?.declarations?.[0];
        if (decl && ctx.isRuntimeFile(decl.getSourceFile().fileName)) return { cpp: FIXED_WIDTH[call.expression.text], exact: true };
      }
      const decl = ctx.checker.getResolvedSignature(call)?.getDeclaration();
      const annotated = decl && !ctx.isRuntimeFile(decl.getSourceFile().fileName) ? annotatedCpp(ctx, decl.type) : undefined;
      return annotated ? { cpp: annotated, exact: true } : undefined;
    }
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression: {
      const u = node as ts.PrefixUnaryExpression;
      if (u.operator === ts.SyntaxKind.ExclamationToken) return undefined;
      const inner = fixedCpp(ctx, u.operand);
      if (u.operator === ts.SyntaxKind.PlusPlusToken || u.operator === ts.SyntaxKind.MinusMinusToken) return inner;
      return inner?.exact ? inner : undefined;
    }
    case ts.SyntaxKind.ConditionalExpression: {
      const c = node as ts.ConditionalExpression;
      const a = fixedCpp(ctx, c.whenTrue);
      const b = fixedCpp(ctx, c.whenFalse);
      if (a?.exact && b?.exact && a.cpp === b.cpp) return a;
      if (a?.exact && isIntegerLiteral(c.whenFalse)) return a;
      if (b?.exact && isIntegerLiteral(c.whenTrue)) return b;
      return undefined;
    }
    case ts.SyntaxKind.BinaryExpression: {
      const b = node as ts.BinaryExpression;
      const op = b.operatorToken.kind;
      if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) return fixedCpp(ctx, b.left);
      if (!ARITHMETIC_OPS.has(op)) return undefined;
      if (isStringType(typeOf(ctx, b))) return undefined;
      if (isProvenInt32Arithmetic(ctx, b)) return { cpp: "int32_t", exact: false };
      const l = fixedCpp(ctx, b.left);
      const r = fixedCpp(ctx, b.right);
      if (op === ts.SyntaxKind.AsteriskAsteriskToken) return undefined;
      if (l?.exact && r?.exact && l.cpp === r.cpp) return l;
      if (l?.exact && !r && isIntegerLiteral(b.right)) return l;
      if (r?.exact && !l && isIntegerLiteral(b.left)) return r;
      return undefined;
    }
  }
  return undefined;
}

const SMALL_FIXED = new Set(["int8_t", "uint8_t", "int16_t", "uint16_t"]);
// Operators whose result's low bits are those of the operands' low bits: an i8/u8/i16/u16 operand may be left
// unwrapped (in int) under them, the outer result is wrapped where it is read.
const MODULAR_OPS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken,
]);
const MODULAR_COMPOUND = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.CaretEqualsToken,
]);

/**
 * An i8/u8/i16/u16 arithmetic result (`a + 1`, `b * 2`, `-c`), which C++ computes in int: AssemblyScript wraps
 * it to its type before anything observes it (a comparison, a division, an index, a call, a string), so it is
 * cast to the type unless its reader keeps only its low bits anyway: a store into a variable of the type, or
 * another wrapping `+ - * & | ^` of the type, or the shifted operand of its `<<`.
 */
function wrappedSmall(ctx: LowerContext, node: ts.Expression, value: Expr, resultCpp: string): Expr {
  if (!SMALL_FIXED.has(resultCpp) || !fixedCpp(ctx, node)?.exact) return value;
  let child: ts.Node = node;
  let parent = node.parent;
  while (parent && ts.isParenthesizedExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  const sameType = (n: ts.Node) => { const f = fixedCpp(ctx, n); return !!f?.exact && f.cpp === resultCpp; };
  if (parent && ts.isBinaryExpression(parent)) {
    const k = parent.operatorToken.kind;
    if (MODULAR_OPS.has(k) || (k === ts.SyntaxKind.LessThanLessThanToken && parent.left === child)) {
      if (sameType(parent)) return value;
    } else if ((k === ts.SyntaxKind.EqualsToken || MODULAR_COMPOUND.has(k)) && parent.right === child && ts.isIdentifier(parent.left) && sameType(parent.left)) {
      return value;
    }
  }
  if (parent && ts.isVariableDeclaration(parent) && parent.initializer === child && ts.isIdentifier(parent.name) && sameType(parent.name)) return value;
  return cast(typeFromSpelling(resultCpp), value);
}

const ARITHMETIC_OPS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken, ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken, ts.SyntaxKind.AsteriskAsteriskToken,
]);

function isIntegerLiteral(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isIntegerLiteral(node.expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return isIntegerLiteral(node.operand);
  return ts.isNumericLiteral(node) && Number.isInteger(Number(node.text));
}

/** `m.index` on a match result (`index?: number` in RegExpMatchArray): the runtime's field is a plain double. */
function isMatchIndexRead(ctx: LowerContext, node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isPropertyAccessExpression(node) && node.name.text === "index" && !node.questionDotToken && cppOf(ctx, node.expression) === "ts::Ref<ts::RegExpMatch>";
}

/** Converts a C++ expression of representation `from` to representation `to` (text in, text out). */
export function convert(text: string, from: string, to: string): string {
  return printExpr(convertExpr(raw(text), from, to));
}

/** Converts an expression of representation `from` to representation `to`: a conversion node, typed `to`. */
export function convertExpr(e: Expr, from: string, to: string): Expr {
  if (from === to || to === "void") return e;
  // A ts::Num goes into anything but a scalar or a string as its double (a Prim would take it as a boolean).
  if (from === NUM && !isScalarCpp(to) && to !== "ts::String" && to !== "auto") return convertExpr(cast(DOUBLE_T, e), "double", to);
  const union = convertUnion(printExpr(e), from, to);
  if (union !== undefined) return raw(union, to === "auto" ? undefined : typeFromSpelling(to));
  if (from === "ts::Null" || from === "ts::Undefined") return e; // converts implicitly to every nullable type
  const target = typeFromSpelling(to);
  // Only reachable where narrowing made a branch dead (`n ?? "text"` with n known null): print as JS would.
  if (to === "ts::String" && (isScalarCpp(from) || kindOf(from) === "opt")) return call("ts::toString", [e], target);
  if (kindOf(from) === "opt" && kindOf(to) !== "opt") return call(member(e, ".", "value"), [], target);
  if (kindOf(from) === "ref" && kindOf(to) === "ref") return construct(target, [e]);
  if (isScalarCpp(from) && isScalarCpp(to) && from !== to) {
    const num = numConversion(printExpr(e), from, to);
    if (num) return raw(num, target);
    if (to === "double" || to === "float") return e;
    // Only in a branch narrowing made dead (`b ?? n` with a boolean b): any well-typed value will do.
    if (to === "bool") return call("ts::truthy", [e], target);
    if (from === "double" || from === "float") return call(`ts::${to.replace("_t", "")}_from`, [e], target);
    return cast(target, e);
  }
  return e;
}

export function isScalarCpp(cpp: string): boolean {
  return isScalar(typeFromSpelling(cpp));
}

export function isIntegerCpp(cpp: string): boolean {
  return isInteger(typeFromSpelling(cpp));
}

export function exprAs(ctx: LowerContext, node: ts.Expression, to: string): string {
  return printExpr(exprAsNode(ctx, node, to));
}

/** The node's value in representation `to`, as an expression node typed `to`. */
export function exprAsNode(ctx: LowerContext, node: ts.Expression, to: string): Expr {
  return at(ctx, node, () => exprAsInner(ctx, node, to));
}

function exprAsInner(ctx: LowerContext, node: ts.Expression, to: string): Expr {
  const target = to === "void" ? undefined : typeFromSpelling(to);
  if (ts.isNumericLiteral(node) || (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand))) {
    const value = ts.isNumericLiteral(node) ? Number(node.text) : -Number((node.operand as ts.NumericLiteral).text);
    const text = numericLiteralText(ts.isNumericLiteral(node) ? node : (node.operand as ts.NumericLiteral));
    if (isIntegerCpp(to) && isIntegerLiteralFor(value, text, to)) return lit(integerLiteral(value, text), target);
    if (to === "double" || to.startsWith("ts::Opt<double")) return lit(numberLiteral(value, false), target);
    if (to === NUM) return lit(numLiteral(value), target);
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return lowerFunctionExpressionNode(ctx, node, to);
  if (kindOf(to) === "fn" && ts.isIdentifier(node)) {
    // A named function passed as a value: a closure over its address.
    const decl = ctx.symbolOf(node)?.valueDeclaration;
    if (decl && ts.isFunctionDeclaration(decl) && !ctx.celled.has(ctx.symbolOf(node)!) && !decl.typeParameters?.length) {
      // One that may throw, handed to a library, runs outside any try around the library's call (errors.ts).
      if (isDetachedFunctionArgument(ctx, node)) {
        // The lambda takes the callback type's parameters and calls the function as a pointer would be
        // (ts::detail::callFlex drops the arguments it does not declare). A generic `auto...` lambda broke
        // ts::Fn's overload test, which instantiates it with no arguments (setTimeout(runJob, 0, job)).
        const fnType = target?.kind === "fn" ? target : typeFromSpelling(to);
        if (fnType.kind === "fn" && fnType.params.length <= 4) {
          const params = fnType.params.map((p, i) => ({ type: printType(p), name: `_a${i}` }));
          const forwarded = call("ts::detail::callFlex", [exprNode(ctx, node), ...params.map((p) => nameExpr(p.name))]);
          const body = seq([declStmt(named("ts::DetachedScope"), "_detached"), returnStmt(forwarded)]);
          return construct(target!, [{ kind: "lambda", captures: "", params, body: [body] }]);
        }
        const body = seq([declStmt(named("ts::DetachedScope"), "_detached"), returnStmt(call(exprNode(ctx, node), [nameExpr("_a...")]))]);
        return construct(target!, [{ kind: "lambda", captures: "", params: [{ type: "auto...", name: "_a" }], body: [body] }]);
      }
      return construct(target!, [unary("&", exprNode(ctx, node))]);
    }
  }
  // A variable narrowed to `never` (the dead branch of `v ? v : v` after `v = true`) is read as declared.
  if (ts.isIdentifier(node) && typeOf(ctx, node).flags & ts.TypeFlags.Never) {
    // `const unreachable: never = msg` after an exhaustive switch over a union: dead code, any value will do.
    if (isScalarCpp(to) && !isScalarCpp(storageCpp(ctx, node))) return lit(initialValue(to), target);
    return convertExpr(storageNode(ctx, node), storageCpp(ctx, node), to);
  }
  // The target type flows into both branches (`c ? new A() : new B()` returned as their common interface).
  if (ts.isConditionalExpression(node) && to !== "void") {
    // Both branches in the target representation (`k > 3 ? k * 2 : undefined` as ts::Opt<double>).
    const branch = (e: ts.Expression): Expr => {
      const value = exprAsNode(ctx, e, to);
      return to.startsWith("ts::") && !isConstructionOf(value, to) ? construct(target!, [value]) : value;
    };
    return conditional(ctx, node, to, branch);
  }
  // An array of `never` (`[]`, `[].slice()`) has no element type of its own: it is an empty array of the target's.
  if (kindOf(to) === "array" && to !== "ts::Array<double>" && isNeverArray(ctx, typeOf(ctx, node))) {
    const empty = call(member(nameExpr(to), "::", "empty"), [], target);
    return hasSideEffects(node) ? paren(binaryExpr(",", discard(exprNode(ctx, node)), empty, target)) : empty;
  }
  if (ts.isParenthesizedExpression(node) && to !== "void") return paren(exprAsNode(ctx, node.expression, to));
  if (ts.isArrayLiteralExpression(node) && kindOf(to) === "array") return arrayLiteralNode(ctx, node, to);
  if (ts.isObjectLiteralExpression(node) && kindOf(to) === "ref") return objectLiteralNode(ctx, node, to);
  const from = cppOf(ctx, node);
  const nullish = narrowedNullish(ctx, node, from, to);
  if (nullish) return nullish;
  if (kindOf(from) === "ref" && kindOf(to) === "ref") checkRecordConversion(ctx, node, from, to);
  if (kindOf(to) === "array") checkFixedWidthArrayMix(ctx, node, target!);
  return typed(convertExpr(exprNode(ctx, node), from, to), target);
}

/**
 * A value narrowed to `null`, `undefined` or `null | undefined` (`x` in `if (x === null) { const o = { v: x } }`
 * with x: number | null) still has its declared C++ representation (ts::Opt<double>), but is stored where its
 * narrowed type is expected: a field of type `null` (ts::Opt<bool>), an array `null[]`, a Map's `null` value,
 * a `string | null` (where converting the Opt would print it). Its value is only the nullish state it holds:
 * the literal when the narrowing says which, else ts::nullishAs keeps the state.
 */
function narrowedNullish(ctx: LowerContext, node: ts.Expression, from: string, to: string): Expr | undefined {
  if (to === from || to === "void" || to === "auto" || isScalarCpp(to) || to === NUM) return undefined;
  if (from === "ts::Null" || from === "ts::Undefined") return undefined;
  const t = typeOf(ctx, node);
  const nullish = ts.TypeFlags.Undefined | ts.TypeFlags.Null;
  const members = t.isUnion() ? t.types : [t];
  if (!members.every((m) => m.flags & nullish) || members.some((m) => m.flags & ts.TypeFlags.Void)) return undefined;
  const target = typeFromSpelling(to);
  const isNull = members.every((m) => m.flags & ts.TypeFlags.Null);
  const isUndefined = members.every((m) => m.flags & ts.TypeFlags.Undefined);
  if ((isNull || isUndefined) && !hasSideEffects(node)) {
    return convertExpr(isNull ? lit("ts::null", NULL_TYPE) : lit("ts::undefined", UNDEFINED_TYPE), isNull ? "ts::Null" : "ts::Undefined", to);
  }
  return call(`ts::nullishAs<${to}>`, [exprNode(ctx, node)], target);
}

/**
 * A variable of one array representation where another is expected (`sum(readings)` with `readings: number[]`
 * and `xs: i32[]`), or a call's new array (`const t: i32[] = xs.map(…)`): TypeScript sees both as number[],
 * g++ would reject the conversion.
 */
function checkFixedWidthArrayMix(ctx: LowerContext, node: ts.Expression, target: CppType): void {
  let inner = node;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  const from = namedArrayType(ctx, inner) ?? (ts.isCallExpression(inner) ? calledArrayType(ctx, inner) : undefined);
  if (!from) return;
  if (from.kind !== "array" || target.kind !== "array" || printType(from) === printType(target)) return;
  if (holdsFixedWidth(from) || holdsFixedWidth(target)) ctx.report(node, "fixedWidthArrayMix", node.getText(), arraySpelling(from), arraySpelling(target));
}

/** The declared (or aliased fixed-width) type of a named array: a variable, parameter or property. */
function namedArrayType(ctx: LowerContext, inner: ts.Expression): CppType | undefined {
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
  const symbol = ctx.symbolOf(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
  const decl = symbol?.valueDeclaration;
  if (!symbol || !decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl))) return undefined;
  return symbolTypeOf(ctx, symbol, inner);
}

/** The C++ array type a call returns: the receiver's fixed-width type for `xs.slice()`, else its TS type. */
function calledArrayType(ctx: LowerContext, call: ts.CallExpression): CppType {
  const fixed = fixedTypeOfExpression(ctx, call);
  return fixed && holdsFixedWidth(fixed) ? fixed : typeFromSpelling(cppOf(ctx, call));
}

/** Whether `e` is exactly `to(...)` (one construction of that type). */
function isConstructionOf(e: Expr, to: string): boolean {
  if (e.kind === "construct") return (typeof e.to === "string" ? e.to : printType(e.to)) === to;
  return isWrappedIn(printExpr(e), to);
}

/** Whether `text` is exactly `to(...)` (one constructor call of that type, nothing after it). */
function isWrappedIn(text: string, to: string): boolean {
  if (!text.startsWith(`${to}(`) || !text.endsWith(")")) return false;
  let depth = 0;
  for (let i = to.length; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i === text.length - 1;
  }
  return false;
}

function isNeverArray(ctx: LowerContext, t: ts.Type): boolean {
  return ctx.checker.isArrayType(t) && !!(ctx.checker.getTypeArguments(t as ts.TypeReference)[0]?.flags & ts.TypeFlags.Never);
}

/** A boolean C++ condition with JavaScript truthiness. */
export function condition(ctx: LowerContext, node: ts.Expression): string {
  return printExpr(conditionNode(ctx, node));
}

export function conditionNode(ctx: LowerContext, node: ts.Expression): Expr {
  return typed(at(ctx, node, () => conditionInner(ctx, node)), BOOL_T);
}

function conditionInner(ctx: LowerContext, node: ts.Expression): Expr {
  // Truthiness of `a || b` is truthy(a) || truthy(b) (same for &&, !, parentheses), whatever the operand types:
  // lowering it structurally never builds the union value `a || b` only to test it.
  if (ts.isParenthesizedExpression(node)) return conditionNode(ctx, node.expression);
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) {
    return logicalCondition(ctx, node);
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return unary("!", conditionNode(ctx, node.operand), BOOL_T);
  const cpp = cppOf(ctx, node);
  const value = unparen(exprNode(ctx, node));
  // A ternary or an assignment keeps its parentheses (g++ asks for them around an assignment used as a truth value).
  if (cpp === "bool") return ts.isConditionalExpression(node) || isAssignment(node) ? paren(value) : value;
  return call("ts::truthy", [value], BOOL_T);
}

/** An expression without the parentheses around it (a condition's, a statement's). */
export function unparen(e: Expr): Expr {
  if (e.kind === "paren") return unparen(e.inner);
  if (e.kind === "raw" && stripParens(e.text) !== e.text) return raw(stripParens(e.text), e.type);
  return e;
}

/**
 * `a && b` / `a || b` as a C++ condition. The right operand runs only when the left does not decide: when it
 * needs statements of its own, they go in an if-statement on a result variable (`bool _b = a; if (_b) { ...;
 * _b = b; }`), never in front of the whole statement.
 */
function logicalCondition(ctx: LowerContext, node: ts.BinaryExpression): Expr {
  const and = node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken;
  const left = conditionNode(ctx, node.left);
  const right = ctx.hoisting(node.right, () => conditionNode(ctx, node.right));
  if (!right.lines.length) return binaryExpr(and ? "&&" : "||", left, right.value, BOOL_T);
  return withStatementsNode(ctx, "bool", () => {
    const b = temporary(ctx, "bool", left, "b");
    ctx.hoist!.lines.push(ifStmt(and ? nameExpr(b, BOOL_T) : unary("!", nameExpr(b, BOOL_T)), [...right.lines, assign(b, right.value)]));
    return nameExpr(b, BOOL_T);
  });
}

/** `c ? a : b`: a C++ conditional, or an if-statement on a result variable when a branch needs statements. */
function conditional(ctx: LowerContext, node: ts.ConditionalExpression, cpp: string, branch: (e: ts.Expression) => Expr): Expr {
  const test = conditionNode(ctx, node.condition);
  const whenTrue = ctx.hoisting(node.whenTrue, () => branch(node.whenTrue));
  const whenFalse = ctx.hoisting(node.whenFalse, () => branch(node.whenFalse));
  const check = branchYield(ctx, node);  // a recursion's check, in the branch that recurses (yields.ts)
  if (check?.whenTrue) whenTrue.lines.unshift(line(check.whenTrue));
  if (check?.whenFalse) whenFalse.lines.unshift(line(check.whenFalse));
  const type = cpp === "void" ? undefined : typeFromSpelling(cpp);
  // Two integer branches make an int in C++: a conditional typed double is one (`(c ? i : j) / k` divided ints
  // and `-(c ? 0 : i)` lost -0: g6005043, g6004262).
  const intBranches = cpp === "double" && isIntegerCpp(cppOf(ctx, node.whenTrue)) && isIntegerCpp(cppOf(ctx, node.whenFalse));
  let first = intBranches ? cast(DOUBLE_T, whenTrue.value) : whenTrue.value;
  let second = whenFalse.value;
  // A ts::Num conditional with a branch that reads a range-proven int32 variable (int-ranges.ts: typed ts::Num,
  // stored as int32_t; `v`, `+v`, `-v` lower to int32_t or double): either converts to the other, so C++'s ?:
  // would be ambiguous; the branch is made a Num (fuzz g42000537, g41000907).
  if (cpp === NUM && mentionsRangeInt(ctx, node.whenTrue) && !isConstructionOf(first, NUM)) first = construct(typeFromSpelling(NUM), [first]);
  if (cpp === NUM && mentionsRangeInt(ctx, node.whenFalse) && !isConstructionOf(second, NUM)) second = construct(typeFromSpelling(NUM), [second]);
  if (!whenTrue.lines.length && !whenFalse.lines.length) return paren(cond(test, first, second, type));
  return withStatementsNode(ctx, cpp, () => {
    const v = resultVariable(ctx, cpp);
    ctx.hoist!.lines.push(ifStmt(test, [...whenTrue.lines, assign(v, whenTrue.value)], [...whenFalse.lines, assign(v, whenFalse.value)]));
    return nameExpr(v, type);
  });
}

function mentionsRangeInt(ctx: LowerContext, node: ts.Node): boolean {
  if (!ctx.rangeInt.size) return false;
  const visit = (n: ts.Node): boolean => {
    if (ts.isIdentifier(n)) {
      const symbol = ctx.symbolOf(n);
      return !!symbol && ctx.rangeInt.has(symbol);
    }
    return !ts.isFunctionLike(n) && !!ts.forEachChild(n, (c) => (visit(c) ? true : undefined));
  };
  return visit(node);
}

function isAssignment(node: ts.Expression): boolean {
  return ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

function stripParens(text: string): string {
  if (!text.startsWith("(") || !text.endsWith(")")) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0 && i !== text.length - 1) return text;
  }
  return text.slice(1, -1);
}

/** Whether evaluating the expression can have an effect another operand could observe. */
export function hasSideEffects(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isPostfixUnaryExpression(n) || ts.isDeleteExpression(n)) found = true;
    else if (ts.isPrefixUnaryExpression(n) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) found = true;
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) found = true;
    else if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) return;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** What an operand reads that another operand's side effects could change. */
function reads(ctx: LowerContext, node: ts.Node): { names: Set<string>; mutable: boolean } {
  const names = new Set<string>();
  let mutable = false;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      names.add(n.text);
      const decl = ctx.symbolOf(n)?.valueDeclaration;
      // Constants of the runtime and the board (WL_CONNECTED, D4) are no state a call could change.
      if (decl && ctx.isRuntimeFile(decl.getSourceFile().fileName)) return;
      if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl)) && (isModuleLevelDecl(decl) || ctx.celled.has(ctx.symbolOf(n)!))) mutable = true;
    } else if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || n.kind === ts.SyntaxKind.ThisKeyword) mutable = true;
    if (!ts.isArrowFunction(n) && !ts.isFunctionExpression(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return { names, mutable };
}

function isModuleLevelDecl(decl: ts.Node): boolean {
  return ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isVariableStatement(decl.parent.parent) && ts.isSourceFile(decl.parent.parent.parent);
}

function writes(node: ts.Node, ctx?: LowerContext): { names: Set<string>; calls: boolean } {
  const names = new Set<string>();
  let calls = false;
  const visit = (n: ts.Node): void => {
    if ((ts.isCallExpression(n) && !(ctx && isPrimitiveMethodCall(ctx, n))) || ts.isNewExpression(n)) calls = true;
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) {
      if (ts.isIdentifier(n.operand)) names.add(n.operand.text);
      else calls = true; // `o.x--`, `t[0]++`: a field or element write
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      if (ts.isIdentifier(n.left)) names.add(n.left.text);
      else calls = true; // a field or element write: treat like a call that may change anything reachable
    }
    if (!ts.isArrowFunction(n) && !ts.isFunctionExpression(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return { names, calls };
}

/** Whether one of two operands can change what the other reads (so their order matters). */
export function interferes(ctx: LowerContext, a: ts.Node, b: ts.Node): boolean {
  const affects = (writer: ts.Node, reader: ts.Node): boolean => {
    if (!hasSideEffects(writer)) return false;
    const w = writes(writer, ctx);
    const r = reads(ctx, reader);
    return [...r.names].some((name) => w.names.has(name)) || (w.calls && r.mutable);
  };
  return affects(a, b) || affects(b, a);
}

/** Whether C++'s unspecified operand order could make the operands' results differ from JavaScript's. */
export function needsSequencing(ctx: LowerContext, nodes: readonly ts.Node[]): boolean {
  const effectful = nodes.filter(hasSideEffects);
  if (effectful.length >= 2) return true;
  if (effectful.length === 0 || nodes.length < 2) return false;
  const w = writes(effectful[0], ctx);
  return nodes.some((n) => {
    if (n === effectful[0]) return false;
    const r = reads(ctx, n);
    if ([...r.names].some((name) => w.names.has(name))) return true;
    return w.calls && r.mutable;
  });
}

/**
 * Evaluates `parts` left to right and builds an expression from them. When at most one part has side effects
 * the parts are used in place; otherwise each is bound to a temporary inside an immediately-invoked lambda.
 */
/** An operand's C++ text, or how to lower it (lowered only when its turn comes, so that its own temporaries
 *  follow the operands before it). */
export type Lazy = string | Expr | (() => string | Expr);

const force = (t: Lazy): Expr => asExpr(typeof t === "function" ? t() : t);

export function sequenced(ctx: LowerContext, nodes: readonly ts.Node[], texts: readonly Lazy[], cpps: string[], build: (values: string[]) => string, resultCpp: string): string {
  return printExpr(sequencedNode(ctx, nodes, texts, cpps, (values) => raw(build(values.map(printExpr))), resultCpp));
}

/** sequenced() building an expression node from the operands' nodes. */
/** `lastInPlace`: build uses each value once, as an argument of one call, so the last operand may stay in
 *  place there (evaluated last anyway): no temporary, and a handle it makes is moved, not copied. */
export function sequencedNode(ctx: LowerContext, nodes: readonly ts.Node[], texts: readonly Lazy[], cpps: string[], build: (values: Expr[]) => Expr, resultCpp: string, lastInPlace = false): Expr {
  if (!needsSequencing(ctx, nodes)) return build(texts.map(force));
  return withStatementsNode(ctx, resultCpp, () => {
    // Each operand is lowered, then kept in a temporary, in turn: an operand's own temporaries come after the
    // operands before it, which are temporaries by then (stable: hoist.ts).
    const names: Expr[] = [];
    try {
      texts.forEach((t, i) => {
        const value = force(t);
        // An operand that is a temporary of this statement already (`a ?? b` lowered to `_c1`) is used as is.
        names.push(isTemporary(ctx, value) || (lastInPlace && i === texts.length - 1) ? value : nameExpr(temporary(ctx, cpps[i], value, "a"), cpps[i] === "auto" ? undefined : typeFromSpelling(cpps[i])));
        ctx.spilled.add(nodes[i]);
      });
    } finally {
      for (const n of nodes) ctx.spilled.delete(n);
    }
    return build(names);
  });
}

/** Whether the expression is a temporary of the statement being lowered (a name lowering made). */
function isTemporary(ctx: LowerContext, e: Expr): boolean {
  return (e.kind === "name" && ctx.temporaries.has(e.name)) || (e.kind === "raw" && ctx.temporaries.has(e.text));
}

/**
 * Lowers a construct that needs statements (`build` adds them with `temporary`/`ctx.hoist.lines` and returns
 * the value): in front of the current statement where evaluation order allows (hoist.ts), else — in a loop
 * condition, in a branch evaluated conditionally — in one immediately-invoked lambda that holds them.
 */
export function withStatements(ctx: LowerContext, resultCpp: string, build: () => string): string {
  return printExpr(withStatementsNode(ctx, resultCpp, build));
}

/** withStatements() of a construct whose value is an expression node. */
export function withStatementsNode(ctx: LowerContext, resultCpp: string, build: () => Expr | string): Expr {
  if (ctx.canHoist()) return asExpr(build());
  // The statements' own root: the construct's node (its operands then hoist into the lambda's body).
  const root = ctx.currentNode ?? ctx.program.getSourceFiles()[0];
  const { value, lines } = ctx.hoisting(root, build);
  const type = resultCpp === "void" || resultCpp === "auto" ? undefined : typeFromSpelling(resultCpp);
  if (!lines.length) return asExpr(value, type);
  // A pending error's test (errors.ts) jumps to a handler or returns from the function: not possible from
  // inside a lambda (g++: `return;` in a lambda returning a value), so those statements go into a GNU statement
  // expression, which a jump may leave.
  const text = printStmts(lines);
  if (text.includes("ts::errorPending()") && !ctx.scope.superArguments) return raw(`({ ${text} ${printExpr(asExpr(value))}; })`, type);
  return raw(immediatelyInvoked(resultCpp, lines, printExpr(asExpr(value))), type);
}

/** `[&]() -> R { statements; return value; }()`: the container of statements an expression position cannot have. */
export function immediatelyInvoked(resultCpp: string, lines: readonly Stmt[], value: string): string {
  if (!lines.length) return value;
  const ret = resultCpp === "void" ? (value && value !== "(void)0" ? `${value};` : "") : `return ${value};`;
  return `[&]()${resultCpp === "void" ? "" : ` -> ${resultCpp}`} { ${printStmts(lines)} ${ret} }()`;
}

/** A temporary `T name = init;` added to the current statements; returns its name. */
export function temporary(ctx: LowerContext, cpp: string, init: string | Expr, prefix = "t"): string {
  const name = ctx.temp(prefix);
  ctx.temporaries.add(name);
  ctx.hoist!.lines.push(declStmt(cpp === "ts::Null" || cpp === "ts::Undefined" || cpp === "auto" ? "auto" : typeFromSpelling(cpp), name, asExpr(init)));
  return name;
}

/** The value a C++ variable of type `cpp` starts with before a branch assigns it. */
export function initialValue(cpp: string): string {
  if (cpp === "bool") return "false";
  if (isScalarCpp(cpp)) return "0";
  return `${cpp}()`;
}

/** A result variable a branch assigns: scalars start at 0/false, handles and ts::Opt as constructed (empty). */
function resultVariable(ctx: LowerContext, cpp: string, prefix = "v"): string {
  const name = ctx.temp(prefix);
  ctx.temporaries.add(name);
  const type = typeFromSpelling(cpp);
  ctx.hoist!.lines.push(declStmt(type, name, isScalar(type) ? lit(initialValue(cpp), type) : undefined));
  return name;
}

/** The value lowering gives a construct it reported (never printed: compile() writes no C++ after an error). */
export function placeholder(type: CppType = DOUBLE_T): Expr {
  return lit(type.kind === "string" ? "ts::String()" : "0", type);
}

/** Lowers `node` as the current node (the one whose position decides where its temporaries go). */
export function at<T>(ctx: LowerContext, node: ts.Node, lower: () => T): T {
  const saved = ctx.currentNode;
  ctx.currentNode = node;
  try {
    return lower();
  } finally {
    ctx.currentNode = saved;
  }
}

export function expr(ctx: LowerContext, node: ts.Expression): string {
  return printExpr(exprNode(ctx, node));
}

/** The node's value in the C++ representation of its (flow-narrowed) type, as an expression node. */
export function exprNode(ctx: LowerContext, node: ts.Expression): Expr {
  const deadZone = tdzFacts(ctx).uses.get(node);
  if (deadZone && !ctx.substitutions.has(node)) return at(ctx, node, () => tdzChecked(ctx, node, deadZone, () => exprInner(ctx, node)));
  return at(ctx, node, () => exprInner(ctx, node));
}

/**
 * A use of a variable or class that may run before its declaration (tdz.ts): ts::checkInitialised raises Node's
 * ReferenceError while its flag is false, then the use goes on as usual. In front of the statement where
 * evaluation order allows it, else in place.
 */
function tdzChecked(ctx: LowerContext, node: ts.Expression, symbol: ts.Symbol, lower: () => Expr): Expr {
  const flag = tdzFacts(ctx).flags.get(symbol)!;
  const file = symbol.valueDeclaration?.getSourceFile();
  const ns = file && ctx.currentNode && ctx.currentNode.getSourceFile() !== file ? ctx.namespaceOf.get(file) : undefined;
  const ready = tdzFacts(ctx).local.has(symbol) ? `${flag}->value` : `${ns ? `${ns}::` : ""}${flag}`;
  const test = `ts::checkInitialised(${ready}, PSTR(${JSON.stringify(symbol.name)}))`;
  const pending = pendingCheck(ctx);
  if (ctx.canHoist()) {
    // `count = next()`: Node evaluates the value first, then finds the variable uninitialised.
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && hasSideEffects(node.right)) {
      const value = at(ctx, node.right, () => exprNode(ctx, node.right));
      ctx.substitutions.set(node.right, nameExpr(temporary(ctx, "auto", value, "v"), value.type));
    }
    ctx.hoist!.lines.push(line(`${test};`));
    if (pending) ctx.hoist!.lines.push(line(pending));
    return lower();
  }
  const value = lower();
  if (!pending) return raw(`(${test}, ${printExpr(value)})`, value.type);
  return raw(`({ ${test}; ${pending} ${printExpr(value)}; })`, value.type);
}

function exprInner(ctx: LowerContext, node: ts.Expression): Expr {
  const substituted = ctx.substitutions.get(node);
  if (substituted !== undefined) return asExpr(substituted);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const group = regexpGroupAccess(ctx, node);
    if (group !== undefined) return raw(group);
  }
  if (isChainOuter(node)) {
    const link = uncheckedLink(ctx, node);
    if (link) return optionalChainNode(ctx, node, link);
  }
  switch (node.kind) {
    case ts.SyntaxKind.NumericLiteral:
      return lit(numberLiteral(Number((node as ts.NumericLiteral).text), true), DOUBLE_T);
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return lit(stringLiteral((node as ts.StringLiteral).text), STRING_T);
    case ts.SyntaxKind.TrueKeyword:
      return lit("true", BOOL_T);
    case ts.SyntaxKind.FalseKeyword:
      return lit("false", BOOL_T);
    case ts.SyntaxKind.NullKeyword:
      return lit("ts::null", NULL_TYPE);
    case ts.SyntaxKind.ThisKeyword:
      if (!ts.findAncestor(node, ts.isClassLike)) return lit("ts::undefined", UNDEFINED_TYPE); // a module's top-level `this`
      return ctx.scope.thisName === "this" ? construct(`ts::Ref<${classNameOfThis(ctx, node)}>`, [nameExpr("this")]) : nameExpr(ctx.scope.thisName);
    case ts.SyntaxKind.Identifier:
      return identifier(ctx, node as ts.Identifier);
    case ts.SyntaxKind.ParenthesizedExpression:
      return paren(exprNode(ctx, (node as ts.ParenthesizedExpression).expression));
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.SatisfiesExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.TypeAssertionExpression: {
      const inner = (node as ts.AsExpression).expression;
      // A literal is built as the type it is cast to (`[] as string[]`, `{ ... } as Config`).
      if (ts.isArrayLiteralExpression(inner) || ts.isObjectLiteralExpression(inner)) return exprAsNode(ctx, inner, cppOf(ctx, node));
      return convertExpr(exprNode(ctx, inner), isMatchIndexRead(ctx, inner) ? "double" : cppOf(ctx, inner), cppOf(ctx, node));
    }
    case ts.SyntaxKind.TemplateExpression:
      return template(ctx, node as ts.TemplateExpression);
    case ts.SyntaxKind.PrefixUnaryExpression:
      return prefixUnary(ctx, node as ts.PrefixUnaryExpression);
    case ts.SyntaxKind.PostfixUnaryExpression:
      return postfixUnary(ctx, node as ts.PostfixUnaryExpression);
    case ts.SyntaxKind.BinaryExpression:
      return binary(ctx, node as ts.BinaryExpression);
    case ts.SyntaxKind.ConditionalExpression: {
      const c = node as ts.ConditionalExpression;
      const cpp = cppOf(ctx, c);
      return conditional(ctx, c, cpp, (e) => exprAsNode(ctx, e, cpp));
    }
    case ts.SyntaxKind.CallExpression:
      return checkedNode(ctx, node as ts.CallExpression, lowerCallNode(ctx, node as ts.CallExpression));
    case ts.SyntaxKind.NewExpression: {
      const n = node as ts.NewExpression;
      const error = lowerErrorNew(ctx, n, (m) => exprAs(ctx, m, "ts::String"));
      return checkedNode(ctx, n, error !== undefined ? raw(error) : lowerNewNode(ctx, n));
    }
    case ts.SyntaxKind.PropertyAccessExpression:
      return propertyAccess(ctx, node as ts.PropertyAccessExpression);
    case ts.SyntaxKind.ElementAccessExpression:
      return elementAccess(ctx, node as ts.ElementAccessExpression);
    case ts.SyntaxKind.RegularExpressionLiteral:
      return raw(lowerRegExpLiteral(ctx, node as ts.RegularExpressionLiteral));
    case ts.SyntaxKind.TaggedTemplateExpression:
      return raw(lowerStringRaw(ctx, node as ts.TaggedTemplateExpression));
    case ts.SyntaxKind.ArrayLiteralExpression:
      return arrayLiteralNode(ctx, node as ts.ArrayLiteralExpression, cppOf(ctx, node));
    case ts.SyntaxKind.ObjectLiteralExpression:
      return objectLiteralNode(ctx, node as ts.ObjectLiteralExpression, cppOf(ctx, node));
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return lowerFunctionExpressionNode(ctx, node as ts.ArrowFunction, cppOf(ctx, node));
    case ts.SyntaxKind.TypeOfExpression:
      return raw(typeofExpression(ctx, node as ts.TypeOfExpression));
  }
  ctx.report(node, "noExpressionKind", ts.SyntaxKind[node.kind]);
  return placeholder();
}

function classNameOfThis(ctx: LowerContext, node: ts.Node): string {
  const cls = ts.findAncestor(node, ts.isClassLike);
  if (!cls || !cls.name) return "ts::Object";
  const symbol = ctx.checker.getSymbolAtLocation(cls.name)!;
  const params = cls.typeParameters?.map((p) => p.name.text);
  return qualifiedName(ctx, symbol) + (params?.length ? `<${params.join(", ")}>` : "");
}

function identifier(ctx: LowerContext, node: ts.Identifier): Expr {
  if (node.text === "undefined") return lit("ts::undefined", UNDEFINED_TYPE);
  if (node.text === "NaN") return lit("double(NAN)", DOUBLE_T);
  if (node.text === "Infinity") return lit("double(INFINITY)", DOUBLE_T);
  const symbol = ctx.symbolOf(node);
  if (!symbol) return nameExpr(cppIdentifier(node.text));
  const decl = symbol.valueDeclaration;
  // (A binding element too: `for (const [k, v] of map)` with a union `v` narrowed by typeof.)
  if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl))) {
    const declared = symbolCpp(ctx, symbol, node);
    const narrowed = cppOf(ctx, node);
    return convertExpr(variableNode(ctx, symbol, node, typeFromSpelling(declared)), declared, narrowed);
  }
  if (decl && ts.isEnumMember(decl)) return enumMemberNode(ctx, decl);
  return variableNode(ctx, symbol, node);
}

/** How a variable, function or constant is named in C++ at a use site. */
export function variableRef(ctx: LowerContext, symbol: ts.Symbol, at: ts.Node): string {
  return printExpr(variableNode(ctx, symbol, at));
}

/** variableRef() as an expression node: a name (qualified by its module's namespace), a celled variable's
 *  `->value`, a board pin's number. */
export function variableNode(ctx: LowerContext, symbol: ts.Symbol, at: ts.Node, type?: CppType): Expr {
  const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
  if (!decl) return nameExpr(cppIdentifier(symbol.name), type);
  const file = decl.getSourceFile();
  if (ctx.isRuntimeFile(file.fileName)) {
    if (file.fileName === BOARD_TYPINGS && symbol.name in ctx.boardPins) return lit(`${ctx.boardPins[symbol.name]} /* ${symbol.name} */`, type);
    const lib = ctx.libraryOf(decl);
    if (lib) {
      ctx.usedLibraries.add(lib);
      return nameExpr(lib.names[symbol.name] ?? symbol.name, type);
    }
    return nameExpr(symbol.name, type);
  }
  const isModuleLevel = decl.parent && (ts.isSourceFile(decl.parent) || (ts.isVariableDeclarationList(decl.parent) && ts.isVariableStatement(decl.parent.parent) && ts.isSourceFile(decl.parent.parent.parent)));
  const ns = ctx.namespaceOf.get(file);
  // Inside a class's member, C++ finds a member of that name first (a field `count`, a method `size`): the
  // module-level one is named from the global scope (`::size()`), as the TypeScript name means it.
  const hidden = isModuleLevel && hiddenByClassMember(ctx, symbol.name, at);
  const scope = isModuleLevel && ns && (hidden || at.getSourceFile() !== file) ? `${ns}::` : hidden ? "::" : "";
  const qualified = `${scope}${cppIdentifier(symbol.name)}`;
  return ctx.celled.has(symbol) ? member(nameExpr(qualified), "->", "value", type) : nameExpr(qualified, type);
}

/** Whether a member of the class `at` is written in (its own, inherited or static, or ts::Object's) has this name. */
function hiddenByClassMember(ctx: LowerContext, name: string, at: ts.Node): boolean {
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) {
    if (!ts.isClassDeclaration(n) && !ts.isClassExpression(n)) continue;
    if (OBJECT_MEMBERS.has(name)) return true;
    const symbol = n.name ? ctx.checker.getSymbolAtLocation(n.name) : ctx.checker.getTypeAtLocation(n).getSymbol();
    if (!symbol) continue;
    if (ctx.checker.getPropertyOfType(ctx.checker.getDeclaredTypeOfSymbol(symbol), name)) return true;
    if (ctx.checker.getPropertyOfType(ctx.checker.getTypeOfSymbol(symbol), name)) return true;
  }
  return false;
}

const OBJECT_MEMBERS = new Set(["classInfo", "classInfo_", "tsCastTo", "tsToString", "tsTracked", "tsVisit", "tsPlain", "refcount_"]);

export function enumMemberValue(ctx: LowerContext, enumMember: ts.EnumMember): string {
  return printExpr(enumMemberNode(ctx, enumMember));
}

/** An enum member's value: a string enum's literal, a numeric enum's constant `Enum::Member`. */
export function enumMemberNode(ctx: LowerContext, enumMember: ts.EnumMember): Expr {
  const value = ctx.checker.getConstantValue(enumMember);
  if (typeof value === "string") return lit(stringLiteral(value), STRING_T);
  const enumDecl = enumMember.parent;
  const enumName = qualifiedName(ctx, ctx.checker.getSymbolAtLocation(enumDecl.name)!);
  const memberName = ts.isIdentifier(enumMember.name) || ts.isStringLiteral(enumMember.name) ? enumMember.name.text : "_";
  return member(nameExpr(enumName), "::", cppIdentifier(memberName), DOUBLE_T);
}

function template(ctx: LowerContext, node: ts.TemplateExpression): Expr {
  const parts: ts.Node[] = [];
  const texts: Lazy[] = [];
  const cpps: string[] = [];
  if (node.head.text) {
    parts.push(node.head);
    texts.push(lit(stringLiteral(node.head.text), STRING_T));
    cpps.push("ts::String");
  }
  for (const span of node.templateSpans) {
    parts.push(span.expression);
    texts.push(() => stringOperandNode(ctx, span.expression).value);
    cpps.push(stringOperandCpp(ctx, span.expression));
    if (span.literal.text) {
      parts.push(span.literal);
      texts.push(lit(stringLiteral(span.literal.text), STRING_T));
      cpps.push("ts::String");
    }
  }
  if (texts.length === 1 && cpps[0] !== "ts::String") texts.unshift(lit('TS_STR("")', STRING_T));
  return sequencedNode(ctx, parts, texts, cpps, (v) => call("ts::concat", v, STRING_T), "ts::String");
}

function prefixUnary(ctx: LowerContext, node: ts.PrefixUnaryExpression): Expr {
  const operand = node.operand;
  switch (node.operator) {
    case ts.SyntaxKind.ExclamationToken:
      return unary("!", conditionNode(ctx, operand), BOOL_T);
    case ts.SyntaxKind.MinusToken:
      if (ts.isNumericLiteral(operand)) return lit(numberLiteral(-Number(operand.text), true), DOUBLE_T);
      {
        // An int32-inferred counter is a JS number: -0 must stay -0, so negate it as a double (also through
        // unary pluses: `-(+i)`, g6001626).
        let inner: ts.Expression = operand;
        while (ts.isParenthesizedExpression(inner) || (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.PlusToken)) {
          inner = ts.isParenthesizedExpression(inner) ? inner.expression : inner.operand;
        }
        const f = fixedCpp(ctx, operand) ?? fixedCpp(ctx, inner);
        if (f && !f.exact) return unary("-", cast(DOUBLE_T, exprNode(ctx, operand)), DOUBLE_T);
        // Any other operand C++ computes as an integer without a fixed-width type in it (`-(c ? -1 : i)`,
        // g6004262) is a JS number too.
        const value = numeric(ctx, operand);
        // (A conditional of integers is an int in C++ even where it is typed double.)
        const integral = isIntegerCpp(cppOf(ctx, operand)) || (value.type !== undefined && isIntegerCpp(printType(value.type))) || ts.isConditionalExpression(inner);
        if (integral && !hasExactFixed(ctx, operand)) return unary("-", cast(DOUBLE_T, value), DOUBLE_T);
        return wrappedSmall(ctx, node, unary("-", value), cppOf(ctx, node));
      }
    case ts.SyntaxKind.PlusToken:
      return toNumberNode(ctx, operand);
    case ts.SyntaxKind.TildeToken: {
      // An i64/u64 complements all 64 bits (ToInt32 kept the low 32: ~9007199254740993 was -2).
      const cpp = cppOf(ctx, node);
      if (is64Bit(cpp) && fixedCpp(ctx, node)?.exact) return unary("~", exprAsNode(ctx, operand, cpp), typeFromSpelling(cpp));
      return int32Result(ctx, node, unary("~", toInt32(ctx, operand)));
    }
    case ts.SyntaxKind.PlusPlusToken:
    case ts.SyntaxKind.MinusMinusToken: {
      const op = node.operator === ts.SyntaxKind.PlusPlusToken ? "++" : "--";
      return increment(ctx, node, true) ?? unary(op, lvalueNode(ctx, operand));
    }
  }
  return placeholder();
}

/** Whether an expression mentions a value of a fixed-width type (int32, uint8 ...), whose negation stays integral. */
function hasExactFixed(ctx: LowerContext, node: ts.Node): boolean {
  if ((ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) && fixedCpp(ctx, node)?.exact) return true;
  return ts.forEachChild(node, (c) => (hasExactFixed(ctx, c) ? true : undefined)) ?? false;
}

function postfixUnary(ctx: LowerContext, node: ts.PostfixUnaryExpression): Expr {
  const op = node.operator === ts.SyntaxKind.PlusPlusToken ? "++" : "--";
  return increment(ctx, node, false) ?? unary(op, lvalueNode(ctx, node.operand), undefined, true);
}

/**
 * `++`/`--` on an accessor property or an element (`p.value++`, `u8[i]--`): a read-modify-write through the
 * getter/setter or get/set with the receiver and index evaluated once; the value is the new (prefix) or old
 * (postfix) number. Undefined for plain variables and fields, which C++'s own ++/-- handle.
 */
function increment(ctx: LowerContext, node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, prefix: boolean): Expr | undefined {
  const operand = ts.isParenthesizedExpression(node.operand) ? node.operand.expression : node.operand;
  const sign = node.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-";
  const unused = isStatementExpression(ctx, node);
  const one = lit("1");
  const readModifyWrite = (cpp: string, get: Expr, set: (v: Expr) => Expr): Expr => {
    const type = typeFromSpelling(cpp);
    if (unused) {
      ctx.hoist!.lines.push(exprStmt(set(binaryExpr(sign, get, one, type))));
      return lit("");
    }
    const old = nameExpr(temporary(ctx, cpp, get, "old"), type);
    if (!prefix) {
      ctx.hoist!.lines.push(exprStmt(set(binaryExpr(sign, old, one, type))));
      // Its value is the old one as a number: undefined (read past the end) is NaN (m-125-…-83000322).
      return cpp === "double" || cpp === NUM ? call("ts::numeric", [old], DOUBLE_T) : old;
    }
    const updated = nameExpr(temporary(ctx, cpp, binaryExpr(sign, old, one, type), "new"), type);
    ctx.hoist!.lines.push(exprStmt(set(updated)));
    return updated;
  };
  if (ts.isPropertyAccessExpression(operand) && accessorOf(ctx, operand, "set")) {
    const cpp = declaredCpp(ctx, operand);
    return withStatementsNode(ctx, cpp, () => {
      const { get, set } = accessorParts(ctx, operand, cpp);
      // A setter that may throw, in `o.name++;` (a statement of its own): tested after it (errors.ts). Asked
      // before the read and the store go in: its assumption that no error is pending belongs in front of them.
      if (unused) checkedCall(ctx, node, "", () => "void");
      return readModifyWrite(cpp, get, set);
    });
  }
  // A union variable or field narrowed to a number (`x++` with x: number | string): read, add, store the union.
  if ((ts.isIdentifier(operand) || ts.isPropertyAccessExpression(operand)) && !hasSideEffects(operand) && isUnionCpp(declaredCpp(ctx, operand))) {
    const cpp = declaredCpp(ctx, operand);
    return withStatementsNode(ctx, "double", () => readModifyWrite("double", exprNode(ctx, operand), (v) => assignExpr("=", lvalueNode(ctx, operand), convertExpr(v, "double", cpp))));
  }
  if (ts.isElementAccessExpression(operand)) {
    const objCpp = cppOf(ctx, operand.expression);
    if (!(kindOf(objCpp) === "array" || objCpp === "ts::Uint8Array")) return undefined;
    const cpp = objCpp === "ts::Uint8Array" ? "double" : declaredElementCpp(ctx, operand.expression);
    return withStatementsNode(ctx, cpp, () => {
      const o = onceValue(ctx, operand.expression, "auto", () => exprNode(ctx, operand.expression), "o");
      const i = onceValue(ctx, operand.argumentExpression, indexCpp(ctx, operand.argumentExpression), () => indexNode(ctx, operand.argumentExpression), "i");
      if (errorsActive(ctx)) checkRowHeld(ctx, operand, o, i, false);
      return readModifyWrite(cpp, call(member(o, ".", "get"), [i]), (v) => call(member(o, ".", "set"), [i, v]));
    });
  }
  return undefined;
}

/**
 * The read and the store of an accessor property (`o.value`, `Config.level` of a static accessor) for an update
 * (`o.value++`, `f().value += 2`): the receiver is evaluated once (a temporary unless a variable or `this`),
 * before the read; a getter that may throw is tested after its read, before the setter runs (errors.ts).
 */
export function accessorParts(ctx: LowerContext, target: ts.PropertyAccessExpression, cpp: string): { get: Expr; set: (v: Expr) => Expr } {
  const name = cppIdentifier(target.name.text);
  const object = target.expression;
  let read: Expr;
  let set: (v: Expr) => Expr;
  const cls = accessorClass(ctx, target);
  if (cls) {
    read = call(member(cls, "::", `get_${name}`), [], typeFromSpelling(cpp));
    set = (v) => call(member(cls, "::", `set_${name}`), [v]);
  } else {
    // A variable or `this` as it is (checked where read: an unsound variable names the member, like a read);
    // anything else in a temporary, checked there.
    const plain = ts.isIdentifier(object) || object.kind === ts.SyntaxKind.ThisKeyword;
    const o = plain ? receiverNode(ctx, object) : nameExpr(temporary(ctx, "auto", memberReceiverNode(ctx, object, target.name.text), "o"));
    read = call(member(plain ? memberReceiverNode(ctx, object, target.name.text) : o, "->", `get_${name}`), [], typeFromSpelling(cpp));
    set = (v) => call(member(o, "->", `set_${name}`), [v]);
  }
  const readText = printExpr(read);
  const checked = checkedCall(ctx, target, readText, () => cpp);
  return { get: checked === readText ? read : raw(checked, read.type), set };
}

/** The C++ type a getter returns (`get limit(): number | undefined`: ts::Opt<double>), if `node` reads one. */
function getterCpp(ctx: LowerContext, node: ts.PropertyAccessExpression): string | undefined {
  const getter = accessorOf(ctx, node, "get");
  return getter && ts.isGetAccessor(getter) ? returnCppOf(ctx, getter) : undefined;
}

/**
 * The receiver of an assignment target that C++ stores through as an lvalue: a field (`next().count`, not an
 * accessor) or a tuple element (`pick()[0]`); undefined for other targets and for a receiver already in a
 * temporary.
 */
function fieldTargetReceiver(ctx: LowerContext, left: ts.Expression): ts.Expression | undefined {
  const object = ts.isPropertyAccessExpression(left) && !accessorOf(ctx, left, "set") && !isStaticAccess(ctx, left) ? left.expression
    : ts.isElementAccessExpression(left) && isTupleRecordCpp(ctx, cppOf(ctx, left.expression)) ? left.expression : undefined;
  return object && !ctx.substitutions.has(object) && object.kind !== ts.SyntaxKind.SuperKeyword ? object : undefined;
}

/**
 * Lowers the compound assignment `node` with its target's receiver evaluated first, into a temporary (checked
 * there: the read comes first, Node's "Cannot read properties of undefined").
 */
function withReceiverOnce(ctx: LowerContext, node: ts.BinaryExpression, lower: () => Expr): Expr {
  const left = node.left as ts.PropertyAccessExpression | ts.ElementAccessExpression;
  const object = left.expression;
  const memberName = ts.isPropertyAccessExpression(left) ? left.name.text : left.argumentExpression.getText().replace(/^["']|["']$/g, "");
  return withStatementsNode(ctx, isStatementExpression(ctx, node) ? "void" : cppOf(ctx, node), () => {
    const value = kindOf(cppOf(ctx, object)) === "ref" ? memberReceiverNode(ctx, object, memberName) : receiverNode(ctx, object);
    ctx.substitutions.set(object, nameExpr(temporary(ctx, "auto", value, "o"), value.type ?? typeFromSpelling(cppOf(ctx, object))));
    try {
      return lower();
    } finally {
      ctx.substitutions.delete(object);
    }
  });
}

/** `Config.level` where `level` is a static member of the class `Config`. */
function isStaticAccess(ctx: LowerContext, node: ts.PropertyAccessExpression): boolean {
  const objSymbol = ctx.symbolOf(node.expression);
  const symbol = ctx.checker.getSymbolAtLocation(node.name);
  return !!objSymbol && !!(objSymbol.flags & ts.SymbolFlags.Class) && ts.isIdentifier(node.expression) && !!symbol && isStatic(symbol);
}

/**
 * The class that qualifies an accessor's get_/set_ call, when the call is not virtual through a receiver:
 * `Config.level` (static: `Config::get_level()`), `super.value` (the base class's own accessor, called on
 * `this`: `Base::get_value()`; a virtual `this->get_value()` would run the override that reads `super.value`).
 */
function accessorClass(ctx: LowerContext, node: ts.PropertyAccessExpression): Expr | undefined {
  if (isStaticAccess(ctx, node)) return nameExpr(qualifiedName(ctx, ctx.symbolOf(node.expression)!));
  if (node.expression.kind === ts.SyntaxKind.SuperKeyword) {
    const base = refClassName(cppType(ctx, ctx.checker.getTypeAtLocation(node.expression), node.expression));
    if (base) return nameExpr(base);
  }
  return undefined;
}

/** Whether an expression's value is discarded: an expression statement, a for loop's initialiser or update. */
function isValueUnused(node: ts.Node): boolean {
  let outer = node;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const parent = outer.parent;
  return ts.isExpressionStatement(parent) || (ts.isForStatement(parent) && (parent.initializer === outer || parent.incrementor === outer));
}

/** Whether `node` is the whole expression of an expression statement being lowered (its value is unused). */
export function isStatementExpression(ctx: LowerContext, node: ts.Node): boolean {
  let outer = node;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  return ctx.hoist?.node === node && ts.isExpressionStatement(outer.parent) && ctx.canHoist();
}

/** An operand used twice (read, then written): a variable or literal as is, anything else in a temporary. */
export function onceValue(ctx: LowerContext, node: ts.Expression, cpp: string, lower: () => Expr, prefix: string): Expr {
  const value = lower();
  if (ts.isIdentifier(node) || ts.isNumericLiteral(node) || node.kind === ts.SyntaxKind.ThisKeyword) return value;
  return nameExpr(temporary(ctx, cpp, value, prefix), cpp === "auto" ? undefined : typeFromSpelling(cpp));
}

/** An operand as a C++ number (booleans become 0/1 as in JS arithmetic). */
export function numeric(ctx: LowerContext, node: ts.Expression): Expr {
  const cpp = cppOf(ctx, node);
  if (cpp === "bool") return call("ts::toNumber", [exprNode(ctx, node)], DOUBLE_T);
  if (isScalarCpp(cpp)) return typed(exprNode(ctx, node), typeFromSpelling(cpp));
  // A primitive union converts whichever member it holds (`+v`, Number(v) of `number | string`, corpus 737),
  // an optional scalar is NaN when undefined and 0 when null: never its narrowed-member read.
  if (cpp === "ts::String" || cpp === PRIM || isOptionalScalar(cpp)) return call("ts::Number", [exprNode(ctx, node)], DOUBLE_T);
  // An object's ToNumber runs its valueOf/toString: not supported.
  if (cpp === MIXED) {
    ctx.report(node, "unsupportedCall", `number conversion of an object union (${ctx.checker.typeToString(typeOf(ctx, node))})`, "narrow the value first (typeof v === \"string\"), then convert the member");
    return placeholder();
  }
  return typed(convertExpr(exprNode(ctx, node), cpp, "double"), DOUBLE_T);
}

/** ToNumber (`+x`, Number(x)): a double that may be undefined read past a number[]'s end becomes NaN. */
export function toNumberNode(ctx: LowerContext, node: ts.Expression): Expr {
  const value = numeric(ctx, node);
  const cpp = cppOf(ctx, node);
  return (cpp === "double" || cpp === NUM) && !isDefinedNumber(ctx, node) ? call("ts::numeric", [value], value.type ?? DOUBLE_T) : value;
}

function isOptionalScalar(cpp: string): boolean {
  const t = typeFromSpelling(cpp);
  return t.kind === "opt" && isScalar(t.inner);
}

/** The C++ type of numeric(node). */
function numericCpp(ctx: LowerContext, node: ts.Expression): string {
  const cpp = cppOf(ctx, node);
  return isScalarCpp(cpp) && cpp !== "bool" ? cpp : "double";
}

function toInt32(ctx: LowerContext, node: ts.Expression): Expr {
  const sum = wrappingInt32Sum(ctx, node, (e) => cppOf(ctx, e) === "int32_t" || ts.isNumericLiteral(e));
  if (sum) return call(sum.fn, [toInt32(ctx, sum.left), toInt32(ctx, sum.right)], INT32_T);
  const cpp = cppOf(ctx, node);
  if (cpp === "int32_t") return typed(exprNode(ctx, node), INT32_T);
  if (isIntegerCpp(cpp)) return cast(INT32_T, exprNode(ctx, node));
  return call("ts::toInt32", [numeric(ctx, node)], INT32_T);
}

function toUint32(ctx: LowerContext, node: ts.Expression): Expr {
  const cpp = cppOf(ctx, node);
  const u32 = scalar("uint32_t");
  if (cpp === "uint32_t") return typed(exprNode(ctx, node), u32);
  if (isIntegerCpp(cpp)) return cast(u32, exprNode(ctx, node));
  return call("ts::toUint32", [numeric(ctx, node)], u32);
}

function int32Result(ctx: LowerContext, node: ts.Node, value: Expr): Expr {
  const cpp = cppOf(ctx, node);
  if (isIntegerCpp(cpp)) return cast(typeFromSpelling(cpp), value);
  return cast(DOUBLE_T, value);
}

const ARITHMETIC: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.MinusToken]: "-",
  [ts.SyntaxKind.AsteriskToken]: "*",
  [ts.SyntaxKind.SlashToken]: "/",
};
const COMPARISON: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.LessThanToken]: "<",
  [ts.SyntaxKind.LessThanEqualsToken]: "<=",
  [ts.SyntaxKind.GreaterThanToken]: ">",
  [ts.SyntaxKind.GreaterThanEqualsToken]: ">=",
};
const BITWISE: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.AmpersandToken]: "&",
  [ts.SyntaxKind.BarToken]: "|",
  [ts.SyntaxKind.CaretToken]: "^",
};
const COMPOUND: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
  [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
  [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
  [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
  [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: ts.SyntaxKind.AsteriskAsteriskToken,
  [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
  [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
  [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
  [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  [ts.SyntaxKind.BarBarEqualsToken]: ts.SyntaxKind.BarBarToken,
  [ts.SyntaxKind.AmpersandAmpersandEqualsToken]: ts.SyntaxKind.AmpersandAmpersandToken,
  [ts.SyntaxKind.QuestionQuestionEqualsToken]: ts.SyntaxKind.QuestionQuestionToken,
};

function binary(ctx: LowerContext, node: ts.BinaryExpression): Expr {
  const kind = node.operatorToken.kind;
  const { left, right } = node;
  if (kind === ts.SyntaxKind.EqualsToken) return assignmentValue(ctx, node, assignment(ctx, left, right));
  if (kind === ts.SyntaxKind.CommaToken) return binaryExpr(",", exprNode(ctx, left), exprNode(ctx, right));
  const compound = COMPOUND[kind];
  if (compound !== undefined) return assignmentValue(ctx, node, compoundAssignment(ctx, node, compound));
  return binaryValue(ctx, node, kind, left, right);
}

/**
 * An assignment used as a value: `b = (o.flag = true)`, `n = (o.count ??= 5)` with `flag?: boolean`,
 * `count?: number`. The store's C++ value is the member's (an Opt<bool>), the expression's TypeScript type the
 * assigned value's (boolean): it is read as that; `(o.n = undefined)` is undefined whatever the member's type.
 */
function assignmentValue(ctx: LowerContext, node: ts.BinaryExpression, stored: Expr): Expr {
  if (isValueUnused(node)) return stored;
  const left = node.left;
  const storedCpp = stored.type ? printType(stored.type) : ts.isPropertyAccessExpression(left) && !accessorOf(ctx, left, "set") ? declaredCpp(ctx, left) : undefined;
  const resultCpp = cppOf(ctx, node);
  if (!storedCpp || storedCpp === resultCpp) return stored;
  const valueType = ctx.checker.getTypeAtLocation(node);
  if (valueType.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null) && !valueType.isUnion()) {
    const empty = lit(valueType.flags & ts.TypeFlags.Null ? "ts::null" : "ts::undefined");
    return binaryExpr(",", stored, resultCpp === "ts::Undefined" || resultCpp === "ts::Null" ? empty : construct(typeFromSpelling(resultCpp), [empty]));
  }
  if (kindOf(storedCpp) === "opt" && kindOf(resultCpp) !== "opt" && resultCpp !== "ts::Undefined" && resultCpp !== "ts::Null" && resultCpp !== "void") return convertExpr(stored, storedCpp, resultCpp);
  return stored;
}

function isNonZeroLiteral(node: ts.Expression): boolean {
  return ts.isNumericLiteral(node) && Number(node.text) !== 0;
}

// ts::idiv/ts::irem deduce one integer type from both operands: for a fixed-width result other than int32_t
// the type is given, since an integer literal operand is an `int` (`c / 7` of a u64 `c`, `w % 3` of an i16).
function fixedHelper(name: string, resultCpp: string): string {
  return resultCpp === "int32_t" ? name : `${name}<${resultCpp}>`;
}
// An int32 `/` or `%` with an integer literal outside int32 (`x % 9007199254740993` of an i32 `x`, mutant
// m-719-try-loop-uncaught-later-77000477: ts::irem(int32_t&, long long) did not compile) is computed as
// AssemblyScript does: a literal of uint32's range is read as its int32 bit pattern, a larger one makes the
// operation an i64 one (whose result, |x % c| <= |x| and x / c = 0, fits the int32 result).
function int32Helper(name: string, left: ts.Expression, right: ts.Expression): { helper: string; wide: boolean } {
  let cpp = "";
  for (const n of [left, right]) {
    if (!ts.isNumericLiteral(n)) continue;
    const v = Number(n.text);
    if (!Number.isInteger(v) || (v >= -(2 ** 31) && v < 2 ** 31)) continue;
    if (v < 2 ** 32 && cpp === "") cpp = "int32_t";
    else if (v >= 2 ** 32) cpp = "int64_t";
  }
  return { helper: cpp === "" ? name : `${name}<${cpp}>`, wide: cpp === "int64_t" };
}
function is64Bit(cpp: string): boolean {
  return cpp === "int64_t" || cpp === "uint64_t";
}

function binaryValue(ctx: LowerContext, node: ts.Expression, kind: ts.SyntaxKind, left: ts.Expression, right: ts.Expression): Expr {
  const resultCpp = cppOf(ctx, node);
  const result = typeFromSpelling(resultCpp);
  // The operands' C++ types are those of their converted texts (a temporary must hold the converted value).
  const numCpp = isIntegerCpp(resultCpp) || resultCpp === NUM ? resultCpp : "double";
  const seq = (build: (l: Expr, r: Expr) => Expr, l: Lazy, r: Lazy, cpp = resultCpp, operands: [string, string] = [numCpp, numCpp]) =>
    sequencedNode(ctx, [left, right], [l, r], operands, ([a, b]) => build(a, b), cpp);
  const op = (o: BinaryOp, type: CppType = result) => (a: Expr, b: Expr) => binaryExpr(o, a, b, type);
  const fn = (f: string, type: CppType = result) => (a: Expr, b: Expr) => call(f, [a, b], type);
  const num = (n: ts.Expression) => () => numericOperand(ctx, n, resultCpp);
  const plain = (n: ts.Expression) => () => numeric(ctx, n);
  // An int32 bit pattern as the result: a ts::Num where the result is one, else a double.
  const fromInt32 = (e: Expr): Expr => (resultCpp === NUM ? construct(NUM, [e], result) : cast(DOUBLE_T, e));
  // An i8/u8/i16/u16 sum, difference or product is computed in int by C++: wrapped to its type where it is read.
  const small = (e: Expr): Expr => wrappedSmall(ctx, node, e, resultCpp);
  const smallShift = SMALL_FIXED.has(resultCpp) && !!fixedCpp(ctx, node)?.exact;
  switch (kind) {
    case ts.SyntaxKind.PlusToken: {
      if (resultCpp === "ts::String" || isStringType(typeOf(ctx, node))) {
        const parts = flattenConcat(ctx, node);
        return sequencedNode(ctx, parts, parts.map((p) => () => stringOperandNode(ctx, p).value), parts.map((p) => stringOperandCpp(ctx, p)), (v) => call("ts::concat", v, STRING_T), "ts::String");
      }
      return small(seq(op("+"), num(left), num(right)));
    }
    case ts.SyntaxKind.MinusToken:
      // g++ 12's front end folds `0.0 - double(i)` (also `double(i) - double(i) - double(i)`) to `-double(i)`,
      // -0 for i = 0 where JS gives 0: a subtraction of a converted integer goes through an inline function.
      // (An integer converted to double: an integer-typed operand, or a bitwise result `static_cast<double>(a << b)`.)
      if (resultCpp === "double" && !isNonZeroLiteral(left)) {
        const integral = isIntegerCpp(cppOf(ctx, right));
        return seq((a, b) => (integral || isCastToDouble(b) ? fn("ts::sub")(a, b) : op("-")(a, b)), num(left), num(right));
      }
      return small(seq(op("-"), num(left), num(right)));
    case ts.SyntaxKind.AsteriskToken:
      return small(seq(op(ARITHMETIC[kind] as BinaryOp), num(left), num(right)));
    case ts.SyntaxKind.SlashToken:
      if (resultCpp === "int32_t") {
        const { helper, wide } = int32Helper("ts::idiv", left, right);
        return seq((a, b) => (wide ? cast(result, call(helper, [a, b], scalar("int64_t"))) : fn(helper)(a, b)), num(left), num(right));
      }
      if (isIntegerCpp(resultCpp)) return seq(fn(fixedHelper("ts::idiv", resultCpp)), num(left), num(right));
      return seq(op("/"), num(left), num(right));
    case ts.SyntaxKind.PercentToken:
      if (resultCpp === "int32_t") {
        const { helper, wide } = int32Helper("ts::irem", left, right);
        return seq((a, b) => (wide ? cast(result, call(helper, [a, b], scalar("int64_t"))) : fn(helper)(a, b)), num(left), num(right));
      }
      if (isIntegerCpp(resultCpp)) return seq(fn(fixedHelper("ts::irem", resultCpp)), num(left), num(right));
      // A Num result (`j % 2` of an int32 counter, numrep.ts) needs Num operands: ts::mod(int, double) is a double.
      if (resultCpp === NUM) return seq(fn("ts::mod"), num(left), num(right));
      return seq(fn("ts::mod"), plain(left), plain(right), resultCpp, [numericCpp(ctx, left), numericCpp(ctx, right)]);
    case ts.SyntaxKind.AsteriskAsteriskToken:
      return seq(fn("ts::pow"), plain(left), plain(right), resultCpp, [numericCpp(ctx, left), numericCpp(ctx, right)]);
    case ts.SyntaxKind.AmpersandToken:
    case ts.SyntaxKind.BarToken:
    case ts.SyntaxKind.CaretToken: {
      const bitwise = BITWISE[kind] as BinaryOp;
      if (isIntegerCpp(resultCpp)) return seq((a, b) => cast(result, binaryExpr(bitwise, a, b)), num(left), num(right));
      return seq((a, b) => fromInt32(binaryExpr(bitwise, a, b, INT32_T)), () => toInt32(ctx, left), () => toInt32(ctx, right), resultCpp, ["int32_t", "int32_t"]);
    }
    case ts.SyntaxKind.LessThanLessThanToken:
      if (smallShift) return seq(fn(`ts::shlSmall<${resultCpp}>`), num(left), num(right));
      if (isIntegerCpp(resultCpp)) return seq(fn(is64Bit(resultCpp) ? `ts::shl64<${resultCpp}>` : "ts::shl"), num(left), num(right));
      return seq((a, b) => fromInt32(call("ts::shl", [a, b], INT32_T)), () => toInt32(ctx, left), () => toUint32(ctx, right), resultCpp, ["int32_t", "uint32_t"]);
    case ts.SyntaxKind.GreaterThanGreaterThanToken:
      if (smallShift) return seq(fn(`ts::shrSmall<${resultCpp}>`), num(left), num(right));
      if (isIntegerCpp(resultCpp)) return seq(fn(is64Bit(resultCpp) ? `ts::shr64<${resultCpp}>` : "ts::shr"), num(left), num(right));
      return seq((a, b) => fromInt32(call("ts::shr", [a, b], INT32_T)), () => toInt32(ctx, left), () => toUint32(ctx, right), resultCpp, ["int32_t", "uint32_t"]);
    case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken:
      // A logical shift: the left operand's bits as unsigned (AssemblyScript's `>>>` on i32 too). On the 8- and
      // 16-bit types AssemblyScript shifts the sign-extended 32-bit value and wraps: `>>` (ts::shrSmall).
      if (smallShift) return seq(fn(`ts::shrSmall<${resultCpp}>`), num(left), num(right));
      if (isIntegerCpp(resultCpp)) {
        const unsigned = scalar(unsignedOf(resultCpp as Parameters<typeof unsignedOf>[0]));
        return seq((a, b) => cast(result, binaryExpr(">>", cast(unsigned, a), paren(binaryExpr("&", b, lit(resultCpp.includes("64") ? "63" : "31"))))), num(left), num(right));
      }
      return seq((a, b) => fromInt32(call("ts::shr", [a, b], scalar("uint32_t"))), () => toUint32(ctx, left), () => toUint32(ctx, right), resultCpp, ["uint32_t", "uint32_t"]);
    case ts.SyntaxKind.LessThanToken:
    case ts.SyntaxKind.LessThanEqualsToken:
    case ts.SyntaxKind.GreaterThanToken:
    case ts.SyntaxKind.GreaterThanEqualsToken: {
      const compare = COMPARISON[kind] as BinaryOp;
      const isObject = (t: ts.Type): boolean => (t.isUnion() ? t.types.some(isObject) : !!(t.flags & ts.TypeFlags.Object));
      if (isObject(typeOf(ctx, left)) || isObject(typeOf(ctx, right))) {
        ctx.report(node, "comparisonOfObjects", compare);
        return lit("false", BOOL_T);
      }
      if (isStringType(typeOf(ctx, left)) && isStringType(typeOf(ctx, right))) return seq(op(compare, BOOL_T), () => exprNode(ctx, left), () => exprNode(ctx, right), "bool", ["ts::String", "ts::String"]);
      const fused = numArrayComparison(ctx, kind, left, right) ?? int32SumComparison(ctx, kind, left, right);
      if (fused) return fused;
      return seq(op(compare, BOOL_T), integerComparisonLiteral(ctx, left, right) ?? int32LengthOperand(ctx, left, right) ?? plain(left), integerComparisonLiteral(ctx, right, left) ?? int32LengthOperand(ctx, right, left) ?? plain(right), "bool", [numericCpp(ctx, left), numericCpp(ctx, right)]);
    }
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
    case ts.SyntaxKind.EqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken:
      return equality(ctx, kind, left, right);
    case ts.SyntaxKind.AmpersandAmpersandToken:
    case ts.SyntaxKind.BarBarToken:
      return logical(ctx, node, kind, left, right);
    case ts.SyntaxKind.QuestionQuestionToken:
      return coalesce(ctx, node, left, right);
    case ts.SyntaxKind.InstanceOfKeyword: {
      const builtin = errorInstanceOf(ctx, right, () => expr(ctx, left));
      if (builtin) return raw(builtin, BOOL_T);
      const cls = ctx.symbolOf(right);
      if (!cls || !(cls.flags & ts.SymbolFlags.Class)) {
        ctx.report(right, "noInstanceofNonClass");
        return lit("false", BOOL_T);
      }
      return call("ts::instanceOf", [exprNode(ctx, left)], BOOL_T, [qualifiedName(ctx, cls)]);
    }
    case ts.SyntaxKind.InKeyword:
      if (isUnionIn(ctx, node as ts.BinaryExpression)) return raw(unionIn(ctx, node as ts.BinaryExpression), BOOL_T);
      break;
  }
  ctx.report(node, "noOperator", ts.tokenToString(kind as ts.BinaryOperator) ?? ts.SyntaxKind[kind]);
  return placeholder();
}

function numericOperand(ctx: LowerContext, node: ts.Expression, resultCpp: string): Expr {
  if (resultCpp === NUM) return numCharCodeAt(ctx, node) ?? raw(numOperand(node, cppOf(ctx, node), () => printExpr(numeric(ctx, node))));
  if (isIntegerCpp(resultCpp)) {
    if (ts.isNumericLiteral(node) && isIntegerLiteralFor(Number(node.text), numericLiteralText(node), resultCpp)) return lit(integerLiteral(Number(node.text), numericLiteralText(node)), typeFromSpelling(resultCpp));
    return typed(convertExpr(exprNode(ctx, node), cppOf(ctx, node), resultCpp), typeFromSpelling(resultCpp));
  }
  if (ts.isNumericLiteral(node)) return lit(numberLiteral(Number(node.text), true), DOUBLE_T);
  // JavaScript arithmetic is double arithmetic, also on values stored as integers (no int overflow, no truncating /).
  const operandCpp = cppOf(ctx, node);
  if (isIntegerCpp(operandCpp)) return cast(DOUBLE_T, exprNode(ctx, node));
  // `(b ? 256 : 32) / (b ? 100 : 65535)`: a conditional of integer literals is a C++ int, and int / int
  // truncated (0 for 0.0039…; int * int overflowed): converted to double first (g78110082).
  let inner = node;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (ts.isConditionalExpression(inner) && isIntegerLiteral(inner.whenTrue) && isIntegerLiteral(inner.whenFalse)) return cast(DOUBLE_T, numeric(ctx, node));
  return numeric(ctx, node);
}

/** a + b + c where the sum is a string: the operands of one ts::concat, as JS evaluates them left to right. */
function flattenConcat(ctx: LowerContext, node: ts.Expression): ts.Expression[] {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && isStringType(typeOf(ctx, node))) {
    const left = node.left;
    const leftParts = isStringType(typeOf(ctx, left)) ? flattenConcat(ctx, left) : [left];
    return [...leftParts, node.right];
  }
  if (ts.isParenthesizedExpression(node)) return flattenConcat(ctx, node.expression);
  return [node];
}

/**
 * A literal compared with an integer: a double (`i == 2.5` is false), but an i64/u64 one past 2^53 as the
 * integer it spells (`big == 9007199254740993` is not `big == 9007199254740992.0`).
 */
function equalityLiteral(node: ts.NumericLiteral, cpp: string): Expr {
  const value = Number(node.text);
  const text = numericLiteralText(node);
  if (Math.abs(value) >= 2 ** 53 && is64Bit(cpp) && isIntegerLiteralFor(value, text, cpp)) return lit(integerLiteral(value, text), typeFromSpelling(cpp));
  return lit(numberLiteral(value, false), DOUBLE_T);
}

/**
 * A number expression that is never the `undefined` of a read past a number[]'s end: a literal, the result of
 * arithmetic (which turns that undefined into NaN), a Math function, a length, or a const initialised with one.
 */
export function isDefinedNumber(ctx: LowerContext, node: ts.Expression, depth = 0): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isNumericLiteral(node)) return true;
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) return true;
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    if (k === ts.SyntaxKind.EqualsToken || k === ts.SyntaxKind.CommaToken) return isDefinedNumber(ctx, node.right, depth + 1);
    return k !== ts.SyntaxKind.QuestionQuestionToken && k !== ts.SyntaxKind.BarBarToken && k !== ts.SyntaxKind.AmpersandAmpersandToken
      && k !== ts.SyntaxKind.QuestionQuestionEqualsToken && k !== ts.SyntaxKind.BarBarEqualsToken && k !== ts.SyntaxKind.AmpersandAmpersandEqualsToken;
  }
  if (ts.isConditionalExpression(node)) return isDefinedNumber(ctx, node.whenTrue, depth + 1) && isDefinedNumber(ctx, node.whenFalse, depth + 1);
  if (ts.isPropertyAccessExpression(node) && node.name.text === "length" && !node.questionDotToken) return true;
  // An enum member, or a constant or function of the Arduino/library typings (WL_CONNECTED, WiFi.status()).
  if (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node)) {
    const symbol = ctx.checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.EnumMember) return true;
    const file = symbol?.valueDeclaration?.getSourceFile();
    if (file?.isDeclarationFile && !ctx.program.isSourceFileDefaultLibrary(file) && ctx.isRuntimeFile(file.fileName)) return true;
  }
  if (ts.isCallExpression(node)) {
    const file = ctx.checker.getResolvedSignature(node)?.declaration?.getSourceFile();
    if (file?.isDeclarationFile && !ctx.program.isSourceFileDefaultLibrary(file) && ctx.isRuntimeFile(file.fileName)) return true;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === "Math") return true;
  if (ts.isIdentifier(node) && depth < 4) {
    const declaration = ctx.symbolOf(node)?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isVariableDeclarationList(declaration.parent) && declaration.parent.flags & ts.NodeFlags.Const) {
      return isDefinedNumber(ctx, declaration.initializer, depth + 1);
    }
  }
  return false;
}

function isNullLiteral(node: ts.Expression): "null" | "undefined" | undefined {
  if (node.kind === ts.SyntaxKind.NullKeyword) return "null";
  if (ts.isIdentifier(node) && node.text === "undefined") return "undefined";
  return undefined;
}

function equality(ctx: LowerContext, kind: ts.SyntaxKind, left: ts.Expression, right: ts.Expression): Expr {
  const negate = kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
  const loose = kind === ts.SyntaxKind.EqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
  const not = (e: Expr): Expr => (negate ? unary("!", e, BOOL_T) : e);
  const typeofTest = typeofComparison(ctx, left, right, negate);
  if (typeofTest !== undefined) return raw(typeofTest, BOOL_T);
  const rightNull = isNullLiteral(right);
  const leftNull = isNullLiteral(left);
  if (rightNull || leftNull) {
    const operand = rightNull ? left : right;
    const which = (rightNull ?? leftNull)!;
    const test = loose ? "isNullish" : which === "null" ? "isNull" : "isUndefined";
    // The declared storage may be nullable even where the flow type says it is not: test the storage.
    return not(call(`ts::${test}`, [storageNode(ctx, operand)], BOOL_T));
  }
  const lc = cppOf(ctx, left);
  const rc = cppOf(ctx, right);
  if (loose && lc !== rc && !(isScalarCpp(lc) && isScalarCpp(rc))) {
    ctx.report(left.parent, "noLooseEqualityMixedTypes");
  }
  const compare = ([a, b]: Expr[]): Expr => binaryExpr(negate ? "!=" : "==", a, b, BOOL_T);
  if (isScalarCpp(lc) && isScalarCpp(rc)) {
    const l = () => (lc === "bool" && rc !== "bool" ? call("ts::toNumber", [exprNode(ctx, left)], DOUBLE_T) : exprNode(ctx, left));
    const r = () => (rc === "bool" && lc !== "bool" ? call("ts::toNumber", [exprNode(ctx, right)], DOUBLE_T) : ts.isNumericLiteral(right) && isIntegerCpp(lc) ? equalityLiteral(right, lc) : exprNode(ctx, right));
    // Two doubles that may both be `undefined` read past a number[]'s end (a NaN pattern): undefined === undefined.
    const bothMayBeUndefined = lc === "double" && rc === "double" && !isDefinedNumber(ctx, left) && !isDefinedNumber(ctx, right);
    const numEq = ([a, b]: Expr[]): Expr => not(call("ts::numEq", [a, b], BOOL_T));
    return sequencedNode(ctx, [left, right], [l, r], [lc, rc], bothMayBeUndefined ? numEq : compare, "bool");
  }
  if (lc === "ts::String" && rc === "ts::String") {
    return sequencedNode(ctx, [left, right], [() => exprNode(ctx, left), () => exprNode(ctx, right)], [lc, rc], compare, "bool");
  }
  return sequencedNode(ctx, [left, right], [() => storageNode(ctx, left), () => storageNode(ctx, right)], [lc, rc], ([a, b]) => not(call("ts::same", [a, b], BOOL_T)), "bool");
}

/** An element read of a scalar array: past the end it is undefined, which getOpt keeps (as ts::Opt<T>). */
function scalarElementRead(ctx: LowerContext, node: ts.Expression): { object: ts.Expression; index: ts.Expression; cpp: string } | undefined {
  if (!ts.isElementAccessExpression(node) || ctx.substitutions.has(node)) return undefined;
  if (node.questionDotToken && !ctx.checkedLinks.has(node)) return undefined;
  const objType = ctx.checker.getNonNullableType(typeOf(ctx, node.expression));
  if (!ctx.checker.isArrayType(objType) && objType.getSymbol()?.name !== "Uint8Array") return undefined;
  const objCpp = cppType(ctx, objType, node.expression);
  if (objCpp === "ts::Uint8Array") return { object: node.expression, index: node.argumentExpression, cpp: "double" };
  if (kindOf(objCpp) !== "array") return undefined;
  const element = declaredElementCpp(ctx, node.expression);
  return isScalarCpp(element) ? { object: node.expression, index: node.argumentExpression, cpp: element } : undefined;
}

/** A read of an accessor that has a setter but no getter: undefined whatever its declared type. */
function isSetterOnlyRead(ctx: LowerContext, node: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(node)) return false;
  const symbol = ctx.checker.getSymbolAtLocation(node.name);
  return !!symbol && !!(symbol.flags & ts.SymbolFlags.Accessor) && !symbol.declarations?.some(ts.isGetAccessor);
}

/** The C++ type of storageExpr(node). */
export function storageCpp(ctx: LowerContext, node: ts.Expression): string {
  if (ts.isParenthesizedExpression(node)) return storageCpp(ctx, node.expression);
  if (isSetterOnlyRead(ctx, node)) return "ts::Undefined";
  const read = scalarElementRead(ctx, node);
  if (read) return printType(optional(typeFromSpelling(read.cpp)));
  if (ts.isIdentifier(node)) {
    const symbol = ctx.symbolOf(node);
    if (symbol?.valueDeclaration && (ts.isVariableDeclaration(symbol.valueDeclaration) || ts.isParameter(symbol.valueDeclaration))) return symbolCpp(ctx, symbol, node);
  }
  return cppOf(ctx, node);
}

/** An identifier's value in its declared (possibly nullable) representation, ignoring flow narrowing. */
export function storageExpr(ctx: LowerContext, node: ts.Expression): string {
  return printExpr(storageNode(ctx, node));
}

export function storageNode(ctx: LowerContext, node: ts.Expression): Expr {
  if (ts.isIdentifier(node)) {
    const symbol = ctx.symbolOf(node);
    if (symbol?.valueDeclaration && (ts.isVariableDeclaration(symbol.valueDeclaration) || ts.isParameter(symbol.valueDeclaration))) return variableNode(ctx, symbol, node, typeFromSpelling(symbolCpp(ctx, symbol, node)));
  }
  if (ts.isParenthesizedExpression(node)) return storageNode(ctx, node.expression);
  if (isSetterOnlyRead(ctx, node)) return lit("ts::undefined", UNDEFINED_TYPE);
  const read = scalarElementRead(ctx, node);
  if (read) {
    const type = optional(typeFromSpelling(read.cpp));
    const operands = errorsActive(ctx) && ts.isElementAccessExpression(node) ? rowReadOperands(ctx, node, () => receiverNode(ctx, read.object), () => indexNode(ctx, read.index)) : [() => receiverNode(ctx, read.object), () => indexNode(ctx, read.index)];
    return sequencedNode(ctx, [read.object, read.index], operands, [cppOf(ctx, read.object), "double"], ([o, i]) => call(member(o, ".", "getOpt"), [i], type), printType(type));
  }
  return exprNode(ctx, node);
}

/** A value as String(x), a template literal or string concatenation see it (undefined past an array's end). */
export function stringOperandCpp(ctx: LowerContext, node: ts.Expression): string {
  return scalarElementRead(ctx, node) || isSetterOnlyRead(ctx, node) ? storageCpp(ctx, node) : cppOf(ctx, node);
}

export function stringOperand(ctx: LowerContext, node: ts.Expression): { text: string; cpp: string } {
  const { value, cpp } = stringOperandNode(ctx, node);
  return { text: printExpr(value), cpp };
}

export function stringOperandNode(ctx: LowerContext, node: ts.Expression): { value: Expr; cpp: string } {
  // A function, or an array, tuple or union that holds one: String() joins elements, so a tuple of a label and a
  // callback prints the callback's source text too (`String(steps)`).
  const printsFunctions = (t: ts.Type, depth = 0): boolean =>
    depth < 8 &&
    (t.getCallSignatures().length > 0 ||
      (t.isUnion() && t.types.some((u) => printsFunctions(u, depth + 1))) ||
      ((ctx.checker.isArrayType(t) || ctx.checker.isTupleType(t)) && ctx.checker.getTypeArguments(t as ts.TypeReference).some((e) => printsFunctions(e, depth + 1))));
  if (printsFunctions(typeOf(ctx, node))) {
    ctx.report(node, "functionAsString");
    return { value: lit('TS_STR("")', STRING_T), cpp: "ts::String" };
  }
  if (scalarElementRead(ctx, node) || isSetterOnlyRead(ctx, node)) return { value: storageNode(ctx, node), cpp: storageCpp(ctx, node) };
  return { value: exprNode(ctx, node), cpp: cppOf(ctx, node) };
}

/** An index expression: a numeric string literal (`a["1"]`) is the number it spells. */
/** The C++ type of indexText(index): a Num index stays one. */
export function indexCpp(ctx: LowerContext, index: ts.Expression): string {
  return cppOf(ctx, index) === NUM ? NUM : "double";
}

function indexText(ctx: LowerContext, index: ts.Expression): string {
  return printExpr(indexNode(ctx, index));
}

export function indexNode(ctx: LowerContext, index: ts.Expression): Expr {
  if (ts.isStringLiteral(index) && String(Number(index.text)) === index.text) return lit(numberLiteral(Number(index.text), false), DOUBLE_T);
  if (cppOf(ctx, index) === NUM) return exprNode(ctx, index);
  return exprAsNode(ctx, index, "double");
}

/** A call or `new` whose error errors.ts tests in place: its checked form, or the node itself. */
function checkedNode(ctx: LowerContext, node: ts.CallExpression | ts.NewExpression | ts.PropertyAccessExpression, e: Expr): Expr {
  const text = printExpr(e);
  const checked = checkedCall(ctx, node, text, () => cppOf(ctx, node));
  return checked === text ? e : raw(checked, e.type);
}

function logical(ctx: LowerContext, node: ts.Expression, kind: ts.SyntaxKind, left: ts.Expression, right: ts.Expression): Expr {
  const cpp = cppOf(ctx, node);
  if (cpp === "bool" && ts.isBinaryExpression(node)) return logicalCondition(ctx, node);
  const type = typeFromSpelling(cpp);
  // A left operand narrowed to exactly null or undefined (`n && "x"` after `n = null`): && gives it, || the right.
  const leftType = typeOf(ctx, left);
  if (!leftType.isUnion() && leftType.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) {
    const value = kind === ts.SyntaxKind.AmpersandAmpersandToken ? construct(type, [lit(leftType.flags & ts.TypeFlags.Null ? "ts::null" : "ts::undefined")]) : exprAsNode(ctx, right, cpp);
    return hasSideEffects(left) ? paren(binaryExpr(",", discard(exprNode(ctx, left)), value, type)) : value;
  }
  // A left operand narrowed to `null | undefined` (the else branch of `typeof v === "number"` with
  // v: number | null | undefined): && gives its nullish state, || the right. Its C++ variable keeps the declared
  // type (ts::Opt<double>, ts::String), which the result (ts::Opt<bool>, or the right's type) cannot hold.
  if (leftType.isUnion() && leftType.types.every((m) => m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined))) {
    if (kind === ts.SyntaxKind.BarBarToken) {
      const value = exprAsNode(ctx, right, cpp);
      return hasSideEffects(left) ? paren(binaryExpr(",", discard(exprNode(ctx, left)), value, type)) : value;
    }
    const leftCpp = cppOf(ctx, left);
    if (leftCpp === cpp) return exprNode(ctx, left);
    return call(`ts::nullishAs<${cpp}>`, [exprNode(ctx, left)], type);
  }
  // Value-producing && / ||: the left once, then the right only when the left does not decide.
  const leftCpp = cppOf(ctx, left);
  return withStatementsNode(ctx, cpp, () => {
    const t = temporary(ctx, leftCpp, exprNode(ctx, left), "l");
    const tested = nameExpr(t, typeFromSpelling(leftCpp));
    const other = ctx.hoisting(right, () => exprAsNode(ctx, right, cpp));
    const truthy = call("ts::truthy", [tested], BOOL_T);
    const useRight = kind === ts.SyntaxKind.BarBarToken ? unary("!", truthy, BOOL_T) : truthy;
    if (leftCpp === cpp) {
      ctx.hoist!.lines.push(ifStmt(useRight, [...other.lines, assign(t, other.value)]));
      return tested;
    }
    const v = resultVariable(ctx, cpp);
    ctx.hoist!.lines.push(ifStmt(useRight, [...other.lines, assign(v, other.value)], [assign(v, convertExpr(tested, leftCpp, cpp))]));
    return nameExpr(v, type);
  });
}

function coalesce(ctx: LowerContext, node: ts.Expression, left: ts.Expression, right: ts.Expression): Expr {
  const cpp = cppOf(ctx, node);
  const type = typeFromSpelling(cpp);
  // `nums[9] ?? "none"`: TypeScript types it number (the element type is not nullish), but the value may be the
  // string, which a double cannot hold.
  const nodeType = typeOf(ctx, node);
  const rightCpp = cppOf(ctx, right);
  const storable = rightCpp === cpp || (isScalarCpp(rightCpp) && isScalarCpp(cpp)) || rightCpp === "ts::Null" || rightCpp === "ts::Undefined";
  if (!storable && !(nodeType.flags & ts.TypeFlags.Never) && !ctx.checker.isTypeAssignableTo(typeOf(ctx, right), nodeType)) {
    ctx.report(node, "coalesceOtherType", ctx.checker.typeToString(typeOf(ctx, right)), ctx.checker.typeToString(nodeType));
    return construct(type, []);
  }
  const leftCpp = storageCpp(ctx, left);
  // A left operand narrowed to `null | undefined` keeps its declared C++ type (ts::Opt<double>), which the result
  // (`v ?? v`: ts::Opt<bool>) cannot be built from: only its nullish state is (that branch is never taken).
  const leftType = typeOf(ctx, left);
  const nullishLeft = leftCpp !== cpp && kindOf(cpp) === "opt" && (leftType.isUnion() ? leftType.types : [leftType]).every((m) => m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined));
  const convertLeft = (e: Expr): Expr => (nullishLeft ? call(`ts::nullishAs<${cpp}>`, [e], type) : convertExpr(e, leftCpp, cpp));
  return withStatementsNode(ctx, cpp, () => {
    const tn = temporary(ctx, leftCpp, storageNode(ctx, left), "c");
    const t = nameExpr(tn, typeFromSpelling(leftCpp));
    const nullish = call("ts::isNullish", [t], BOOL_T);
    // The right side runs only when the left is nullish: its own temporaries belong to that branch.
    const other = ctx.hoisting(right, () => exprAsNode(ctx, right, cpp));
    const as = (e: Expr): Expr => (isConstructionOf(e, cpp) ? e : construct(type, [e]));
    if (!other.lines.length) return paren(cond(unary("!", nullish), as(convertLeft(t)), as(other.value), type));
    if (leftCpp === cpp) {
      ctx.hoist!.lines.push(ifStmt(nullish, [...other.lines, assign(tn, other.value)]));
      return t;
    }
    const v = resultVariable(ctx, cpp);
    ctx.hoist!.lines.push(ifStmt(unary("!", nullish), [assign(v, convertLeft(t))], [...other.lines, assign(v, other.value)]));
    return nameExpr(v, type);
  });
}

/** The C++ lvalue for an assignment target (variables, fields, static fields). */
export function lvalue(ctx: LowerContext, node: ts.Expression): string {
  return printExpr(lvalueNode(ctx, node));
}

/** The target of a store; `setting`: a plain `=` (Node's "Cannot set properties of undefined (setting 'x')"). */
export function lvalueNode(ctx: LowerContext, node: ts.Expression, setting = false): Expr {
  if (ts.isIdentifier(node)) {
    const symbol = ctx.symbolOf(node);
    return symbol ? variableNode(ctx, symbol, node) : nameExpr(cppIdentifier(node.text));
  }
  if (ts.isPropertyAccessExpression(node)) return propertyAccess(ctx, node, true, setting);
  if (ts.isParenthesizedExpression(node)) return lvalueNode(ctx, node.expression, setting);
  const tupleField = ts.isElementAccessExpression(node) ? tupleElementField(ctx, node.argumentExpression, cppOf(ctx, node.expression)) : undefined;
  if (tupleField && ts.isElementAccessExpression(node)) return member(receiverNode(ctx, node.expression), "->", tupleField);
  ctx.report(node, "noAssignmentTarget");
  return nameExpr("_");
}

export function declaredCpp(ctx: LowerContext, target: ts.Expression): string {
  const symbol = ts.isIdentifier(target) || ts.isPropertyAccessExpression(target) ? ctx.symbolOf(ts.isPropertyAccessExpression(target) ? target.name : target) : undefined;
  if (symbol && symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property)) {
    return symbolCpp(ctx, symbol, target);
  }
  // An accessor: the type its getter returns, not the type narrowing gives the property at this point.
  const getter = ts.isPropertyAccessExpression(target) ? getterCpp(ctx, target) : undefined;
  return getter ?? cppOf(ctx, target);
}

function assignment(ctx: LowerContext, left: ts.Expression, right: ts.Expression): Expr {
  if (ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left)) return raw(destructuringAssignment(ctx, left.parent as ts.BinaryExpression, isStatementExpression(ctx, left.parent)));
  // `next().count = f()`: C++17 evaluates the right side of `=` first; JavaScript the receiver, then the right
  // side, then it stores (or raises "Cannot set properties of undefined").
  const fieldReceiver = fieldTargetReceiver(ctx, left);
  if (fieldReceiver && hasSideEffects(fieldReceiver) && needsSequencing(ctx, [fieldReceiver, right])) {
    const declared = declaredCpp(ctx, left);
    const node = left.parent as ts.BinaryExpression;
    const memberName = ts.isPropertyAccessExpression(left) ? left.name.text : (left as ts.ElementAccessExpression).argumentExpression.getText().replace(/^["']|["']$/g, "");
    return withStatementsNode(ctx, isStatementExpression(ctx, node) ? "void" : declared, () => {
      const value = receiverNode(ctx, fieldReceiver);
      const type = value.type ?? typeFromSpelling(cppOf(ctx, fieldReceiver));
      const o = nameExpr(temporary(ctx, "auto", value, "o"), type);
      const v = nameExpr(temporary(ctx, declared, exprAsNode(ctx, right, declared), "v"), typeFromSpelling(declared));
      const checked = kindOf(cppOf(ctx, fieldReceiver)) === "ref" ? (checkedMemberReceiver(ctx, fieldReceiver, o, memberName, true) ?? call("ts::memberSet", [o, call("PSTR", [lit(`"${memberName}"`)])], type)) : o;
      ctx.substitutions.set(fieldReceiver, checked);
      try {
        return assignExpr("=", lvalueNode(ctx, left, true), v, typeFromSpelling(declared));
      } finally {
        ctx.substitutions.delete(fieldReceiver);
      }
    });
  }
  const tupleField = ts.isElementAccessExpression(left) ? tupleElementField(ctx, left.argumentExpression, cppOf(ctx, left.expression)) : undefined;
  if (tupleField && ts.isElementAccessExpression(left)) return assignExpr("=", member(receiverNode(ctx, left.expression), "->", tupleField), exprAsNode(ctx, right, cppOf(ctx, left)));
  if (ts.isElementAccessExpression(left)) {
    const object = left.expression;
    const objCpp = cppOf(ctx, object);
    const elementCpp = objCpp === "ts::Uint8Array" ? "double" : declaredElementCpp(ctx, object);
    if (ts.isExpressionStatement(left.parent.parent)) {
      const texts = [() => exprNode(ctx, object), () => indexNode(ctx, left.argumentExpression), () => exprAsNode(ctx, right, elementCpp)];
      const cpps = [objCpp, indexCpp(ctx, left.argumentExpression), elementCpp];
      // `rows[9][c] = v` in a try: Node's "Cannot set properties of undefined" is catchable (errors-elements.ts).
      const checked = errorsActive(ctx) ? checkedRowStore(ctx, left, right, texts, cpps) : undefined;
      return checked ?? sequencedNode(ctx, [object, left.argumentExpression, right], texts, cpps, ([o, i, v]) => call(member(o, ".", "set"), [i, v]), "void");
    }
    // Used as a value: JavaScript's assignment evaluates to the assigned value.
    return withStatementsNode(ctx, elementCpp, () => {
      const o = onceValue(ctx, object, "auto", () => exprNode(ctx, object), "o");
      const i = onceValue(ctx, left.argumentExpression, indexCpp(ctx, left.argumentExpression), () => indexNode(ctx, left.argumentExpression), "i");
      const v = nameExpr(temporary(ctx, elementCpp, exprAsNode(ctx, right, elementCpp), "v"), typeFromSpelling(elementCpp));
      if (errorsActive(ctx)) checkRowHeld(ctx, left, o, i, true);
      ctx.hoist!.lines.push(exprStmt(call(member(o, ".", "set"), [i, v])));
      return v;
    });
  }
  if (ts.isPropertyAccessExpression(left) && left.name.text === "length" && kindOf(cppOf(ctx, left.expression)) === "array") {
    return call(member(receiverNode(ctx, left.expression), ".", "setLength"), [exprAsNode(ctx, right, "double")]);
  }
  const setter = accessorOf(ctx, left, "set");
  if (setter && ts.isPropertyAccessExpression(left) && (accessorClass(ctx, left) || !isValueUnused(left.parent))) {
    // `y = (o.value = v)`, `Config.level = v`: the receiver, then the right side, then the setter; the
    // expression's value is the right side's (a setter returns nothing).
    const declared = declaredCpp(ctx, left);
    const resultCpp = cppOf(ctx, left.parent as ts.Expression);
    const holdCpp = isScalarCpp(resultCpp) || resultCpp === "ts::String" ? resultCpp : declared;
    const unused = isValueUnused(left.parent);
    const name = `set_${cppIdentifier(left.name.text)}`;
    const cls = accessorClass(ctx, left);
    if (cls) {
      if (unused) {
        const store = call(member(cls, "::", name), [exprAsNode(ctx, right, declared)]);
        checkedCall(ctx, left.parent as ts.BinaryExpression, printExpr(store), () => "void");
        return store;
      }
      return withStatementsNode(ctx, holdCpp, () => {
        const v = nameExpr(temporary(ctx, holdCpp, exprAsNode(ctx, right, holdCpp), "v"), typeFromSpelling(holdCpp));
        ctx.hoist!.lines.push(exprStmt(call(member(cls, "::", name), [convertExpr(v, holdCpp, declared)])));
        return v;
      });
    }
    return withStatementsNode(ctx, holdCpp, () => {
      // The receiver's value first (a temporary unless a variable or `this`); its check (Node's "Cannot set
      // properties of undefined") after the right side, as in Node.
      const object = left.expression;
      const plain = ts.isIdentifier(object) || object.kind === ts.SyntaxKind.ThisKeyword;
      const value = plain ? undefined : receiverNode(ctx, object);
      const o = value && nameExpr(temporary(ctx, "auto", value, "o"), value.type);
      if (o) ctx.substitutions.set(object, o);
      try {
        const v = nameExpr(temporary(ctx, holdCpp, exprAsNode(ctx, right, holdCpp), "v"), typeFromSpelling(holdCpp));
        ctx.hoist!.lines.push(exprStmt(call(member(memberReceiverNode(ctx, object, left.name.text, true), "->", name), [convertExpr(v, holdCpp, declared)])));
        return v;
      } finally {
        if (o) ctx.substitutions.delete(object);
      }
    });
  }
  if (setter && ts.isPropertyAccessExpression(left)) {
    const set = call(member(memberReceiverNode(ctx, left.expression, left.name.text, true), "->", accessorFunction(ctx, left.expression, "set", left.name.text)), [exprAsNode(ctx, right, declaredCpp(ctx, left))]);
    // A setter that may throw, written as a statement of its own: tested after it (errors.ts).
    if (ts.isBinaryExpression(left.parent)) checkedCall(ctx, left.parent, printExpr(set), () => "void");
    return set;
  }
  if (ts.isPropertyAccessExpression(left) && (isElementReceiver(ctx, left.expression) || (isNonNullOperand(left.expression) && kindOf(cppOf(ctx, left.expression)) === "ref"))) {
    // `items[9].x = v` past the end: Node's "Cannot set properties of undefined (setting 'x')".
    if (errorsActive(ctx) && ctx.canHoist() && hasSideEffects(right)) {
      // Node reads the element, evaluates the value, then raises: both go into temporaries before the check.
      const declared = declaredCpp(ctx, left);
      const objectCpp = cppOf(ctx, left.expression);
      const o = nameExpr(temporary(ctx, objectCpp, exprNode(ctx, left.expression), "o"), typeFromSpelling(objectCpp));
      const v = nameExpr(temporary(ctx, declared, exprAsNode(ctx, right, declared), "v"), typeFromSpelling(declared));
      const receiver = checkedMemberReceiver(ctx, left.expression, o, left.name.text, true) ?? call("ts::memberSet", [o, call("PSTR", [lit(`"${left.name.text}"`)])], o.type);
      return assignExpr("=", member(receiver, "->", cppIdentifier(left.name.text)), v);
    }
    return assignExpr("=", member(memberReceiverNode(ctx, left.expression, left.name.text, true), "->", cppIdentifier(left.name.text)), exprAsNode(ctx, right, declaredCpp(ctx, left)));
  }
  const declared = declaredCpp(ctx, left);
  if (ts.isPropertyAccessExpression(left) && ctx.canHoist() && hasSideEffects(right) && ts.isIdentifier(skipOuter(left.expression))) {
    // `o.x = f()` with the receiver checked (a catchable "Cannot set properties of undefined"): Node evaluates the
    // value first, then raises, so the value goes into a temporary before the check.
    const mark = ctx.hoist!.lines.length;
    const target = lvalueNode(ctx, left, true);
    const checks = ctx.hoist!.lines.splice(mark);
    if (checks.length) {
      const value = nameExpr(temporary(ctx, declared, exprAsNode(ctx, right, declared), "v"), typeFromSpelling(declared));
      ctx.hoist!.lines.push(...checks);
      return assignExpr("=", target, value, typeFromSpelling(declared));
    }
    return assignExpr("=", target, exprAsNode(ctx, right, declared), typeFromSpelling(declared));
  }
  return assignExpr("=", lvalueNode(ctx, left, true), exprAsNode(ctx, right, declared), typeFromSpelling(declared));
}

function skipOuter(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return e;
}

export function declaredElementCpp(ctx: LowerContext, arrayExpr: ts.Expression): string {
  const t = typeFromSpelling(cppOf(ctx, arrayExpr));
  return t.kind === "array" ? printType(t.element) : "double";
}

function compoundAssignment(ctx: LowerContext, node: ts.BinaryExpression, op: ts.BinaryOperator): Expr {
  const left = node.left;
  const cpp = declaredCpp(ctx, left);
  const type = typeFromSpelling(cpp);
  const isTupleElement = ts.isElementAccessExpression(left) && isTupleRecordCpp(ctx, cppOf(ctx, left.expression));
  const logicalStore = isTupleElement ? undefined : logicalAssignment(ctx, node, op, !!accessorOf(ctx, left, "set"));
  if (logicalStore) return logicalStore;
  // `next().count += v`, `pick()[0] += v`: the receiver evaluated once, into a temporary, for the read and the store.
  const fieldReceiver = fieldTargetReceiver(ctx, left);
  if (fieldReceiver && hasSideEffects(fieldReceiver)) return withReceiverOnce(ctx, node, () => compoundAssignment(ctx, node, op));
  if (ts.isIdentifier(left) || (ts.isPropertyAccessExpression(left) && !accessorOf(ctx, left, "set")) || isTupleElement) {
    const target = lvalueNode(ctx, left);
    const inferred = ts.isIdentifier(left) && ctx.inferredInt.has(ctx.symbolOf(left)!);
    const simple = op === ts.SyntaxKind.MinusToken || op === ts.SyntaxKind.AsteriskToken || (op === ts.SyntaxKind.PlusToken && isNumberType(typeOf(ctx, left))) || (op === ts.SyntaxKind.SlashToken && cpp === "double");
    // JavaScript reads the target before evaluating the right side; C++17 evaluates the right side of `-=`
    // first. When the right side may change the target (`v -= f()` where f assigns v), the old value is read
    // into a temporary first (binaryValue sequences the operands).
    const inOrder = !needsSequencing(ctx, [left, node.right]);
    if (simple && (cpp === "double" || isIntegerCpp(cpp) || inferred) && !hasSideEffects(left) && inOrder) {
      return assignExpr(`${ts.tokenToString(op)}=` as AssignOp, target, numericOperand(ctx, node.right, cpp), type);
    }
    if (op === ts.SyntaxKind.PlusToken && cpp === "ts::String") {
      if (inOrder) {
        const parts = flattenConcat(ctx, node.right);
        // Parts whose conversion runs no program code (a class's toString() could assign the target).
        const plainParts = parts.every((p) => ["ts::String", "double", "bool", NUM].includes(cppOf(ctx, p)) || isIntegerCpp(cppOf(ctx, p)));
        const ascii = isAsciiStringVariable(ctx, left);
        if (parts.length > 1 && plainParts && !needsSequencing(ctx, parts)) return stringAppend(target, parts.map((p) => stringOperandNode(ctx, p).value), ascii);
        return stringAppend(target, [exprNode(ctx, node.right)], ascii);
      }
      const operands = [left, node.right].map((p) => stringOperandNode(ctx, p));
      return assignExpr("=", target, sequencedNode(ctx, [left, node.right], operands.map((o) => o.value), operands.map((o) => o.cpp), (v) => call("ts::concat", v, STRING_T), "ts::String"), type);
    }
    if (op === ts.SyntaxKind.PlusToken && isStringType(typeOf(ctx, node))) {
      // A union variable narrowed to a string (`x += "t"` with x: number | string): concat, stored as the union.
      const operands = [left, node.right].map((p) => stringOperandNode(ctx, p));
      return assignExpr("=", target, convertExpr(sequencedNode(ctx, [left, node.right], operands.map((o) => o.value), operands.map((o) => o.cpp), (v) => call("ts::concat", v, STRING_T), "ts::String"), "ts::String", cpp), type);
    }
    const value = binaryValue(ctx, node, op, left, node.right);
    return assignExpr("=", target, convertExpr(value, cppOf(ctx, node), cpp), type);
  }
  if (ts.isElementAccessExpression(left)) {
    const objCpp = cppOf(ctx, left.expression);
    const storedCpp = objCpp === "ts::Uint8Array" ? "double" : declaredElementCpp(ctx, left.expression);
    // An element declared `number | undefined` that narrowing made a number (`slots[1] ??= 8; slots[1] *= 3`)
    // is read as the number, combined as one, and stored back as the declared element.
    const resultCpp = cppOf(ctx, node);
    const elementCpp = kindOf(storedCpp) === "opt" && (resultCpp === "double" || resultCpp === "ts::String") ? resultCpp : storedCpp;
    const unused = isStatementExpression(ctx, node);
    return withStatementsNode(ctx, elementCpp, () => {
      // JavaScript reads the object, the index and the element before it evaluates the right side.
      const o = onceValue(ctx, left.expression, "auto", () => exprNode(ctx, left.expression), "o");
      const i = onceValue(ctx, left.argumentExpression, indexCpp(ctx, left.argumentExpression), () => indexNode(ctx, left.argumentExpression), "i");
      if (errorsActive(ctx)) checkRowHeld(ctx, left, o, i, false);
      const elementType = typeFromSpelling(elementCpp);
      const read = convertExpr(call(member(o, ".", "get"), [i], typeFromSpelling(storedCpp)), storedCpp, elementCpp);
      const cur = hasSideEffects(node.right) ? nameExpr(temporary(ctx, elementCpp, read, "cur"), elementType) : read;
      const int32 = (e: Expr) => call("ts::toInt32", [e], INT32_T);
      const uint32 = (e: Expr) => call("ts::toUint32", [e], scalar("uint32_t"));
      let combined: Expr;
      if (isIntegerCpp(elementCpp) && isIntegerCpp(resultCpp)) {
        // A fixed-width element (`xs[i] %= 7` of a `u8[]`): the operation of that type, as on a variable of it.
        ctx.substitutions.set(left, cur);
        try {
          combined = convertExpr(binaryValue(ctx, node, op, left, node.right), resultCpp, elementCpp);
        } finally {
          ctx.substitutions.delete(left);
        }
      } else {
        const rhs = elementCpp === "ts::String" ? exprAsNode(ctx, node.right, "ts::String") : op === ts.SyntaxKind.PercentToken && (elementCpp === "double" || elementCpp === NUM) ? numericOperand(ctx, node.right, elementCpp) : exprAsNode(ctx, node.right, elementCpp);
        switch (op) {
          case ts.SyntaxKind.PlusToken: combined = elementCpp === "ts::String" ? call("ts::concat", [cur, rhs], STRING_T) : binaryExpr("+", cur, rhs, elementType); break;
          case ts.SyntaxKind.MinusToken: combined = binaryExpr("-", cur, rhs, elementType); break;
          case ts.SyntaxKind.AsteriskToken: combined = binaryExpr("*", cur, rhs, elementType); break;
          case ts.SyntaxKind.SlashToken: combined = binaryExpr("/", cur, rhs, elementType); break;
          // Both operands of one type (`ts::mod(double, 7)` is ambiguous with ts::mod(Num, int)).
          case ts.SyntaxKind.PercentToken: combined = call("ts::mod", [cur, rhs], elementType); break;
          case ts.SyntaxKind.BarToken: combined = cast(DOUBLE_T, binaryExpr("|", int32(cur), int32(rhs))); break;
          case ts.SyntaxKind.AmpersandToken: combined = cast(DOUBLE_T, binaryExpr("&", int32(cur), int32(rhs))); break;
          case ts.SyntaxKind.CaretToken: combined = cast(DOUBLE_T, binaryExpr("^", int32(cur), int32(rhs))); break;
          case ts.SyntaxKind.LessThanLessThanToken: combined = cast(DOUBLE_T, call("ts::shl", [int32(cur), uint32(rhs)])); break;
          case ts.SyntaxKind.GreaterThanGreaterThanToken: combined = cast(DOUBLE_T, call("ts::shr", [int32(cur), uint32(rhs)])); break;
          case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken: combined = cast(DOUBLE_T, call("ts::shr", [uint32(cur), uint32(rhs)])); break;
          case ts.SyntaxKind.AsteriskAsteriskToken: combined = call("ts::pow", [cur, rhs], DOUBLE_T); break;
          default:
            ctx.report(node.operatorToken, "noElementCompound", ts.tokenToString(node.operatorToken.kind) ?? "?");
            combined = cur;
        }
      }
      if (unused) {
        ctx.hoist!.lines.push(exprStmt(call(member(o, ".", "set"), [i, convertExpr(combined, elementCpp, storedCpp)])));
        return lit("");
      }
      const v = nameExpr(temporary(ctx, elementCpp, combined, "v"), elementType);
      ctx.hoist!.lines.push(exprStmt(call(member(o, ".", "set"), [i, convertExpr(v, elementCpp, storedCpp)])));
      return v;
    });
  }
  if (ts.isPropertyAccessExpression(left) && accessorOf(ctx, left, "set")) {
    // `o.value += v` through the getter and the setter: the receiver evaluated once, then the read, then the right
    // side; the expression's value is the value stored (`x = (o.value += 2)`), not a read after the setter.
    const resultCpp = cppOf(ctx, node);
    const unused = isStatementExpression(ctx, node);
    return withStatementsNode(ctx, unused ? "void" : resultCpp, () => {
      const { get, set } = accessorParts(ctx, left, cpp);
      ctx.substitutions.set(left, convertExpr(get, cpp, cppOf(ctx, left)));
      let value: Expr;
      try {
        // A concatenation (`o.label += n`): the read and the right side, each as a string.
        const parts = [left, node.right];
        value =
          op === ts.SyntaxKind.PlusToken && (resultCpp === "ts::String" || isStringType(typeOf(ctx, node)))
            ? sequencedNode(ctx, parts, parts.map((p) => () => stringOperandNode(ctx, p).value), parts.map((p) => stringOperandCpp(ctx, p)), (v) => call("ts::concat", v, STRING_T), "ts::String")
            : binaryValue(ctx, node, op, left, node.right);
      } finally {
        ctx.substitutions.delete(left);
      }
      if (unused) {
        const store = set(convertExpr(value, resultCpp, cpp));
        // A setter that may throw, in `o.name += v;` (a statement of its own): tested after it (errors.ts).
        checkedCall(ctx, node, printExpr(store), () => "void");
        return store;
      }
      const stored = nameExpr(temporary(ctx, cpp, convertExpr(value, resultCpp, cpp), "v"), type);
      ctx.hoist!.lines.push(exprStmt(set(stored)));
      return convertExpr(stored, cpp, resultCpp);
    });
  }
  const value = binaryValue(ctx, node, op, left, node.right);
  return assignmentOf(ctx, left, value, cppOf(ctx, node), cpp);
}

function assignmentOf(ctx: LowerContext, left: ts.Expression, value: Expr, from: string, to: string): Expr {
  if (ts.isPropertyAccessExpression(left) && accessorOf(ctx, left, "set")) {
    const set = call(member(receiverNode(ctx, left.expression), "->", accessorFunction(ctx, left.expression, "set", left.name.text)), [convertExpr(value, from, to)]);
    // A setter that may throw, in `o.name += v;` (a statement of its own): tested after it (errors.ts).
    if (ts.isBinaryExpression(left.parent)) checkedCall(ctx, left.parent, printExpr(set), () => "void");
    return set;
  }
  return assignExpr("=", lvalueNode(ctx, left), convertExpr(value, from, to), typeFromSpelling(to));
}

/** The getter/setter declaration a property access resolves to, if the property is an accessor. */
export function accessorOf(ctx: LowerContext, node: ts.Expression, kind: "get" | "set"): ts.Declaration | undefined {
  if (!ts.isPropertyAccessExpression(node)) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(node.name);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  const owner = declaration?.parent;
  if (symbol && owner && (ts.isInterfaceDeclaration(owner) || ts.isTypeLiteralNode(owner)) && declaration && ts.isPropertySignature(declaration)) {
    const ownerSymbol = ts.isInterfaceDeclaration(owner) ? ctx.checker.getSymbolAtLocation(owner.name) : ts.isTypeAliasDeclaration(owner.parent) ? ctx.checker.getSymbolAtLocation(owner.parent.name) : undefined;
    if (ownerSymbol && ctx.abstractRecords.has(ownerSymbol)) return declaration;
  }
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Accessor)) return undefined;
  return symbol.declarations?.find((d) => (kind === "get" ? ts.isGetAccessor(d) : ts.isSetAccessor(d)));
}

/**
 * The C++ name of an accessor's get_/set_ function read or written on `object`: on `super` (`super.value` in a
 * subclass's own accessor or method) qualified by the base class (`this->Base::get_value()`), a call that does
 * not dispatch virtually — unqualified it called the subclass's override, itself again (endless recursion).
 */
export function accessorFunction(ctx: LowerContext, object: ts.Expression, kind: "get" | "set", name: string): string {
  const fn = `${kind}_${cppIdentifier(name)}`;
  if (object.kind !== ts.SyntaxKind.SuperKeyword) return fn;
  const base = refClassName(cppType(ctx, ctx.checker.getTypeAtLocation(object), object));
  return base ? `${base}::${fn}` : fn;
}

/** The C++ receiver of a member access (handles are pointers: `obj->`). */
export function receiver(ctx: LowerContext, node: ts.Expression): string {
  const e = receiverNode(ctx, node);
  const text = printExpr(e);
  return e.kind === "raw" || e.kind === "lit" ? wrapOperand(text) : precedence(e) > 2 ? `(${text})` : text;
}

/** The receiver of a member access as an expression node (the printer parenthesises it where needed). */
export function receiverNode(ctx: LowerContext, node: ts.Expression): Expr {
  if (node.kind === ts.SyntaxKind.ThisKeyword) return nameExpr(ctx.scope.thisName);
  if (node.kind === ts.SyntaxKind.SuperKeyword) return nameExpr(ctx.scope.thisName);
  const e = exprNode(ctx, node);
  return e.kind === "raw" || e.kind === "lit" ? raw(wrapOperand(e.text), e.type) : e;
}

function wrapOperand(text: string): string {
  return /^-?[\w:.]+$/.test(text) || /^[\w:.>-]+\(.*\)$/.test(text) || (text.startsWith("(") && text.endsWith(")") && stripParens(text) !== text) || /^[\w:.>-]+$/.test(text) ? text : `(${text})`;
}

/**
 * The receiver of a class member or array method (`items[9].name`, `items[9].m()`, `rows[9].map(f)`). An array
 * element read past the end is undefined, and Node's TypeError names the member: `ts::member` checks it with
 * the name.
 */
export function memberReceiver(ctx: LowerContext, object: ts.Expression, memberName: string, setting = false): string {
  if (!isElementReceiver(ctx, object)) return receiver(ctx, object);
  return printExpr(memberReceiverNode(ctx, object, memberName, setting));
}

export function memberReceiverNode(ctx: LowerContext, object: ts.Expression, memberName: string, setting = false): Expr {
  if (!isElementReceiver(ctx, object)) {
    const value = receiverNode(ctx, object);
    // `x!.name` (or `current.name` after `current = sensors[i]`: errors-variables.ts) inside a try block: the
    // TypeError is catchable there.
    const kind = kindOf(cppOf(ctx, object));
    const checked = (isNonNullOperand(object) || isUnsoundVariable(ctx.checker, object)) && (kind === "ref" || (kind === "array" && isNonNullOperand(object))) ? checkedMemberReceiver(ctx, object, value, memberName, setting) : undefined;
    if (checked) return checked;
    // Elsewhere a handle that is undefined at run time although its type says otherwise (`queue.shift()!`
    // passed on, a destructured element past the end) stops with Node's TypeError naming the member.
    if (!namesMember(ctx, object)) return value;
    const named = setting ? memberName : firstMemberRead(ctx, object, memberName);
    // Inside a try block, or in a function a try block calls (errors-reach.ts): catchable.
    const access = object.parent;
    const caught = errorsActive(ctx) && ts.isPropertyAccessExpression(access) && access.expression === object && isRaisingReceiver(ctx, object) ? checkedMemberReceiver(ctx, object, value, named, setting) : undefined;
    if (caught) return caught;
    return call(`ts::${setting ? "memberSet" : "member"}`, [value, call("PSTR", [lit(`"${named}"`)])], value.type);
  }
  const value = exprNode(ctx, object);
  return checkedMemberReceiver(ctx, object, value, memberName, setting) ?? call(`ts::${setting ? "memberSet" : "member"}`, [value, call("PSTR", [lit(`"${memberName}"`)])]);
}

/**
 * The receiver of a string member (`lines[9].trim()`, `m[7].length`): in a program with a try, the TypeError of
 * an element past the end (or of `x!`) is catchable (errors-members.ts); elsewhere the string's own check stops,
 * or with `named` (a member whose runtime function has no check of its own naming it: `match`) ts::member.
 */
export function stringReceiverNode(ctx: LowerContext, object: ts.Expression, memberName: string, named = false): Expr {
  const value = receiverNode(ctx, object);
  if (!(isRaisingOperand(object) || isUnsoundVariable(ctx.checker, object) || isRaisingReceiver(ctx, object))) return value;
  const checked = errorsActive(ctx) ? checkedMemberReceiver(ctx, object, value.type ? value : { ...value, type: STRING_T }, memberName, false) : undefined;
  return checked ?? (named ? call("ts::member", [value, call("PSTR", [lit(`"${memberName}"`)])], STRING_T) : value);
}

/** A class/interface handle that may be nullish at run time: not `this`, `new`, a literal or a tested `?.` receiver. */
function namesMember(ctx: LowerContext, object: ts.Expression): boolean {
  let inner = object;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  if (inner.kind === ts.SyntaxKind.ThisKeyword || inner.kind === ts.SyntaxKind.SuperKeyword || ts.isNewExpression(inner)) return false;
  if (ts.isArrayLiteralExpression(inner) || ts.isObjectLiteralExpression(inner) || ctx.substitutions.has(object) || ctx.substitutions.has(inner)) return false;
  // Arrays check in their own methods (push's check is on its growth path only), without the member's name
  // Node gives for `o.list!.length`.
  return kindOf(cppOf(ctx, object)) === "ref" || (kindOf(cppOf(ctx, object)) === "array" && ts.isNonNullExpression(object));
}

/**
 * The member Node names when `r` is undefined in a statement reading several of its members: the first read in
 * source order. C++ leaves the order of a call's arguments open (`${r.kind}=${r.value}` may read r.value first),
 * so every check of the same variable in one statement carries that first name.
 */
function firstMemberRead(ctx: LowerContext, object: ts.Expression, memberName: string): string {
  if (!ts.isIdentifier(object)) return memberName;
  const symbol = ctx.checker.getSymbolAtLocation(object);
  const first = firstInStatement(object, (n): n is ts.PropertyAccessExpression => ts.isPropertyAccessExpression(n) && !n.questionDotToken && ts.isIdentifier(n.expression) && ctx.checker.getSymbolAtLocation(n.expression) === symbol);
  return first ? first.name.text : memberName;
}

/**
 * The first node in source order matching `match` in the whole expression `node` belongs to (not the body of the
 * statement whose condition it is), outside nested functions: which of several checks of one variable Node
 * reaches first, where C++ leaves the order of a call's arguments open.
 */
export function firstInStatement<T extends ts.Node>(node: ts.Node, match: (n: ts.Node) => n is T): T | undefined {
  let top: ts.Node = node;
  while (top.parent && isExpressionPart(top.parent)) top = top.parent;
  let first: T | undefined;
  // forEachChild visits in source order: the first match found is the earliest.
  const visit = (n: ts.Node): void => {
    if (first || ts.isFunctionLike(n)) return;
    if (match(n)) first = n;
    else ts.forEachChild(n, visit);
  };
  visit(top);
  return first;
}

function isExpressionPart(n: ts.Node): boolean {
  return ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isBinaryExpression(n) ||
    ts.isConditionalExpression(n) || ts.isParenthesizedExpression(n) || ts.isTemplateExpression(n) || ts.isTemplateSpan(n) || ts.isPrefixUnaryExpression(n) ||
    ts.isPostfixUnaryExpression(n) || ts.isNonNullExpression(n) || ts.isAsExpression(n) || ts.isArrayLiteralExpression(n) || ts.isObjectLiteralExpression(n) ||
    ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n) || ts.isSpreadElement(n) || ts.isTypeOfExpression(n);
}

function isRaisingOperand(object: ts.Expression): boolean {
  let inner = object;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
  return ts.isNonNullExpression(inner) || (ts.isElementAccessExpression(inner) && !inner.questionDotToken) || isGroupRead(inner);
}

export function isNonNullOperand(object: ts.Expression): boolean {
  let inner = object;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  return ts.isNonNullExpression(inner);
}

function isElementReceiver(ctx: LowerContext, object: ts.Expression): boolean {
  let inner = object;
  // `(items[9] as T).name` too (m-284-multi-interface-devices-7001185).
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  const kind = kindOf(cppOf(ctx, object));
  // A receiver in a temporary (substituted) was checked when it was made.
  return ts.isElementAccessExpression(inner) && !inner.questionDotToken && (kind === "ref" || kind === "array") && !ctx.substitutions.has(object);
}

function propertyAccess(ctx: LowerContext, node: ts.PropertyAccessExpression, asLvalue = false, setting = false): Expr {
  const name = node.name.text;
  const object = node.expression;
  if (node.questionDotToken && !ctx.checkedLinks.has(node)) return optionalChainNode(ctx, node, node);
  let symbol = ctx.checker.getSymbolAtLocation(node.name);
  const objType = ctx.checker.getNonNullableType(typeOf(ctx, object));
  // `b.v` where a type guard narrowed b to `Box & { v: number }`: Box's own field, narrowed like `b.v` after a test.
  const guardBase = objType.isIntersection() ? guardNarrowedObject(ctx.checker, objType) : undefined;
  if (guardBase) symbol = ctx.checker.getPropertyOfType(guardBase, name) ?? symbol;
  // Namespaces, enums, static members, imported modules.
  const objSymbol = ctx.symbolOf(object);
  if (objSymbol && objSymbol.flags & ts.SymbolFlags.Enum) {
    const enumMember = symbol?.valueDeclaration;
    if (enumMember && ts.isEnumMember(enumMember)) return enumMemberNode(ctx, enumMember);
  }
  if (objSymbol && objSymbol.flags & ts.SymbolFlags.Class && ts.isIdentifier(object) && symbol && isStatic(symbol)) {
    const cls = nameExpr(qualifiedName(ctx, objSymbol));
    if (symbol.flags & ts.SymbolFlags.Accessor) {
      const declared = getterCpp(ctx, node);
      const read = call(member(cls, "::", `get_${cppIdentifier(name)}`), [], declared ? typeFromSpelling(declared) : undefined);
      return declared && (isUnionCpp(declared) || kindOf(declared) === "opt") ? convertExpr(read, declared, cppOf(ctx, node)) : read;
    }
    return member(cls, "::", cppIdentifier(name));
  }
  const builtin = builtinProperty(ctx, node, objType, name);
  if (builtin !== undefined) return builtin;
  const viaUnion = unionPropertyAccess(ctx, node, asLvalue);
  if (viaUnion !== undefined) return raw(viaUnion);
  if (symbol && symbol.flags & ts.SymbolFlags.Accessor && !asLvalue && !symbol.declarations?.some(ts.isGetAccessor)) {
    // A setter without a getter reads as undefined.
    const cpp = cppOf(ctx, node);
    return cpp === "double" ? lit("double(NAN)", DOUBLE_T) : construct(typeFromSpelling(cpp), isHandleCpp(cpp) || kindOf(cpp) === "opt" ? [lit("ts::undefined")] : []);
  }
  const base = symbol && symbol.flags & ts.SymbolFlags.Accessor && !asLvalue ? accessorClass(ctx, node) : undefined;
  if (base) {
    // `super.value` in an accessor that overrides it: the base class's getter.
    const declared = getterCpp(ctx, node);
    const getCpp = declared ?? cppOf(ctx, node);
    const read = call(member(base, "::", `get_${cppIdentifier(name)}`), [], typeFromSpelling(getCpp));
    const readText = printExpr(read);
    const checked = checkedCall(ctx, node, readText, () => getCpp);
    const get = checked === readText ? read : raw(checked, read.type);
    return declared && (isUnionCpp(declared) || kindOf(declared) === "opt") ? convertExpr(get, declared, cppOf(ctx, node)) : get;
  }
  if (symbol && (symbol.flags & ts.SymbolFlags.Accessor || accessorOf(ctx, node, "get")) && !asLvalue) {
    // A union-typed property narrowed to one member (`if (typeof c.value === "number") c.value * 2`).
    // A getter's declared type narrowed by an assignment too (`o.limit ??= 8; o.limit + 1`: a number, read from
    // the getter's `number | undefined`).
    const declared = symbol.flags & ts.SymbolFlags.Property ? symbolCpp(ctx, symbol, node) : getterCpp(ctx, node);
    // A getter that may throw: tested after the read, like a call (errors.ts).
    const getCpp = declared ?? cppOf(ctx, node);
    const read = call(member(memberReceiverNode(ctx, object, name), "->", accessorFunction(ctx, object, "get", name)), [], typeFromSpelling(getCpp));
    const readText = printExpr(read);
    const checked = checkedCall(ctx, node, readText, () => getCpp);
    const get = checked === readText ? read : raw(checked, read.type);
    return declared && (isUnionCpp(declared) || kindOf(declared) === "opt") ? convertExpr(get, declared, cppOf(ctx, node)) : get;
  }
  if (symbol && symbol.flags & ts.SymbolFlags.Method) {
    ctx.report(node, "noMethodUsedAsValue");
    return lit("ts::undefined", UNDEFINED_TYPE);
  }
  const decl = symbol?.valueDeclaration;
  if (decl && ctx.libraryOf(decl)) return member(receiverNode(ctx, object), ".", name);
  const narrowed = narrowedReceiver(ctx, object);
  const fieldReceiver = (): Expr => (narrowed !== undefined ? raw(narrowed) : asLvalue && !setting && !errorsActive(ctx) ? receiverNode(ctx, object) : memberReceiverNode(ctx, object, name, setting));
  if (asLvalue || !symbol) return member(fieldReceiver(), "->", cppIdentifier(name));
  const declared = symbolCpp(ctx, symbol, node);
  const field = member(fieldReceiver(), "->", cppIdentifier(name), typeFromSpelling(declared));
  return isNullishFieldRead(ctx, node) ? field : convertExpr(field, declared, cppOf(ctx, node));
}

function isStatic(symbol: ts.Symbol): boolean {
  const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
  return !!decl && ts.canHaveModifiers(decl) && !!ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
}

function builtinProperty(ctx: LowerContext, node: ts.PropertyAccessExpression, objType: ts.Type, name: string): Expr | undefined {
  const object = node.expression;
  if (ts.isIdentifier(object)) {
    if (object.text === "Math" && !ctx.symbolOf(object)?.valueDeclaration?.getSourceFile().fileName.includes("/corpus/")) {
      const constants: Record<string, string> = { PI: "M_PI", E: "M_E", LN2: "M_LN2", LN10: "M_LN10", LOG2E: "M_LOG2E", LOG10E: "M_LOG10E", SQRT2: "M_SQRT2", SQRT1_2: "M_SQRT1_2" };
      if (constants[name]) return nameExpr(constants[name], DOUBLE_T);
    }
    if (object.text === "Number") {
      const constants: Record<string, string> = { MAX_SAFE_INTEGER: "9007199254740991.0", MIN_SAFE_INTEGER: "(-9007199254740991.0)", EPSILON: "2.220446049250313e-16", MAX_VALUE: "1.7976931348623157e308", MIN_VALUE: "5e-324", POSITIVE_INFINITY: "double(INFINITY)", NEGATIVE_INFINITY: "(-double(INFINITY))", NaN: "double(NAN)" };
      if (constants[name]) return lit(constants[name], DOUBLE_T);
    }
  }
  const cpp = cppType(ctx, objType, object);
  if (unsupportedRegExpMember(ctx, node.name, cpp, false)) return placeholder();
  // `rows[9].length` and `o.list!.length` of an undefined array: Node's TypeError names `length` (catchable in a try).
  const arrayReceiver = () => (kindOf(cpp) === "array" && (isNonNullOperand(object) || isElementReceiver(ctx, object)) ? memberReceiverNode(ctx, object, name) : receiverNode(ctx, object));
  if (name === "length" && (cpp === "ts::String" || kindOf(cpp) === "array" || cpp === "ts::Uint8Array")) return call(member(cpp === "ts::String" ? stringReceiverNode(ctx, object, name) : arrayReceiver(), ".", "length"), [], DOUBLE_T);
  if (name === "length" && isTupleRecordCpp(ctx, cpp) && ctx.checker.isTupleType(ctx.checker.getNonNullableType(objType))) {
    // A tuple's length is its number of elements (optional and rest elements are rejected); the receiver is
    // still evaluated (and checked) when it is more than a name.
    const count = lit(numberLiteral(ctx.checker.getTypeArguments(ctx.checker.getNonNullableType(objType) as ts.TypeReference).length, true), DOUBLE_T);
    const plain = (ts.isIdentifier(object) || object.kind === ts.SyntaxKind.ThisKeyword) && objType === ctx.checker.getNonNullableType(objType);
    return plain ? count : paren(binaryExpr(",", call("static_cast<void>", [unary("*", receiverNode(ctx, object))]), count, DOUBLE_T));
  }
  if (name === "size" && (kindOf(cpp) === "map" || kindOf(cpp) === "set")) return call(member(receiverNode(ctx, object), ".", "size"), [], DOUBLE_T);
  if (cpp === "ts::String" || kindOf(cpp) === "array" || cpp === "ts::Uint8Array" || kindOf(cpp) === "map" || kindOf(cpp) === "set") {
    ctx.report(node.name, "unsupportedMember", name, ctx.checker.typeToString(objType), "see docs/language.md for the supported members");
    return placeholder();
  }
  return undefined;
}

type ChainNode = ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression;

function isChainNode(node: ts.Node): node is ChainNode {
  return (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) && (node.flags & ts.NodeFlags.OptionalChain) !== 0;
}

/** The last node of an optional chain (`a?.b.c` as a whole, not its part `a?.b`). */
function isChainOuter(node: ts.Node): node is ChainNode {
  if (!isChainNode(node)) return false;
  const parent = node.parent;
  return !(isChainNode(parent) && parent.expression === node);
}

/** The last `?.` link of the chain ending at `node` whose receiver has not been tested yet. */
function uncheckedLink(ctx: LowerContext, node: ts.Node): ChainNode | undefined {
  for (let n: ts.Node = node; isChainNode(n) && !ctx.substitutions.has(n); n = n.expression) {
    if (n.questionDotToken && !ctx.checkedLinks.has(n)) return n;
  }
  return undefined;
}

/**
 * An optional chain: the receiver of its `?.` link is evaluated once into a temporary; if it is nullish the
 * whole chain (everything after the link, `w?.ssid.length`) is undefined, otherwise the chain is evaluated
 * with the temporary standing for the receiver.
 */
export function optionalChainValue(ctx: LowerContext, outer: ts.Expression, link: ChainNode): string {
  return printExpr(optionalChainNode(ctx, outer, link));
}

export function optionalChainNode(ctx: LowerContext, outer: ts.Expression, link: ChainNode): Expr {
  const receiverNode = link.expression;
  // `Id?.count` on a class or enum name: the receiver is never nullish and has no C++ value, so `?.` is `.`.
  if (isStaticReceiver(ctx, receiverNode)) {
    ctx.checkedLinks.add(link);
    try {
      return exprNode(ctx, outer);
    } finally {
      ctx.checkedLinks.delete(link);
    }
  }
  const cpp = cppOf(ctx, outer);
  const type = cpp === "void" ? undefined : typeFromSpelling(cpp);
  const inner = isChainNode(receiverNode) ? uncheckedLink(ctx, receiverNode) : undefined;
  const receiverCpp = inner ? cppOf(ctx, receiverNode) : storageCpp(ctx, receiverNode);
  const receiverValue = inner ? optionalChainNode(ctx, receiverNode, inner) : storageNode(ctx, receiverNode);
  const nonNullCpp = cppType(ctx, ctx.checker.getNonNullableType(typeOf(ctx, receiverNode)), receiverNode);
  // A chain TypeScript types `number` (its receiver is an element that may be past the end, `parts[1]?.length`)
  // is still undefined when the receiver is: the undefined number, which prints `undefined` and adds to NaN.
  const absent = (): Expr => (cpp === "double" ? lit("ts::detail::undefinedNumber", DOUBLE_T) : construct(type!, isHandleCpp(cpp) || kindOf(cpp) === "opt" ? [lit("ts::undefined")] : []));
  // A chain used as a whole statement (`w?.scan();`): an if-statement, no value.
  const isStatement = cpp === "void" && ctx.hoist?.node === outer && ctx.canHoist();
  return withStatementsNode(ctx, cpp, () => {
    const t = nameExpr(temporary(ctx, receiverCpp, receiverValue, "o"), typeFromSpelling(receiverCpp));
    ctx.substitutions.set(receiverNode, convertExpr(t, receiverCpp, nonNullCpp));
    ctx.checkedLinks.add(link);
    // The rest of the chain runs only when the receiver is not nullish: its temporaries belong to that branch.
    let rest: { value: Expr; lines: Stmt[] };
    try {
      rest = ctx.hoisting(outer, () => exprNode(ctx, outer));
    } finally {
      ctx.substitutions.delete(receiverNode);
      ctx.checkedLinks.delete(link);
    }
    const present = unary("!", call("ts::isNullish", [t], BOOL_T), BOOL_T);
    if (cpp === "void") {
      ctx.hoist!.lines.push(ifStmt(present, [...rest.lines, exprStmt(rest.value)]));
      return isStatement ? lit("") : lit("(void)0");
    }
    if (!rest.lines.length) return paren(cond(call("ts::isNullish", [t], BOOL_T), absent(), construct(type!, [rest.value]), type));
    const v = temporary(ctx, cpp, absent(), "v");
    ctx.hoist!.lines.push(ifStmt(present, [...rest.lines, assign(v, construct(type!, [rest.value]))]));
    return nameExpr(v, type);
  });
}

function isStaticReceiver(ctx: LowerContext, node: ts.Expression): boolean {
  const symbol = ts.isIdentifier(node) ? ctx.symbolOf(node) : undefined;
  if (!symbol) return false;
  if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) return true;
  // A global of the runtime's typings (Math, Number, console, Serial) is never nullish either.
  const decl = symbol.valueDeclaration;
  return !!decl && ts.isVariableDeclaration(decl) && ctx.isRuntimeFile(decl.getSourceFile().fileName);
}

function elementAccess(ctx: LowerContext, node: ts.ElementAccessExpression): Expr {
  const object = node.expression;
  if (node.questionDotToken && !ctx.checkedLinks.has(node)) return optionalChainNode(ctx, node, node);
  const index = node.argumentExpression;
  const objSymbol = ctx.symbolOf(object);
  if (objSymbol && objSymbol.flags & ts.SymbolFlags.Enum && (ts.isStringLiteral(index) || ts.isNoSubstitutionTemplateLiteral(index))) {
    // State["Connected"]: the member, as State.Connected.
    const enumMember = objSymbol.exports?.get(ts.escapeLeadingUnderscores(index.text))?.valueDeclaration;
    if (enumMember && ts.isEnumMember(enumMember)) return enumMemberNode(ctx, enumMember);
  }
  if (objSymbol && objSymbol.flags & ts.SymbolFlags.RegularEnum && !ts.isStringLiteral(index)) return raw(enumReverseMapping(ctx, objSymbol, index), STRING_T);
  const objCpp = cppType(ctx, ctx.checker.getNonNullableType(typeOf(ctx, object)), object);
  if (objCpp === "ts::String") return sequencedNode(ctx, [object, index], [() => receiverNode(ctx, object), () => indexNode(ctx, index)], [objCpp, "double"], ([o, i]) => call(member(o, ".", "index"), [i], STRING_T), "ts::String");
  const tupleField = tupleElementField(ctx, index, objCpp);
  if (tupleField) return member(memberReceiverNode(ctx, object, tupleField.replace(/^e/, "")), "->", tupleField);
  const matchElement = regexpMatchElement(ctx, node, objCpp);
  if (matchElement !== undefined) return raw(matchElement);
  if (kindOf(objCpp) === "array" || objCpp === "ts::Uint8Array") {
    const resultCpp = objCpp === "ts::Uint8Array" ? "double" : declaredElementCpp(ctx, object);
    // Where the element's type is nullable (`a?.[i]`, noUncheckedIndexedAccess), past the end is undefined.
    const nodeType = typeFromSpelling(cppOf(ctx, node));
    if (nodeType.kind === "opt" && printType(nodeType.inner) === resultCpp) return storageNode(ctx, node);
    // `rows[9][c]`: the TypeError of the undefined row is catchable (errors.ts).
    const operands = errorsActive(ctx) ? rowReadOperands(ctx, node, () => receiverNode(ctx, object), () => indexNode(ctx, index)) : [() => receiverNode(ctx, object), () => indexNode(ctx, index)];
    const read = sequencedNode(ctx, [object, index], operands, [objCpp, "double"], ([o, i]) => call(member(o, ".", "get"), [i], typeFromSpelling(resultCpp)), resultCpp);
    // An element declared `number | undefined` that narrowing made a number (`slots[0] = 5; f(slots[0])`) is
    // read as the number: its value, like a narrowed variable's.
    if (nodeType.kind !== "opt" && kindOf(resultCpp) === "opt" && isScalar(nodeType)) return typed(convertExpr(read, resultCpp, printType(nodeType)), nodeType);
    return read;
  }
  if (ts.isStringLiteral(index)) {
    return member(receiverNode(ctx, object), "->", cppIdentifier(index.text));
  }
  ctx.report(index, "computedAccess", `'${ctx.checker.typeToString(typeOf(ctx, object))}'`);
  return placeholder();
}

export function arrayLiteral(ctx: LowerContext, node: ts.ArrayLiteralExpression, cpp: string): string {
  return printExpr(arrayLiteralNode(ctx, node, cpp));
}

export function arrayLiteralNode(ctx: LowerContext, node: ts.ArrayLiteralExpression, cpp: string): Expr {
  const arrayType = typeFromSpelling(cpp);
  if (isTupleRecordCpp(ctx, cpp)) return tupleLiteral(ctx, node, cpp);
  if (node.elements.some(ts.isSpreadElement)) return raw(arraySpread(ctx, node, cpp));
  if (arrayType.kind !== "array") {
    ctx.report(node, "tupleType", ctx.checker.typeToString(typeOf(ctx, node)));
    return placeholder();
  }
  const element = printType(arrayType.element);
  if (node.elements.length === 0) return call(member(nameExpr(cpp), "::", "empty"), [], arrayType);
  const texts = node.elements.map((e) => () => exprAsNode(ctx, e, element));
  return sequencedNode(ctx, node.elements, texts, node.elements.map(() => element), (v) => call(member(nameExpr(cpp), "::", "of"), v, arrayType), cpp);
}

export function objectLiteral(ctx: LowerContext, node: ts.ObjectLiteralExpression, cpp: string): string {
  return printExpr(objectLiteralNode(ctx, node, cpp));
}

/** An object literal: a record made, then each field assigned in source order (statements before the one
 *  that needs the value); the value is the record's temporary. */
export function objectLiteralNode(ctx: LowerContext, node: ts.ObjectLiteralExpression, cpp: string): Expr {
  const targetClass = refClassName(cpp);
  let contextual = (isPatternContext(node) ? undefined : ctx.checker.getContextualType(node)) ?? typeOf(ctx, node);
  // An argument of `any` (JSON.stringify, console.log): the literal's own type, a record of its shape.
  if (contextual.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) contextual = typeOf(ctx, node);
  // Inside a generic call (`xs.map((v) => ({ ... }))`) the context is the literal's own type: the target
  // representation says which interface is being built.
  if (isAnonymousObjectType(ctx.checker, ctx.checker.getNonNullableType(contextual)) && ctx.typeOfCpp.has(cpp)) contextual = ctx.typeOfCpp.get(cpp)!;
  const target = literalTarget(ctx, node, ctx.checker.getNonNullableType(contextual));
  const symbol = target.aliasSymbol ?? target.getSymbol();
  if (!targetClass || !symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.TypeLiteral | ts.SymbolFlags.ObjectLiteral))) {
    ctx.report(node, "untypedObjectLiteral", ctx.checker.typeToString(typeOf(ctx, node)));
    return placeholder();
  }
  // An interface that classes implement is abstract: its object literals are instances of <Name>_object.
  const suffix = ctx.abstractRecords.has(symbol) ? "_object" : "";
  const typeCpp = refClassName(cppType(ctx, target, node), suffix) ?? refClassName(cpp, suffix)!;
  const props = ctx.checker.getPropertiesOfType(target);
  return withStatementsNode(ctx, cpp, () => {
    // The object, then each field in source order: a field's own temporaries follow the fields before it,
    // which are assigned (so stable, hoist.ts) by then.
    const t = ctx.temp("obj");
    ctx.hoist!.lines.push(declStmt("auto", t, call("ts::make", [], undefined, [typeCpp])));
    const done: ts.Node[] = [];
    try {
      for (const prop of node.properties) {
        if (ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop)) {
          const name = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : undefined;
          const targetProp = props.find((p) => p.name === name);
          if (!name || !targetProp) {
            ctx.report(prop, "noUndeclaredProperty");
            continue;
          }
          const propCpp = symbolCpp(ctx, targetProp, prop);
          const valueNode = ts.isPropertyAssignment(prop) ? prop.initializer : (prop.name as ts.Identifier);
          const value = exprAsNode(ctx, valueNode, propCpp);
          ctx.hoist!.lines.push(assign(`${t}->${suffix ? objectFieldName(targetProp) : cppIdentifier(name)}`, value));
          ctx.spilled.add(valueNode);
          done.push(valueNode);
        } else if (ts.isSpreadAssignment(prop)) {
          objectSpread(ctx, t, prop, props);  // spread.ts
          ctx.spilled.add(prop.expression);
          done.push(prop.expression);
        } else if (ts.isMethodDeclaration(prop)) {
          ctx.report(prop, "noMethodsObjectLiterals");
        } else {
          ctx.report(prop, "noObjectLiteralMember");
        }
      }
    } finally {
      for (const n of done) ctx.spilled.delete(n);
    }
    return nameExpr(t, typeFromSpelling(cpp));
  });
}

export { isBooleanType, hasNullish, fixedWidthName, FIXED_WIDTH };

/** `static_cast<double>(…)` (through parentheses): an integer result converted to double (see the `-` case). */
function isCastToDouble(e: Expr): boolean {
  while (e.kind === "paren") e = e.inner;
  if (e.kind === "cast") return printType(e.to) === "double";
  return e.kind === "raw" && /^\(*static_cast<double>\(/.test(e.text);
}
