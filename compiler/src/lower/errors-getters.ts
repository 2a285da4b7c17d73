// Getters that may throw, read other than by `o.name` (errors.ts, errors-members.ts). A destructuring
// declaration, `const { value } = cal` (nested, or a for-of variable too), reads each property into a temporary:
// a getter that may throw is tested after its read (destructuring.ts asks errors.ts checkedBinding), so its
// TypeError is catchable as after `cal.value`. A pattern parameter (`function show({ level }: Gauge)`) is tested the
// same way in the function's prologue. Which reads may call a getter is decided by the property's
// declaration, never by its name alone: a class's plain field `value` is not a getter, so reading it by
// `{ ...o }` or `JSON.stringify(o)` elsewhere does not leave an unrelated getter `value` untested
// (m-591-…-43000311 failed in a fuzz batch whose other programs did that).
import ts from "typescript";

/** A property that a getter may provide: an accessor, or an interface's property (a class may implement it with one). */
export function mayBeAccessor(symbol: ts.Symbol | undefined): boolean {
  return !symbol || (symbol.flags & ts.SymbolFlags.Accessor) !== 0
    || !!symbol.declarations?.some((d) => ts.isPropertySignature(d) && (ts.isInterfaceDeclaration(d.parent) || ts.isTypeAliasDeclaration(d.parent.parent)));
}

/** Getter declarations by name. */
export type GettersByName = ReadonlyMap<string, readonly ts.GetAccessorDeclaration[]>;

/** The program's getters (of classes), by name. */
export function collectGetters(files: readonly ts.SourceFile[], keep: (g: ts.GetAccessorDeclaration) => boolean = () => true): Map<string, ts.GetAccessorDeclaration[]> {
  const out = new Map<string, ts.GetAccessorDeclaration[]>();
  const visit = (n: ts.Node): void => {
    if (ts.isGetAccessor(n) && ts.isIdentifier(n.name) && keep(n)) out.set(n.name.text, [...(out.get(n.name.text) ?? []), n]);
    ts.forEachChild(n, visit);
  };
  for (const sf of files) visit(sf);
  return out;
}

/**
 * The getters (of `getters`) that reading the property `name` of a value of `type` may call: the accessor's own
 * and its overrides in subclasses; for an interface's property, those of the classes assignable to it.
 */
export function gettersReadOf(checker: ts.TypeChecker, type: ts.Type, name: string, getters: GettersByName): ts.GetAccessorDeclaration[] {
  return accessorsOf(checker, type, name, getters);
}

/** Setter declarations by name. */
export type SettersByName = ReadonlyMap<string, readonly ts.SetAccessorDeclaration[]>;

/** The program's setters (of classes and object literals), by name. */
export function collectSetters(files: readonly ts.SourceFile[]): Map<string, ts.SetAccessorDeclaration[]> {
  const out = new Map<string, ts.SetAccessorDeclaration[]>();
  const visit = (n: ts.Node): void => {
    if (ts.isSetAccessor(n) && ts.isIdentifier(n.name)) out.set(n.name.text, [...(out.get(n.name.text) ?? []), n]);
    ts.forEachChild(n, visit);
  };
  for (const sf of files) visit(sf);
  return out;
}

/**
 * The setters (of `setters`) that writing the property `name` of a value of `type` may call, as gettersReadOf:
 * decided by the property's declaration, never by its name alone (two classes with a `value` pair each: a write
 * of one class's `value` that is not tested leaves the other's setter tested, m-735).
 */
export function settersWrittenOf(checker: ts.TypeChecker, type: ts.Type, name: string, setters: SettersByName): ts.SetAccessorDeclaration[] {
  return accessorsOf(checker, type, name, setters);
}

