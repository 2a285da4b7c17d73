// Anonymous object types (`{ id: number; name?: string }`, the type of `{ x: 1, y: "a" }`, of a function that
// returns `{ ok: true, value: 3 }`) as C++ records. A record is identified by its shape: its property names with
// their C++ types, in any order. Every anonymous type of one shape is one C++ class; when a declared interface or
// object type alias (not one classes implement) has that shape, the anonymous type *is* that class, so a value
// passes between `Item` and `{ id: number; name?: string }` both ways without a copy (it is the same object,
// as in JavaScript). Other shapes get a generated class `Obj_<fields>`, defined after the declared records.
// The field order of a generated class is that of the first type of its shape the compiler met.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { type CppType, printType, refTo } from "../ir/types.js";
import { braces, call, lit, name, returnStmt } from "../ir/nodes.js";
import { classDecl, classInfoMembers, functionDecl, varDecl, type Decl, type FunctionDecl } from "../ir/decls.js";
import { cppTypeOf, symbolTypeOf, cppIdentifier, qualifiedName } from "./types.js";

export interface Field {
  name: string;
  cpp: CppType;
  /** The property name as JavaScript sees it (when it differs from the C++ name), and whether it is optional. */
  key?: string;
  optional?: boolean;
}

export interface Generated {
  name: string;
  fields: Field[];
  /** A tuple's record (tuples.ts): printed and written as an array. */
  tuple?: boolean;
  /** A class template's parameters (T0, T1 ...), for anonymous types that mention type parameters. */
  typeParams?: string[];
}

interface RecordsState {
  /** Shape key → C++ class name (qualified for declared records). */
  byKey: Map<string, string>;
  /** Generated classes, in the order they were needed (a record's field records before it). */
  generated: Generated[];
  usedNames: Set<string>;
  declaredScanned: boolean;
}

const stateOf = new WeakMap<LowerContext, RecordsState>();

function state(ctx: LowerContext): RecordsState {
  let s = stateOf.get(ctx);
  if (!s) {
    s = { byKey: new Map(), generated: [], usedNames: new Set(), declaredScanned: false };
    stateOf.set(ctx, s);
  }
  return s;
}

/** An anonymous object type that is a record: a type literal or an object literal's type, without call signatures. */
export function isAnonymousRecordType(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (!(t.flags & ts.TypeFlags.Object) || checker.isArrayType(t) || checker.isTupleType(t)) return false;
  // `Partial<Gains>`, `Readonly<T>`, `Pick<T, K>`: a mapped type over a record is the record of its properties.
  if (isMappedRecord(checker, t)) return true;
  if (t.aliasSymbol) return false;
  const symbol = t.getSymbol();
  // A rest pattern's type (`const { a, ...rest } = o`) is anonymous, with the variable's symbol.
  const restType = !!((t as ts.ObjectType).objectFlags & ts.ObjectFlags.ObjectRestType);
  if (!restType && (!symbol || !(symbol.flags & (ts.SymbolFlags.TypeLiteral | ts.SymbolFlags.ObjectLiteral)))) return false;
  return checker.getSignaturesOfType(t, ts.SignatureKind.Call).length === 0 && checker.getSignaturesOfType(t, ts.SignatureKind.Construct).length === 0;
}

