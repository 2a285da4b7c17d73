// JSON.stringify(value, null?, indent?) and JSON.parse(text) as T. The runtime does the work (ts_json.h);
// this lowers the calls, decides the type JSON.parse reads into (the `as T` around it, or the type its
// context declares: `const c: Config = JSON.parse(text)`), rejects what cannot come from JSON (classes, Maps,
// functions) at compile time, and asks object-codecs.ts for the per-record writers and readers.
import ts from "typescript";
import { recordUnionOf, unionReaderName } from "./json-unions.js";
import type { LowerContext } from "./context.js";
import { cppType, isStringType, isNumberType, isBooleanType } from "./types.js";
import { expr, exprAs, cppOf, sequenced, type Lazy } from "./expressions.js";
import { isRecordDecl, needJsonRead, needJsonWrite } from "./object-codecs.js";
import { typeFromSpelling, type CppType } from "../ir/types.js";

/** `JSON.parse(...)` (the TypeScript library's, not a user function of that name). */
export function isJsonParseCall(ctx: LowerContext, node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const callee = node.expression;
  if (!ts.isIdentifier(callee.expression) || callee.expression.text !== "JSON" || callee.name.text !== "parse") return false;
  const decl = ctx.symbolOf(callee.expression)?.declarations?.[0];
  return !decl || ctx.isRuntimeFile(decl.getSourceFile().fileName);
}

