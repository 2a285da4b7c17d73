// The TypeErrors the runtime raises while reading a member (errors.ts): `cfg.sub!.x` or `items[9].name` where
// the value is undefined at run time, and a getter whose body raises one. In a program with a `try`, such an
// access makes its function one that may throw (its callers test the pending error), so Node's TypeError is
// catchable up the call stack: in called functions, methods, constructors, getters and callbacks.
//
// The lowering (expressions.ts, memberReceiverNode) raises through ts::memberCaught only at the receivers the
// analysis recorded here, so a function never returns a pending error its callers do not test.
import ts from "typescript";
import { collectGetters, collectSetters, gettersOfAllProperties, gettersReadOf, isTestedGetterBinding, settersWrittenOf, type GettersByName } from "./errors-getters.js";
import { isUnsoundVariable } from "./errors-variables.js";

/** The receiver of `o.name` that the runtime checks for null/undefined with Node's message: `x!` or an element. */
export function raisingReceiver(checker: ts.TypeChecker, access: ts.PropertyAccessExpression): ts.Expression | undefined {
  if (access.questionDotToken) return undefined;
  const object = access.expression;
  if (!isUnsoundOperand(object, checker)) return undefined;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(object));
  // A string's members too (`lines[9].trim()`, `m[7].length`: expressions.ts, stringReceiverNode).
  return isObjectLike(type) || isStringLike(type) ? object : undefined;
}

/**
 * `pairs[9][0]` (an element of a tuple that is itself an element read past the end, or `x!`) and `rows[9][c]`
 * (an array's element, read, updated or written: errors-elements.ts checks the row with the index).
 */
export function raisingTupleReceiver(checker: ts.TypeChecker, access: ts.ElementAccessExpression): ts.Expression | undefined {
  const index = access.argumentExpression;
  if (access.questionDotToken || !isUnsoundOperand(access.expression, checker)) return undefined;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(access.expression));
  if (checker.isTupleType(type)) return ts.isNumericLiteral(index) ? access.expression : undefined;
  return (checker.isArrayType(type) || isUint8Array(type)) && (isElementRead(access) || isElementWrite(access)) ? access.expression : undefined;
}

/** A `Uint8Array` row (`rows[9][0]` on a `Uint8Array[]`): checked like an array's. */
function isUint8Array(type: ts.Type): boolean {
  return type.getSymbol()?.name === "Uint8Array";
}

/** `a[i] = v`, `a[i] += v`, `a[i]++`: the target of an assignment, `++` or `--` (not of a destructuring). */
function isElementWrite(access: ts.ElementAccessExpression): boolean {
  const { child, p } = readContext(access);
  return isWriteTarget(child, p);
}

/** A read of `a[i]`: not the target of an assignment, `++` or `--`. */
export function isElementRead(access: ts.ElementAccessExpression): boolean {
  const { child, p } = readContext(access);
  if (isWriteTarget(child, p)) return false;
  return !ts.isArrayLiteralExpression(p) && !ts.isObjectLiteralElement(p) && !ts.isDeleteExpression(p);
}

/** The node an access is the operand of, past parentheses and `!`, and the access as that node's child. */
function readContext(access: ts.Expression): { child: ts.Node; p: ts.Node } {
  let child: ts.Node = access;
  let p = access.parent;
  while (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) {
    child = p;
    p = p.parent;
  }
  return { child, p };
}

/** `child` is the target of an assignment, `++` or `--` in `p`. */
function isWriteTarget(child: ts.Node, p: ts.Node): boolean {
  if (ts.isBinaryExpression(p) && p.left === child && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  return (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
}

/** The iterable of `for (const v of rows[9])`, checked with Node's "rows[9] is not iterable" (errors.ts, checkedIterable). */
export function raisingIterable(checker: ts.TypeChecker, loop: ts.ForOfStatement): ts.Expression | undefined {
  const e = loop.expression;
  if (!isUnsoundOperand(e, checker)) return undefined;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(e));
  return isObjectLike(type) || isStringLike(type) ? e : undefined;
}

/** A value the runtime may find undefined although its type says otherwise: `x!`, an element read (not `?.`), or
 * (given the checker) a variable assigned one (errors-variables.ts). */
export function isUnsoundOperand(object: ts.Expression, checker?: ts.TypeChecker): boolean {
  let inner: ts.Expression = object;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  const nonNull = ts.isNonNullExpression(inner);
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  return nonNull || (ts.isElementAccessExpression(inner) && !inner.questionDotToken) || isGroupRead(inner) || (!!checker && isUnsoundVariable(checker, object));
}

/** `m.groups.query` / `m.groups!.query`: typed string, but undefined when the group did not take part in the match. */
export function isGroupRead(e: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(e) || e.questionDotToken) return false;
  let groups: ts.Expression = e.expression;
  while (ts.isParenthesizedExpression(groups) || ts.isNonNullExpression(groups)) groups = groups.expression;
  return ts.isPropertyAccessExpression(groups) && groups.name.text === "groups";
}