function isMappedRecord(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (!((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Mapped)) return false;
  const props = checker.getPropertiesOfType(t);
  return props.length > 0 && props.every((p) => !p.valueDeclaration || ts.isPropertySignature(p.valueDeclaration)) && checker.getSignaturesOfType(t, ts.SignatureKind.Call).length === 0;
}

/** Whether a C++ class name is one this module generated (an anonymous record with no declared twin). */
export function isGeneratedRecordClass(ctx: LowerContext, className: string | undefined): boolean {
  return !!className && state(ctx).generated.some((g) => g.name === className);
}

/** The C++ type of an anonymous record type (reports what cannot be represented and returns undefined). */
export function anonymousRecordCpp(ctx: LowerContext, t: ts.Type, at: ts.Node): CppType | undefined {
  const checker = ctx.checker;
  const props = literalOrder(checker, t, checker.getPropertiesOfType(t));
  for (const p of props) {
    const d = p.valueDeclaration;
    if (d && (ts.isMethodSignature(d) || ts.isMethodDeclaration(d) || ts.isGetAccessor(d) || ts.isSetAccessor(d))) {
      ctx.report(d, "anonymousRecordMethod", checker.typeToString(t));
      return undefined;
    }
  }
  const typeParams = new Set<string>();
  for (const p of props) collectTypeParameters(checker, checker.getTypeOfSymbol(p), 0, typeParams);
  if (typeParams.size) return genericRecordCpp(ctx, t, props, [...typeParams], at);
  const s = state(ctx);
  if (!s.declaredScanned) {
    s.declaredScanned = true;
    scanDeclaredRecords(ctx, s);
  }
  const fields = props.map((p) => ({ name: cppIdentifier(p.name), cpp: symbolTypeOf(ctx, p, at), key: p.name, optional: !!(p.flags & ts.SymbolFlags.Optional) }));
  const instance = instanceOfGeneric(ctx, t, fields, at);
  if (instance) return instance;
  const key = shapeKey(fields);
  let name = s.byKey.get(key);
  if (!name) {
    name = generatedName(s, fields);
    s.byKey.set(key, name);
    s.generated.push({ name, fields });
  }
  const cpp = refTo(name);
  const text = printType(cpp);
  if (!ctx.typeOfCpp.has(text)) ctx.typeOfCpp.set(text, t);
  return cpp;
}

/**
 * An object literal's properties in the order JavaScript creates them (TypeScript lists a spread's members
 * after the literal's own): each spread's members where the spread is, a member written again keeping its
 * first place.
 */
function literalOrder(checker: ts.TypeChecker, t: ts.Type, props: ts.Symbol[]): ts.Symbol[] {
  const literal = t.getSymbol()?.declarations?.find(ts.isObjectLiteralExpression);
  if (!literal || !literal.properties.some(ts.isSpreadAssignment)) return props;
  const names: string[] = [];
  const add = (n: string): void => {
    if (!names.includes(n)) names.push(n);
  };
  for (const p of literal.properties) {
    if (ts.isSpreadAssignment(p)) for (const s of checker.getPropertiesOfType(checker.getNonNullableType(checker.getTypeAtLocation(p.expression)))) add(s.name);
    else if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) add(p.name.text);
  }
  const rank = (s: ts.Symbol): number => (names.includes(s.name) ? names.indexOf(s.name) : names.length);
  return [...props].sort((a, b) => rank(a) - rank(b));
}

/** A generated record for a key of its own kind (tuples.ts: `tuple:` keys), named `name` or numbered after it. */
export function generatedRecord(ctx: LowerContext, key: string, fields: Field[], name: string, typeParams?: string[], args: readonly CppType[] = []): CppType {
  const s = state(ctx);
  let cls = s.byKey.get(key);
  if (!cls) {
    cls = name;
    for (let i = 2; s.usedNames.has(cls); i++) cls = `${name}_${i}`;
    s.usedNames.add(cls);
    s.byKey.set(key, cls);
    s.generated.push({ name: cls, fields, typeParams, tuple: key.startsWith("tuple") });
  }
  return refTo(cls, args);
}

/** Declared records (interfaces and object type aliases, not generic, not implemented by classes) by shape. */
function scanDeclaredRecords(ctx: LowerContext, s: RecordsState): void {
  const checker = ctx.checker;
  for (const sf of ctx.program.getSourceFiles()) {
    if (sf.isDeclarationFile || ctx.isRuntimeFile(sf.fileName)) continue;
    for (const st of sf.statements) {
      const isRecord = ts.isInterfaceDeclaration(st) || (ts.isTypeAliasDeclaration(st) && ts.isTypeLiteralNode(st.type));
      if (!isRecord || st.typeParameters?.length) continue;
      const symbol = checker.getSymbolAtLocation(st.name);
      if (!symbol || ctx.abstractRecords.has(symbol)) continue;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      if (checker.getSignaturesOfType(type, ts.SignatureKind.Call).length) continue;
      const props = checker.getPropertiesOfType(type);
      if (props.some((p) => !p.valueDeclaration || !ts.isPropertySignature(p.valueDeclaration))) continue;
      const fields = props.map((p) => ({ name: cppIdentifier(p.name), cpp: symbolTypeOf(ctx, p, p.valueDeclaration!) }));
      const key = shapeKey(fields);
      if (!s.byKey.has(key)) s.byKey.set(key, qualifiedName(ctx, symbol));
    }
  }
}

function shapeKey(fields: readonly Field[]): string {
  return fields.map((f) => `${f.name}:${printType(f.cpp)}`).sort().join(";");
}