/** The accessors (of `accessors`, getters or setters named `name`) a read or write of `name` on `type` may call. */
function accessorsOf<T extends ts.AccessorDeclaration>(checker: ts.TypeChecker, type: ts.Type, name: string, accessors: ReadonlyMap<string, readonly T[]>): T[] {
  const candidates = accessors.get(name);
  if (!candidates) return [];
  const out = new Set<T>();
  for (const part of type.isUnion() ? type.types : [type]) {
    const prop = checker.getPropertyOfType(checker.getApparentType(part), name);
    if (!prop || !mayBeAccessor(prop)) continue;
    const owner = prop.flags & ts.SymbolFlags.Accessor ? prop.declarations?.[0]?.parent : undefined;
    for (const g of candidates) {
      const cls = g.parent;
      // An object literal's getter, or a generic class's (assignability of its declared type would be a guess).
      if (!ts.isClassLike(cls) || cls.typeParameters?.length) out.add(g);
      else if (owner && ts.isClassLike(owner)) {
        if (classChain(checker, cls).includes(owner)) out.add(g);
      } else {
        const symbol = cls.name ? checker.getSymbolAtLocation(cls.name) : undefined;
        if (!symbol || checker.isTypeAssignableTo(checker.getDeclaredTypeOfSymbol(symbol), part)) out.add(g);
      }
    }
  }
  return [...out];
}

/** The getters (of `getters`) that reading every property of a value of `type` (`{ ...o }`, JSON.stringify) may call. */
export function gettersOfAllProperties(checker: ts.TypeChecker, type: ts.Type, getters: GettersByName): ts.GetAccessorDeclaration[] {
  const names = new Set<string>();
  for (const part of type.isUnion() ? [type, ...type.types] : [type]) for (const p of checker.getApparentType(part).getProperties()) names.add(p.name);
  return [...names].flatMap((n) => gettersReadOf(checker, type, n, getters));
}

/** A class and the classes it extends. */
function classChain(checker: ts.TypeChecker, cls: ts.ClassLikeDeclaration): ts.Node[] {
  const out: ts.Node[] = [];
  for (let c: ts.ClassLikeDeclaration | undefined = cls; c && !out.includes(c); ) {
    out.push(c);
    const base: ts.ExpressionWithTypeArguments | undefined = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    c = base ? checker.getSymbolAtLocation(base.expression)?.declarations?.find(ts.isClassLike) : undefined;
  }
  return out;
}

/**
 * A property of an object pattern in a variable declaration or a parameter (`function f({ level }: Gauge)`, not
 * `...rest`): tested after its read (a parameter's in the function's prologue: destructuring.ts).
 */
export function isTestedGetterBinding(e: ts.BindingElement): boolean {
  if (e.dotDotDotToken || !ts.isObjectBindingPattern(e.parent)) return false;
  let n: ts.Node = e;
  while (ts.isBindingElement(n) || ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n)) n = n.parent;
  if (ts.isParameter(n)) return !n.dotDotDotToken && ts.isFunctionLike(n.parent) && !!(n.parent as ts.FunctionLikeDeclaration).body;
  return ts.isVariableDeclaration(n) && ts.isVariableDeclarationList(n.parent);
}

/** The tested bindings that may call getters (of `getters`): each with the getters it may call. */
export function getterBindings(checker: ts.TypeChecker, bindings: readonly ts.BindingElement[], getters: GettersByName): [ts.BindingElement, ts.Node[]][] {
  const out: [ts.BindingElement, ts.Node[]][] = [];
  for (const b of bindings) {
    const key = b.propertyName ?? b.name;
    const nodes = ts.isIdentifier(key) ? gettersReadOf(checker, checker.getTypeAtLocation(b.parent), key.text, getters) : [];
    if (nodes.length) out.push([b, nodes]);
  }
  return out;
}

/** The source of the assignment pattern a property of `({ a, b: x } = source)` belongs to (not a nested pattern's). */
export function assignmentPatternSource(p: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): ts.Expression | undefined {
  const obj = p.parent;
  if (!ts.isObjectLiteralExpression(obj)) return undefined;
  let child: ts.Node = obj;
  let parent = obj.parent;
  while (ts.isParenthesizedExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  return ts.isBinaryExpression(parent) && parent.left === child && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken ? parent.right : undefined;
}
