// Top-level declarations: functions (prototype + definition), classes (C++ classes deriving ts::Object, methods
// defined out of line so classes may refer to each other; virtual only where overridden), interfaces and
// object type aliases (data records, or abstract classes with virtual accessors when classes implement them),
// and enums (numeric members as constants; string members are inlined as literals at their uses).
import { errorConstructorSignature, isErrorField, superCallCheck } from "./errors.js";
import ts from "typescript";
import type { LowerContext } from "./context.js";
import type { CppWriter } from "../emit.js";
import { cppType, cppIdentifier, qualifiedName, symbolCpp } from "./types.js";
import { exprAs } from "./expressions.js";
import { numberLiteral } from "./literals.js";
import { refClassName, typeFromSpelling } from "../ir/types.js";
import { printBefore } from "../ir/print.js";
import { lowerParams, returnCppOf } from "./functions.js";
import { lowerBody, statement, defaultValue } from "./statements.js";
import { traceMembers } from "./cycles.js";

export function templatePrefix(params: readonly ts.TypeParameterDeclaration[] | undefined): string {
  return params?.length ? `template <${params.map((p) => `class ${p.name.text}`).join(", ")}> ` : "";
}

export function functionPrototype(ctx: LowerContext, fn: ts.FunctionDeclaration, withDefaults: boolean): string {
  const name = cppIdentifier(fn.name!.text);
  const params = lowerParams(ctx, fn.parameters, withDefaults);
  return `${templatePrefix(fn.typeParameters)}${returnCppOf(ctx, fn)} ${name}(${params.signature})`;
}

export function functionDefinition(ctx: LowerContext, w: CppWriter, fn: ts.FunctionDeclaration, prologue: string[] = []): void {
  if (!fn.body) return;
  const returnType = returnCppOf(ctx, fn);
  const params = lowerParams(ctx, fn.parameters, false);
  w.line(`${functionPrototype(ctx, fn, false)} {`, fn);
  w.indent();
  for (const l of [...prologue, ...params.prologue]) w.line(l);
  ctx.withScope({ returnType, thisName: "this", inLambda: false }, () => lowerBody(ctx, w, fn.body!));
  w.dedent();
  w.line("}");
}

// ---- classes -------------------------------------------------------------------------------------------

function modifiers(node: ts.Node): Set<ts.SyntaxKind> {
  return new Set(ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []).map((m) => m.kind) : []);
}

export function baseClassOf(ctx: LowerContext, cls: ts.ClassDeclaration): ts.ExpressionWithTypeArguments | undefined {
  return cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
}

function implementedOf(cls: ts.ClassDeclaration): ts.ExpressionWithTypeArguments[] {
  return [...(cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ImplementsKeyword)?.types ?? [])];
}

function classCppName(ctx: LowerContext, cls: ts.ClassDeclaration | ts.InterfaceDeclaration | ts.TypeAliasDeclaration): string {
  return cppIdentifier(cls.name!.text);
}

/** The C++ base-specifier text: the extended class, an implemented interface, or ts::Object. */
function baseSpecifier(ctx: LowerContext, cls: ts.ClassDeclaration): string {
  const base = baseClassOf(ctx, cls);
  const impls = implementedOf(cls);
  if (base) {
    if (impls.length) ctx.report(impls[0], "noExtendsAndImplements");
    return refClassNameOf(cppType(ctx, ctx.checker.getTypeAtLocation(base), base));
  }
  if (impls.length > 1 && sharedBaseInterface(ctx, impls)) ctx.report(impls[1], "noImplementingSeveralInterfaces");
  if (impls.length) return refClassNameOf(cppType(ctx, ctx.checker.getTypeAtLocation(impls[0]), impls[0]));
  return "ts::Object";
}

/** All C++ base classes of a class: its base class, or every interface it implements (`public A, public B`). */
function baseList(ctx: LowerContext, cls: ts.ClassDeclaration): string {
  const impls = implementedOf(cls);
  if (baseClassOf(ctx, cls) || impls.length < 2) return baseSpecifier(ctx, cls);
  return impls.map((i) => refClassNameOf(cppType(ctx, ctx.checker.getTypeAtLocation(i), i))).join(", public ");
}

