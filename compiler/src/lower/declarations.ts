// Top-level declarations: functions (prototype + definition), classes (C++ classes deriving ts::Object, methods
// defined out of line so classes may refer to each other; virtual only where overridden), interfaces and
// object type aliases (data records, or abstract classes with virtual accessors when classes implement them),
// and enums (numeric members as constants; string members are inlined as literals at their uses).
import { argumentCpp } from "./default-args.js";
import { errorConstructorSignature, isErrorField, superCallCheck } from "./errors.js";
import ts from "typescript";
import { hasInternalLinkage } from "./linkage.js";
import type { LowerContext } from "./context.js";
import { cppType, cppIdentifier, objectFieldName, qualifiedName, symbolCpp } from "./types.js";
import { exprAsNode } from "./expressions.js";
import { numberLiteral } from "./literals.js";
import { BOOL, DOUBLE, refClassName, STRING, typeFromSpelling, VOID } from "../ir/types.js";
import { assign, braces, call as callExpr, construct, exprStmt, line, lit, member, name as nameExpr, returnStmt, seq, spanOf, unary, type Expr, type Stmt } from "../ir/nodes.js";
import { classDecl, classInfoMembers, functionDecl, templateParams, varDecl, type Decl, type FunctionDecl, type NamespaceDecl } from "../ir/decls.js";
import { templatePrefix as printTemplatePrefix } from "../ir/print-decls.js";
import { printExpr } from "../ir/print.js";
import { lowerParams, returnCppOf } from "./functions.js";
import { bodyStmts, statementStmts, defaultValue } from "./statements.js";
import { traceMembers } from "./cycles.js";
import { provenWrites } from "./proven-writes.js";
import { implementedOf, extendsBuiltin, classBases, castToMember, hasVirtualObject, isDiamondInterface, propertyAccessors } from "./class-bases.js";
import { intMethodBody, intMethodGeneralName } from "./int-methods.js";
import { numStateMembers } from "./int-method-state.js";

export function templatePrefix(params: readonly ts.TypeParameterDeclaration[] | undefined): string {
  return printTemplatePrefix(templateParams(params));
}

/** A function's prototype (`withDefaults`: its optional parameters default to ts::undefined). */
export function functionPrototype(ctx: LowerContext, fn: ts.FunctionDeclaration, withDefaults: boolean): FunctionDecl {
  const name = cppIdentifier(fn.name!.text);
  const params = lowerParams(ctx, fn.parameters, withDefaults);
  return functionDecl({ specifiers: hasInternalLinkage(ctx, fn) ? ["static"] : undefined, template: templateParams(fn.typeParameters), ret: typeFromSpelling(returnCppOf(ctx, fn)), name, params: params.params });
}

export function functionDefinition(ctx: LowerContext, fn: ts.FunctionDeclaration, prologue: string[] = []): FunctionDecl | undefined {
  if (!fn.body) return undefined;
  const returnType = returnCppOf(ctx, fn);
  const params = lowerParams(ctx, fn.parameters, false);
  const head = functionPrototype(ctx, fn, false);
  const body: Stmt[] = [...prologue.map((l) => line(l)), ...params.prologue];
  ctx.withScope({ returnType, thisName: "this", inLambda: false }, () => body.push(...bodyStmts(ctx, fn.body!)));
  return { ...head, body: provenWrites(ctx, params.params, body), span: spanOf(fn) };
}

// ---- classes -------------------------------------------------------------------------------------------

function modifiers(node: ts.Node): Set<ts.SyntaxKind> {
  return new Set(ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []).map((m) => m.kind) : []);
}

export function baseClassOf(ctx: LowerContext, cls: ts.ClassDeclaration): ts.ExpressionWithTypeArguments | undefined {
  return cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
}

function classCppName(ctx: LowerContext, cls: ts.ClassDeclaration | ts.InterfaceDeclaration | ts.TypeAliasDeclaration): string {
  return cppIdentifier(cls.name!.text);
}

/** The C++ base-specifier text: the extended class, an implemented interface, or ts::Object. */
function baseSpecifier(ctx: LowerContext, cls: ts.ClassDeclaration): string {
  const base = baseClassOf(ctx, cls);
  const impls = implementedOf(cls);
  if (base) {
    // Extending a runtime class (Error) and implementing an interface: its ts::Object cannot be made virtual.
    if (impls.length && extendsBuiltin(ctx, cls)) ctx.report(impls[0], "noExtendsAndImplements");
    return refClassNameOf(cppType(ctx, ctx.checker.getTypeAtLocation(base), base));
  }
  if (impls.length) return refClassNameOf(cppType(ctx, ctx.checker.getTypeAtLocation(impls[0]), impls[0]));
  return "ts::Object";
}