function isObjectLike(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.some(isObjectLike);
  return (type.flags & ts.TypeFlags.Object) !== 0 || (type.flags & ts.TypeFlags.TypeParameter) !== 0;
}

export function isStringLike(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.every(isStringLike);
  return (type.flags & ts.TypeFlags.StringLike) !== 0;
}

/**
 * Whether a raising access at `node` may return its error from `owner` (a function-like, or the class for a
 * constructor's body): not in a field initialiser or a `super(…)` argument, which no statement can follow.
 */
export function canPropagateFrom(node: ts.Node, owner: ts.Node, untestedGetters: () => ReadonlySet<ts.Node>, untestedSetters: () => ReadonlySet<ts.Node>): boolean {
  // Some writes of a setter and some reads of a getter are not tested (TSD2261): there the error stays uncaught.
  if (ts.isSetAccessor(owner) && (!ts.isIdentifier(owner.name) || untestedSetters().has(owner))) return false;
  if (ts.isGetAccessor(owner) && (!ts.isIdentifier(owner.name) || untestedGetters().has(owner))) return false;
  for (let n: ts.Node = node; n !== owner; n = n.parent) {
    if (ts.isPropertyDeclaration(n) || ts.isParameter(n) || ts.isDecorator(n)) return false;
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) return false;
    if (ts.isConstructorDeclaration(n)) return true;
  }
  return !ts.isClassLike(owner);
}

/**
 * `o.name++`, `--o.name`, `o.name += v` (an arithmetic or bitwise compound assignment): the getter's read is tested
 * before the setter runs (expressions.ts, increment and compound assignments), as after a plain read.
 */
export function isGetterUpdate(access: ts.PropertyAccessExpression): boolean {
  const { child, p } = readContext(access);
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) return p.operand === child && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
  if (!ts.isBinaryExpression(p) || p.left !== child) return false;
  const op = p.operatorToken.kind;
  return op > ts.SyntaxKind.FirstCompoundAssignment - 1 && op <= ts.SyntaxKind.LastCompoundAssignment && op !== ts.SyntaxKind.BarBarEqualsToken && op !== ts.SyntaxKind.AmpersandAmpersandEqualsToken && op !== ts.SyntaxKind.QuestionQuestionEqualsToken;
}

/** A read of `o.name` (not the target of an assignment, `++` or `--`): it may call a getter of that name. */
export function isPropertyRead(access: ts.PropertyAccessExpression): boolean {
  const { child, p } = readContext(access);
  if (isWriteTarget(child, p)) return false;
  return !(ts.isCallExpression(p) && p.expression === child);
}

/**
 * Where a getter of `getters` may be read other than by a plain `o.name` (a destructuring parameter, `o.name++`,
 * `o.name += 1`, a property of a union-typed object, `{ ...o }`, `JSON.stringify(o)`), with the getters each may
 * call (errors-getters.ts): the lowering does not test those reads, so a getter that may throw is rejected
 * there, and a getter read there does not return the TypeError of a member read to its caller.
 */
