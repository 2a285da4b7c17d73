// console.log and JSON of class and record instances: the C++ the compiler writes next to the classes, once
// per non-generic class and record, when the program prints an object or uses JSON:
//   ts::String tsInspect(ts::detail::Inspect&, C*)          util.inspect's `C { x: 1 }` / `{ x: 1 }`
//   void tsJsonWrite(ts::json::Writer&, C*)                JSON.stringify (toJSON() honoured)
//   void tsJsonRead(ts::json::Reader&, ts::Ref<C>&)        JSON.parse into a record
// The runtime (ts_inspect.h, ts_json.h) finds them by argument-dependent lookup. A base type's function first
// hands a subclass instance to the subclass's own (by ClassInfo), as Node prints the dynamic class.
// Fields are listed in the order Node creates them: for a class, base class first, then parameter
// properties, then declared fields; for a record, a base interface's members first, then its own (an object
// literal written in another order prints in declaration order: documented in docs/language.md).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppIdentifier, symbolTypeOf } from "./types.js";
import { baseClassOf, templatePrefix } from "./declarations.js";
import type { ModuleOrder } from "./module.js";
import type { CppType } from "../ir/types.js";
import { generatedRecords } from "./records.js";
import { codecHead, generatedCodecLines } from "./generated-codecs.js";
import { unionReaderLines } from "./json-unions.js";
import { unionRootReader } from "./json.js";

interface Usage {
  inspect: boolean;
  json: boolean;
  /** Some value is typed as a union of unrelated records (ts::Ref<ts::Object>, ts::Mixed): printed by its class. */
  dynamic: boolean;
  /** Types some JSON.parse reads into (the records they reach get a tsJsonRead). */
  readTypes: Set<ts.Type>;
}

const usage = new WeakMap<LowerContext, Usage>();

function usageOf(ctx: LowerContext): Usage {
  let u = usage.get(ctx);
  if (!u) usage.set(ctx, (u = { inspect: false, json: false, dynamic: false, readTypes: new Set() }));
  return u;
}

/** console.log printed an object: write tsInspect for every class and record. */
export function needInspect(ctx: LowerContext): void {
  usageOf(ctx).inspect = true;
}
/** A union of records without a common base class has a C++ type (unions.ts). */
export function needDynamicCodecs(ctx: LowerContext): void {
  usageOf(ctx).dynamic = true;
}

/** JSON.stringify was used: write tsJsonWrite for every class and record. */
export function needJsonWrite(ctx: LowerContext): void {
  usageOf(ctx).json = true;
}
/** JSON.parse reads into this type (every record it reaches gets a tsJsonRead). */
export function needJsonRead(ctx: LowerContext, type: ts.Type): void {
  usageOf(ctx).readTypes.add(type);
}

type ShapeDecl = ts.ClassDeclaration | ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

export interface Field {
  /** The property name as JavaScript sees it. */
  name: string;
  /** C++ access from `p`. */
  access: string;
  type: ts.Type;
  cpp: CppType;
  optional: boolean;
  decl: ts.Declaration;
  /** A method signature of an interface, read from its object-literal record (printed, never in JSON). */
  method?: boolean;
}

interface Shape {
  decl: ShapeDecl;
  cppName: string;
  /** `template <class T> ` for a generic class or record, and the type its functions take (`Box<T>`). */
  template: string;
  self: string;
  isClass: boolean;
  abstract: boolean;
  fields: Field[];
  hasToJSON: boolean;
  file: ts.SourceFile;
}

/** A class or a record (interface, object type alias) that the module lowering emits as a C++ class. */
export function isRecordDecl(ctx: LowerContext, s: ts.Node): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration {
  if (!(ts.isInterfaceDeclaration(s) || (ts.isTypeAliasDeclaration(s) && ts.isTypeLiteralNode(s.type) && !s.type.members.some(ts.isCallSignatureDeclaration)))) return false;
  const symbol = ctx.checker.getSymbolAtLocation(s.name);
  if (!symbol) return false;
  return ctx.checker.getSignaturesOfType(ctx.checker.getDeclaredTypeOfSymbol(symbol), ts.SignatureKind.Call).length === 0;
}

