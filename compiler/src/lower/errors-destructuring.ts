// `const { x } = arr[9]` where the element is undefined at run time: Node's "TypeError: Cannot destructure property
// 'x' of 'arr[9]' as it is undefined." (V8 names the source by its text and the pattern's first property; with a
// default on that property it reads it first: "Cannot read properties of undefined (reading 'x')"; a pattern that
// starts with a rest, or is empty: "Cannot destructure 'arr[9]' as it is undefined."). Catchable inside a try block
// and where the analysis (errors.ts) lets the error return to the caller; elsewhere it is uncaught at once, with the
// same message.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { isUnsoundOperand, v8CalleeText } from "./errors-members.js";
import { facts, rowCheck } from "./errors.js";
import { kindOf } from "../ir/types.js";

/** The initialiser of a destructuring declaration `const { … } = source` that may be undefined at run time. */
export function raisingDestructuringSource(checker: ts.TypeChecker, decl: ts.VariableDeclaration): ts.Expression | undefined {
  if (!ts.isObjectBindingPattern(decl.name) || !decl.initializer || !isUnsoundOperand(decl.initializer, checker)) return undefined;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(decl.initializer));
  return (type.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(type) && !checker.isTupleType(type) ? decl.initializer : undefined;
}

/**
 * The source of `const { … } = p` or `({ … } = p)` that is a handle of the program's own object type, named by a
 * variable, parameter or property (`function apply(p: Opt)` called with `opts[9]`): like a member read through it
 * (errors-reach.ts, namedMemberReceiver), checked catchably where a try block reaches the function (errors.ts).
 */
export function namedPatternSource(checker: ts.TypeChecker, n: ts.Node): ts.Expression | undefined {
  let source: ts.Expression | undefined;
  if (ts.isVariableDeclaration(n) && ts.isObjectBindingPattern(n.name)) source = n.initializer;
  else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isObjectLiteralExpression(n.left)) source = n.right;
  if (!source || isUnsoundOperand(source, checker)) return undefined;
  let inner: ts.Expression = source;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
  // An optional chain ending in a property (`const { a } = h?.opt`, m-739-pattern-source-parameter-77000764) is
  // such a source too: V8 names it '(intermediate value)' (patternSourceText).
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(source));
  if ((type.flags & ts.TypeFlags.Object) === 0 || checker.isArrayType(type) || checker.isTupleType(type)) return undefined;
  const decls = type.getSymbol()?.declarations ?? [];
  return decls.length && !decls.some((d) => d.getSourceFile().isDeclarationFile) ? source : undefined;
}

/** Whether the held source of a pattern is checked for undefined: an unsound one, or a named one a try reaches. */
function checkedSource(ctx: LowerContext, n: ts.Node, source: ts.Expression, unsound: ts.Expression | undefined): boolean {
  return unsound === source || (namedPatternSource(ctx.checker, n) === source && facts(ctx).raisingReceivers.has(source));
}

/** How V8 names a nested pattern's default in "Cannot destructure property 'a' of '…'" (undefined: not known). */
function defaultText(e: ts.Expression): string | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) || ts.isCallExpression(e)) return v8CalleeText(e);
  if (ts.isObjectLiteralExpression(e)) return `{${"(intermediate value)".repeat(e.properties.length)}}`;
  return undefined;
}

/** How V8 names the source in "Cannot destructure property 'a' of '…'": an optional chain is '(intermediate value)'. */
function patternSourceText(e: ts.Expression): string {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isOptionalChain(e) ? "(intermediate value)" : v8CalleeText(e);
}