/** The class a ts::Ref<C> names (a base or implemented type that is no user class keeps its spelling). */
function refClassNameOf(cpp: string): string {
  return refClassName(cpp) ?? cpp;
}

function declaresToString(cls: ts.ClassDeclaration): boolean {
  return cls.members.some((m) => ts.isMethodDeclaration(m) && m.name.getText() === "toString" && m.parameters.length === 0 && !modifiers(m).has(ts.SyntaxKind.StaticKeyword));
}

/** Members of a class that some subclass overrides, and members that override: emitted virtual/override. */
export function analyseOverrides(ctx: LowerContext, classes: readonly ts.ClassDeclaration[]): void {
  for (const cls of classes) {
    const type = ctx.checker.getTypeAtLocation(cls) as ts.InterfaceType;
    const bases = ctx.checker.getBaseTypes(type);
    for (const member of cls.members) {
      if (!member.name || !(ts.isMethodDeclaration(member) || ts.isGetAccessor(member) || ts.isSetAccessor(member))) continue;
      const name = member.name.getText();
      for (const base of bases) {
        const prop = userProperty(ctx, base, name);
        if (prop) {
          ctx.virtualMethods.add(prop);
          // A getter/setter pair: the symbol the base's own declarations resolve to.
          for (const d of prop.declarations ?? []) {
            const own = ts.getNameOfDeclaration(d);
            const symbol = own && ctx.checker.getSymbolAtLocation(own);
            if (symbol) ctx.virtualMethods.add(symbol);
          }
          ctx.virtualMethods.add(ctx.checker.getSymbolAtLocation(member.name)!);
        }
      }
    }
  }
}

const derivedClasses = new WeakMap<LowerContext, Set<ts.Symbol>>();

/** The classes some class or interface extends or implements (anywhere in the program). */
export function analyseDerivedClasses(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const derived = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (ts.isHeritageClause(node)) {
      for (const t of node.types) {
        const symbol = ctx.checker.getSymbolAtLocation(t.expression);
        if (!symbol) continue;
        derived.add(symbol);
        if (symbol.flags & ts.SymbolFlags.Alias) derived.add(ctx.checker.getAliasedSymbol(symbol));
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const sf of files) visit(sf);
  derivedClasses.set(ctx, derived);
}

/** C++ field types whose destruction does nothing (a plain class has only these). */
const PLAIN_FIELD = /^(double|float|bool|u?int(8|16|32|64)_t|ts::Num)$/;

/**
 * A plain class: nothing derives from it, it derives from nothing, and its fields are numbers and booleans.
 * `static constexpr bool tsPlain = true;` lets its handles free it at the last release without running its
 * (empty) destructor (ts_object.h).
 */
function plainMember(ctx: LowerContext, cls: ts.ClassDeclaration, baseCpp: string, fieldCpps: readonly string[]): Decl[] {
  if (baseCpp !== "ts::Object" || cls.typeParameters?.length || !cls.name) return [];
  const symbol = ctx.checker.getSymbolAtLocation(cls.name);
  const derived = derivedClasses.get(ctx);
  if (!symbol || !derived || derived.has(symbol)) return [];
  if (!fieldCpps.every((cpp) => PLAIN_FIELD.test(cpp))) return [];
  return [varDecl({ specifiers: ["static", "constexpr"], type: BOOL, name: "tsPlain", init: lit("true") })];
}

/** A property of a user-declared base type (not one every object has, such as toString). */
function userProperty(ctx: LowerContext, base: ts.Type, name: string): ts.Symbol | undefined {
  const prop = ctx.checker.getPropertyOfType(base, name);
  const decl = prop?.declarations?.[0];
  if (!prop || !decl || ctx.isRuntimeFile(decl.getSourceFile().fileName) || decl.getSourceFile().hasNoDefaultLib) return undefined;
  return prop;
}

function isOverride(ctx: LowerContext, member: ts.ClassElement): boolean {
  const cls = member.parent as ts.ClassDeclaration;
  if (!member.name) return false;
  const bases = [...(baseClassOf(ctx, cls) ? [baseClassOf(ctx, cls)!] : []), ...implementedOf(cls)];
  const memberName = member.name.getText();
  const base = bases.find((b) => userProperty(ctx, ctx.checker.getTypeAtLocation(b), memberName));
  if (!base) return false;
  const prop = userProperty(ctx, ctx.checker.getTypeAtLocation(base), memberName);
  if (!prop) return false;
  // A method overrides a method, an accessor an accessor (an interface property is a get_/set_ pair).
  const decls = prop.declarations ?? [];
  if (ts.isMethodDeclaration(member)) return decls.some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d));
  // get_x overrides a getter (or an interface property's accessor), set_x a setter.
  if (ts.isGetAccessor(member)) return decls.some((d) => ts.isGetAccessor(d) || ts.isPropertySignature(d));
  if (ts.isSetAccessor(member)) return decls.some((d) => ts.isSetAccessor(d) || ts.isPropertySignature(d));
  return true;
}