/** Whether two of the implemented interfaces extend a common interface (C++ would hold two copies of it). */
function sharedBaseInterface(ctx: LowerContext, impls: readonly ts.ExpressionWithTypeArguments[]): boolean {
  const seen = new Set<ts.Symbol>();
  for (const impl of impls) {
    const own = new Set<ts.Symbol>();
    let decl = ctx.symbolOf(impl.expression)?.declarations?.find(ts.isInterfaceDeclaration);
    for (let depth = 0; decl && depth < 32; depth++) {
      const base = decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      const symbol = base && ctx.symbolOf(base.expression);
      if (!symbol) break;
      own.add(symbol);
      decl = symbol.declarations?.find(ts.isInterfaceDeclaration);
    }
    for (const s of own) if (seen.has(s)) return true;
    for (const s of own) seen.add(s);
    const self = ctx.symbolOf(impl.expression);
    if (self && seen.has(self)) return true;
    if (self) seen.add(self);
  }
  return false;
}

/** Interfaces that some class implements together with another: their ts::Object base is virtual, so the
 *  class holds one object header (one reference count) whichever interface a reference points through. */
const sharedRecordsOf = new WeakMap<LowerContext, Set<ts.Symbol>>();
function isSharedInterface(ctx: LowerContext, symbol: ts.Symbol): boolean {
  let set = sharedRecordsOf.get(ctx);
  if (!set) {
    set = new Set();
    for (const sf of ctx.program.getSourceFiles()) {
      if (sf.isDeclarationFile) continue;
      for (const s of sf.statements) {
        if (!ts.isClassDeclaration(s)) continue;
        const impls = implementedOf(s);
        if (impls.length < 2) continue;
        // The interfaces and the interfaces they extend (the root of each chain derives from ts::Object).
        for (const i of impls) {
          let sym = ctx.symbolOf(i.expression);
          for (let depth = 0; sym && depth < 32; depth++) {
            set.add(sym);
            const decl = sym.declarations?.find(ts.isInterfaceDeclaration);
            const base = decl?.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
            sym = base && ctx.symbolOf(base.expression);
          }
        }
      }
    }
    sharedRecordsOf.set(ctx, set);
  }
  return set.has(symbol);
}