/** The C string text of a PSTR literal. */
function cText(s: string): string {
  return s.replace(/[\\"]/g, "\\$&").replace(/[^\x20-\x7e]/g, (c) => [...Buffer.from(c, "utf8")].map((b) => `\\${b.toString(8).padStart(3, "0")}`).join(""));
}

/** The statements that check the held source `text` (C++ type `cpp`) of `decl` before its properties are read. */
export function destructuringSourceCheck(ctx: LowerContext, decl: ts.VariableDeclaration, text: string, cpp: string): string[] {
  const source = decl.initializer;
  if (!source || !checkedSource(ctx, decl, source, raisingDestructuringSource(ctx.checker, decl)) || kindOf(cpp) !== "ref" || !/^[A-Za-z_]\w*$/.test(text)) return [];
  const first = (decl.name as ts.ObjectBindingPattern).elements[0];
  const key = first && !first.dotDotDotToken ? first.propertyName ?? first.name : undefined;
  const keyText = key && (ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key)) ? key.text : undefined;
  if (first && !first.dotDotDotToken && keyText === undefined) return [];
  const test = rowCheck(ctx, source);
  const property = keyText === undefined ? "nullptr" : `PSTR("${cText(keyText)}")`;
  if (first?.initializer && keyText !== undefined) {
    // V8 reads the property first to test it for undefined.
    return test ? [`ts::memberCaught(${text}, ${property});`, test] : [`ts::member(${text}, ${property});`];
  }
  const where = `PSTR("${cText(patternSourceText(source))}")`;
  return test ? [`ts::destructureCaught(${text}, ${property}, ${where});`, test] : [`ts::destructure(${text}, ${property}, ${where});`];
}

/** The source of an assignment pattern `({ … } = source)` that may be undefined at run time. */
export function raisingAssignmentSource(checker: ts.TypeChecker, node: ts.BinaryExpression): ts.Expression | undefined {
  if (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isObjectLiteralExpression(node.left) || !isUnsoundOperand(node.right, checker)) return undefined;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(node.right));
  return (type.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(type) && !checker.isTupleType(type) ? node.right : undefined;
}

/**
 * The statements that check the held source of `({ … } = source)`. V8 raises "Cannot destructure property 'a' of
 * 'source' as it is undefined." unless the first property has a default or its target is a member or element
 * (`({ a: o.v } = source)`): then it reads the property first, "Cannot read properties of undefined (reading 'a')".
 */
export function assignmentSourceCheck(ctx: LowerContext, node: ts.BinaryExpression, text: string, cpp: string): string[] {
  const source = node.right;
  if (!checkedSource(ctx, node, source, raisingAssignmentSource(ctx.checker, node)) || kindOf(cpp) !== "ref" || !/^[A-Za-z_]\w*$/.test(text)) return [];
  const first = (node.left as ts.ObjectLiteralExpression).properties[0];
  let keyText: string | undefined;
  let reads = false;
  if (first && ts.isShorthandPropertyAssignment(first)) {
    keyText = first.name.text;
    reads = first.objectAssignmentInitializer !== undefined;
  } else if (first && ts.isPropertyAssignment(first)) {
    const key = first.name;
    if (!(ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key))) return [];
    keyText = key.text;
    let target = first.initializer;
    while (ts.isParenthesizedExpression(target)) target = target.expression;
    if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      // `({ a: { b } = fb() } = p)`: V8 names the default, not the source: "Cannot destructure property 'a' of
      // 'fb(...)' as it is undefined." (m-629-…-73001088).
      const where = ts.isObjectLiteralExpression(target.left) ? defaultText(target.right) : undefined;
      if (where !== undefined) {
        const test = rowCheck(ctx, source);
        const args = `${text}, PSTR("${cText(keyText)}"), PSTR("${cText(where)}")`;
        return test ? [`ts::destructureCaught(${args});`, test] : [`ts::destructure(${args});`];
      }
      reads = true;
    }
    else if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) reads = true;
  } else if (first && !ts.isSpreadAssignment(first)) {
    return [];
  }
  const test = rowCheck(ctx, source);
  const property = keyText === undefined ? "nullptr" : `PSTR("${cText(keyText)}")`;
  if (reads && keyText !== undefined) return test ? [`ts::memberCaught(${text}, ${property});`, test] : [`ts::member(${text}, ${property});`];
  const where = `PSTR("${cText(patternSourceText(source))}")`;
  return test ? [`ts::destructureCaught(${text}, ${property}, ${where});`, test] : [`ts::destructure(${text}, ${property}, ${where});`];
}