function generatedName(s: RecordsState, fields: readonly Field[]): string {
  const joined = fields.map((f) => f.name.replace(/_+$/, "")).join("_");
  const base = joined && joined.length <= 28 ? `Obj_${joined}` : `Obj${s.generated.length + 1}`;
  let name = base;
  for (let i = 2; s.usedNames.has(name); i++) name = `${base}_${i}`;
  s.usedNames.add(name);
  return name;
}

/** The names of the type parameters a type mentions (`T` in `{ item: T; list: T[] }`), in order. */
function collectTypeParameters(checker: ts.TypeChecker, t: ts.Type, depth: number, out: Set<string>): void {
  if (depth > 4) return;
  if (t.flags & ts.TypeFlags.TypeParameter) {
    if (!(t as ts.TypeParameter & { isThisType?: boolean }).isThisType && t.symbol) out.add(t.symbol.name);
    return;
  }
  if (t.isUnionOrIntersection()) for (const m of t.types) collectTypeParameters(checker, m, depth + 1, out);
  else if (t.flags & ts.TypeFlags.Object && (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
    for (const a of checker.getTypeArguments(t as ts.TypeReference)) collectTypeParameters(checker, a, depth + 1, out);
  } else if (isAnonymousRecordType(checker, t)) {
    for (const p of checker.getPropertiesOfType(t)) collectTypeParameters(checker, checker.getTypeOfSymbol(p), depth + 1, out);
  }
}

/**
 * An anonymous type that mentions type parameters (`{ priority: number; item: T }` inside a generic class): a
 * class template over them, `Obj_priority_item<T>`; its key names them by position, so `{ item: U }` elsewhere
 * is the same template.
 */
function genericRecordCpp(ctx: LowerContext, t: ts.Type, props: readonly ts.Symbol[], params: readonly string[], at: ts.Node): CppType {
  const s = state(ctx);
  const rename = (c: CppType): CppType => renameNamed(c, (n) => (params.includes(n) ? `T${params.indexOf(n)}` : n));
  const fields = props.map((p) => ({ name: cppIdentifier(p.name), cpp: rename(symbolTypeOf(ctx, p, at)), key: p.name, optional: !!(p.flags & ts.SymbolFlags.Optional) }));
  const key = `generic${params.length}:${shapeKey(fields)}`;
  let name = s.byKey.get(key);
  if (!name) {
    name = generatedName(s, fields);
    s.byKey.set(key, name);
    s.generated.push({ name, fields, typeParams: params.map((_, i) => `T${i}`) });
  }
  return refTo(name, params.map((p) => ({ kind: "named", name: p }) as CppType));
}

function renameNamed(t: CppType, rename: (name: string) => string): CppType {
  switch (t.kind) {
    case "named": return { kind: "named", name: rename(t.name) };
    case "array": return { kind: "array", element: renameNamed(t.element, rename) };
    case "set": return { kind: "set", element: renameNamed(t.element, rename) };
    case "opt": return { kind: "opt", inner: renameNamed(t.inner, rename) };
    case "map": return { kind: "map", key: renameNamed(t.key, rename), value: renameNamed(t.value, rename) };
    case "ref": return { kind: "ref", name: t.name, args: t.args.map((a) => renameNamed(a, rename)) };
    case "fn": return { kind: "fn", ret: renameNamed(t.ret, rename), params: t.params.map((p) => renameNamed(p, rename)) };
    default: return t;
  }
}

/** The generated records (anonymous object types and tuples), for their console.log and JSON codecs. */
export function generatedRecords(ctx: LowerContext): readonly Generated[] {
  return state(ctx).generated;
}

/** Forward declarations of the generated records (before every record and class definition). */
export function generatedRecordDeclarations(ctx: LowerContext): Decl[] {
  return state(ctx).generated.map((g) => classDecl({ template: g.typeParams?.length ? g.typeParams : undefined, name: g.name }));
}

/** The generated records' classes (after the declared records, whose types their fields may hold). */
export function generatedRecordDefinitions(ctx: LowerContext): Decl[] {
  const decls: Decl[] = [];
  for (const g of state(ctx).generated) {
    const template = g.typeParams?.length ? g.typeParams : undefined;
    const fields = g.fields.map((f) => {
      const init = f.cpp.kind === "scalar" ? lit(f.cpp.name === "bool" ? "false" : "0") : undefined;
      return varDecl({ type: f.cpp, name: f.name, init, valueInit: f.cpp.kind === "named" });
    });
    // String(t) of a tuple joins its elements as Array.prototype.toString does.
    // A class template's members are defined after it: the IDE's prototype generator (ctags) takes a member
    // function defined inside a class template for a free function and inserts prototypes inside the class
    // (real-core check, corpus 410).
    const [infoField, infoAccessor] = classInfoMembers() as [Decl, FunctionDecl];
    const members: Decl[] = [infoField, template ? { ...infoAccessor, body: undefined, oneLine: undefined } : infoAccessor, ...fields];
    if (g.tuple) members.push(functionDecl({ ret: "ts::String", name: "toString", params: [], isConst: true }));
    const self = g.typeParams?.length ? `${g.name}<${g.typeParams.join(", ")}>` : g.name;
    decls.push(
      classDecl({ template, name: g.name, bases: [{ name: "ts::Object" }], members }),
      varDecl({ template, specifiers: ["inline", "const"], type: "ts::ClassInfo", scope: self, name: "classInfo_", init: braces([lit('"Object"'), lit("nullptr")]) }),
    );
    if (template) decls.push({ ...infoAccessor, scopeTemplate: template, scope: self, override: undefined });
    if (g.tuple) {
      const body = [returnStmt(call("ts::tupleToString", g.fields.map((f) => name(f.name))))];
      decls.push(functionDecl({ scopeTemplate: template, specifiers: ["inline"], ret: "ts::String", scope: self, name: "toString", params: [], isConst: true, body, oneLine: true }));
    }
  }
  return decls;
}

/** Used by cppTypeOf (types.ts): the record class of an anonymous object type, if it is one. */
export function recordTypeOf(ctx: LowerContext, t: ts.Type, at: ts.Node): CppType | undefined {
  if (!isAnonymousRecordType(ctx.checker, t)) return undefined;
  return anonymousRecordCpp(ctx, t, at);
}

export { cppTypeOf };

/** Whether an object literal's contextual type (possibly nullable) is an anonymous record it is built as. */
export function isRecordContext(ctx: LowerContext, contextual: ts.Type): boolean {
  return isAnonymousRecordType(ctx.checker, ctx.checker.getNonNullableType(contextual));
}

/**
 * A value of one record or class type used as a record of another C++ class: JavaScript passes the same object,
 * tsduino's records are nominal C++ classes, so only a class's own bases are accepted (TSD2012). Records of the
 * same shape are one class already (an interface and an anonymous type alike).
 */
export function checkRecordConversion(ctx: LowerContext, node: ts.Node, from: string, to: string): void {
  if (from === to || from.includes("<", 8) || to.includes("<", 8)) return;
  const target = ctx.typeOfCpp.get(to);
  const source = ctx.typeOfCpp.get(from);
  if (!target || !source) return;
  const targetSymbol = target.aliasSymbol ?? target.getSymbol();
  if (!targetSymbol || !(targetSymbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeLiteral | ts.SymbolFlags.ObjectLiteral | ts.SymbolFlags.TypeAlias))) return;
  if (ctx.abstractRecords.has(targetSymbol)) return;
  for (const base of cppBases(ctx, source)) if (printType(cppTypeOf(ctx, base, node)) === to) return;
  ctx.report(node, "structuralMismatch", ctx.checker.typeToString(source), ctx.checker.typeToString(target));
}

