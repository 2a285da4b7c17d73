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
import { cppTypeOf, symbolTypeOf, cppIdentifier, qualifiedName } from "./types.js";

export interface Field {
  name: string;
  cpp: CppType;
}

interface Generated {
  name: string;
  fields: Field[];
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
  if (!(t.flags & ts.TypeFlags.Object) || t.aliasSymbol || checker.isArrayType(t) || checker.isTupleType(t)) return false;
  const symbol = t.getSymbol();
  // A rest pattern's type (`const { a, ...rest } = o`) is anonymous, with the variable's symbol.
  const restType = !!((t as ts.ObjectType).objectFlags & ts.ObjectFlags.ObjectRestType);
  if (!restType && (!symbol || !(symbol.flags & (ts.SymbolFlags.TypeLiteral | ts.SymbolFlags.ObjectLiteral)))) return false;
  return checker.getSignaturesOfType(t, ts.SignatureKind.Call).length === 0 && checker.getSignaturesOfType(t, ts.SignatureKind.Construct).length === 0;
}

/** Whether a C++ class name is one this module generated (an anonymous record with no declared twin). */
export function isGeneratedRecordClass(ctx: LowerContext, className: string | undefined): boolean {
  return !!className && state(ctx).generated.some((g) => g.name === className);
}

/** The C++ type of an anonymous record type (reports what cannot be represented and returns undefined). */
export function anonymousRecordCpp(ctx: LowerContext, t: ts.Type, at: ts.Node): CppType | undefined {
  const checker = ctx.checker;
  const props = checker.getPropertiesOfType(t);
  for (const p of props) {
    const d = p.valueDeclaration;
    if (d && (ts.isMethodSignature(d) || ts.isMethodDeclaration(d) || ts.isGetAccessor(d) || ts.isSetAccessor(d))) {
      ctx.report(d, "anonymousRecordMethod", checker.typeToString(t));
      return undefined;
    }
    if (mentionsTypeParameter(checker, checker.getTypeOfSymbol(p), 0)) {
      ctx.report(t.getSymbol()?.declarations?.[0] ?? at, "anonymousRecordGeneric", checker.typeToString(t));
      return undefined;
    }
  }
  const s = state(ctx);
  if (!s.declaredScanned) {
    s.declaredScanned = true;
    scanDeclaredRecords(ctx, s);
  }
  const fields = props.map((p) => ({ name: cppIdentifier(p.name), cpp: symbolTypeOf(ctx, p, at) }));
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

/** A generated record for a key of its own kind (tuples.ts: `tuple:` keys), named `name` or numbered after it. */
export function generatedRecord(ctx: LowerContext, key: string, fields: Field[], name: string): CppType {
  const s = state(ctx);
  let cls = s.byKey.get(key);
  if (!cls) {
    cls = name;
    for (let i = 2; s.usedNames.has(cls); i++) cls = `${name}_${i}`;
    s.usedNames.add(cls);
    s.byKey.set(key, cls);
    s.generated.push({ name: cls, fields });
  }
  return refTo(cls);
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

function mentionsTypeParameter(checker: ts.TypeChecker, t: ts.Type, depth: number): boolean {
  if (depth > 4) return false;
  if (t.flags & ts.TypeFlags.TypeParameter) return !(t as ts.TypeParameter & { isThisType?: boolean }).isThisType;
  if (t.isUnionOrIntersection()) return t.types.some((m) => mentionsTypeParameter(checker, m, depth + 1));
  if (t.flags & ts.TypeFlags.Object && (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
    return checker.getTypeArguments(t as ts.TypeReference).some((a) => mentionsTypeParameter(checker, a, depth + 1));
  }
  if (isAnonymousRecordType(checker, t)) return checker.getPropertiesOfType(t).some((p) => mentionsTypeParameter(checker, checker.getTypeOfSymbol(p), depth + 1));
  return false;
}

/** Forward declarations of the generated records (before every record and class definition). */
export function generatedRecordDeclarations(ctx: LowerContext): string[] {
  return state(ctx).generated.map((g) => `class ${g.name};`);
}

/** The generated records' classes (after the declared records, whose types their fields may hold). */
export function generatedRecordDefinitions(ctx: LowerContext): string[] {
  const lines: string[] = [];
  for (const g of state(ctx).generated) {
    lines.push(`class ${g.name} : public ts::Object {`, " public:");
    lines.push("  static const ts::ClassInfo classInfo_;", "  const ts::ClassInfo* classInfo() const override { return &classInfo_; }");
    for (const f of g.fields) {
      const cpp = printType(f.cpp);
      const init = f.cpp.kind === "scalar" ? (f.cpp.name === "bool" ? " = false" : " = 0") : "";
      lines.push(`  ${cpp} ${f.name}${init};`);
    }
    lines.push("};", `inline const ts::ClassInfo ${g.name}::classInfo_ = {"Object", nullptr};`);
  }
  return lines;
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
