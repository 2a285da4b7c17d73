// A primitive where an object type is expected. TypeScript's structural typing lets a string pass where a class
// with no members (`class Help {}`) or an interface whose members a string also has (`{ length: number }`) is
// expected; tsduino represents such a value as an object handle, so the string would arrive as undefined where
// Node still has the string (mutant m-305-…-43000756: `run(parsed)` with parsed a `Command | string`).
import ts from "typescript";
import type { LowerContext } from "./lower/context.js";

const PRIMITIVE = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike;

/** `node` (an argument, an initializer, a returned or assigned value) is a primitive going into an object type. */
export function primitiveIntoObject(ctx: LowerContext, node: ts.Expression): { source: string; target: string } | undefined {
  const checker = ctx.checker;
  const target = checker.getContextualType(node);
  if (!target || target.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  const targets = partsOf(checker.getNonNullableType(target));
  // Only a target that accepts no primitive by its declaration: every member is a class or interface type.
  if (!targets.length || !targets.every((t) => (t.flags & ts.TypeFlags.Object) !== 0 && !isEmptyLiteralType(ctx, t) && !checker.isArrayType(t) && !checker.isTupleType(t) && !t.getCallSignatures().length)) return undefined;
  const source = checker.getTypeAtLocation(node);
  if (!partsOf(checker.getNonNullableType(source)).some((t) => (t.flags & PRIMITIVE) !== 0)) return undefined;
  return { source: checker.typeToString(source), target: checker.typeToString(target) };
}

/** `{}` written as a type (anything not nullish), or a type of the libraries (`Iterable<string>` takes a string). */
function isEmptyLiteralType(ctx: LowerContext, t: ts.Type): boolean {
  const decl = t.getSymbol()?.declarations?.[0];
  if (!decl || ctx.checker.typeToString(t) === "{}") return true;
  const file = decl.getSourceFile();
  return ctx.program.isSourceFileDefaultLibrary(file) || ctx.isRuntimeFile(file.fileName);
}

function partsOf(t: ts.Type): ts.Type[] {
  return t.isUnion() ? t.types : [t];
}

/** Where a value goes into a declared type: an argument, an initializer, a returned or assigned value. */
export function isValueIntoType(node: ts.Node): node is ts.Expression {
  const p = node.parent;
  if (!p) return false;
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(node as ts.Expression)) return true;
  if (ts.isVariableDeclaration(p) && p.initializer === node && p.type) return true;
  if (ts.isReturnStatement(p) && p.expression === node) return true;
  if (ts.isPropertyAssignment(p) && p.initializer === node) return true;
  return ts.isBinaryExpression(p) && p.right === node && p.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}