/**
 * A field a base class already declares with the same C++ type (`name = "ParseError"` in a subclass of Error):
 * JavaScript has one property, so the subclass assigns the base's member instead of shadowing it.
 */
function inheritedField(ctx: LowerContext, cls: ts.ClassDeclaration, field: string, cpp: string): boolean {
  const type = ctx.checker.getTypeAtLocation(cls);
  for (const base of type.isClassOrInterface() ? ctx.checker.getBaseTypes(type) : []) {
    const prop = base.getProperty(field);
    const decl = prop?.valueDeclaration;
    if (!prop || !decl || !(ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl) || ts.isParameter(decl))) continue;
    return symbolCpp(ctx, prop, decl) === cpp;
  }
  return false;
}

/** A field's declaration (scalars start at 0 or false). */
function field(cpp: string, name: string, span?: ReturnType<typeof spanOf>, isStatic = false): Decl {
  return varDecl({ specifiers: isStatic ? ["static", "inline"] : undefined, type: typeFromSpelling(cpp), name, init: defaultInit(cpp), span });
}

/** The accessors that provide an interface's property from a field: `T get_x() override { return x; }` and its setter. */
function fieldAccessors(cpp: string, field: string): Decl[] {
  return [
    functionDecl({ ret: typeFromSpelling(cpp), name: `get_${field}`, params: [], override: true, body: [returnStmt(nameExpr(field))], oneLine: true }),
    functionDecl({ ret: VOID, name: `set_${field}`, params: [{ type: typeFromSpelling(cpp), name: "value" }], override: true, body: [assign(`this->${field}`, nameExpr("value"))], oneLine: true }),
  ];
}

export function classDefinition(ctx: LowerContext, cls: ts.ClassDeclaration): Decl {
  const name = classCppName(ctx, cls);
  const baseCpp = baseSpecifier(ctx, cls);
  const fields: string[] = [];
  const fieldCpps: string[] = [];
  const bases = classBases(ctx, cls, baseCpp);
  const members: Decl[] = classInfoMembers();
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  // Parameter properties are fields too.
  for (const p of ctor?.parameters ?? []) {
    const mods = modifiers(p);
    if (!(mods.has(ts.SyntaxKind.PublicKeyword) || mods.has(ts.SyntaxKind.PrivateKeyword) || mods.has(ts.SyntaxKind.ProtectedKeyword) || mods.has(ts.SyntaxKind.ReadonlyKeyword))) continue;
    const symbol = ctx.checker.getSymbolAtLocation(p.name)!;
    const cpp = symbolCpp(ctx, symbol, p);
    members.push(field(cpp, cppIdentifier(p.name.getText()), spanOf(p)));
    fields.push(cppIdentifier(p.name.getText()));
    fieldCpps.push(cpp);
  }
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m)) {
      const symbol = ctx.checker.getSymbolAtLocation(m.name)!;
      const cpp = symbolCpp(ctx, symbol, m);
      const isStatic = modifiers(m).has(ts.SyntaxKind.StaticKeyword);
      if (ts.isComputedPropertyName(m.name)) {
        ctx.report(m.name, "noComputedOrPrivateNames");
        continue;
      }
      if (isStatic) members.push(field(cpp, cppIdentifier(m.name.text), spanOf(m), true));
      else if (isErrorField(ctx, cls, m.name.text)) continue;  // `name = "ParseError"`: ts::Error's own field (errors.ts)
      else if (inheritedField(ctx, cls, m.name.text, cpp)) continue;
      else {
        members.push(field(cpp, cppIdentifier(m.name.text), spanOf(m)));
        fields.push(cppIdentifier(m.name.text));
        fieldCpps.push(cpp);
      }
    }
  }
  members.push(...numStateMembers(ctx, cls), ...traceMembers(ctx, cls, baseCpp, fields), ...castToMember(ctx, cls, baseCpp), ...plainMember(ctx, cls, baseCpp, fieldCpps));
  if (ctor) {
    const params = lowerParams(ctx, ctor.parameters, true);
    members.push(functionDecl({ name, params: params.params, span: spanOf(ctor) }));
  } else {
    const inherited = inheritedConstructor(ctx, cls);
    members.push(functionDecl({ name, params: inherited ? lowerParams(ctx, inherited.parameters, true).params : [] }));
  }
  for (const m of cls.members) {
    if (ts.isMethodDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m)) {
      const symbol = ctx.checker.getSymbolAtLocation(m.name);
      const isStatic = modifiers(m).has(ts.SyntaxKind.StaticKeyword);
      const isAbstract = modifiers(m).has(ts.SyntaxKind.AbstractKeyword);
      const proto = memberPrototype(ctx, m, true);
      const virtual = !isStatic && (isAbstract || (symbol && ctx.virtualMethods.has(symbol)));
      const override = !isStatic && isOverride(ctx, m);
      members.push({ ...proto, specifiers: isStatic ? ["static"] : override ? undefined : virtual ? ["virtual"] : undefined, override, pure: isAbstract, span: spanOf(m) });
      const general = ts.isMethodDeclaration(m) ? intMethodGeneralName(ctx, m, proto.params.length) : undefined;
      if (general) members.push({ ...proto, name: general, attribute: "__attribute__((noinline))", span: undefined });
    }
  }
  // String(x) of this object seen through a type that declares no toString() (an interface it implements, a
  // base class, a union of classes) calls ts::Object's virtual tsToString: this class's toString(), as in JavaScript.
  if (declaresToString(cls)) {
    members.push(functionDecl({ ret: STRING, name: "tsToString", params: [], override: true, body: [returnStmt(callExpr(nameExpr("ts::toString"), [callExpr(member(nameExpr("this"), "->", "toString"), [])]))], oneLine: true }));
  }
  checkImplementedMemberKinds(ctx, cls);
  // A class implementing an interface with properties provides the interface's accessors from its fields.
  const provided = new Set<string>();
  for (const impl of implementedOf(cls)) {
    const iface = ctx.checker.getTypeAtLocation(impl);
    for (const prop of ctx.checker.getPropertiesOfType(iface)) {
      const decl = prop.valueDeclaration;
      if (!decl || !ts.isPropertySignature(decl) || provided.has(prop.name)) continue;
      provided.add(prop.name);
      const cpp = symbolCpp(ctx, prop, decl);
      const accessors = propertyAccessors(ctx, cls, prop.name);
      if (!accessors) members.push(...fieldAccessors(cpp, cppIdentifier(prop.name)));
      else members.push(...inheritedAccessors(cpp, cppIdentifier(prop.name), baseCpp, accessors));
    }
  }
  return classDecl({ template: templateParams(cls.typeParameters), name, bases, members, span: spanOf(cls) });
}

