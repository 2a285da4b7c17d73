// Generic functions and methods become C++ templates; each call names its template arguments explicitly,
// recovered by matching the declared parameter types against the resolved (instantiated) signature.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppType } from "./types.js";

export function inferTypeArguments(ctx: LowerContext, call: ts.CallExpression, decl: ts.SignatureDeclaration): string[] | undefined {
  const checker = ctx.checker;
  const typeParams = decl.typeParameters ?? ts.factory.createNodeArray();
  if (call.typeArguments?.length) return call.typeArguments.map((t) => cppType(ctx, checker.getTypeFromTypeNode(t), t));
  const sig = checker.getResolvedSignature(call);
  if (!sig) return undefined;
  const found = new Map<string, ts.Type>();
  const unify = (declared: ts.Type, actual: ts.Type): void => {
    if (declared.flags & ts.TypeFlags.TypeParameter) {
      if (!found.has(declared.symbol.name)) found.set(declared.symbol.name, actual);
      return;
    }
    if (checker.isArrayType(declared) && checker.isArrayType(actual)) {
      unify(checker.getTypeArguments(declared as ts.TypeReference)[0], checker.getTypeArguments(actual as ts.TypeReference)[0]);
      return;
    }
    const dArgs = (declared as ts.TypeReference).typeArguments ?? [];
    const aArgs = (actual as ts.TypeReference).typeArguments ?? [];
    if (dArgs.length && dArgs.length === aArgs.length) dArgs.forEach((d, i) => unify(d, aArgs[i]));
    const dSig = declared.getCallSignatures()[0];
    const aSig = actual.getCallSignatures()[0];
    if (dSig && aSig) {
      dSig.getParameters().forEach((p, i) => {
        const ap = aSig.getParameters()[i];
        if (ap) unify(checker.getTypeOfSymbol(p), checker.getTypeOfSymbol(ap));
      });
      unify(dSig.getReturnType(), aSig.getReturnType());
    }
  };
  const declSig = checker.getSignatureFromDeclaration(decl);
  if (!declSig) return undefined;
  declSig.getParameters().forEach((p, i) => {
    const actual = sig.getParameters()[i];
    if (actual) unify(checker.getTypeOfSymbol(p), checker.getTypeOfSymbol(actual));
  });
  unify(declSig.getReturnType(), sig.getReturnType());
  const result: string[] = [];
  for (const tp of typeParams) {
    const t = found.get(tp.name.text);
    if (!t) {
      ctx.report(call, "uninferredTypeArgument", tp.name.text);
      return undefined;
    }
    result.push(cppType(ctx, checker.getBaseTypeOfLiteralType(t), call));
  }
  return result;
}
