// Functions whose throws are always caught (errors.ts): a try entered per call of one of them needs no try
// region. A thrown error normally becomes pending only while a try is active (ts::TryScope counts them), so
// that a throw no try can catch is reported at once; entering and leaving the region around every call of a
// cheap function costs a load, an add and a store twice (+26% on bench/errors' try-in-loop-i32-unproven).
//
// A function qualifies when every run of it ends in a catch that takes its error:
// - a top-level `function` declaration that is only called directly (never used as a value), and every call
//   is inside the block of a `try` with a `catch` in the same function, or in a qualifying function;
// - its body cannot reach any other way of raising an error that consults the try regions: besides its own
//   `throw new <built-in Error>(…)`, it only computes with primitive values (no property or element access, no
//   object, no call except of qualifying functions, no nested function or try).
// Its throws then make the error pending without looking at the regions (ts::raisePending), and a call of it
// does not need the caller's try region; a try whose tests are all after such calls enters none.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { tdzFacts } from "./tdz.js";

/** Built-in error classes that `throw new X(…)` may construct in a qualifying function. */
const BUILTIN_ERRORS = new Set(["Error", "RangeError", "TypeError", "SyntaxError", "ReferenceError"]);

interface CallSite {
  /** The function-like (or class) the call is in; undefined at the top level. */
  owner: ts.Node | undefined;
  /** Inside the block of a try with a catch, in that same function. */
  guarded: boolean;
}

export function functionsWithCaughtThrows(ctx: LowerContext, files: readonly ts.SourceFile[]): Set<ts.FunctionDeclaration> {
  const sites = new Map<ts.FunctionDeclaration, CallSite[]>();
  const escaped = new Set<ts.FunctionDeclaration>();
  const declared = (id: ts.Identifier): ts.FunctionDeclaration | undefined => {
    const symbol = ctx.symbolOf(id);
    const decl = symbol?.valueDeclaration;
    if (!decl || !ts.isFunctionDeclaration(decl) || decl.getSourceFile().isDeclarationFile) return undefined;
    return decl;
  };
  const visit = (n: ts.Node, owner: ts.Node | undefined, guarded: boolean): void => {
    if (ts.isIdentifier(n)) {
      const decl = declared(n);
      if (decl && decl.name !== n) {
        const call = n.parent;
        if (ts.isCallExpression(call) && call.expression === n) sites.set(decl, [...(sites.get(decl) ?? []), { owner, guarded }]);
        else escaped.add(decl);
      }
      return;
    }
    if (ts.isTryStatement(n) && n.catchClause) {
      visit(n.tryBlock, owner, true);
      visit(n.catchClause, owner, guarded);
      if (n.finallyBlock) visit(n.finallyBlock, owner, guarded);
      return;
    }
    // A class's initialisers and methods run when it is constructed or called, not where it is declared.
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) {
      ts.forEachChild(n, (c) => visit(c, n, false));
      return;
    }
    ts.forEachChild(n, (c) => visit(c, owner, guarded));
  };
  for (const sf of files) visit(sf, undefined, false);

  const result = new Set<ts.FunctionDeclaration>();
  for (const sf of files) {
    for (const s of sf.statements) {
      if (!ts.isFunctionDeclaration(s) || !s.body || escaped.has(s)) continue;
      const symbol = s.name ? ctx.symbolOf(s.name) : undefined;
      if ((symbol?.declarations?.length ?? 0) !== 1) continue;  // overloads
      if (primitiveBody(ctx, s)) result.add(s);
    }
  }
  // Greatest fixpoint: drop a function with a call outside a guarded block and outside the set, or that calls
  // a function outside the set.
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of result) {
      const unguarded = (sites.get(f) ?? []).some((c) => !c.guarded && !(c.owner && ts.isFunctionDeclaration(c.owner) && result.has(c.owner)));
      if (unguarded || calledFunctions(ctx, f).some((g) => !result.has(g))) {
        result.delete(f);
        changed = true;
      }
    }
  }
  return result;
}

function calledFunctions(ctx: LowerContext, f: ts.FunctionDeclaration): ts.FunctionDeclaration[] {
  const out: ts.FunctionDeclaration[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const decl = ts.isIdentifier(n.expression) ? ctx.symbolOf(n.expression)?.valueDeclaration : undefined;
      if (decl && ts.isFunctionDeclaration(decl)) out.push(decl);
    }
    ts.forEachChild(n, visit);
  };
  if (f.body) visit(f.body);
  return out;
}

function isPrimitive(type: ts.Type): boolean {
  const flags = ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.EnumLike | ts.TypeFlags.BigIntLike;
  if (type.isUnion()) return type.types.every(isPrimitive);
  return (type.flags & flags) !== 0;
}

function isBuiltinErrorNew(ctx: LowerContext, n: ts.NewExpression): boolean {
  if (!ts.isIdentifier(n.expression) || !BUILTIN_ERRORS.has(n.expression.text)) return false;
  return !!ctx.symbolOf(n.expression)?.declarations?.some((d) => d.getSourceFile().isDeclarationFile);
}

/** The body computes with primitive values only (see the header); calls are of function declarations. */
function primitiveBody(ctx: LowerContext, f: ts.FunctionDeclaration): boolean {
  for (const p of f.parameters) {
    if (p.initializer || p.dotDotDotToken || !ts.isIdentifier(p.name) || !isPrimitive(ctx.checker.getTypeAtLocation(p))) return false;
  }
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok || ts.isTypeNode(n)) return;
    // A use before the declaration runs (tdz.ts) raises through the try regions.
    if (tdzFacts(ctx).uses.has(n)) {
      ok = false;
      return;
    }
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isTryStatement(n) || ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)
      || ts.isArrayLiteralExpression(n) || ts.isObjectLiteralExpression(n) || ts.isTaggedTemplateExpression(n) || ts.isRegularExpressionLiteral(n)
      || ts.isSpreadElement(n) || ts.isForOfStatement(n) || ts.isForInStatement(n) || ts.isDeleteExpression(n) || ts.isAwaitExpression(n)
      || ts.isYieldExpression(n) || n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword) {
      ok = false;
      return;
    }
    if (ts.isNewExpression(n)) {
      if (!isBuiltinErrorNew(ctx, n)) ok = false;
      else for (const a of n.arguments ?? []) visit(a);
      return;
    }
    if (ts.isCallExpression(n)) {
      const decl = ts.isIdentifier(n.expression) ? ctx.symbolOf(n.expression)?.valueDeclaration : undefined;
      if (!decl || !ts.isFunctionDeclaration(decl) || decl.getSourceFile().isDeclarationFile) ok = false;
      else for (const a of n.arguments) visit(a);
      return;
    }
    if (ts.isThrowStatement(n)) {
      if (!ts.isNewExpression(n.expression) || !isBuiltinErrorNew(ctx, n.expression)) ok = false;
      else visit(n.expression);
      return;
    }
    if (ts.isIdentifier(n)) {
      const parent = n.parent;
      // Names that are not values read here: a declaration's own name, a label.
      if ((ts.isVariableDeclaration(parent) && parent.name === n) || ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return;
      if (n.text === "undefined") return;
      if (!isPrimitive(ctx.checker.getTypeAtLocation(n))) ok = false;
      return;
    }
    if (ts.isExpression(n) && !ts.isTypeNode(n) && !isPrimitiveOrVoid(ctx.checker.getTypeAtLocation(n))) {
      ok = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  if (f.body) ts.forEachChild(f.body, visit);
  return ok;
}

function isPrimitiveOrVoid(type: ts.Type): boolean {
  return isPrimitive(type) || (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) !== 0;
}