/**
 * An interface's method is a C++ virtual function, its property a get_/set_ pair: a class provides a method with a
 * method and a property with a field (or accessors). A field for a method (`area = () => 4` for `area(): number`)
 * or a method for a function-typed property (`onMsg(s) {}` for `onMsg: (s: string) => void`) is reported.
 */
function checkImplementedMemberKinds(ctx: LowerContext, cls: ts.ClassDeclaration): void {
  const symbol = cls.name && ctx.checker.getSymbolAtLocation(cls.name);
  if (!symbol) return;
  const classType = ctx.checker.getDeclaredTypeOfSymbol(symbol);
  const reported = new Set<string>();
  for (const impl of implementedOf(cls)) {
    const iface = ctx.checker.getTypeAtLocation(impl);
    for (const prop of ctx.checker.getPropertiesOfType(iface)) {
      const wanted = prop.valueDeclaration;
      const given = ctx.checker.getPropertyOfType(classType, prop.name)?.valueDeclaration;
      if (wanted && !given && !reported.has(prop.name) && (ts.isPropertySignature(wanted) || ts.isMethodSignature(wanted))) {
        // `interface I { x?: number }` and `class C implements I {}`: no field for the interface's accessors.
        ctx.report(impl, "interfaceOptionalMissing", cls.name?.text ?? "", prop.name, ctx.checker.typeToString(iface));
        reported.add(prop.name);
      }
      if (!wanted || !given || reported.has(prop.name)) continue;
      const at = given.parent === cls && (ts.isPropertyDeclaration(given) || ts.isMethodDeclaration(given)) ? given.name : ts.isParameter(given) && given.parent.parent === cls ? given.name : impl;
      const owner = ctx.checker.symbolToString(ctx.checker.getSymbolAtLocation(ts.isInterfaceDeclaration(wanted.parent) ? wanted.parent.name : impl.expression) ?? prop);
      if (ts.isMethodSignature(wanted) && (ts.isPropertyDeclaration(given) || ts.isParameter(given))) {
        ctx.report(at, "interfaceMethodAsProperty", prop.name, owner);
        reported.add(prop.name);
      } else if (ts.isPropertySignature(wanted) && ts.isMethodDeclaration(given)) {
        ctx.report(at, "interfacePropertyAsMethod", prop.name, owner);
        reported.add(prop.name);
      }
    }
  }
}

