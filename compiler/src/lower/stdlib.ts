// More of JavaScript's library (runtime/core/ts_stdlib.h): array members reduceRight, findLast,
// findLastIndex, flat, flatMap, keys, values; Array.from, Array.of; String.fromCodePoint, String.raw;
// the iterators of arrays, Maps and Sets (keys(), values()) as arrays of their elements; enum reverse
// mapping (`State[State.Idle]` is "Idle"). calls.ts, types.ts and expressions.ts call in here.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { expr, exprAs, cppOf, receiver, sequenced, stringOperand, stringOperandCpp, type Lazy } from "./expressions.js";
import { inlineCallback } from "./functions.js";
import { stringLiteral, numberLiteral } from "./literals.js";
import { typeFromSpelling, printType, arrayOf, type CppType } from "../ir/types.js";
import { cppType, cppIdentifier } from "./types.js";
import { kindOf } from "../ir/types.js";
import { exprAsNode, sequencedNode } from "./expressions.js";
import { STRING } from "../ir/types.js";
import { call, type Expr } from "../ir/nodes.js";

export const MORE_ARRAY_METHODS = ["reduceRight", "findLast", "findLastIndex", "flat", "flatMap", "keys", "values"];

function elementOf(cpp: string): string {
  const t = typeFromSpelling(cpp);
  return t.kind === "array" || t.kind === "set" ? printType(t.element) : "double";
}

function callbackReturnCpp(ctx: LowerContext, callback: ts.Expression, fallback: string): string {
  const sig = ctx.checker.getTypeAtLocation(callback).getCallSignatures()[0];
  return sig ? cppType(ctx, sig.getReturnType(), callback) : fallback;
}

/** An array member of this module, or undefined for calls.ts's own. */
export function moreArrayMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string, objCpp: string): string | undefined {
  if (!MORE_ARRAY_METHODS.includes(name)) return undefined;
  const element = elementOf(objCpp);
  const args = node.arguments;
  const resultCpp = name === "flat" ? "auto" : cppOf(ctx, node);
  const recv = receiver(ctx, object);
  switch (name) {
    case "keys":
      return `ts::Array_keys(${recv})`;
    case "values":
      return `${recv}.slice(0)`;
    case "flat":
      if (args.length && !(ts.isNumericLiteral(args[0]) && args[0].text === "1")) {
        ctx.report(args[0], "unsupportedMember", "flat(depth)", "arrays", "flat() flattens one level; call it again for more");
        return "0";
      }
      return `ts::Array_flat(${recv})`;
    case "flatMap": {
      const ret = callbackReturnCpp(ctx, args[0], resultCpp);
      const cb = inlineCallback(ctx, args[0], [element, "double"], ret);
      return `ts::Array_flatMap(${recv}, ${cb})`;
    }
    case "reduceRight": {
      const accCpp = args.length > 1 ? resultCpp : element;
      const cb = inlineCallback(ctx, args[0], [accCpp, element, "double"], accCpp);
      if (args.length < 2) return `ts::Array_reduceRight(${recv}, ${cb})`;
      // The receiver is evaluated before the initial value (`xs.concat([]).reduceRight(f, g())` where g assigns
      // xs): C++ does not order a free function's arguments, so interfering operands go through temporaries.
      const operands = [() => recv, () => exprAs(ctx, args[1], accCpp)];
      return sequenced(ctx, [object, args[1]], operands, [cppOf(ctx, object), accCpp], ([r, init]) => `ts::Array_reduceRight(${r}, ${cb}, ${init})`, resultCpp);
    }
    case "findLastIndex":
      return `ts::Array_findLastIndex(${recv}, ${inlineCallback(ctx, args[0], [element, "double"], "bool")})`;
    case "findLast": {
      const cb = inlineCallback(ctx, args[0], [element, "double"], "bool");
      return kindOf(resultCpp) === "opt" ? `ts::Array_findLast(${recv}, ${cb})` : `ts::Array_findLastValue(${recv}, ${cb})`;
    }
  }
  return undefined;
}