/** The class a ts::Ref<C> names (a base or implemented type that is no user class keeps its spelling). */
function refClassNameOf(cpp: string): string {
  return refClassName(cpp) ?? cpp;
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
  const bases = baseClassOf(ctx, cls) ? [baseClassOf(ctx, cls)!] : implementedOf(cls);
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

export function classDefinition(ctx: LowerContext, w: CppWriter, cls: ts.ClassDeclaration): void {
  const name = classCppName(ctx, cls);
  const baseCpp = baseSpecifier(ctx, cls);
  const fields: string[] = [];
  w.line(`${templatePrefix(cls.typeParameters)}class ${name} : public ${baseList(ctx, cls)} {`, cls);
  w.line(" public:");
  w.indent();
  w.line("static const ts::ClassInfo classInfo_;");
  w.line("const ts::ClassInfo* classInfo() const override { return &classInfo_; }");
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  // Parameter properties are fields too.
  for (const p of ctor?.parameters ?? []) {
    const mods = modifiers(p);
    if (!(mods.has(ts.SyntaxKind.PublicKeyword) || mods.has(ts.SyntaxKind.PrivateKeyword) || mods.has(ts.SyntaxKind.ProtectedKeyword) || mods.has(ts.SyntaxKind.ReadonlyKeyword))) continue;
    const symbol = ctx.checker.getSymbolAtLocation(p.name)!;
    const cpp = symbolCpp(ctx, symbol, p);
    w.line(`${cpp} ${cppIdentifier(p.name.getText())}${defaultInit(cpp)};`, p);
    fields.push(cppIdentifier(p.name.getText()));
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
      if (isStatic) w.line(`static inline ${cpp} ${cppIdentifier(m.name.text)}${defaultInit(cpp)};`, m);
      else if (isErrorField(ctx, cls, m.name.text)) continue;  // `name = "ParseError"`: ts::Error's own field (errors.ts)
      else if (inheritedField(ctx, cls, m.name.text, cpp)) continue;
      else {
        w.line(`${cpp} ${cppIdentifier(m.name.text)}${defaultInit(cpp)};`, m);
        fields.push(cppIdentifier(m.name.text));
      }
    }
  }
  for (const l of traceMembers(ctx, cls, baseCpp, fields)) w.line(l);
  if (ctor) {
    const params = lowerParams(ctx, ctor.parameters, true);
    w.line(`${name}(${params.signature});`, ctor);
  } else {
    const inherited = inheritedConstructor(ctx, cls);
    w.line(`${name}(${inherited ? lowerParams(ctx, inherited.parameters, true).signature : ""});`);
  }
  for (const m of cls.members) {
    if (ts.isMethodDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m)) {
      const symbol = ctx.checker.getSymbolAtLocation(m.name);
      const isStatic = modifiers(m).has(ts.SyntaxKind.StaticKeyword);
      const isAbstract = modifiers(m).has(ts.SyntaxKind.AbstractKeyword);
      const proto = memberPrototype(ctx, m, true);
      const virtual = !isStatic && (isAbstract || (symbol && ctx.virtualMethods.has(symbol)));
      const override = !isStatic && isOverride(ctx, m);
      const text = `${isStatic ? "static " : override ? "" : virtual ? "virtual " : ""}${proto}${override ? " override" : ""}${isAbstract ? " = 0" : ""};`;
      w.line(text, m);
    }
  }
  // A class implementing an interface with properties provides the interface's accessors from its fields.
  const provided = new Set<string>();
  for (const impl of implementedOf(cls)) {
    const iface = ctx.checker.getTypeAtLocation(impl);
    for (const prop of ctx.checker.getPropertiesOfType(iface)) {
      const decl = prop.valueDeclaration;
      if (!decl || !ts.isPropertySignature(decl) || provided.has(prop.name)) continue;
      provided.add(prop.name);
      const cpp = symbolCpp(ctx, prop, decl);
      const field = cppIdentifier(prop.name);
      w.line(`${cpp} get_${field}() override { return ${field}; }`);
      w.line(`void set_${field}(${cpp} value) override { this->${field} = value; }`);
    }
  }
  w.dedent();
  w.line("};");
}

function defaultInit(cpp: string): string {
  const t = typeFromSpelling(cpp);
  if (t.kind === "scalar" && t.name !== "bool") return " = 0";
  if (cpp === "bool") return " = false";
  return "";
}

function memberPrototype(ctx: LowerContext, m: ts.MethodDeclaration | ts.GetAccessorDeclaration | ts.SetAccessorDeclaration, withDefaults: boolean, qualifier = ""): string {
  const name = cppIdentifier(m.name.getText());
  const params = lowerParams(ctx, m.parameters, withDefaults);
  const tmpl = ts.isMethodDeclaration(m) ? templatePrefix(m.typeParameters) : "";
  if (ts.isGetAccessor(m)) return `${returnCppOf(ctx, m)} ${qualifier}get_${name}()`;
  if (ts.isSetAccessor(m)) return `void ${qualifier}set_${name}(${params.signature})`;
  return `${tmpl}${returnCppOf(ctx, m)} ${qualifier}${name}(${params.signature})`;
}

