// The TypeErrors the runtime raises while reading a member (errors.ts): `cfg.sub!.x` or `items[9].name` where
// the value is undefined at run time, and a getter whose body raises one. In a program with a `try`, such an
// access makes its function one that may throw (its callers test the pending error), so Node's TypeError is
// catchable up the call stack: in called functions, methods, constructors, getters and callbacks.
//
// The lowering (expressions.ts, memberReceiverNode) raises through ts::memberCaught only at the receivers the
// analysis recorded here, so a function never returns a pending error its callers do not test.
import ts from "typescript";

/** The receiver of `o.name` that the runtime checks for null/undefined with Node's message: `x!` or an element. */
export function raisingReceiver(checker: ts.TypeChecker, access: ts.PropertyAccessExpression): ts.Expression | undefined {
  if (access.questionDotToken) return undefined;
  const object = access.expression;
  let inner: ts.Expression = object;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  const nonNull = ts.isNonNullExpression(inner);
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  const element = ts.isElementAccessExpression(inner) && !inner.questionDotToken;
  if (!nonNull && !element) return undefined;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(object));
  return isObjectLike(type) ? object : undefined;
}

function isObjectLike(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.some(isObjectLike);
  return (type.flags & ts.TypeFlags.Object) !== 0 || (type.flags & ts.TypeFlags.TypeParameter) !== 0;
}

/**
 * Whether a raising access at `node` may return its error from `owner` (a function-like, or the class for a
 * constructor's body): not in a field initialiser or a `super(…)` argument, which no statement can follow.
 */
export function canPropagateFrom(node: ts.Node, owner: ts.Node): boolean {
  for (let n: ts.Node = node; n !== owner; n = n.parent) {
    if (ts.isPropertyDeclaration(n) || ts.isParameter(n) || ts.isDecorator(n)) return false;
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.SuperKeyword) return false;
    if (ts.isConstructorDeclaration(n)) return true;
  }
  return !ts.isClassLike(owner);
}

/** A read of `o.name` (not the target of an assignment, `++` or `--`): it may call a getter of that name. */
export function isPropertyRead(access: ts.PropertyAccessExpression): boolean {
  let child: ts.Node = access;
  let p = access.parent;
  while (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) {
    child = p;
    p = p.parent;
  }
  if (ts.isBinaryExpression(p) && p.left === child && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return false;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return false;
  return !(ts.isCallExpression(p) && p.expression === child);
}

/** Where a getter named `name` is read other than by a plain `o.name` (destructuring, `o.name++`, `o.name += 1`): the
 * lowering does not test those reads, so a getter that may throw is rejected there. */
export function untestedGetterReads(files: readonly ts.SourceFile[], names: ReadonlySet<string>): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent)) {
      const key = n.propertyName ?? n.name;
      if (ts.isIdentifier(key) && names.has(key.text)) out.push(n);
    }
    if (ts.isPropertyAccessExpression(n) && names.has(n.name.text) && !isPropertyRead(n) && !(ts.isBinaryExpression(n.parent) && n.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && n.parent.left === n)) {
      if (!(ts.isCallExpression(n.parent) && n.parent.expression === n)) out.push(n);
    }
    ts.forEachChild(n, visit);
  };
  for (const sf of files) visit(sf);
  return out;
}

/** The callee of `fns[9]()` or `handler!()` (a closure that may be undefined at run time), whose source text Node's
 * "… is not a function" names; undefined for other callees. */
export function nullableCallee(call: ts.CallExpression): ts.Expression | undefined {
  let callee: ts.Expression = call.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  if (ts.isElementAccessExpression(callee)) return callee;
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
    const a = e.argumentExpression;
    if (ts.isStringLiteral(a) && /^[A-Za-z_$][\w$]*$/.test(a.text)) return `${v8CalleeText(e.expression)}.${a.text}`;
    if (ts.isBinaryExpression(a) && (ts.isIdentifier(a.left) || ts.isNumericLiteral(a.left)) && (ts.isIdentifier(a.right) || ts.isNumericLiteral(a.right))) {
      return `${v8CalleeText(e.expression)}[(${a.left.getText()} ${a.operatorToken.getText()} ${a.right.getText()})]`;
    }
    return `${v8CalleeText(e.expression)}[${a.getText()}]`;
  }
  return e.getText();
}
