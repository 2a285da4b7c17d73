// Variables the runtime may find undefined although their type says otherwise (errors-members.ts): a `let` or
// `const` (module-level, local, or captured by a closure) that is initialised or assigned an element read
// (`current = sensors[i]`), a `!`-asserted value, or another such variable. A member read, a call or a row read
// through one raises Node's TypeError (`Cannot read properties of undefined (reading 'name')`, `cb is not a
// function`), catchable as through the element itself.
import ts from "typescript";
import { isUnsoundOperand } from "./errors-members.js";

const unsoundOf = new WeakMap<ts.SourceFile, Set<ts.Declaration>>();

/** The variable declaration an identifier names, when its declared type admits neither undefined nor null. */
function soundlyTypedVariable(checker: ts.TypeChecker, id: ts.Identifier): ts.VariableDeclaration | undefined {
  const decl = checker.getSymbolAtLocation(id)?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || ts.isCatchClause(decl.parent)) return undefined;
  if (ts.isForOfStatement(decl.parent.parent) || ts.isForInStatement(decl.parent.parent)) return undefined;
  // A nullable variable's members are read after narrowing (TypeScript requires it): nothing to add there.
  const type = checker.getTypeAtLocation(decl.name);
  const parts = type.isUnion() ? type.types : [type];
  if (parts.some((t) => (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0)) return undefined;
  return decl;
}

function unsoundVariables(checker: ts.TypeChecker, sf: ts.SourceFile): Set<ts.Declaration> {
  let found = unsoundOf.get(sf);
  if (found) return found;
  const set = new Set<ts.Declaration>();
  unsoundOf.set(sf, set);
  // Each store: the variable and the value it is given.
  const stores: [ts.VariableDeclaration, ts.Expression][] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      const decl = soundlyTypedVariable(checker, n.name);
      if (decl) stores.push([decl, n.initializer]);
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left)) {
      const decl = soundlyTypedVariable(checker, n.left);
      if (decl) stores.push([decl, n.right]);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [decl, value] of stores) {
      if (set.has(decl)) continue;
      let inner = value;
      while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
      const fromVariable = ts.isIdentifier(inner) && set.has(checker.getSymbolAtLocation(inner)?.valueDeclaration as ts.Declaration);
      if (isUnsoundOperand(value) || fromVariable) {
        set.add(decl);
        changed = true;
      }
    }
  }
  found = set;
  return found;
}

/** `e` names (in parentheses or `as`) a variable that some store gives a value the runtime may find undefined. */
export function isUnsoundVariable(checker: ts.TypeChecker, e: ts.Expression): boolean {
  let inner = e;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
  if (!ts.isIdentifier(inner)) return false;
  const decl = checker.getSymbolAtLocation(inner)?.valueDeclaration;
  return !!decl && ts.isVariableDeclaration(decl) && unsoundVariables(checker, decl.getSourceFile()).has(decl);
}
