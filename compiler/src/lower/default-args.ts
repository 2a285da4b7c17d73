/**
 * An argument for a parameter with a default value (`offset = 0`). The checker types such a parameter without
 * `undefined`, but its C++ parameter is optional (functions.ts): an argument whose own type may be undefined
 * (`t.offset`, a destructured optional member, a `number | undefined` variable) is passed as that optional, so
 * that where it is undefined the callee applies its default, as in JavaScript.
 */
import ts from "typescript";
import { typeFromSpelling, printType, optional } from "../ir/types.js";

export function argumentCpp(param: ts.Symbol | undefined, paramCpp: string, argType: ts.Type): string {
  const decl = param?.valueDeclaration;
  if (!decl || !ts.isParameter(decl) || !decl.initializer || !mayBeUndefined(argType)) return paramCpp;
  return printType(optional(typeFromSpelling(paramCpp)));
}

function mayBeUndefined(t: ts.Type): boolean {
  const parts = t.isUnion() ? t.types : [t];
  return parts.some((p) => (p.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0);
}