/** Array.from / Array.of; undefined for other members. */
export function arrayNamespaceCall(ctx: LowerContext, node: ts.CallExpression, name: string): string | undefined {
  const args = node.arguments;
  const resultCpp = cppOf(ctx, node);
  const element = elementOf(resultCpp);
  if (name === "of") {
    if (!args.length) return `${resultCpp}::empty()`;
    const texts = args.map((a) => () => exprAs(ctx, a, element));
    return sequenced(ctx, args, texts, args.map(() => element), (v) => `${resultCpp}::of(${v.join(", ")})`, resultCpp);
  }
  if (name !== "from" || !args.length) return undefined;
  const [source, mapper] = args;
  // Array.from({ length: n }, (_, i) => ...)
  if (ts.isObjectLiteralExpression(source)) {
    const length = source.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === "length");
    if (!length || source.properties.length !== 1 || !ts.isPropertyAssignment(length)) {
      ctx.report(source, "unsupportedCall", "Array.from of an object", "Array.from takes an array, a string, a Map's or Set's keys()/values(), a Set, or { length: n }");
      return "0";
    }
    const n = exprAs(ctx, length.initializer, "double");
    if (!mapper) return `${resultCpp}::filled(${n}, ${element}())`;
    return `ts::Array_fromLength(${n}, ${inlineCallback(ctx, mapper, ["ts::Undefined", "double"], element)})`;
  }
  const sourceCpp = cppOf(ctx, source);
  let copy: string;
  let sourceElement: string;
  if (sourceCpp === "ts::String") {
    copy = `ts::Array_fromString(${expr(ctx, source)})`;
    sourceElement = "ts::String";
  } else if (kindOf(sourceCpp) === "array") {
    copy = `ts::Array_fromArray(${receiver(ctx, source)})`;
    sourceElement = elementOf(sourceCpp);
  } else if (kindOf(sourceCpp) === "set") {
    copy = `${receiver(ctx, source)}.values()`;
    sourceElement = elementOf(sourceCpp);
  } else {
    ctx.report(source, "unsupportedCall", `Array.from of ${ctx.checker.typeToString(ctx.checker.getTypeAtLocation(source))}`, "Array.from takes an array, a string, a Map's or Set's keys()/values(), a Set, or { length: n }");
    return "0";
  }
  if (!mapper) return copy;
  return `ts::Array_fromMapped(${copy}, ${inlineCallback(ctx, mapper, [sourceElement, "double"], element)})`;
}

/** String.fromCodePoint; undefined for other members. */
export function stringNamespaceCall(ctx: LowerContext, node: ts.CallExpression, name: string): Expr | undefined {
  if (name !== "fromCodePoint") return undefined;
  const args = node.arguments;
  const values = args.map((a) => () => exprAsNode(ctx, a, "double"));
  return sequencedNode(ctx, args, values, args.map(() => "double"), (v) => call("ts::String_fromCodePoint", v, STRING), "ts::String");
}

/** Whether a tagged template is String.raw`...` (the only tag supported). */
export function isStringRaw(node: ts.TaggedTemplateExpression): boolean {
  const tag = node.tag;
  return ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === "String" && tag.name.text === "raw";
}

/** The raw text of a template piece, as String.raw sees it (escapes kept; CR and CRLF read as LF). */
function rawText(piece: ts.TemplateLiteralLikeNode): string {
  const raw = piece.rawText ?? piece.text;
  return raw.replace(/\r\n?/g, "\n");
}

/** String.raw`a\n${x}b`: the raw pieces and the substitutions' strings, concatenated. */
export function lowerStringRaw(ctx: LowerContext, node: ts.TaggedTemplateExpression): string {
  const tpl = node.template;
  if (ts.isNoSubstitutionTemplateLiteral(tpl)) return stringLiteral(rawText(tpl));
  const parts: ts.Node[] = [tpl.head];
  const texts: Lazy[] = [stringLiteral(rawText(tpl.head))];
  const cpps = ["ts::String"];
  for (const span of tpl.templateSpans) {
    parts.push(span.expression);
    texts.push(() => stringOperand(ctx, span.expression).text);
    cpps.push(stringOperandCpp(ctx, span.expression));
    parts.push(span.literal);
    texts.push(stringLiteral(rawText(span.literal)));
    cpps.push("ts::String");
  }
  return sequenced(ctx, parts, texts, cpps, (v) => `ts::concat(${v.join(", ")})`, "ts::String");
}

/** The C++ type of a built-in iterator type (ArrayIterator<T>, MapIterator<T>, SetIterator<T>): an array of T. */
export function iteratorTypeCpp(name: string, element: () => CppType): CppType | undefined {
  if (name === "ArrayIterator" || name === "MapIterator" || name === "SetIterator" || name === "IterableIterator" || name === "IteratorObject") return arrayOf(element());
  return undefined;
}

