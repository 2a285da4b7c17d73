// Pass 2: the subset rules. Walks the user's source files and reports every construct tsduino cannot honour
// with the exact semantics Node gives it (any, var, eval, with, delete, for-in, generators, async,
// prototype manipulation, dynamic property keys on objects, casts between unrelated types...). Lowering only
// runs on programs this pass accepts; whatever slips through is still caught there by its exhaustive switch.
import ts from "typescript";
import { isStringRaw } from "./lower/stdlib.js";
import type { LowerContext } from "./lower/context.js";
import type { MessageId } from "./messages.js";
import { isUnionIn } from "./lower/unions.js";
import { isCatchVariable } from "./lower/errors.js";
import { isValueIntoType, primitiveIntoObject } from "./check-primitive-to-object.js";
import { checkTypeGuard, prepareTypeGuards } from "./check-type-guards.js";

const SYNTAX_NAMES: Partial<Record<ts.SyntaxKind, MessageId>> = {
  [ts.SyntaxKind.WithStatement]: "noWith",
  [ts.SyntaxKind.DeleteExpression]: "noDelete",
  [ts.SyntaxKind.ForInStatement]: "noForIn",
  [ts.SyntaxKind.YieldExpression]: "noYield",
  [ts.SyntaxKind.AwaitExpression]: "noAwait",
  [ts.SyntaxKind.TaggedTemplateExpression]: "noTaggedTemplate",
  [ts.SyntaxKind.ClassExpression]: "noClassExpression",
  [ts.SyntaxKind.BigIntLiteral]: "noBigInt",
  [ts.SyntaxKind.VoidExpression]: "noVoid",
  [ts.SyntaxKind.MetaProperty]: "noMetaProperty",
  [ts.SyntaxKind.DebuggerStatement]: "noDebugger",
};