/** The TypeScript types of a class's or interface's C++ base classes (extends, else the one implemented interface). */
function cppBases(ctx: LowerContext, t: ts.Type): ts.Type[] {
  const out: ts.Type[] = [];
  let decl = t.getSymbol()?.declarations?.find((d) => ts.isClassDeclaration(d) || ts.isInterfaceDeclaration(d)) as ts.ClassDeclaration | ts.InterfaceDeclaration | undefined;
  for (let depth = 0; decl && depth < 32; depth++) {
    const clauses = decl.heritageClauses ?? [];
    const base = clauses.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0] ?? clauses.find((h) => h.token === ts.SyntaxKind.ImplementsKeyword)?.types[0];
    if (!base) break;
    const bt = ctx.checker.getTypeAtLocation(base);
    out.push(bt);
    decl = bt.getSymbol()?.declarations?.find((d) => ts.isClassDeclaration(d) || ts.isInterfaceDeclaration(d)) as ts.ClassDeclaration | ts.InterfaceDeclaration | undefined;
  }
  return out;
}

/** Whether an expression's contextual type comes from a destructuring pattern (`const { a } = <node>`,
 *  `[a, b] = <node>`): that type says nothing about how the value is stored. */
export function isPatternContext(node: ts.Node): boolean {
  let n = node;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p)) && p.initializer === n && !ts.isIdentifier(p.name)) return true;
  return ts.isBinaryExpression(p) && p.right === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isArrayLiteralExpression(p.left) || ts.isObjectLiteralExpression(p.left));
}