export function untestedGetterReads(checker: ts.TypeChecker, files: readonly ts.SourceFile[], getters: GettersByName): { node: ts.Node; getters: ts.Node[] }[] {
  const out: { node: ts.Node; getters: ts.Node[] }[] = [];
  const add = (node: ts.Node, found: ts.Node[]): void => void (found.length && out.push({ node, getters: found }));
  const visit = (n: ts.Node): void => {
    if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent) && !isTestedGetterBinding(n)) {
      const key = n.propertyName ?? n.name;
      if (ts.isIdentifier(key)) add(n, gettersReadOf(checker, checker.getTypeAtLocation(n.parent), key.text, getters));
    }
    if (ts.isPropertyAccessExpression(n) && getters.has(n.name.text)) {
      const assigned = ts.isBinaryExpression(n.parent) && n.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && n.parent.left === n;
      const called = ts.isCallExpression(n.parent) && n.parent.expression === n;
      const receiver = checker.getNonNullableType(checker.getTypeAtLocation(n.expression));
      const unionObjects = receiver.isUnion() && receiver.types.filter((t) => (t.flags & ts.TypeFlags.Object) !== 0).length > 1;
      if ((!isPropertyRead(n) && !assigned && !called && !isGetterUpdate(n)) || (unionObjects && !called)) add(n, gettersReadOf(checker, receiver, n.name.text, getters));
    }
    if (ts.isSpreadAssignment(n) || ts.isSpreadElement(n)) add(n, gettersOfAllProperties(checker, checker.getTypeAtLocation(n.expression), getters));
    if (ts.isCallExpression(n) && n.expression.getText() === "JSON.stringify" && n.arguments.length) add(n.arguments[0], gettersOfAllProperties(checker, checker.getTypeAtLocation(n.arguments[0]), getters));
    ts.forEachChild(n, visit);
  };
  for (const sf of files) visit(sf);
  return out;
}

/** Getters that some read the lowering does not test may call (see untestedGetterReads). */
export function gettersReadUntested(checker: ts.TypeChecker, files: readonly ts.SourceFile[]): Set<ts.Node> {
  const getters = collectGetters(files);
  return new Set(getters.size ? untestedGetterReads(checker, files, getters).flatMap((r) => r.getters) : []);
}

/** The callee of `fns[9]()` or `handler!()` (a closure that may be undefined at run time), whose source text Node's
 * "… is not a function" names; undefined for other callees. */
export function nullableCallee(call: ts.CallExpression, checker?: ts.TypeChecker): ts.Expression | undefined {
  let callee: ts.Expression = call.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  if (ts.isElementAccessExpression(callee)) return callee;
  // `const h = table[9]; h(x)`: a local variable initialised from such a value (Node: "h is not a function").
  if (ts.isIdentifier(callee) && checker) {
    const decl = checker.getSymbolAtLocation(callee)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && decl.initializer && isUnsoundOperand(decl.initializer)) return callee;
    // `cb = table[i]` somewhere, then `cb()`: "cb is not a function".
    if (isUnsoundVariable(checker, callee)) return callee;
    // `function apply(h: Handler) { h(1); }` called somewhere with `apply(table[9])`: "h is not a function".
    if (decl && ts.isParameter(decl) && unsoundParameters(checker, call.getSourceFile()).has(decl)) return callee;
    return undefined;
  }
  if (!ts.isNonNullExpression(callee)) return undefined;
  let inner: ts.Expression = callee.expression;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  return inner;
}

/** The callee as V8 names it in "… is not a function": `m.get(...)`, `o.h.x` for `o["h"].x`, `fns[(i + 1)]`. */
export function v8CalleeText(e: ts.Expression): string {
  if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) return v8CalleeText(e.expression);
  if (ts.isPropertyAccessExpression(e)) return `${v8CalleeText(e.expression)}.${e.name.text}`;
  if (ts.isCallExpression(e)) return `${v8CalleeText(e.expression)}(...)`;
  if (ts.isElementAccessExpression(e)) {
    // V8's AST keeps no parentheses and folds a negated number literal: `format[(-1)]` is "format[-1]"
    // (m-237-…-64820077), `fns[(k)]` "fns[k]", `fns[1.50]` "fns[1.5]".
    let a = e.argumentExpression;
    while (ts.isParenthesizedExpression(a)) a = a.expression;
    // An optional chain is not printed: `bumpers[bumpers?.length]` is "bumpers[(intermediate value)]" (m-237-…-63000548).
    if (ts.isOptionalChain(a)) return `${v8CalleeText(e.expression)}[(intermediate value)]`;
    if (ts.isNumericLiteral(a)) return `${v8CalleeText(e.expression)}[${String(Number(a.text))}]`;
    if (ts.isPrefixUnaryExpression(a) && a.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(a.operand)) return `${v8CalleeText(e.expression)}[${String(-Number(a.operand.text))}]`;
    if (ts.isStringLiteral(a) && /^[A-Za-z_$][\w$]*$/.test(a.text)) return `${v8CalleeText(e.expression)}.${a.text}`;
    if (ts.isBinaryExpression(a) && (ts.isIdentifier(a.left) || ts.isNumericLiteral(a.left)) && (ts.isIdentifier(a.right) || ts.isNumericLiteral(a.right))) {
      return `${v8CalleeText(e.expression)}[(${a.left.getText()} ${a.operatorToken.getText()} ${a.right.getText()})]`;
    }
    return `${v8CalleeText(e.expression)}[${a.getText()}]`;
  }
  return e.getText();
}