/** The interface's accessors of a property a class provides with a getter (and setter): its own override them;
 *  a base class's are forwarded to; without a setter (a readonly property) the setter does nothing. */
function inheritedAccessors(cpp: string, field: string, baseCpp: string, from: { get: string; set: string }): Decl[] {
  const out: Decl[] = [];
  if (from.get === "inherited") out.push(functionDecl({ ret: typeFromSpelling(cpp), name: `get_${field}`, params: [], override: true, body: [returnStmt(nameExpr(`${baseCpp}::get_${field}()`))], oneLine: true }));
  if (from.set !== "own") {
    const body = from.set === "inherited" ? [line(`${baseCpp}::set_${field}(value);`)] : [line("(void)value;")];
    out.push(functionDecl({ ret: VOID, name: `set_${field}`, params: [{ type: typeFromSpelling(cpp), name: "value" }], override: true, body, oneLine: true }));
  }
  return out;
}

/** A field's initial value: 0 or false for a scalar, none for a handle (constructed empty). */
function defaultInit(cpp: string): Expr | undefined {
  const t = typeFromSpelling(cpp);
  if (t.kind === "scalar" && t.name !== "bool") return lit("0");
  if (cpp === "bool") return lit("false");
  return undefined;
}

function memberPrototype(ctx: LowerContext, m: ts.MethodDeclaration | ts.GetAccessorDeclaration | ts.SetAccessorDeclaration, withDefaults: boolean): FunctionDecl {
  const name = cppIdentifier(m.name.getText());
  const params = lowerParams(ctx, m.parameters, withDefaults);
  const template = ts.isMethodDeclaration(m) ? templateParams(m.typeParameters) : undefined;
  if (ts.isGetAccessor(m)) return functionDecl({ ret: typeFromSpelling(returnCppOf(ctx, m)), name: `get_${name}`, params: [] });
  if (ts.isSetAccessor(m)) return functionDecl({ ret: VOID, name: `set_${name}`, params: params.params });
  return functionDecl({ template, ret: typeFromSpelling(returnCppOf(ctx, m)), name, params: [...params.params, ...overriddenExtraParams(ctx, m, withDefaults)] });
}

/**
 * An override that declares fewer parameters than the method it overrides (`run(): void` for `abstract
 * run(tick: number): void`): C++ overrides only a signature with the same parameters, so the missing ones are
 * unnamed parameters (defaulted, for calls through the subclass that pass fewer arguments).
 */
function overriddenExtraParams(ctx: LowerContext, m: ts.MethodDeclaration, withDefaults: boolean): FunctionDecl["params"] {
  const cls = m.parent;
  if (!ts.isClassDeclaration(cls) || !m.name || modifiers(m).has(ts.SyntaxKind.StaticKeyword)) return [];
  const base = baseClassOf(ctx, cls);
  const prop = base && userProperty(ctx, ctx.checker.getTypeAtLocation(base), m.name.getText());
  const overridden = prop?.declarations?.find((d): d is ts.MethodDeclaration => ts.isMethodDeclaration(d));
  if (!overridden || overridden.parameters.length <= m.parameters.length) return [];
  const own = lowerParams(ctx, overridden.parameters, false).params.slice(m.parameters.length);
  return own.map((p) => ({ type: p.type, name: "", default: withDefaults ? lit("{}") : undefined }));
}