/**
 * A union whose members are all records of one C++ class (`{ ok: true; v: number } | { ok: false; v: number }`,
 * an object literal type and the interface of its shape): that class. Undefined for any other union.
 */
export function sameRecordUnion(ctx: LowerContext, t: ts.UnionType, at: ts.Node): CppType | undefined {
  const checker = ctx.checker;
  const isRecord = (m: ts.Type): boolean => {
    if (isAnonymousRecordType(checker, m)) return true;
    const symbol = m.aliasSymbol ?? m.getSymbol();
    return !!symbol && !!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) && !ctx.abstractRecords.has(symbol) && !(m.flags & ts.TypeFlags.TypeParameter);
  };
  if (!t.types.every(isRecord)) return undefined;
  const cpps = t.types.map((m) => printType(cppTypeOf(ctx, m, at)));
  if (cpps.some((c) => c !== cpps[0]) || !cpps[0].startsWith("ts::Ref<")) return undefined;
  return cppTypeOf(ctx, t.types[0], at);
}

/**
 * An instantiation of an anonymous type written in generic code (`wrap(3)`'s `{ value: number }`, from
 * `{ value: T }`): that type's class template with the arguments read off the fields. Undefined otherwise.
 */
function instanceOfGeneric(ctx: LowerContext, t: ts.Type, fields: readonly Field[], at: ts.Node): CppType | undefined {
  const checker = ctx.checker;
  const decl = t.getSymbol()?.declarations?.[0];
  if (!decl) return undefined;
  const generic = ts.isTypeLiteralNode(decl) ? checker.getTypeFromTypeNode(decl) : ts.isObjectLiteralExpression(decl) ? checker.getTypeAtLocation(decl) : undefined;
  if (!generic || generic === t || !isAnonymousRecordType(checker, generic)) return undefined;
  const params = new Set<string>();
  for (const p of checker.getPropertiesOfType(generic)) collectTypeParameters(checker, checker.getTypeOfSymbol(p), 0, params);
  if (!params.size) return undefined;
  const template = anonymousRecordCpp(ctx, generic, at);
  if (template?.kind !== "ref") return undefined;
  const g = state(ctx).generated.find((x) => x.name === template.name);
  if (!g?.typeParams) return undefined;
  const binding = new Map<string, CppType>();
  for (const f of g.fields) {
    const concrete = fields.find((c) => c.name === f.name);
    if (!concrete || !unify(f.cpp, concrete.cpp, g.typeParams, binding)) return undefined;
  }
  if (!g.typeParams.every((p) => binding.has(p))) return undefined;
  return refTo(g.name, g.typeParams.map((p) => binding.get(p)!));
}

/** Matches a template field type against a concrete one, binding the template's parameters. */
function unify(g: CppType, c: CppType, params: readonly string[], binding: Map<string, CppType>): boolean {
  if (g.kind === "named" && params.includes(g.name)) {
    const bound = binding.get(g.name);
    if (bound) return printType(bound) === printType(c);
    binding.set(g.name, c);
    return true;
  }
  // `T | undefined` of a template parameter is ts::Opt<T>; instantiated with a handle it is the handle itself.
  if (g.kind === "opt" && c.kind !== "opt") return unify(g.inner, c, params, binding);
  if (g.kind !== c.kind) return false;
  switch (g.kind) {
    case "array": case "set": return unify(g.element, (c as typeof g).element, params, binding);
    case "opt": return unify(g.inner, (c as typeof g).inner, params, binding);
    case "map": return unify(g.key, (c as typeof g).key, params, binding) && unify(g.value, (c as typeof g).value, params, binding);
    case "ref": {
      const cr = c as typeof g;
      return g.name === cr.name && g.args.length === cr.args.length && g.args.every((a, i) => unify(a, cr.args[i], params, binding));
    }
    case "fn": {
      const cf = c as typeof g;
      return g.params.length === cf.params.length && unify(g.ret, cf.ret, params, binding) && g.params.every((p, i) => unify(p, cf.params[i], params, binding));
    }
    default: return printType(g) === printType(c);
  }
}