export function checkSubset(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  prepareTypeGuards(ctx.checker, files);
  // Getter-only class accessors implementing an interface's assignable property (checkAccessorHalf), and the
  // property writes of the program: a write through that interface is rejected after the walk.
  const getterOnly: { cls: string; iface: string; decls: readonly ts.Declaration[] }[] = [];
  const propertyWrites: ts.PropertyAccessExpression[] = [];
  // Subclass accessors that hide the other half of an inherited pair (checkAccessorHalf), and the property reads
  // and writes of the program: a use that may reach a hidden half is rejected after the walk.
  const hiding: { cls: ts.ClassLikeDeclaration; name: string; half: string; hidden: "getter" | "setter"; base: string; isStatic: boolean }[] = [];
  const propertyUses: ts.PropertyAccessExpression[] = [];
  // Destructuring reads `const { v } = b`, `({ v: w } = b)`: the element, its property name and what gives its type.
  const patternReads: { node: ts.Node; name: string; source: ts.Node }[] = [];
  for (const file of files) visit(file);
  if (getterOnly.length) reportGetterOnlyWrites();
  if (hiding.length) reportHiddenHalfUses();

  function visit(node: ts.Node): void {
    const named = SYNTAX_NAMES[node.kind];
    if (named && !(ts.isTaggedTemplateExpression(node) && isStringRaw(node))) {
      ctx.report(node, named);
      return;
    }
    if (isValueIntoType(node)) {
      const into = primitiveIntoObject(ctx, node);
      if (into) ctx.report(node, "primitiveIntoObject", into.source, into.target);
    }
    if (ts.isObjectBindingPattern(node)) {
      for (const e of node.elements) {
        const key = e.propertyName ?? e.name;
        if (!e.dotDotDotToken && (ts.isIdentifier(key) || ts.isStringLiteral(key))) patternReads.push({ node: e, name: key.text, source: node });
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isObjectLiteralExpression(node.left)) {
      for (const p of node.left.properties) {
        if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) patternReads.push({ node: p, name: p.name.text, source: node.right });
      }
    }
    switch (node.kind) {
      case ts.SyntaxKind.AnyKeyword:
        ctx.report(node, "anyType");
        return;
      case ts.SyntaxKind.UnknownKeyword:
        // Reported once where it is written; the values declared with it are not reported again.
        if (ts.isVariableDeclaration(node.parent) && isCatchVariable(ctx, node.parent)) return;  // `catch (e: unknown)`
        ctx.report(node, "unknownType");
        return;
      case ts.SyntaxKind.HeritageClause: {
        // `class Square implements Shape` (or `interface Sized extends Shape`) where Shape is a class: TypeScript
        // uses Shape's instance type as an interface, but Square is no subclass of Shape (instanceof Shape is
        // false, Shape's constructor and field initialisers never run for it). Lowered as a C++ base it would be
        // neither; rejected. The type, not the name, is resolved: `type T = Shape; class S implements T`.
        const clause = node as ts.HeritageClause;
        if (clause.token !== ts.SyntaxKind.ImplementsKeyword && !ts.isInterfaceDeclaration(clause.parent)) break;
        for (const t of clause.types) {
          const decl = ctx.checker.getTypeAtLocation(t).getSymbol()?.declarations?.find(ts.isClassDeclaration);
          if (decl) ctx.report(t, "implementsClass", decl.name?.text ?? t.expression.getText());
        }
        break;
      }
      case ts.SyntaxKind.VariableDeclarationList: {
        const flags = (node as ts.VariableDeclarationList).flags;
        if (!(flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) {
          ctx.report(node.getFirstToken() ?? node, "noVar");
          return;
        }
        break;
      }
      case ts.SyntaxKind.FunctionDeclaration:
      case ts.SyntaxKind.FunctionExpression:
      case ts.SyntaxKind.MethodDeclaration:
      case ts.SyntaxKind.ArrowFunction: {
        const fn = node as ts.FunctionLikeDeclaration;
        if (fn.asteriskToken) {
          ctx.report(fn.asteriskToken, "noGenerator");
          return;
        }
        const asyncModifier = ts.canHaveModifiers(fn) ? ts.getModifiers(fn)?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword) : undefined;
        if (asyncModifier) {
          ctx.report(asyncModifier, "noAsync");
          return;
        }
        checkTypeGuard(ctx, fn, files);
        break;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const op = (node as ts.BinaryExpression).operatorToken;
        if (op.kind === ts.SyntaxKind.CommaToken && !isForIncrementor(node)) {
          ctx.report(op, "noCommaOperator");
          return;
        }
        if (op.kind === ts.SyntaxKind.InKeyword && !isUnionIn(ctx, node as ts.BinaryExpression)) {
          ctx.report(op, "noInOperator");
          return;
        }
        break;
      }
      case ts.SyntaxKind.CallExpression: {
        const callee = (node as ts.CallExpression).expression;
        if (ts.isIdentifier(callee) && callee.text === "eval") {
          ctx.report(callee, "unsupportedCall", "eval", "the program is compiled ahead of time; there is no interpreter on the board");
          return;
        }
        break;
      }
      case ts.SyntaxKind.PropertyAccessExpression: {
        const name = (node as ts.PropertyAccessExpression).name.text;
        if (name === "prototype" || name === "__proto__" || name === "setPrototypeOf" || name === "defineProperty") {
          ctx.report((node as ts.PropertyAccessExpression).name, "noPrototypeManipulation");
          return;
        }
        if (isWriteTarget(node as ts.PropertyAccessExpression)) propertyWrites.push(node as ts.PropertyAccessExpression);
        if (!(ts.isCallExpression(node.parent) && node.parent.expression === node)) propertyUses.push(node as ts.PropertyAccessExpression);
        const owner = inheritedStaticWrite(node as ts.PropertyAccessExpression);
        if (owner) {
          ctx.report(node, "inheritedStaticWrite", node.getText(), `${owner}.${name}`);
          return;
        }
        break;
      }
      case ts.SyntaxKind.Identifier:
        if ((node as ts.Identifier).text === "arguments" && isValueReference(node)) {
          ctx.report(node, "noArguments");
          return;
        }
        if (isGenericFunctionValue(node as ts.Identifier)) {
          ctx.report(node, "genericFunctionValue", (node as ts.Identifier).text);
          return;
        }
        break;
      case ts.SyntaxKind.ThisKeyword:
      case ts.SyntaxKind.SuperKeyword:
        // `this` in a static method, accessor, field initialiser or static block is the class the member was
        // reached through (a subclass's own copy of a static after `Sub.count = 5`); C++ has no `this` there
        // (g++ failed). `super.m()` calls the base class's static method, which stays supported.
        if (inStaticMember(node) && !(node.kind === ts.SyntaxKind.SuperKeyword && isSuperMethodCall(node))) {
          ctx.report(node, "thisInStatic", node.kind === ts.SyntaxKind.ThisKeyword ? "this" : "super");
          return;
        }
        break;
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.TypeAssertionExpression:
        checkCast(node as ts.AsExpression);
        break;
      case ts.SyntaxKind.ElementAccessExpression:
        checkElementAccess(node as ts.ElementAccessExpression);
        break;
      case ts.SyntaxKind.GetAccessor:
      case ts.SyntaxKind.SetAccessor:
        checkAccessorHalf(node as ts.AccessorDeclaration);
        break;
    }
    ts.forEachChild(node, visit);
  }

  /**
   * `get v()` in a subclass without `set v`, where the nearest base class declaring `v` has both (or a lone
   * `set v` where it has a getter): JavaScript defines the subclass's `v` with that half undefined (reading
   * gives undefined, assigning throws "Cannot set property v of #<Sub> which has only a getter"); C++'s
   * virtual get_v/set_v would keep the base's other half (an abstract one stayed pure virtual: g++ failed).
   * Rejected at the accessor.
   */
  function checkAccessorHalf(a: ts.AccessorDeclaration): void {
    const cls = a.parent;
    if (!ts.isClassLike(cls) || !ts.isIdentifier(a.name)) return;
    const name = a.name.text;
    const isStatic = (m: ts.ClassElement): boolean => !!ts.getModifiers(m as ts.HasModifiers)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword);
    const sameMember = (m: ts.ClassElement): boolean => !!m.name && ts.isIdentifier(m.name) && m.name.text === name && isStatic(m) === isStatic(a);
    const otherKind = ts.isGetAccessor(a) ? ts.SyntaxKind.SetAccessor : ts.SyntaxKind.GetAccessor;
    if (cls.members.some((m) => sameMember(m) && m.kind === otherKind)) return;
    const [half, otherHalf] = ts.isGetAccessor(a) ? ["getter", "setter"] : ["setter", "getter"];
    const effect = ts.isGetAccessor(a) ? "assigning it throws a TypeError" : "reading it gives undefined";
    const chain: ts.ClassLikeDeclaration[] = [cls];
    for (let c: ts.ClassLikeDeclaration | undefined = baseClassOf(cls); c && chain.length < 64 && !chain.includes(c); c = baseClassOf(c)) chain.push(c);
    for (const c of chain.slice(1)) {
      const own = c.members.filter(sameMember);
      if (!own.length) continue;
      // An abstract half too: the subclass still has none at run time (and C++ kept it pure: g++ failed).
      const other = own.find((m) => m.kind === otherKind);
      if (other) {
        const isAbstract = (n: ts.Node): boolean => !!ts.getModifiers(n as ts.HasModifiers)?.some((k) => k.kind === ts.SyntaxKind.AbstractKeyword);
        // Over an abstract half, a class that is not abstract itself has none (C++ kept it pure: g++ failed):
        // rejected here. Otherwise where a read or write may reach the hidden half (reportHiddenHalfUses).
        if (isAbstract(other) && !isAbstract(cls)) ctx.report(a.name, "accessorHalfOverride", cls.name?.text ?? "the class", half, name, c.name?.text ?? "the base class", otherHalf, effect, isStatic(a) ? `${c.name?.text ?? "the base class"}.${name}` : `super.${name}`);
        else hiding.push({ cls, name, half, hidden: otherHalf as "getter" | "setter", base: c.name?.text ?? "the base class", isStatic: isStatic(a) });
        return;
      }
      break;
    }
    if (isStatic(a)) return;
    // `class RO implements Holder { get v() }` with Holder's `v` assignable (or a lone `set v` for any `v`):
    // through a Holder, `h.v = 5` throws in JavaScript (reading a setter-only `v` gives undefined); C++ kept
    // the interface's other half pure virtual (g++ failed) or wrote nothing (wrong output).
    for (const c of chain) {
      for (const t of c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ImplementsKeyword)?.types ?? []) {
        const prop = ctx.checker.getPropertyOfType(ctx.checker.getTypeAtLocation(t), name);
        const decls = prop?.declarations ?? [];
        if (!decls.length) continue;
        if (ts.isSetAccessor(a)) {
          ctx.report(a.name, "accessorHalfInterface", cls.name?.text ?? "the class", name, t.expression.getText());
          return;
        }
        // Only a write through the interface tells (TypeScript lets a getter implement an assignable property):
        // reported there (reportGetterOnlyWrites).
        const writable = decls.some((d) => ts.isSetAccessor(d) || ((ts.isPropertySignature(d) || ts.isPropertyDeclaration(d)) && !ts.getModifiers(d)?.some((k) => k.kind === ts.SyntaxKind.ReadonlyKeyword)));
        if (writable) getterOnly.push({ cls: cls.name?.text ?? "a class", iface: t.expression.getText(), decls });
      }
    }
  }

  /**
   * A read (for a hidden getter) or a write (a hidden setter) of `x.v` where x may be an instance of a class that
   * hides that half of `v` (or, for a static, `X.v` with X that class or one that inherits its `v`): JavaScript
   * gives undefined or throws there, C++ ran the base class's half. `super.v` reaches the base's half: fine.
   */
  function reportHiddenHalfUses(): void {
    for (const u of propertyUses) {
      if (u.expression.kind === ts.SyntaxKind.SuperKeyword) continue;
      const name = u.name.text;
      const candidates = hiding.filter((h) => h.name === name);
      if (!candidates.length) continue;
      const write = isWriteTarget(u);
      const read = !write || isReadAndWrite(u);
      for (const h of candidates) {
        if (!((h.hidden === "setter" && write) || (h.hidden === "getter" && read))) continue;
        if (!mayReachHiding(u.expression, h)) continue;
        const clsName = h.cls.name?.text ?? "the class";
        ctx.report(u, "accessorHalfOverride", clsName, h.half, name, h.base, h.hidden, h.hidden === "setter" ? "assigning it throws a TypeError" : "reading it gives undefined", h.isStatic ? `${h.base}.${name}` : `super.${name}`);
        break;
      }
    }
    for (const r of patternReads) {
      const h = hiding.find((h) => h.name === r.name && h.hidden === "getter" && !h.isStatic && mayReachHiding(r.source as ts.Expression, h));
      if (h) ctx.report(r.node, "accessorHalfOverride", h.cls.name?.text ?? "the class", h.half, r.name, h.base, h.hidden, "reading it gives undefined", `super.${r.name}`);
    }
  }

  /** Whether the receiver's value may be an instance of h.cls (or a class whose `v` is h.cls's), or that class itself for a static. */
  function mayReachHiding(receiver: ts.Expression, h: (typeof hiding)[number]): boolean {
    const checker = ctx.checker;
    if (h.isStatic) {
      const symbol = checker.getSymbolAtLocation(receiver);
      const decl = (symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)?.declarations?.find(ts.isClassLike);
      return !!decl && inheritsHidden(decl, h);
    }
    const type = checker.getNonNullableType(checker.getTypeAtLocation(receiver));
    const clsSymbol = h.cls.name ? checker.getSymbolAtLocation(h.cls.name) : undefined;
    const clsType = clsSymbol ? checker.getDeclaredTypeOfSymbol(clsSymbol) : undefined;
    for (const part of type.isUnion() ? type.types : [type]) {
      const apparent = checker.getApparentType(part);
      if (!clsType || checker.isTypeAssignableTo(clsType, apparent)) return true;
      const decl = apparent.getSymbol()?.declarations?.find(ts.isClassLike);
      if (decl && inheritsHidden(decl, h)) return true;
    }
    return false;
  }

  /** Whether `c` is h.cls or a subclass whose `v` (the hidden half) comes from h.cls: no class between redeclares it. */
  function inheritsHidden(c: ts.ClassLikeDeclaration, h: (typeof hiding)[number]): boolean {
    const kind = h.hidden === "getter" ? ts.SyntaxKind.GetAccessor : ts.SyntaxKind.SetAccessor;
    for (let k: ts.ClassLikeDeclaration | undefined = c, n = 0; k && n < 64; k = baseClassOf(k), n++) {
      if (k === h.cls) return true;
      if (k.members.some((m) => m.kind === kind && !!m.name && ts.isIdentifier(m.name) && m.name.text === h.name && !!ts.getModifiers(m as ts.HasModifiers)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) === h.isStatic)) return false;
    }
    return false;
  }

  /** `x.v += 1`, `x.v++`, `x.v ??= 1`: the target is read, then written. */
  function isReadAndWrite(node: ts.Expression): boolean {
    let n: ts.Node = node;
    while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent)) n = n.parent;
    const p = n.parent;
    if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) return true;
    return ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind !== ts.SyntaxKind.EqualsToken;
  }

  /** `h.v = 5` (`+=`, `++`, a destructuring target) through an interface whose `v` a class implements with a lone getter. */
  function reportGetterOnlyWrites(): void {
    for (const w of propertyWrites) {
      const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(w.expression));
      for (const part of type.isUnion() ? type.types : [type]) {
        const decls = ctx.checker.getPropertyOfType(ctx.checker.getApparentType(part), w.name.text)?.declarations ?? [];
        const hit = getterOnly.find((g) => g.decls.some((d) => decls.includes(d)));
        if (hit) {
          ctx.report(w, "accessorGetterOnlyWrite", w.getText(), hit.iface, hit.cls, w.name.text);
          break;
        }
      }
    }
  }

  function baseClassOf(cls: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration | undefined {
    const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!base) return undefined;
    let symbol = ctx.checker.getSymbolAtLocation(base.expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.find(ts.isClassLike);
  }

  /** Whether `this`/`super` at `node` belongs to a static member (arrow functions take the enclosing `this`). */
  function inStaticMember(node: ts.Node): boolean {
    for (let n = node.parent; n; n = n.parent) {
      if (ts.isArrowFunction(n)) continue;
      if (ts.isClassStaticBlockDeclaration(n)) return true;
      if (ts.isFunctionLike(n) || ts.isPropertyDeclaration(n)) {
        if (!ts.isClassElement(n)) return false;
        return !!ts.getModifiers(n as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      }
      if (ts.isClassLike(n) || ts.isSourceFile(n)) return false;
    }
    return false;
  }

  function isSuperMethodCall(node: ts.Node): boolean {
    const access = node.parent;
    return ts.isPropertyAccessExpression(access) && access.expression === node && ts.isCallExpression(access.parent) && access.parent.expression === access
      && !!((ctx.checker.getSymbolAtLocation(access.name)?.flags ?? 0) & ts.SymbolFlags.Method);
  }

  /**
   * `Sub.count = 5` (or `++`, `+=`, a destructuring target) where `count` is a static field declared by a base
   * class: JavaScript gives Sub its own copy there, and from then on `Sub.count` and `Base.count` differ; C++
   * has one variable (Base::count), so both changed. Returns the declaring class's name.
   */
  function inheritedStaticWrite(node: ts.PropertyAccessExpression): string | undefined {
    if (!ts.isIdentifier(node.expression) || !isWriteTarget(node)) return undefined;
    const cls = ctx.checker.getSymbolAtLocation(node.expression);
    const classSymbol = cls && cls.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(cls) : cls;
    if (!classSymbol || !(classSymbol.flags & ts.SymbolFlags.Class)) return undefined;
    const prop = ctx.checker.getSymbolAtLocation(node.name);
    const decl = prop?.valueDeclaration;
    if (!prop || !(prop.flags & ts.SymbolFlags.Property) || !decl || !ts.isPropertyDeclaration(decl)) return undefined;
    const owner = decl.parent;
    if (!ts.isClassDeclaration(owner) || classSymbol.declarations?.includes(owner)) return undefined;
    return owner.name?.text ?? "the base class";
  }

  function isWriteTarget(node: ts.Expression): boolean {
    let n: ts.Node = node;
    for (;;) {
      const p: ts.Node = n.parent;
      if (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) n = p;
      else if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return true;
      else if (ts.isBinaryExpression(p)) return p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
      else if (ts.isArrayLiteralExpression(p) || ts.isSpreadElement(p) || ts.isShorthandPropertyAssignment(p) || ts.isObjectLiteralExpression(p)) n = p;
      else if (ts.isPropertyAssignment(p)) {
        if (p.initializer !== n) return false;
        n = p;
      } else if (ts.isForOfStatement(p) || ts.isForInStatement(p)) return p.initializer === n;
      else return false;
    }
  }

  function isForIncrementor(node: ts.Node): boolean {
    let n = node;
    while (ts.isBinaryExpression(n.parent) && n.parent.operatorToken.kind === ts.SyntaxKind.CommaToken) n = n.parent;
    return ts.isForStatement(n.parent) && n.parent.incrementor === n;
  }

  /** `xs.filter(isDefined)` with `function isDefined<T>(…)`: a C++ template is not a value (g++ fails). */
  function isGenericFunctionValue(node: ts.Identifier): boolean {
    const parent = node.parent;
    if (!ts.isExpression(parent) && !ts.isSpreadElement(parent) && !ts.isShorthandPropertyAssignment(parent) && !ts.isVariableDeclaration(parent) && !ts.isReturnStatement(parent) && !ts.isExpressionStatement(parent)) return false;
    if (ts.isVariableDeclaration(parent) && parent.name === node) return false;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node) return false;
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
    if (ts.isTypeOfExpression(parent) || ts.isExpressionWithTypeArguments(parent)) return false;
    const symbol = ctx.checker.getSymbolAtLocation(node);
    const decl = symbol?.valueDeclaration;
    return !!decl && (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl)) && !!decl.typeParameters?.length && files.includes(decl.getSourceFile());
  }

  function isValueReference(node: ts.Node): boolean {
    const parent = node.parent;
    return !(ts.isPropertyAccessExpression(parent) && parent.name === node) && !ts.isPropertyAssignment(parent) && !ts.isParameter(parent);
  }

  function checkCast(node: ts.AsExpression | ts.TypeAssertion): void {
    if (ts.isConstTypeReference(node.type)) return;
    const checker = ctx.checker;
    const target = checker.getTypeFromTypeNode(node.type);
    const source = checker.getTypeAtLocation(node.expression);
    const show = (t: ts.Type) => checker.typeToString(t);
    if (isCatchVariable(ctx, node.expression)) {
      if (!(ts.isTypeReferenceNode(node.type) && ts.isIdentifier(node.type.typeName) && node.type.typeName.text === "Error")) ctx.report(node, "catchCast");
      return;
    }
    if (target.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any) || !checker.isTypeAssignableTo(source, target)) {
      ctx.report(node, "unsupportedCast", show(source), show(target));
    }
  }

  function checkElementAccess(node: ts.ElementAccessExpression): void {
    const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.expression));
    const arg = node.argumentExpression;
    if (ctx.checker.isArrayType(type) || ctx.checker.isTupleType(type)) return;
    const symbol = type.getSymbol();
    if (symbol && (symbol.name === "Uint8Array" || symbol.name === "RegExpExecArray" || symbol.name === "RegExpMatchArray")) return;
    if (type.flags & ts.TypeFlags.StringLike) return;
    if (symbol && symbol.flags & ts.SymbolFlags.RegularEnum) return;  // State[value]: reverse mapping (stdlib.ts)
    // `o["name"]` on a class or object: getters, setters, compound assignment and the TypeErrors of `o.name`
    // are only lowered for the dotted form.
    if ((ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(arg.text)) {
      ctx.report(node, "literalKeyAccess", node.getText(), `'${ctx.checker.typeToString(type)}'`, `${node.expression.getText()}.${arg.text}`);
      return;
    }
    if (ts.isStringLiteral(arg) || ts.isNumericLiteral(arg)) return;
    ctx.report(arg, "computedAccess", `'${ctx.checker.typeToString(type)}'`);
  }
}