function classFields(ctx: LowerContext, cls: ts.ClassDeclaration, seen = new Set<ts.ClassDeclaration>()): Field[] {
  if (seen.has(cls)) return [];
  seen.add(cls);
  const fields: Field[] = [];
  const base = baseClassOf(ctx, cls);
  const baseDecl = base && ctx.symbolOf(base.expression)?.declarations?.find(ts.isClassDeclaration);
  if (baseDecl) fields.push(...classFields(ctx, baseDecl, seen));
  const field = (name: string, node: ts.Declaration, optional: boolean): void => {
    const symbol = ctx.checker.getSymbolAtLocation((node as ts.NamedDeclaration).name!);
    if (!symbol) return;
    const existing = fields.findIndex((f) => f.name === name);
    const entry = { name, access: `p->${cppIdentifier(name)}`, type: ctx.checker.getTypeOfSymbolAtLocation(symbol, node), cpp: symbolTypeOf(ctx, symbol, node), optional, decl: node };
    if (existing >= 0) fields[existing] = entry;  // a redeclared field keeps its first place in Node
    else fields.push(entry);
  };
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  for (const p of ctor?.parameters ?? []) {
    const mods = ts.getModifiers(p) ?? [];
    if (!mods.some((m) => m.kind === ts.SyntaxKind.PublicKeyword || m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword || m.kind === ts.SyntaxKind.ReadonlyKeyword)) continue;
    if (ts.isIdentifier(p.name)) field(p.name.text, p, false);
  }
  for (const m of cls.members) {
    if (!ts.isPropertyDeclaration(m) || !ts.isIdentifier(m.name)) continue;
    if (ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword || x.kind === ts.SyntaxKind.DeclareKeyword)) continue;
    field(m.name.text, m, !!m.questionToken);
  }
  return fields;
}

