// Member reads through a class or interface handle or a string (`r.kind`, `s.trim()` with `r` undefined at run time although its type
// says otherwise: a `queue.shift()!` passed on, a destructured element past the end) raise Node's TypeError naming
// the member (`ts::member`). In a program with a `try`, that TypeError is catchable where Node's is: inside a try
// block (expressions.ts, memberReceiverNode) and in the functions a try block calls, directly or through other
// functions, methods, getters, constructors, closures and callbacks of array methods (found here). Such a read makes
// its function one that may throw, so its callers test the pending error; functions no try reaches keep the
// uncaught `ts::member` and their callers stay untested, so code that no try can reach costs what it did.
import ts from "typescript";
import { isStringLike } from "./errors-members.js";

/** Where a call, read or binding sits: the function-like (or class, for field initialisers) and whether a try
 * block with a catch of that same function encloses it. */
export interface Site {
  owner: ts.Node | undefined;
  guarded: boolean;
}

/**
 * The function-likes (and classes, for their construction) that run while a try block of the program is active:
 * the targets of calls inside try blocks, then of calls inside those, to a fixed point. `targetsOf` gives a call's
 * declared targets and whether it goes through a function value (then every function used as a value is reached).
 */
export function reachedFromTry(calls: readonly ts.Node[], sites: ReadonlyMap<ts.Node, Site>, targetsOf: (call: ts.Node) => { nodes: readonly ts.Node[]; indirect: boolean }, values: ReadonlySet<ts.Node>): Set<ts.Node> {
  const reached = new Set<ts.Node>();
  const byOwner = new Map<ts.Node, ts.Node[]>();
  const work: ts.Node[] = [];
  const enter = (n: ts.Node): void => {
    if (reached.has(n)) return;
    reached.add(n);
    work.push(n);
  };
  const enterTargets = (call: ts.Node): void => {
    const t = targetsOf(call);
    for (const n of t.nodes) enter(n);
    if (t.indirect) for (const v of values) enter(v);
  };
  for (const call of calls) {
    const site = sites.get(call);
    if (!site) continue;
    if (site.guarded) enterTargets(call);
    else if (site.owner) byOwner.set(site.owner, [...(byOwner.get(site.owner) ?? []), call]);
  }
  while (work.length) for (const call of byOwner.get(work.pop()!) ?? []) enterTargets(call);
  return reached;
}

/**
 * The receiver of `o.name` (read or written) that the lowering names with `ts::member`: a handle of a class,
 * interface or object type of the program (not `this`, `new`, a literal, an array, a library or built-in object).
 */
export function namedMemberReceiver(checker: ts.TypeChecker, access: ts.PropertyAccessExpression): ts.Expression | undefined {
  if (access.questionDotToken) return undefined;
  let inner: ts.Expression = access.expression;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  if (inner.kind === ts.SyntaxKind.ThisKeyword || inner.kind === ts.SyntaxKind.SuperKeyword || ts.isNewExpression(inner) || ts.isObjectLiteralExpression(inner) || ts.isArrayLiteralExpression(inner)) return undefined;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(access.expression));
  // A string parameter or variable (`s.trim()` where a caller passed `parts[9]`): expressions.ts, stringReceiverNode.
  if (isStringLike(type)) return isIdentifierOrMember(inner) ? access.expression : undefined;
  // A match result (`m.groups!.q` with m a parameter given `s.match(re)!`): regexp.ts, matchReceiver.
  if (isMatchType(type)) return isIdentifierOrMember(inner) ? access.expression : undefined;
  if ((type.flags & ts.TypeFlags.Object) === 0 || checker.isArrayType(type) || checker.isTupleType(type)) return undefined;
  const decls = type.getSymbol()?.declarations ?? [];
  if (!decls.length || decls.some((d) => d.getSourceFile().isDeclarationFile)) return undefined;
  return access.expression;
}

/** `m[1]` on a named match result (a parameter given `s.match(re)!`): Node's "Cannot read properties of null (reading '1')". */
export function namedMatchElementReceiver(checker: ts.TypeChecker, access: ts.ElementAccessExpression): ts.Expression | undefined {
  if (access.questionDotToken || !ts.isNumericLiteral(access.argumentExpression)) return undefined;
  let inner: ts.Expression = access.expression;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isNonNullExpression(inner)) inner = inner.expression;
  if (!isIdentifierOrMember(inner)) return undefined;
  return isMatchType(checker.getNonNullableType(checker.getTypeAtLocation(access.expression))) ? access.expression : undefined;
}

function isMatchType(type: ts.Type): boolean {
  const name = type.getSymbol()?.name;
  return name === "RegExpMatchArray" || name === "RegExpExecArray";
}

/** A variable, parameter, property or element: what may hold an undefined string (not a literal, template or `+`). */
function isIdentifierOrMember(e: ts.Expression): boolean {
  return ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e);
}

/**
 * `o.name = v` (or a target of an assignment pattern): Node evaluates the value first and then raises "Cannot set
 * properties of undefined (setting 'name')"; such a store keeps the uncaught ts::member (not checked before the value).
 */
export function isStoreTarget(access: ts.Node): boolean {
  let child: ts.Node = access;
  let p = access.parent;
  while (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) {
    child = p;
    p = p.parent;
  }
  if (ts.isBinaryExpression(p) && p.left === child && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return true;
  // A target inside a pattern: `({ a: o.x } = v)`, `[o.x] = xs`, `({ a: o.x = 1 } = v)`.
  for (let n: ts.Node = p; n && !ts.isStatement(n); n = n.parent) {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isObjectLiteralExpression(n.left) || ts.isArrayLiteralExpression(n.left))) return n.left.pos <= access.pos && access.end <= n.left.end;
  }
  return false;
}
