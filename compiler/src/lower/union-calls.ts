// A method called on a union of classes that declare it separately (`d.read()` with `d: Thermometer | Dimmer`,
// no common base declaring `read`): the method of the object's own class, chosen by its ClassInfo as
// JavaScript's prototype lookup would find it. The receiver is evaluated once, then the arguments; each member's
// call takes the arguments in its own parameters' representations and its result is converted to the call's.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppIdentifier, symbolCpp } from "./types.js";
import { cppOf, typeOf, expr, storageExpr, temporary, withStatementsNode, convertExpr } from "./expressions.js";
import { returnCppOf } from "./functions.js";
import { objectUnionMembers, dispatchOrder } from "./unions.js";
import { call, cond, member, raw, type Expr } from "../ir/nodes.js";
import { typeFromSpelling } from "../ir/types.js";

type MethodDecl = ts.MethodDeclaration | ts.MethodSignature;

/** The declaration of `name` in a union member, when it is a method (not a closure-typed property). */
function methodOf(ctx: LowerContext, t: ts.Type, name: string): MethodDecl | undefined {
  const prop = ctx.checker.getPropertyOfType(t, name);
  const decls = (prop?.declarations ?? []).filter((d): d is MethodDecl => ts.isMethodDeclaration(d) || ts.isMethodSignature(d));
  const decl = decls[0];
  // Overloads and generic methods would need the signature chosen per member.
  if (!decl || decls.length > 1 || decl.typeParameters?.length || decl.parameters.some((p) => p.dotDotDotToken)) return undefined;
  return decl;
}

/** `u.m(args)` on an object union whose members declare `m` separately; undefined when that is not the case. */
export function unionMethodDispatch(ctx: LowerContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression, withArgs: (build: (args: Expr[]) => Expr) => Expr): Expr | undefined {
  const receiver = callee.expression;
  const members = objectUnionMembers(ctx, ctx.checker.getNonNullableType(typeOf(ctx, receiver)));
  if (!members) return undefined;
  const name = callee.name.text;
  // A ClassInfo chain follows a class's base classes (and its first interface only): members must be classes.
  if (!members.every((m) => (m.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class)) return undefined;
  const order = dispatchOrder(ctx, members, callee);
  const methods = order.map((m) => methodOf(ctx, m.type, name));
  if (methods.some((m) => !m)) return undefined;
  const resultCpp = cppOf(ctx, node);
  const resolved = ctx.checker.getResolvedSignature(node)?.getParameters() ?? [];
  const argCpps = node.arguments.map((a, i) => (resolved[i] ? symbolCpp(ctx, resolved[i], a) : cppOf(ctx, a)));
  return withStatementsNode(ctx, resultCpp, () => {
    const recv = receiverText(ctx, receiver);
    return withArgs((args) => {
      const branch = (i: number): Expr => {
        const decl = methods[i]!;
        const params = decl.parameters.map((p) => symbolCpp(ctx, ctx.checker.getSymbolAtLocation(p.name)!, p));
        const own = args.map((a, j) => (j < params.length && j < argCpps.length ? convertExpr(a, argCpps[j], params[j]) : a));
        const ret = returnCppOf(ctx, decl);
        const target = raw(`ts::narrowPtr<${order[i].cls}>(${recv})`);
        // A member without a toString() of its own: Object.prototype.toString, ts::Object's tsToString.
        const lib = name === "toString" && (ctx.isRuntimeFile(decl.getSourceFile().fileName) || decl.getSourceFile().hasNoDefaultLib);
        return convertExpr(call(member(target, "->", lib ? "tsToString" : cppIdentifier(name)), own, ret === "void" ? undefined : typeFromSpelling(ret)), ret, resultCpp);
      };
      let chain = branch(order.length - 1);
      for (let i = order.length - 2; i >= 0; i--) chain = cond(raw(`ts::instanceOf<${order[i].cls}>(${recv})`), branch(i), chain, resultCpp === "void" ? undefined : typeFromSpelling(resultCpp));
      return chain;
    });
  });
}

/** The receiver as a name read more than once: the variable itself, else a temporary. */
function receiverText(ctx: LowerContext, receiver: ts.Expression): string {
  let inner = receiver;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (ts.isIdentifier(inner)) {
    const decl = ctx.symbolOf(inner)?.valueDeclaration;
    if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl))) return storageExpr(ctx, inner);
  }
  return temporary(ctx, cppOf(ctx, receiver), expr(ctx, receiver), "u");
}