export function classMemberDefinitions(ctx: LowerContext, cls: ts.ClassDeclaration): Decl[] {
  const name = classCppName(ctx, cls);
  const scopeTemplate = templateParams(cls.typeParameters);
  const fullName = name + (cls.typeParameters?.length ? `<${cls.typeParameters.map((p) => p.name.text).join(", ")}>` : "");
  const base = baseClassOf(ctx, cls);
  const baseInfo = base || implementedOf(cls).length ? unary("&", nameExpr(`${baseSpecifier(ctx, cls)}::classInfo_`)) : lit("nullptr");
  const decls: Decl[] = [varDecl({ template: scopeTemplate, specifiers: ["const"], type: "ts::ClassInfo", scope: fullName, name: "classInfo_", init: braces([lit(`"${cls.name!.text}"`), baseInfo]), span: spanOf(cls) })];
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  const scope = (returnType: string) => ({ returnType, thisName: "this", inLambda: false, classDecl: cls });
  if (ctor && ctor.body) {
    const params = lowerParams(ctx, ctor.parameters, false);
    const statements = [...ctor.body.statements];
    let init: Expr | undefined;
    let afterSuper: string | undefined;
    const superIndex = statements.findIndex((s) => ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) && s.expression.expression.kind === ts.SyntaxKind.SuperKeyword);
    if (superIndex > 0) ctx.report(statements[superIndex], "noStatementsBeforeSuper");
    if (superIndex >= 0) {
      const call = (statements[superIndex] as ts.ExpressionStatement).expression as ts.CallExpression;
      const sig = ctx.checker.getResolvedSignature(call);
      const args = call.arguments.map((a, i) => {
        const p = sig?.getParameters()[i];
        const cpp = p ? argumentCpp(p, symbolCpp(ctx, p, a), ctx.checker.getTypeAtLocation(a)) : "double";
        // An argument with statements is a lambda: an error raised in it returns the lambda's own default.
        return ctx.withScope({ ...ctx.scope, returnType: cpp, superArguments: true }, () => exprAsNode(ctx, a, cpp));
      });
      if (params.prologue.length && call.arguments.length) {
        ctx.report(call, "noSuperConstructorDefaultParameters");
      }
      init = construct(baseSpecifier(ctx, cls), args);
      // A raising argument leaves its error pending for the constructor's body to leave at once, too.
      afterSuper = superCallCheck(ctx, call) ?? (args.some((a) => printExpr(a).includes("ts::errorPending()")) ? "if (ts::errorPending()) return;" : undefined);
      statements.splice(superIndex, 1);
    }
    // ES2022 class fields: a base class initialises its fields before its parameters' defaults run (the
    // constructor's [[Construct]]), a derived one right after super() returns; parameter properties are
    // assigned after both, at the start of the body.
    const body: Stmt[] = [];
    if (afterSuper) body.push(line(afterSuper));
    if (!init) body.push(...fieldInitializers(ctx, cls));
    body.push(...params.prologue);
    if (init) body.push(...fieldInitializers(ctx, cls));
    for (const p of ctor.parameters) {
      const mods = modifiers(p);
      if (mods.has(ts.SyntaxKind.PublicKeyword) || mods.has(ts.SyntaxKind.PrivateKeyword) || mods.has(ts.SyntaxKind.ProtectedKeyword) || mods.has(ts.SyntaxKind.ReadonlyKeyword)) {
        const n = cppIdentifier(p.name.getText());
        body.push(assign(`this->${n}`, ctx.celled.has(ctx.checker.getSymbolAtLocation(p.name)!) ? member(nameExpr(n), "->", "value") : nameExpr(n)));
      }
    }
    ctx.withScope(scope("void"), () => {
      for (const s of statements) if (!ts.isFunctionDeclaration(s)) body.push(...statementStmts(ctx, s));
    });
    decls.push(functionDecl({ scopeTemplate, scope: fullName, name, params: params.params, init, body, span: spanOf(ctor) }));
  } else if (!ctor) {
    const inherited = inheritedConstructor(ctx, cls);
    let params: FunctionDecl["params"] = [];
    let init: Expr | undefined;
    if (inherited) {
      params = lowerParams(ctx, inherited.parameters, false).params;
      const forward = inherited.parameters.map((p) => { const n = cppIdentifier(p.name.getText()); return p.initializer || ctx.celled.has(ctx.checker.getSymbolAtLocation(p.name)!) ? `${n}_arg` : n; });
      init = construct(baseSpecifier(ctx, cls), forward.map((n) => nameExpr(n)));
    }
    decls.push(functionDecl({ scopeTemplate, scope: fullName, name, params, init, body: fieldInitializers(ctx, cls) }));
  }
  for (const m of cls.members) {
    if (!(ts.isMethodDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m)) || !m.body) continue;
    const params = lowerParams(ctx, m.parameters, false);
    const isStatic = modifiers(m).has(ts.SyntaxKind.StaticKeyword);
    const returnType = ts.isSetAccessor(m) ? "void" : returnCppOf(ctx, m);
    // `inline`: GCC's larger inlining limit for declared-inline functions lets a loop's yield check (issue 17)
    // stay cheap around a method call: without it the call survives the check and classes (number) on
    // bench/lx106 paid 6% for its checks, with it about 1%.
    const head = memberPrototype(ctx, m, false);
    const body: Stmt[] = [...params.prologue];
    ctx.withScope({ ...scope(returnType), thisName: isStatic ? "this" : "this" }, () => body.push(...bodyStmts(ctx, m.body!)));
    // A method with an int32 copy (int-methods.ts): the copy inline, the body as usual behind it, out of line.
    const fast = ts.isMethodDeclaration(m) ? intMethodBody(ctx, m, head.params.length) : undefined;
    if (fast) decls.push({ ...head, scopeTemplate, scope: fullName, name: intMethodGeneralName(ctx, m as ts.MethodDeclaration, head.params.length)!, body, span: spanOf(m) });
    decls.push({ ...head, scopeTemplate, specifiers: ["inline"], scope: fullName, body: fast ?? body, span: spanOf(m) });
  }
  return decls;
}