/** The type JSON.parse reads into: `JSON.parse(t) as T`, or the type its context expects. */
function parseTarget(ctx: LowerContext, node: ts.CallExpression): ts.Type | undefined {
  let outer: ts.Node = node;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const parent = outer.parent;
  if ((ts.isAsExpression(parent) || ts.isTypeAssertionExpression(parent)) && !ts.isConstTypeReference(parent.type)) return ctx.checker.getTypeFromTypeNode(parent.type);
  const contextual = ctx.checker.getContextualType(outer as ts.Expression);
  if (!contextual || contextual.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  return contextual;
}

/** The C++ type of a JSON.parse call (the type it reads into), for cppOf. */
export function jsonParseCpp(ctx: LowerContext, node: ts.CallExpression): string {
  const target = parseTarget(ctx, node);
  if (!target) return "ts::String";
  return cppType(ctx, target, node);
}

/** Why a type cannot come from JSON, or undefined when it can. */
function unreadable(ctx: LowerContext, t: ts.Type, seen = new Set<ts.Type>()): string | undefined {
  const checker = ctx.checker;
  if (seen.has(t)) return undefined;
  seen.add(t);
  let base = t;
  if (t.isUnion()) {
    const rest = t.types.filter((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    if (rest.every((m) => m.flags & ts.TypeFlags.StringLiteral) || rest.every((m) => m.flags & ts.TypeFlags.BooleanLiteral)) return undefined;
    // A union of primitives (`number | string | boolean`, a ts::Prim): the JSON value's own type.
    if (rest.length > 1 && rest.every((m) => m.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike))) return undefined;
    const union = recordUnionOf(ctx, t, (m) => isRecordType(ctx, m));
    if (union) {
      for (const m of union.members) {
        const why = unreadable(ctx, m.type, seen);
        if (why) return why;
      }
      return undefined;
    }
    if (rest.length !== 1) return checker.typeToString(t);
    base = rest[0];
  }
  if (isStringType(base) || isNumberType(base) || isBooleanType(base)) return undefined;
  if (base.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral)) return undefined;
  if (checker.isArrayType(base)) return unreadable(ctx, checker.getTypeArguments(base as ts.TypeReference)[0], seen);
  const decl = base.aliasSymbol?.declarations?.find((d) => isRecordDecl(ctx, d)) ?? base.getSymbol()?.declarations?.find((d) => isRecordDecl(ctx, d));
  if (decl && !(decl as ts.InterfaceDeclaration).typeParameters?.length) {
    for (const prop of checker.getPropertiesOfType(base)) {
      const pd = prop.valueDeclaration;
      if (!pd) continue;
      if (ts.isMethodSignature(pd)) return `${checker.typeToString(base)}.${prop.name} (a method)`;
      const why = unreadable(ctx, checker.getTypeOfSymbolAtLocation(prop, pd), seen);
      if (why) return `${checker.typeToString(base)}.${prop.name}: ${why}`;
    }
    return undefined;
  }
  return checker.typeToString(base);
}

export function jsonCall(ctx: LowerContext, node: ts.CallExpression, name: string): string | undefined {
  const args = node.arguments;
  if (name === "stringify") {
    if (args.length === 0) return undefined;
    const replacer = args[1];
    if (replacer && !(replacer.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(replacer) && replacer.text === "undefined"))) {
      ctx.report(replacer, "unsupportedCall", "JSON.stringify with a replacer", "pass null as the second argument (a replacer function or key list is not supported)");
      return "ts::String()";
    }
    const value = args[0];
    const valueCpp = cppOf(ctx, value);
    if (!writable(typeFromSpelling(valueCpp))) {
      ctx.report(value, "unsupportedType", ctx.checker.typeToString(ctx.checker.getTypeAtLocation(value)), "JSON.stringify writes numbers, strings, booleans, null, arrays, Maps/Sets (as {}), classes and interfaces");
      return "ts::String()";
    }
    needJsonWrite(ctx);
    const used: ts.Expression[] = [value];
    if (args[2]) used.push(args[2]);
    const texts: Lazy[] = used.map((a) => () => expr(ctx, a));
    const cpps = used.map((a) => cppOf(ctx, a));
    return sequenced(ctx, used, texts, cpps, (v) => `ts::json::stringify(${v.join(", ")})`, "ts::String");
  }
  if (name === "parse") {
    if (args.length !== 1) {
      ctx.report(node, "unsupportedCall", "JSON.parse with a reviver", "parse into a declared type: JSON.parse(text) as T");
      return "ts::String()";
    }
    const target = parseTarget(ctx, node);
    if (!target) {
      ctx.report(node, "unsupportedCall", "JSON.parse without a declared type", "write JSON.parse(text) as T, where T is an interface, an array, string, number or boolean");
      return "ts::String()";
    }
    const why = unreadable(ctx, target);
    if (why) {
      ctx.report(node, "unsupportedType", why, "JSON.parse reads numbers, strings, booleans, arrays and interfaces (records): a class, Map, Set or function cannot come from JSON");
      return "ts::String()";
    }
    needJsonRead(ctx, target);
    const root = ctx.checker.typeToString(target).replace(/\\/g, "\\\\").replace(/"/g, '\\"');
    const reader = unionRootReader(ctx, target, node);
    if (reader) return `ts::json::parseWith<${cppType(ctx, target, node)}>(${exprAs(ctx, args[0], "ts::String")}, PSTR("${root}"), ${reader})`;
    return `ts::json::parse<${cppType(ctx, target, node)}>(${exprAs(ctx, args[0], "ts::String")}, PSTR("${root}"))`;
  }
  return undefined;
}

function writable(t: CppType): boolean {
  switch (t.kind) {
    case "named":
    case "void":
      return false;
    case "array":
    case "set":
      return writable(t.element);
    case "map":
      return true;
    case "opt":
      return writable(t.inner);
    default:
      return true;
  }
}

/** console.log can print it (Node's util.inspect layout, ts_console.h / ts_inspect.h). */
export function inspectable(t: CppType): boolean {
  switch (t.kind) {
    case "named":
      return t.name === "IPAddress";
    case "void":
      return false;
    case "array":
    case "set":
      return inspectable(t.element);
    case "map":
      return inspectable(t.key) && inspectable(t.value);
    case "opt":
      return inspectable(t.inner);
    default:
      return true;
  }
}

/** A record type: an interface or object type alias lowered as a C++ record. */
export function isRecordType(ctx: LowerContext, t: ts.Type): boolean {
  const decl = t.aliasSymbol?.declarations?.find((d) => isRecordDecl(ctx, d)) ?? t.getSymbol()?.declarations?.find((d) => isRecordDecl(ctx, d));
  return !!decl && !(decl as ts.InterfaceDeclaration).typeParameters?.length;
}

/** The reader of a union of records, or of an array of one (undefined for other types). */
export function unionRootReader(ctx: LowerContext, t: ts.Type, at: ts.Node): string | undefined {
  const checker = ctx.checker;
  const union = recordUnionOf(ctx, t, (m) => isRecordType(ctx, m));
  if (union) return `&${unionReaderName(ctx, t, union, at)}`;
  if (checker.isArrayType(t)) {
    const element = checker.getTypeArguments(t as ts.TypeReference)[0];
    const inner = recordUnionOf(ctx, element, (m) => isRecordType(ctx, m));
    if (inner) return `[](ts::json::Reader& r, ${cppType(ctx, t, at)}& a) { ts::json::readArrayWith(r, a, &${unionReaderName(ctx, element, inner, at)}); }`;
  }
  return undefined;
}