/**
 * An array pattern whose source may be null or undefined at run time, checked with V8's "undefined is not iterable
 * (cannot read property Symbol(Symbol.iterator))" (destructuring.ts): nested in another pattern (`const [[x]] = rows`,
 * `{ a: { b: [x] } }`), a parameter's (`function f([a, b]: number[])` called with `rows[9]`), a for-of variable's,
 * or a declaration's from an element or `x!` (`const [a] = rows[9]`; V8 names a call's source otherwise).
 * Not directly under a declaration's or parameter's object pattern (V8: "Cannot destructure property
 * 'Symbol(Symbol.iterator)' of …"): there the generic check stays.
 */
export function checkedArrayPattern(checker: ts.TypeChecker, pattern: ts.ArrayBindingPattern): boolean {
  const p = pattern.parent;
  if (ts.isParameter(p)) return !p.initializer && !p.questionToken;
  if (ts.isVariableDeclaration(p)) {
    // Over an array (a Map's or a Set's entries are never undefined).
    if (ts.isForOfStatement(p.parent.parent)) return checker.isArrayType(checker.getNonNullableType(checker.getTypeAtLocation(p.parent.parent.expression)));
    if (!p.initializer) return false;
    let inner: ts.Expression = p.initializer;
    while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
    return !ts.isCallExpression(inner) && isUnsoundOperand(p.initializer, checker);
  }
  return ts.isBindingElement(p) && !p.initializer;
}

/**
 * How V8 names the source of an array pattern that is a property of a declaration's, a parameter's or an
 * assignment's outermost object pattern (`const { a: [x] } = o` with o.a undefined): it reads the property's
 * Symbol.iterator through the source, "Cannot destructure property 'Symbol(Symbol.iterator)' of 'o' as it is
 * undefined." — a parameter's source is its value ('undefined', 'object null': PARAMETER_SOURCE), a for-of
 * variable's '.for', an object literal '{(intermediate value)}'. Undefined for any other array pattern (nested
 * deeper: "undefined is not iterable (cannot read property Symbol(Symbol.iterator))").
 */
export function directArrayPatternSource(pattern: ts.ArrayBindingPattern | ts.ArrayLiteralExpression): string | undefined {
  let p: ts.Node = pattern.parent;
  if (ts.isArrayBindingPattern(pattern)) {
    if (!ts.isBindingElement(p) || p.initializer || !ts.isObjectBindingPattern(p.parent)) return undefined;
    const owner = p.parent.parent;
    if (ts.isParameter(owner)) return PARAMETER_SOURCE;
    if (!ts.isVariableDeclaration(owner)) return undefined;
    if (ts.isForOfStatement(owner.parent.parent)) return ".for";
    return owner.initializer ? sourceText(owner.initializer) : undefined;
  }
  while (ts.isParenthesizedExpression(p)) p = p.parent;
  if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.parent)) return undefined;
  let outer: ts.Node = p.parent;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const assignment = outer.parent;
  if (!ts.isBinaryExpression(assignment) || assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken || assignment.left !== outer) return undefined;
  // `({ q: { a: [x] } = d } = o)`: a default inside another pattern, not an assignment's source.
  let up: ts.Node = assignment.parent;
  while (ts.isParenthesizedExpression(up)) up = up.parent;
  if (ts.isPropertyAssignment(up) || ts.isArrayLiteralExpression(up) || ts.isShorthandPropertyAssignment(up)) return undefined;
  return sourceText(assignment.right);
}

/** directArrayPatternSource's name for a parameter's pattern: V8 prints the value itself. */
export const PARAMETER_SOURCE = "\0parameter";

function sourceText(e: ts.Expression): string {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isObjectLiteralExpression(e)) return `{${"(intermediate value)".repeat(e.properties.length)}}`;
  return patternSourceText(e);
}

/** The statement that checks an array pattern's held source `text` named `where` (directArrayPatternSource). */
export function directArrayPatternCheck(text: string, where: string, caught: boolean): string {
  const fn = caught ? "ts::destructureCaught" : "ts::destructure";
  const named = where === PARAMETER_SOURCE ? `${text}.isNullState() ? PSTR("object null") : PSTR("undefined")` : `PSTR("${cText(where)}")`;
  return `${fn}(${text}, PSTR("Symbol(Symbol.iterator)"), ${named});`;
}