export function classMemberDefinitions(ctx: LowerContext, w: CppWriter, cls: ts.ClassDeclaration): void {
  const name = classCppName(ctx, cls);
  const tmpl = templatePrefix(cls.typeParameters);
  const fullName = name + (cls.typeParameters?.length ? `<${cls.typeParameters.map((p) => p.name.text).join(", ")}>` : "");
  const base = baseClassOf(ctx, cls);
  const baseInfo = base ? `&${baseSpecifier(ctx, cls)}::classInfo_` : implementedOf(cls).length ? `&${baseSpecifier(ctx, cls)}::classInfo_` : "nullptr";
  w.line(`${tmpl}const ts::ClassInfo ${fullName}::classInfo_ = {"${cls.name!.text}", ${baseInfo}};`, cls);
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  const scope = (returnType: string) => ({ returnType, thisName: "this", inLambda: false, classDecl: cls });
  if (ctor && ctor.body) {
    const params = lowerParams(ctx, ctor.parameters, false);
    const statements = [...ctor.body.statements];
    let init = "";
    let afterSuper: string | undefined;
    const superIndex = statements.findIndex((s) => ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) && s.expression.expression.kind === ts.SyntaxKind.SuperKeyword);
    if (superIndex > 0) ctx.report(statements[superIndex], "noStatementsBeforeSuper");
    if (superIndex >= 0) {
      const call = (statements[superIndex] as ts.ExpressionStatement).expression as ts.CallExpression;
      const sig = ctx.checker.getResolvedSignature(call);
      const args = call.arguments.map((a, i) => {
        const p = sig?.getParameters()[i];
        const cpp = p ? symbolCpp(ctx, p, a) : "double";
        // An argument with statements is a lambda: an error raised in it returns the lambda's own default.
        return ctx.withScope({ ...ctx.scope, returnType: cpp }, () => exprAs(ctx, a, cpp));
      });
      if (params.prologue.length && call.arguments.length) {
        ctx.report(call, "noSuperConstructorDefaultParameters");
      }
      init = ` : ${baseSpecifier(ctx, cls)}(${args.join(", ")})`;
      // A raising argument leaves its error pending for the constructor's body to leave at once, too.
      afterSuper = superCallCheck(ctx, call) ?? (args.some((a) => a.includes("ts::errorPending()")) ? "if (ts::errorPending()) return;" : undefined);
      statements.splice(superIndex, 1);
    }
    w.line(`${tmpl}${fullName}::${name}(${params.signature})${init} {`, ctor);
    w.indent();
    if (afterSuper) w.line(afterSuper);
    for (const l of params.prologue) w.line(l);
    for (const p of ctor.parameters) {
      const mods = modifiers(p);
      if (mods.has(ts.SyntaxKind.PublicKeyword) || mods.has(ts.SyntaxKind.PrivateKeyword) || mods.has(ts.SyntaxKind.ProtectedKeyword) || mods.has(ts.SyntaxKind.ReadonlyKeyword)) {
        const n = cppIdentifier(p.name.getText());
        w.line(`this->${n} = ${ctx.celled.has(ctx.checker.getSymbolAtLocation(p.name)!) ? `${n}->value` : n};`);
      }
    }
    fieldInitializers(ctx, w, cls);
    ctx.withScope(scope("void"), () => {
      for (const s of statements) if (!ts.isFunctionDeclaration(s)) statement(ctx, w, s);
    });
    w.dedent();
    w.line("}");
  } else if (!ctor) {
    const inherited = inheritedConstructor(ctx, cls);
    if (inherited) {
      const params = lowerParams(ctx, inherited.parameters, false);
      const forward = inherited.parameters.map((p) => { const n = cppIdentifier(p.name.getText()); return p.initializer || ctx.celled.has(ctx.checker.getSymbolAtLocation(p.name)!) ? `${n}_arg` : n; });
      w.line(`${tmpl}${fullName}::${name}(${params.signature}) : ${baseSpecifier(ctx, cls)}(${forward.join(", ")}) {`);
    } else {
      w.line(`${tmpl}${fullName}::${name}() {`);
    }
    w.indent();
    fieldInitializers(ctx, w, cls);
    w.dedent();
    w.line("}");
  }
  for (const m of cls.members) {
    if (!(ts.isMethodDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m)) || !m.body) continue;
    const params = lowerParams(ctx, m.parameters, false);
    const isStatic = modifiers(m).has(ts.SyntaxKind.StaticKeyword);
    const returnType = ts.isSetAccessor(m) ? "void" : returnCppOf(ctx, m);
    // `inline`: GCC's larger inlining limit for declared-inline functions lets a loop's yield check (issue 17)
    // stay cheap around a method call: without it the call survives the check and classes (number) on
    // bench/lx106 paid 6% for its checks, with it about 1%.
    w.line(`${tmpl}inline ${memberPrototype(ctx, m, false, `${fullName}::`)} {`, m);
    w.indent();
    for (const l of params.prologue) w.line(l);
    ctx.withScope({ ...scope(returnType), thisName: isStatic ? "this" : "this" }, () => lowerBody(ctx, w, m.body!));
    w.dedent();
    w.line("}");
  }
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