/** The constructor a class without one inherits (JavaScript passes all arguments to super). */
function inheritedConstructor(ctx: LowerContext, cls: ts.ClassDeclaration): ts.SignatureDeclaration | undefined {
  for (let base = baseClassOf(ctx, cls); base; ) {
    const decl = ctx.symbolOf(base.expression)?.declarations?.find(ts.isClassDeclaration);
    if (!decl) return errorConstructorSignature(ctx, base.expression);  // `extends Error` (errors.ts)
    const ctor = decl.members.find(ts.isConstructorDeclaration);
    if (ctor) return ctor;
    base = baseClassOf(ctx, decl);
  }
  return undefined;
}

function fieldInitializers(ctx: LowerContext, cls: ts.ClassDeclaration): Stmt[] {
  const stmts: Stmt[] = [];
  ctx.withScope({ returnType: "void", thisName: "this", inLambda: false, classDecl: cls }, () => {
    for (const m of cls.members) {
      if (!ts.isPropertyDeclaration(m) || !m.initializer || modifiers(m).has(ts.SyntaxKind.StaticKeyword)) continue;
      const symbol = ctx.checker.getSymbolAtLocation(m.name)!;
      const cpp = symbolCpp(ctx, symbol, m);
      const init = m.initializer;
      const { value, lines } = ctx.hoisting(init, () => exprAsNode(ctx, init, cpp));
      stmts.push(seq([...lines, assign(`this->${cppIdentifier(m.name.getText())}`, value)], spanOf(m)));
    }
  });
  return stmts;
}

/** Static field initialisers run where the class is declared, in the module's initialisation. */
export function staticInitializers(ctx: LowerContext, cls: ts.ClassDeclaration): Stmt[] {
  const name = qualifiedName(ctx, ctx.checker.getSymbolAtLocation(cls.name!)!);
  const stmts: Stmt[] = [];
  for (const m of cls.members) {
    // A `static { … }` block runs there too, in order with the field initialisers (it was silently left
    // out: corpus 768).
    if (ts.isClassStaticBlockDeclaration(m)) {
      stmts.push(...statementStmts(ctx, m.body));
      continue;
    }
    if (!ts.isPropertyDeclaration(m) || !m.initializer || !modifiers(m).has(ts.SyntaxKind.StaticKeyword)) continue;
    const symbol = ctx.checker.getSymbolAtLocation(m.name)!;
    const cpp = symbolCpp(ctx, symbol, m);
    const init = m.initializer;
    const { value, lines } = ctx.hoisting(init, () => exprAsNode(ctx, init, cpp));
    stmts.push(seq([...lines, assign(`${name}::${cppIdentifier(m.name.getText())}`, value)], spanOf(m)));
  }
  return stmts;
}

// ---- interfaces and object type aliases ------------------------------------------------------------------

export function isImplemented(ctx: LowerContext, iface: ts.Symbol, classes: readonly ts.ClassDeclaration[]): boolean {
  return classes.some((c) => implementedOf(c).some((i) => ctx.checker.getSymbolAtLocation(i.expression) === iface));
}