function recordFields(ctx: LowerContext, decl: ts.InterfaceDeclaration | ts.TypeAliasDeclaration, abstract: boolean): Field[] {
  const fields: Field[] = [];
  const add = (d: ts.InterfaceDeclaration | ts.TypeAliasDeclaration): void => {
    if (ts.isInterfaceDeclaration(d)) {
      for (const h of d.heritageClauses ?? []) {
        for (const t of h.types) {
          const baseDecl = ctx.symbolOf(t.expression)?.declarations?.find((x): x is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(x));
          if (baseDecl && baseDecl !== d) add(baseDecl);
        }
      }
    }
    const members = ts.isInterfaceDeclaration(d) ? d.members : ts.isTypeLiteralNode(d.type) ? d.type.members : ts.factory.createNodeArray<ts.TypeElement>();
    for (const m of members) {
      if (ts.isMethodSignature(m) && abstract && !decl.typeParameters?.length && ts.isIdentifier(m.name)) {
        // util.inspect shows an object literal's function property (`read: [Function: read]`); the record's
        // inspect is reached for object literals only (classes dispatch to their own), checked by classInfo.
        const symbol = ctx.checker.getSymbolAtLocation(m.name);
        if (!symbol) continue;
        const owner = cppIdentifier(decl.name.text);
        const access = `static_cast<${owner}_object*>(p)->${cppIdentifier(m.name.text)}_fn`;
        fields.push({ name: m.name.text, access, type: ctx.checker.getTypeOfSymbolAtLocation(symbol, m), cpp: symbolTypeOf(ctx, symbol, m), optional: false, decl: m, method: true });
        continue;
      }
      if (!ts.isPropertySignature(m) || !(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) continue;
      const symbol = ctx.checker.getSymbolAtLocation(m.name);
      if (!symbol) continue;
      const name = m.name.text;
      const existing = fields.findIndex((f) => f.name === name);
      if (existing >= 0) fields.splice(existing, 1);
      const access = abstract ? `p->get_${cppIdentifier(name)}()` : `p->${cppIdentifier(name)}`;
      fields.push({ name, access, type: ctx.checker.getTypeOfSymbolAtLocation(symbol, m), cpp: symbolTypeOf(ctx, symbol, m), optional: !!m.questionToken, decl: m });
    }
  };
  add(decl);
  return fields;
}

function shapesOf(ctx: LowerContext, order: ModuleOrder): Shape[] {
  const shapes: Shape[] = [];
  for (const sf of order.files) {
    for (const s of sf.statements) {
      if (ts.isClassDeclaration(s) && s.name) {
        const type = ctx.checker.getTypeAtLocation(s);
        const toJSON = ctx.checker.getPropertyOfType(type, "toJSON");
        const hasToJSON = !!toJSON?.valueDeclaration && ts.isMethodDeclaration(toJSON.valueDeclaration);
        shapes.push({ decl: s, cppName: cppIdentifier(s.name.text), ...generic(s), isClass: true, abstract: false, fields: classFields(ctx, s), hasToJSON, file: sf });
      } else if (isRecordDecl(ctx, s)) {
        const symbol = ctx.checker.getSymbolAtLocation(s.name)!;
        const abstract = ctx.abstractRecords.has(symbol);
        const type = ctx.checker.getDeclaredTypeOfSymbol(symbol);
        const toJSON = ctx.checker.getPropertyOfType(type, "toJSON");
        const hasToJSON = !!toJSON?.valueDeclaration && ts.isMethodSignature(toJSON.valueDeclaration) && abstract;
        shapes.push({ decl: s, cppName: cppIdentifier(s.name.text), ...generic(s), isClass: false, abstract, fields: recordFields(ctx, s, abstract), hasToJSON, file: sf });
      }
    }
  }
  return shapes;
}

function generic(decl: ShapeDecl): { template: string; self: string } {
  const name = cppIdentifier(decl.name!.text);
  const params = decl.typeParameters ?? [];
  if (!params.length) return { template: "", self: name };
  return { template: templatePrefix(params), self: `${name}<${params.map((p) => p.name.text).join(", ")}>` };
}

/** Every C++ base of `cls`, itself included (extends chains, and the interfaces a class implements, and
 * interfaces' bases: class-bases.ts). Memoised per lowering: a batch of many programs has hundreds of shapes,
 * and asking for each pair walked the heritage clauses (and the checker) S² times. */
const ancestorsMemo = new WeakMap<LowerContext, Map<ts.Node, Set<ts.Node>>>();
function ancestorsOf(ctx: LowerContext, cls: ShapeDecl): Set<ts.Node> {
  let memo = ancestorsMemo.get(ctx);
  if (!memo) ancestorsMemo.set(ctx, (memo = new Map()));
  let seen = memo.get(cls);
  if (seen) return seen;
  seen = new Set<ts.Node>();
  const stack: ShapeDecl[] = [cls];
  while (stack.length) {
    const cur = stack.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    if (!ts.isClassDeclaration(cur) && !ts.isInterfaceDeclaration(cur)) continue;
    for (const clause of cur.heritageClauses ?? []) {
      for (const t of clause.types) {
        const next = ctx.symbolOf(t.expression)?.declarations?.find((d) => ts.isClassDeclaration(d) || ts.isInterfaceDeclaration(d));
        if (next) stack.push(next as ShapeDecl);
      }
    }
  }
  memo.set(cls, seen);
  return seen;
}

/** Whether the C++ class of `cls` derives from `base`'s. */
function derivesFrom(ctx: LowerContext, cls: ShapeDecl, base: ShapeDecl): boolean {
  return ancestorsOf(ctx, cls).has(base);
}

/** Node's property key: an identifier as it is, anything else quoted. */
function inspectKey(name: string): string {
  return /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(name) ? name : `'${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

function cString(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/\?/g, "\\?");
}

const TSSTR = (text: string): string => `TS_STR("${cString(text)}")`;

/** The lines to put after the class definitions (an entry module's at top level, others' in their namespace). */
export function objectCodecLines(ctx: LowerContext, order: ModuleOrder): string[] {
  const u = usage.get(ctx);
  if (!u || (!u.inspect && !u.json && !u.readTypes.size)) return [];
  const shapes = shapesOf(ctx, order);
  const readable = readRecordsOf(ctx, u.readTypes);
  const qualified = (s: Shape, from: ts.SourceFile): string => {
    const ns = ctx.namespaceOf.get(s.file);
    return ns && s.file !== from ? `${ns}::${s.cppName}` : s.cppName;
  };
  const protos = new Map<ts.SourceFile, string[]>();
  const defs = new Map<ts.SourceFile, string[]>();
  const push = (m: Map<ts.SourceFile, string[]>, sf: ts.SourceFile, ...ls: string[]): void => {
    if (!m.has(sf)) m.set(sf, []);
    m.get(sf)!.push(...ls);
  };
  for (const s of shapes) {
    const subs = s.template ? [] : shapes.filter((o) => o !== s && o.isClass && !o.template && derivesFrom(ctx, o.decl, s.decl));
    const dispatch = (fn: string, args: string): string[] =>
      subs.length
        ? ["  const ts::ClassInfo* info = p->classInfo();", ...subs.map((d) => `  if (info == &${qualified(d, s.file)}::classInfo_) return ${fn}(${args}, ts::downcast<${qualified(d, s.file)}>(p));`)]
        : [];
    if (u.inspect) {
      const head = codecHead(s.template, `inline ts::String tsInspect(ts::detail::Inspect& ctx, ${s.self}* p)`);
      push(protos, s.file, head.proto);
      const optionalCount = s.isClass ? [] : s.fields.filter((f) => f.optional).map((f) => ` - ts::detail::isUndefinedValue(${f.access})`);
      const body = [
        ...head.open,
        ...dispatch("tsInspect", "ctx"),
        `  ts::detail::ObjectInspect o(ctx, p, ${s.isClass ? "p->classInfo()->name" : "nullptr"}, ${s.fields.length}${optionalCount.join("")});`,
        "  if (o.done()) return o.result();",
      ];
      for (const f of s.fields) {
        const key = TSSTR(inspectKey(f.name));
        if (!s.isClass && f.optional) body.push(`  if (!ts::detail::isUndefinedValue(${f.access})) o.field(${key}, ${f.access});`);
        else if (f.method) body.push(`  if (p->classInfo() == &${s.cppName}::classInfo_) o.function(${key}, ${TSSTR(f.name)}, ${f.access});`);
        else if (f.cpp.kind === "fn") body.push(`  o.function(${key}, ${TSSTR(f.name)}, ${f.access});`);
        else body.push(`  o.field(${key}, ${f.access});`);
      }
      body.push("  return o.finish();", "}");
      push(defs, s.file, ...body);
    }
    if (u.json) {
      const head = codecHead(s.template, `inline void tsJsonWrite(ts::json::Writer& w, ${s.self}* p)`);
      push(protos, s.file, head.proto);
      const body = [...head.open, ...dispatch("tsJsonWrite", "w")];
      if (s.hasToJSON) body.push("  ts::json::write(w, p->toJSON());");
      else {
        body.push("  bool first = true;", "  w.open('{');");
        for (const f of s.fields) if (!f.method) body.push(`  ts::json::member(w, first, ${TSSTR(f.name)}, ${f.access});`);
        body.push("  w.close(first, '}');");
      }
      body.push("}");
      push(defs, s.file, ...body);
    }
    if (!s.isClass && !s.template && readable.has(s.decl)) {
      const readFields = s.fields.filter((f) => !f.method);
      push(protos, s.file, `inline void tsJsonRead(ts::json::Reader& r, ts::Ref<${s.cppName}>& out);`);
      const body = [
        `inline void tsJsonRead(ts::json::Reader& r, ts::Ref<${s.cppName}>& out) {`,
        "  r.beginObject();",
        `  auto o = ts::make<${s.cppName}${s.abstract ? "_object" : ""}>();`,
        ...readFields.map((_, i) => `  bool seen${i} = false;`),
        "  bool first = true;",
        "  ts::String key;",
        "  while (r.nextKey(first, key)) {",
      ];
      readFields.forEach((f, i) => {
        const target = `o->${cppIdentifier(f.name)}`;
        const nullable = !!(f.type.flags & ts.TypeFlags.Union) && (f.type as ts.UnionType).types.some((t) => t.flags & ts.TypeFlags.Null) && f.cpp.kind !== "opt";
        body.push(`    ${i ? "else " : ""}if (key.equals(${TSSTR(f.name)})) {`);
        body.push(`      r.enter(PSTR("${cString(f.name)}"));`);
        const unionReader = unionRootReader(ctx, f.type, s.decl);
        if (unionReader) body.push(`      (${unionReader})(r, ${target});`);
        else body.push(`      ts::json::${nullable ? "readNullable" : "read"}(r, ${target});`);
        body.push("      r.leave();", `      seen${i} = true;`, "    }");
      });
      body.push(`    ${readFields.length ? "else " : ""}r.skipValue();`, "  }");
      readFields.forEach((f, i) => {
        if (!f.optional) body.push(`  if (!seen${i}) r.missing(PSTR("${cString(f.name)}"), PSTR("${cString(ctx.checker.typeToString(f.type))}"));`);
      });
      body.push("  out = o;", "}");
      push(defs, s.file, ...body);
    }
  }
  const unions = unionReaderLines(ctx, order.entry);
  const generated = [...generatedCodecLines(generatedRecords(ctx), u.inspect, u.json), ...unions.protos];
  if (!defs.size && !generated.length) return [];
  const dynamic = u.dynamic ? dynamicDispatch(ctx, shapes.filter((s) => !s.template && !s.abstract).map((s) => qualified(s, order.entry)), u.inspect, u.json) : [];
  const out: string[] = ["// ---- console.log and JSON of objects (lower/object-codecs.ts)", ...generated];
  for (const part of [protos, defs]) {
    for (const sf of order.files) {
      const ls = part.get(sf);
      if (!ls?.length) continue;
      const ns = ctx.namespaceOf.get(sf);
      if (ns) out.push(`namespace ${ns} {`, ...ls, `}  // namespace ${ns}`);
      else out.push(...ls);
    }
  }
  out.push(...unions.defs, ...dynamic, "");
  return out;
}

/**
 * A value typed as a union of records with no common base (ts::Ref<ts::Object>) is printed and written by its
 * dynamic class: functions that find the instance's own codec by its ClassInfo, registered before
 * setup() (ts::detail::inspectAny, ts::json::writeAny) for the runtime's fallback.
 */
function dynamicDispatch(ctx: LowerContext, classes: string[], inspect: boolean, json: boolean): string[] {
  const names = [...classes, ...generatedRecords(ctx).filter((g) => !g.typeParams?.length).map((g) => g.name)];
  const out: string[] = [];
  const cases = (call: (cast: string) => string, fallback: string): string[] => [
    "  const ts::ClassInfo* info = p->classInfo();",
    ...names.map((n) => `  if (info == &${n}::classInfo_) return ${call(`ts::downcast<${n}>(p)`)};`),
    `  return ${fallback};`,
  ];
  if (inspect) out.push("inline ts::String tsInspectAny(ts::detail::Inspect& ctx, ts::Object* p) {", ...cases((c) => `tsInspect(ctx, ${c})`, "ts::String()"), "}");
  if (json) out.push("inline bool tsJsonWriteAny(ts::json::Writer& w, ts::Object* p) {", ...cases((c) => `tsJsonWrite(w, ${c}), true`, "false"), "}");
  // Registered by a static initialiser: it runs before setup(), and the runtime's pointers are constant-initialised.
  const registrations = [...(inspect ? ["ts::detail::inspectAny = &tsInspectAny"] : []), ...(json ? ["ts::json::writeAny = &tsJsonWriteAny"] : [])];
  if (registrations.length) out.push(`static const bool tsDynamicCodecs_ __attribute__((unused)) = (${registrations.join(", ")}, true);`);
  return out;
}


/** The records reachable from the roots through members and array elements (each needs a tsJsonRead). */
function readRecordsOf(ctx: LowerContext, roots: Set<ts.Type>): Set<ts.Declaration> {
  const out = new Set<ts.Declaration>();
  const visit = (d: ts.Declaration): void => {
    if (out.has(d) || !(ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d))) return;
    out.add(d);
    const symbol = ctx.checker.getSymbolAtLocation(d.name)!;
    for (const f of recordFields(ctx, d, ctx.abstractRecords.has(symbol))) visitType(f.type);
  };
  const visitType = (t: ts.Type): void => {
    const base = ctx.checker.getNonNullableType(t);
    if (base.isUnion() && !(base.flags & ts.TypeFlags.Boolean)) return base.types.forEach(visitType);
    if (ctx.checker.isArrayType(base)) return visitType(ctx.checker.getTypeArguments(base as ts.TypeReference)[0]);
    const d = base.getSymbol()?.declarations?.[0];
    if (d && isRecordDecl(ctx, d)) visit(d);
    const alias = base.aliasSymbol?.declarations?.[0];
    if (alias && isRecordDecl(ctx, alias)) visit(alias);
  };
  for (const r of roots) visitType(r);
  return out;
}
