// A built-in function passed as a value to an array method: `args.map(Number)`, `parts.map(decodeURIComponent)`,
// `flags.filter(Boolean)`. The callback lambda (functions.ts, inlineCallbackNode) calls it with its first
// argument, as these functions read only that one. Others (`parseInt`, whose second parameter the index would
// fill) are not values here.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { call, type Expr } from "../ir/nodes.js";
import { BOOL, DOUBLE, STRING } from "../ir/types.js";

/** Built-ins that raise a catchable error (errors.ts marks a call that passes one as raising). */
export const RAISING_BUILTIN_VALUES = new Set(["decodeURIComponent", "decodeURI", "encodeURIComponent", "encodeURI"]);

/** The name of a default-library global function `node` refers to, if it is one. */
export function builtinFunctionName(ctx: LowerContext, node: ts.Expression): string | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const decl = ctx.symbolOf(node)?.declarations?.[0];
  return decl && ctx.program.isSourceFileDefaultLibrary(decl.getSourceFile()) ? node.text : undefined;
}

/** The call of the built-in `node` names on `arg` (of C++ type `argCpp`), or undefined when it is not one. */
export function builtinValueCall(ctx: LowerContext, node: ts.Expression, argCpp: string, arg: Expr): Expr | undefined {
  const name = builtinFunctionName(ctx, node);
  const text = argCpp === "ts::String";
  switch (name) {
    case "Number":
      return text ? call("ts::Number", [arg], DOUBLE) : argCpp === "bool" ? call("ts::toNumber", [arg], DOUBLE) : argCpp === "double" ? call("ts::numeric", [arg], DOUBLE) : undefined;
    case "String":
      return call("ts::toString", [arg], STRING);
    case "Boolean":
      return call("ts::truthy", [arg], BOOL);
    case "parseFloat":
      return text ? call("ts::parseFloat", [arg], DOUBLE) : undefined;
    case "decodeURIComponent":
    case "decodeURI":
    case "encodeURIComponent":
    case "encodeURI":
      return text ? call(`ts::${name}`, [arg], STRING) : undefined;
  }
  return undefined;
}