function fieldInitializers(ctx: LowerContext, w: CppWriter, cls: ts.ClassDeclaration): void {
  ctx.withScope({ returnType: "void", thisName: "this", inLambda: false, classDecl: cls }, () => {
    for (const m of cls.members) {
      if (!ts.isPropertyDeclaration(m) || !m.initializer || modifiers(m).has(ts.SyntaxKind.StaticKeyword)) continue;
      const symbol = ctx.checker.getSymbolAtLocation(m.name)!;
      const cpp = symbolCpp(ctx, symbol, m);
      const init = m.initializer;
      const { value, lines } = ctx.hoisting(init, () => exprAs(ctx, init, cpp));
      w.line(`${printBefore(lines)}this->${cppIdentifier(m.name.getText())} = ${value};`, m);
    }
  });
}

/** Static field initialisers run where the class is declared, in the module's initialisation. */
export function staticInitializers(ctx: LowerContext, w: CppWriter, cls: ts.ClassDeclaration): void {
  const name = qualifiedName(ctx, ctx.checker.getSymbolAtLocation(cls.name!)!);
  for (const m of cls.members) {
    if (!ts.isPropertyDeclaration(m) || !m.initializer || !modifiers(m).has(ts.SyntaxKind.StaticKeyword)) continue;
    const symbol = ctx.checker.getSymbolAtLocation(m.name)!;
    const cpp = symbolCpp(ctx, symbol, m);
    const init = m.initializer;
    const { value, lines } = ctx.hoisting(init, () => exprAs(ctx, init, cpp));
    w.line(`${printBefore(lines)}${name}::${cppIdentifier(m.name.getText())} = ${value};`, m);
  }
}

// ---- interfaces and object type aliases ------------------------------------------------------------------

export function isImplemented(ctx: LowerContext, iface: ts.Symbol, classes: readonly ts.ClassDeclaration[]): boolean {
  return classes.some((c) => implementedOf(c).some((i) => ctx.checker.getSymbolAtLocation(i.expression) === iface));
}

