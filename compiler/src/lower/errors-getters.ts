// Getters that may throw, read other than by `o.name` (errors.ts, errors-members.ts). A destructuring
// declaration, `const { value } = cal` (nested, or a for-of variable too), reads each property into a temporary:
// a getter that may throw is tested after its read (destructuring.ts asks errors.ts checkedBinding), so its
// TypeError is catchable as after `cal.value`. Which reads may call a getter is decided by the property's
// declaration, never by its name alone: a class's plain field `value` is not a getter, so reading it by
// `{ ...o }` or `JSON.stringify(o)` elsewhere does not leave an unrelated getter `value` untested
// (m-591-…-43000311 failed in a fuzz batch whose other programs did that).
import ts from "typescript";

/** A property that a getter may provide: an accessor, or an interface's property (a class may implement it with one). */
export function mayBeAccessor(symbol: ts.Symbol | undefined): boolean {
  return !symbol || (symbol.flags & ts.SymbolFlags.Accessor) !== 0
    || !!symbol.declarations?.some((d) => ts.isPropertySignature(d) && (ts.isInterfaceDeclaration(d.parent) || ts.isTypeAliasDeclaration(d.parent.parent)));
}

/** Some property of the type (or of a union's member) that `named` accepts may be a getter. */
export function hasAccessorNamed(checker: ts.TypeChecker, type: ts.Type, named: (name: string) => boolean): boolean {
  const parts = type.isUnion() ? [type, ...type.types] : [type];
  return parts.some((t) => checker.getApparentType(t).getProperties().some((p) => named(p.name) && mayBeAccessor(p)));
}

/** A property of an object pattern in a variable declaration (not a parameter, not `...rest`): tested after its read. */
export function isTestedGetterBinding(e: ts.BindingElement): boolean {
  if (e.dotDotDotToken || !ts.isObjectBindingPattern(e.parent)) return false;
  let n: ts.Node = e;
  while (ts.isBindingElement(n) || ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n)) n = n.parent;
  return ts.isVariableDeclaration(n) && ts.isVariableDeclarationList(n.parent);
}

/** The tested bindings that may call getters (of `getters`, by name): each with the getters it may call. */
export function getterBindings(checker: ts.TypeChecker, bindings: readonly ts.BindingElement[], getters: ReadonlyMap<string, ts.Node[]>): [ts.BindingElement, ts.Node[]][] {
  const out: [ts.BindingElement, ts.Node[]][] = [];
  for (const b of bindings) {
    const key = b.propertyName ?? b.name;
    const nodes = ts.isIdentifier(key) ? getters.get(key.text) : undefined;
    if (!nodes || !hasAccessorNamed(checker, checker.getTypeAtLocation(b.parent), (name) => name === (key as ts.Identifier).text)) continue;
    out.push([b, nodes]);
  }
  return out;
}
