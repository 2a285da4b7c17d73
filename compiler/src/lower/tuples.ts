// Tuples (`[number, string]`, `readonly [x: number, y: number]`) as generated C++ records with one field per
// element (`e0`, `e1`, ...): a tuple literal builds one, `t[0]` reads a field, destructuring reads the fields.
// Optional and rest elements are rejected: a record has a fixed set of fields.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { type CppType, printType, refClassName } from "../ir/types.js";
import { cppTypeOf } from "./types.js";
import { generatedRecord, isPatternContext } from "./records.js";
import { exprAsNode, withStatementsNode, sequencedNode } from "./expressions.js";
import { exprAs, withStatements, sequenced } from "./expressions.js";
import { decl as declStmt, assign, call, lit, name, raw, type Expr } from "../ir/nodes.js";
import { typeFromSpelling } from "../ir/types.js";

const tupleClasses = new WeakMap<LowerContext, Set<string>>();

export function tupleFieldName(i: number): string {
  return `e${i}`;
}

/** The record of a tuple type (reports optional and rest elements, then returns undefined). */
export function tupleRecordCpp(ctx: LowerContext, t: ts.Type, at: ts.Node): CppType | undefined {
  const target = (t as ts.TypeReference).target as ts.TupleType;
  if (target.elementFlags?.some((f) => f & (ts.ElementFlags.Optional | ts.ElementFlags.Rest | ts.ElementFlags.Variadic))) {
    ctx.report(at, "tupleOptionalOrRest", ctx.checker.typeToString(t));
    return undefined;
  }
  const elements = ctx.checker.getTypeArguments(t as ts.TypeReference).slice(0, target.fixedLength ?? undefined);
  // One class template per length: [string, number] is Tuple2<ts::String, double> (also inside generic code,
  // where [A, B] is Tuple2<A, B>).
  const args = elements.map((e) => cppTypeOf(ctx, e, at));
  const params = args.map((_, i) => `T${i}`);
  const fields = params.map((p, i) => ({ name: tupleFieldName(i), cpp: { kind: "named", name: p } as CppType }));
  const cpp = generatedRecord(ctx, `tuple${args.length}`, fields, `Tuple${args.length}`, params, args);
  let set = tupleClasses.get(ctx);
  if (!set) tupleClasses.set(ctx, (set = new Set()));
  set.add(printType(cpp));
  return cpp;
}

/** Whether a C++ type is a tuple's record. */
export function isTupleRecordCpp(ctx: LowerContext, cpp: string): boolean {
  return !!tupleClasses.get(ctx)?.has(cpp);
}

/** `[a, b]` built as the tuple record `cpp`: the elements evaluated in order into its fields. */
export function tupleLiteral(ctx: LowerContext, node: ts.ArrayLiteralExpression, cpp: string): Expr {
  const cls = refClassName(cpp)!;
  const t = (isPatternContext(node) ? undefined : ctx.checker.getContextualType(node)) ?? ctx.checker.getTypeAtLocation(node);
  const tupleType = ctx.checker.isTupleType(ctx.checker.getNonNullableType(t)) ? ctx.checker.getNonNullableType(t) : ctx.checker.getTypeAtLocation(node);
  const elements = ctx.checker.getTypeArguments(tupleType as ts.TypeReference);
  if (node.elements.some(ts.isSpreadElement) || node.elements.length !== elements.length) {
    ctx.report(node, "tupleOptionalOrRest", ctx.checker.typeToString(tupleType));
    return lit("0");
  }
  const cpps = node.elements.map((_, i) => printType(cppTypeOf(ctx, elements[i], node)));
  return sequencedNode(ctx, node.elements, node.elements.map((e, i) => () => exprAsNode(ctx, e, cpps[i])), cpps, (values) => {
    return withStatementsNode(ctx, cpp, () => {
      const obj = ctx.temp("tup");
      ctx.hoist!.lines.push(declStmt("auto", obj, call("ts::make", [], undefined, [cls])));
      values.forEach((v, i) => ctx.hoist!.lines.push(assign(`${obj}->${tupleFieldName(i)}`, v)));
      return name(obj);
    });
  }, cpp);
}

/** `t[i]` with a literal index on a tuple: the field (undefined when the index is not a literal in range). */
export function tupleElementField(ctx: LowerContext, index: ts.Expression, objCpp: string): string | undefined {
  if (!isTupleRecordCpp(ctx, objCpp)) return undefined;
  if (!ts.isNumericLiteral(index)) {
    ctx.report(index, "tupleIndex");
    return tupleFieldName(0);
  }
  return tupleFieldName(Number(index.text));
}

/** Array methods that do not change the array: on a tuple they read a copy of its elements. */
const READING_METHODS = new Set(["join", "map", "filter", "slice", "indexOf", "lastIndexOf", "includes", "some", "every", "reduce", "reduceRight", "forEach", "find", "findIndex", "findLast", "findLastIndex", "concat", "flatMap", "at", "toString", "entries", "keys", "values"]);

/**
 * `version.join(".")`, `axes.map(f)` on a tuple whose elements share one C++ type: the method runs on an
 * array of its elements (a tuple is an array in JavaScript). Undefined for other tuples and methods.
 */
export function tupleAsArray(ctx: LowerContext, object: ts.Expression, objCpp: string, method: string): { cpp: string; value: Expr } | undefined {
  if (!isTupleRecordCpp(ctx, objCpp) || !READING_METHODS.has(method)) return undefined;
  const tupleType = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(object));
  if (!ctx.checker.isTupleType(tupleType)) return undefined;
  const elements = ctx.checker.getTypeArguments(tupleType as ts.TypeReference).map((e) => printType(cppTypeOf(ctx, e, object)));
  if (!elements.length || elements.some((e) => e !== elements[0])) return undefined;
  const cpp = `ts::Array<${elements[0]}>`;
  const fields = elements.map((_, i) => `t->${tupleFieldName(i)}`).join(", ");
  // Evaluated once, whatever the receiver expression is.
  return { cpp, value: raw(`[](const ${objCpp}& t) { return ${cpp}::of(${fields}); }(${exprAs(ctx, object, objCpp)})`, typeFromSpelling(cpp)) };
}