/** State[value] on a numeric enum: the member's name (the last member of that value), else undefined. */
export function enumReverseMapping(ctx: LowerContext, enumSymbol: ts.Symbol, index: ts.Expression): string {
  const names = new Map<number, string>();
  for (const decl of enumSymbol.declarations ?? []) {
    if (!ts.isEnumDeclaration(decl)) continue;
    for (const m of decl.members) {
      const value = ctx.checker.getConstantValue(m);
      if (typeof value === "number") names.set(value, ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText());
    }
  }
  const cases = [...names].map(([v, n]) => `if (v == ${numberLiteral(v, false)}) return ${stringLiteral(n)}; `).join("");
  return `[](double v) -> ts::String { ${cases}return ts::String(); }(${exprAs(ctx, index, "double")})`;
}

/** A class's own data properties in the order JavaScript creates them (ES2022 class fields, as Node runs
 *  TypeScript compiled for it): the base class's first, then per class its parameter properties, then its
 *  declared fields (with or without initializer; an optional field exists, as undefined). `#private` names and
 *  accessors are not properties of the object. */
function classDataProperties(ctx: LowerContext, cls: ts.ClassDeclaration): { name: string; decl: ts.Node }[] {
  const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const baseDecl = base && ctx.symbolOf(base.expression)?.declarations?.find(ts.isClassDeclaration);
  const out = baseDecl ? classDataProperties(ctx, baseDecl) : [];
  // A redeclared field is one property, in its first place.
  const add = (name: string, decl: ts.Node): void => {
    const i = out.findIndex((p) => p.name === name);
    if (i >= 0) out[i] = { name, decl };
    else out.push({ name, decl });
  };
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  for (const p of ctor?.parameters ?? []) {
    if (ts.isParameterPropertyDeclaration(p, ctor!) && ts.isIdentifier(p.name)) add(p.name.text, p);
  }
  for (const m of cls.members) {
    const isStatic = ts.canHaveModifiers(m) && ts.getModifiers(m)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword || k.kind === ts.SyntaxKind.DeclareKeyword);
    if (ts.isPropertyDeclaration(m) && !isStatic && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) add(m.name.text, m);
  }
  return out;
}

function hasSubclass(ctx: LowerContext, cls: ts.ClassDeclaration): boolean {
  const symbol = cls.name && ctx.symbolOf(cls.name);
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isClassLike(n)) {
      const base = n.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (base && ctx.symbolOf(base.expression) === symbol) found = true;
    }
    ts.forEachChild(n, visit);
  };
  for (const sf of ctx.program.getSourceFiles()) if (!sf.isDeclarationFile) visit(sf);
  return found;
}

/** Object.keys / Object.values of a class instance whose class has no subclass (so its properties are known
 *  when compiling); undefined for other members of Object. */
export function objectNamespaceCall(ctx: LowerContext, node: ts.CallExpression, name: string): string | undefined {
  if (name !== "keys" && name !== "values" && name !== "entries") return undefined;
  const [arg] = node.arguments;
  const t = arg && ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(arg));
  const cls = t?.getSymbol()?.declarations?.find(ts.isClassDeclaration);
  if (name === "entries" || !cls || hasSubclass(ctx, cls)) {
    ctx.report(node.expression, "unsupportedCall", `Object.${name}`, name === "entries" ? "iterate the fields you need, or use a Map" : "Object.keys/values take an instance of a class that no class extends; use a Map for dynamic keys");
    return "0";
  }
  const props = classDataProperties(ctx, cls);
  if (name === "keys") {
    const keys = props.length ? `ts::Array<ts::String>::of(${props.map((p) => stringLiteral(p.name)).join(", ")})` : "ts::Array<ts::String>::empty()";
    // The argument is still evaluated (`Object.keys(make())` makes one).
    return ts.isIdentifier(arg) || arg.kind === ts.SyntaxKind.ThisKeyword ? keys : `(static_cast<void>(${expr(ctx, arg)}), ${keys})`;
  }
  const resultCpp = cppOf(ctx, node);
  const element = elementOf(resultCpp);
  const cpps = props.map((p) => cppType(ctx, ctx.checker.getTypeAtLocation(p.decl), p.decl));
  if (cpps.some((c) => c !== element)) {
    ctx.report(node.expression, "unsupportedCall", "Object.values of fields of different types", "read the fields you need");
    return "0";
  }
  if (!props.length) return `${resultCpp}::empty()`;
  return sequenced(ctx, [arg], [() => receiver(ctx, arg)], [cppOf(ctx, arg)], ([o]) => `${resultCpp}::of(${props.map((p) => `${o}->${cppIdentifier(p.name)}`).join(", ")})`, resultCpp);
}