const unsoundParametersOf = new WeakMap<ts.SourceFile, Set<ts.ParameterDeclaration>>();

/** Parameters of the file's functions that some call in the file passes `x!` or an element read. */
function unsoundParameters(checker: ts.TypeChecker, sf: ts.SourceFile): Set<ts.ParameterDeclaration> {
  let found = unsoundParametersOf.get(sf);
  if (found) return found;
  const set = new Set<ts.ParameterDeclaration>();
  found = set;
  unsoundParametersOf.set(sf, set);
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && n.arguments.some((a) => isUnsoundOperand(a, checker) && !ts.isSpreadElement(a))) {
      const decl = checker.getResolvedSignature(n)?.declaration;
      if (decl && !ts.isJSDocSignature(decl) && !decl.getSourceFile().isDeclarationFile) {
        n.arguments.forEach((a, i) => {
          const p = decl.parameters[i];
          if (p && !p.dotDotDotToken && isUnsoundOperand(a, checker)) set.add(p);
        });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return set;
}

/**
 * A write `o.name = v`, `o.name += v` or `o.name++` that is a statement of its own: a setter called there is
 * tested after the statement (the write's node is the access's parent).
 */
export function isTestedSetterWrite(access: ts.PropertyAccessExpression): boolean {
  const p = access.parent;
  if (!ts.isExpressionStatement(p.parent)) return false;
  if (ts.isBinaryExpression(p) && p.left === access) return p.operatorToken.kind === ts.SyntaxKind.EqualsToken || isGetterUpdate(access) || isLogicalAssignment(p.operatorToken.kind);
  return (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && isGetterUpdate(access);
}

function isLogicalAssignment(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.AmpersandAmpersandEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken;
}

/** Setters that some write other than `o.name = v;` may call (`o.name += 1` used as a value, a destructuring
 * target, an assignment used as a value): a setter that may throw is rejected there (TSD2261). Which setters a
 * write may call is decided by the property's declaration on the receiver's type (errors-getters.ts,
 * settersWrittenOf), not by the name: another class's setter of the same name stays tested (m-735). */
export function settersWrittenUntested(checker: ts.TypeChecker, files: readonly ts.SourceFile[]): Set<ts.Node> {
  const setters = collectSetters(files);
  const untested = new Set<ts.Node>();
  if (!setters.size) return untested;
  const add = (access: ts.PropertyAccessExpression): void => {
    for (const s of settersWrittenOf(checker, checker.getNonNullableType(checker.getTypeAtLocation(access.expression)), access.name.text, setters)) untested.add(s);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && setters.has(n.name.text) && !isPropertyRead(n) && !(ts.isCallExpression(n.parent) && n.parent.expression === n) && !isTestedSetterWrite(n)) add(n);
    if (ts.isPropertyAccessExpression(n) && setters.has(n.name.text) && ts.isBinaryExpression(n.parent) && n.parent.left === n && n.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && !ts.isExpressionStatement(n.parent.parent)) add(n);
    // Destructuring assignment targets (`({ a: o.name } = v)`, `[o.name] = xs`).
    if ((ts.isArrayLiteralExpression(n) || ts.isObjectLiteralExpression(n)) && ts.isBinaryExpression(n.parent) && n.parent.left === n) {
      const mark = (e: ts.Node): void => {
        if (ts.isPropertyAccessExpression(e) && setters.has(e.name.text)) add(e);
        ts.forEachChild(e, mark);
      };
      mark(n);
    }
    ts.forEachChild(n, visit);
  };
  for (const sf of files) visit(sf);
  return untested;
}
