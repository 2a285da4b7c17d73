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
import { cppType } from "./types.js";
import { kindOf } from "../ir/types.js";

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
      return args.length > 1 ? `ts::Array_reduceRight(${recv}, ${cb}, ${exprAs(ctx, args[1], accCpp)})` : `ts::Array_reduceRight(${recv}, ${cb})`;
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
    copy = `${receiver(ctx, source)}.slice(0)`;
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
export function stringNamespaceCall(ctx: LowerContext, node: ts.CallExpression, name: string): string | undefined {
  if (name !== "fromCodePoint") return undefined;
  const args = node.arguments;
  const texts = args.map((a) => () => exprAs(ctx, a, "double"));
  return sequenced(ctx, args, texts, args.map(() => "double"), (v) => `ts::String_fromCodePoint(${v.join(", ")})`, "ts::String");
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