export function recordDefinition(ctx: LowerContext, w: CppWriter, decl: ts.InterfaceDeclaration | ts.TypeAliasDeclaration, abstract: boolean): void {
  const name = classCppName(ctx, decl);
  const symbol = ctx.checker.getSymbolAtLocation(decl.name)!;
  const type = ctx.checker.getDeclaredTypeOfSymbol(symbol);
  // `interface B extends A`: B's C++ class derives from A's and declares only B's own members.
  const extended = ts.isInterfaceDeclaration(decl) ? decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types ?? [] : [];
  if (extended.length > 1) ctx.report(extended[1], "noInterfaceExtendingSeveralInterfaces");
  const baseName = extended.length ? refClassNameOf(cppType(ctx, ctx.checker.getTypeAtLocation(extended[0]), extended[0])) : "ts::Object";
  const virtualBase = !extended.length && isSharedInterface(ctx, symbol) ? "virtual " : "";
  w.line(`${templatePrefix(decl.typeParameters)}class ${name} : public ${virtualBase}${baseName} {`, decl);
  w.line(" public:");
  w.indent();
  w.line("static const ts::ClassInfo classInfo_;");
  w.line("const ts::ClassInfo* classInfo() const override { return &classInfo_; }");
  const fields: string[] = [];
  for (const prop of ctx.checker.getPropertiesOfType(type)) {
    const pd = prop.valueDeclaration;
    if (!pd) continue;
    if (extended.length && pd.parent !== decl) continue;
    if (ts.isMethodSignature(pd)) {
      const sig = ctx.checker.getSignatureFromDeclaration(pd)!;
      const params = pd.parameters.map((p) => `${cppType(ctx, ctx.checker.getTypeAtLocation(p), p)} ${cppIdentifier(p.name.getText())}`);
      if (!abstract) ctx.report(pd, "noUnimplementedInterfaceMethods");
      w.line(`virtual ${cppType(ctx, sig.getReturnType(), pd)} ${cppIdentifier(prop.name)}(${params.join(", ")}) = 0;`, pd);
      continue;
    }
    const cpp = symbolCpp(ctx, prop, pd);
    if (abstract) {
      w.line(`virtual ${cpp} get_${cppIdentifier(prop.name)}() = 0;`, pd);
      w.line(`virtual void set_${cppIdentifier(prop.name)}(${cpp} value) = 0;`);
    } else {
      w.line(`${cpp} ${cppIdentifier(prop.name)}${defaultInit(cpp)};`, pd);
      fields.push(cppIdentifier(prop.name));
    }
  }
  for (const l of traceMembers(ctx, decl, baseName, fields)) w.line(l);
  w.dedent();
  w.line("};");
  if (abstract && !ctx.checker.getPropertiesOfType(type).some((p) => p.valueDeclaration && ts.isMethodSignature(p.valueDeclaration))) {
    // Object literals typed by this interface: a concrete record with the fields and their accessors.
    w.line(`${templatePrefix(decl.typeParameters)}class ${name}_object : public ${name}${decl.typeParameters?.length ? `<${decl.typeParameters.map((p) => p.name.text).join(", ")}>` : ""} {`);
    w.line(" public:");
    w.indent();
    const objectFields: string[] = [];
    const baseRecord = `${name}${decl.typeParameters?.length ? `<${decl.typeParameters.map((p) => p.name.text).join(", ")}>` : ""}`;
    for (const prop of ctx.checker.getPropertiesOfType(type)) {
      const pd = prop.valueDeclaration;
      if (!pd) continue;
      const cpp = symbolCpp(ctx, prop, pd);
      const field = cppIdentifier(prop.name);
      objectFields.push(field);
      w.line(`${cpp} ${field}${defaultInit(cpp)};`);
      w.line(`${cpp} get_${field}() override { return ${field}; }`);
      w.line(`void set_${field}(${cpp} value) override { this->${field} = value; }`);
    }
    for (const l of traceMembers(ctx, decl, baseRecord, objectFields)) w.line(l);
    w.dedent();
    w.line("};");
  }
  w.line(`${templatePrefix(decl.typeParameters)}inline const ts::ClassInfo ${name}${decl.typeParameters?.length ? `<${decl.typeParameters.map((p) => p.name.text).join(", ")}>` : ""}::classInfo_ = {"${decl.name.text}", ${extended.length ? `&${baseName}::classInfo_` : "nullptr"}};`);
}

// ---- enums -----------------------------------------------------------------------------------------------

export function enumDefinition(ctx: LowerContext, w: CppWriter, decl: ts.EnumDeclaration): void {
  const numeric = decl.members.filter((m) => typeof ctx.checker.getConstantValue(m) === "number");
  if (!numeric.length) return;
  w.line(`namespace ${cppIdentifier(decl.name.text)} {`, decl);
  w.indent();
  for (const m of numeric) {
    const value = ctx.checker.getConstantValue(m) as number;
    w.line(`constexpr double ${cppIdentifier(m.name.getText().replace(/^["']|["']$/g, ""))} = ${numberLiteral(value, false)};`, m);
  }
  w.dedent();
  w.line("}");
}

export { defaultValue };