export function recordDefinition(ctx: LowerContext, decl: ts.InterfaceDeclaration | ts.TypeAliasDeclaration, abstract: boolean): Decl[] {
  const name = classCppName(ctx, decl);
  const symbol = ctx.checker.getSymbolAtLocation(decl.name)!;
  const type = ctx.checker.getDeclaredTypeOfSymbol(symbol);
  const template = templateParams(decl.typeParameters);
  // `interface B extends A`: B's C++ class derives from A's and declares only B's own members.
  const extended = ts.isInterfaceDeclaration(decl) ? decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types ?? [] : [];
  if (extended.length > 1) ctx.report(extended[1], "noInterfaceExtendingSeveralInterfaces");
  const baseName = extended.length ? refClassNameOf(cppType(ctx, ctx.checker.getTypeAtLocation(extended[0]), extended[0])) : "ts::Object";
  const virtualBase = extended.length ? isDiamondInterface(ctx, ctx.symbolOf(extended[0].expression)) : hasVirtualObject(ctx, symbol);
  const members: Decl[] = classInfoMembers();
  const fields: string[] = [];
  for (const prop of ctx.checker.getPropertiesOfType(type)) {
    const pd = prop.valueDeclaration;
    if (!pd) continue;
    if (extended.length && pd.parent !== decl) continue;
    if (ts.isMethodSignature(pd)) {
      const sig = ctx.checker.getSignatureFromDeclaration(pd)!;
      const params = pd.parameters.map((p) => ({ type: typeFromSpelling(cppType(ctx, ctx.checker.getTypeAtLocation(p), p)), name: cppIdentifier(p.name.getText()) }));
      if (!abstract) ctx.report(pd, "noUnimplementedInterfaceMethods");
      members.push(functionDecl({ specifiers: ["virtual"], ret: typeFromSpelling(cppType(ctx, sig.getReturnType(), pd)), name: cppIdentifier(prop.name), params, pure: true, span: spanOf(pd) }));
      continue;
    }
    const cpp = symbolCpp(ctx, prop, pd);
    if (abstract) {
      members.push(functionDecl({ specifiers: ["virtual"], ret: typeFromSpelling(cpp), name: `get_${cppIdentifier(prop.name)}`, params: [], pure: true, span: spanOf(pd) }));
      members.push(functionDecl({ specifiers: ["virtual"], ret: VOID, name: `set_${cppIdentifier(prop.name)}`, params: [{ type: typeFromSpelling(cpp), name: "value" }], pure: true }));
    } else {
      members.push(field(cpp, cppIdentifier(prop.name), spanOf(pd)));
      fields.push(cppIdentifier(prop.name));
    }
  }
  members.push(...traceMembers(ctx, decl, baseName, fields));
  const decls: Decl[] = [classDecl({ template, name, bases: [{ name: baseName, virtual: virtualBase }], members, span: spanOf(decl) })];
  const fullName = `${name}${decl.typeParameters?.length ? `<${decl.typeParameters.map((p) => p.name.text).join(", ")}>` : ""}`;
  if (abstract) {
    // Object literals typed by this interface: a concrete record with the fields and their accessors; a method
    // signature (`read(): number`, given as `read: () => 21`) is a closure field its override calls.
    const objectMembers: Decl[] = [];
    const objectFields: string[] = [];
    for (const prop of ctx.checker.getPropertiesOfType(type)) {
      const pd = prop.valueDeclaration;
      if (!pd) continue;
      const cpp = symbolCpp(ctx, prop, pd);
      const fieldName = objectFieldName(prop);
      objectFields.push(fieldName);
      if (ts.isMethodSignature(pd)) {
        const sig = ctx.checker.getSignatureFromDeclaration(pd)!;
        const ret = typeFromSpelling(cppType(ctx, sig.getReturnType(), pd));
        const params = pd.parameters.map((p) => ({ type: typeFromSpelling(cppType(ctx, ctx.checker.getTypeAtLocation(p), p)), name: cppIdentifier(p.name.getText()) }));
        const invoke = callExpr(member(nameExpr("this"), "->", fieldName), params.map((p) => nameExpr(p.name)));
        objectMembers.push(field(cpp, fieldName), functionDecl({ ret, name: cppIdentifier(prop.name), params, override: true, body: [ret.kind === "void" || ret === VOID ? exprStmt(invoke) : returnStmt(invoke)], oneLine: true }));
        continue;
      }
      objectMembers.push(field(cpp, fieldName), ...fieldAccessors(cpp, fieldName));
    }
    objectMembers.push(...traceMembers(ctx, decl, fullName, objectFields));
    decls.push(classDecl({ template, name: `${name}_object`, bases: [{ name: fullName }], members: objectMembers }));
  }
  const baseInfo = extended.length ? unary("&", nameExpr(`${baseName}::classInfo_`)) : lit("nullptr");
  decls.push(varDecl({ template, specifiers: ["inline", "const"], type: "ts::ClassInfo", scope: fullName, name: "classInfo_", init: braces([lit(`"${decl.name.text}"`), baseInfo]) }));
  return decls;
}

// ---- enums -----------------------------------------------------------------------------------------------

/** An enum's numeric members as constants in a namespace of its name (none when it has no numeric member). */
export function enumDefinition(ctx: LowerContext, decl: ts.EnumDeclaration): NamespaceDecl | undefined {
  const numeric = decl.members.filter((m) => typeof ctx.checker.getConstantValue(m) === "number");
  if (!numeric.length) return undefined;
  const body = numeric.map((m) => {
    const value = ctx.checker.getConstantValue(m) as number;
    return varDecl({ specifiers: ["constexpr"], type: DOUBLE, name: cppIdentifier(m.name.getText().replace(/^["']|["']$/g, "")), init: lit(numberLiteral(value, false)), span: spanOf(m) });
  });
  return { kind: "namespace", name: cppIdentifier(decl.name.text), body, span: spanOf(decl) };
}
export { defaultValue };
