// A small self-recursive function (`fib`) is emitted as CLONES copies that call each other in a ring: fib →
// fib_rec1 → fib_rec2 → fib, and only the first one has the recursion's yield check (issue 17). The check
// still runs at least every CLONES nested calls, and GCC can inline the two copies without a check into the
// one with it (they are `static inline`), as it inlines a recursion without checks: on bench/lx106, fib
// with i32 runs faster than the same program with its checks compiled out, where a check on every call cost
// 44%. Only functions whose body is small, not generic, without loops (they have their own checks) and without nested functions are cloned
// (code size).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import type { Decl, FunctionDecl } from "../ir/decls.js";
import { functionDefinition, functionPrototype } from "./declarations.js";
import { recursiveEntryCheck } from "./yields.js";
import { cppIdentifier } from "./types.js";

export const CLONES = 3;
/** The macro of a build without yield checks. */
const NO_CHECKS = "TSD_NO_LOOP_YIELD";
/** Longest body (characters of TypeScript) that is cloned. */
const MAX_BODY_CHARS = 400;

interface Cloning {
  symbol: ts.Symbol;
  /** The C++ name the function's calls of itself use in the copy being lowered. */
  callName: string;
  /** Whether the copy being lowered goes without the entry check. */
  withoutCheck: boolean;
}

const cloning = new WeakMap<LowerContext, Cloning>();

const cloneName = (name: string, k: number): string => (k % CLONES === 0 ? name : `${name}_rec${k % CLONES}`);

function callsItself(ctx: LowerContext, fn: ts.FunctionDeclaration, symbol: ts.Symbol): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && ctx.symbolOf(n.expression) === symbol) found = true;
    ts.forEachChild(n, visit);
  };
  visit(fn.body!);
  return found;
}

function hasLoopsOrNestedFunctions(body: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isIterationStatement(n, false)) found = true;
    else ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

function cloneable(ctx: LowerContext, fn: ts.FunctionDeclaration): ts.Symbol | undefined {
  if (!fn.body || !fn.name || fn.typeParameters?.length) return undefined;
  if (recursiveEntryCheck(ctx, fn) !== "countdown") return undefined;
  if (fn.body.getText().length > MAX_BODY_CHARS || hasLoopsOrNestedFunctions(fn.body)) return undefined;
  const symbol = ctx.symbolOf(fn.name);
  return symbol && callsItself(ctx, fn, symbol) ? symbol : undefined;
}

/** The C++ name for a call of `symbol` (calls.ts): the next copy's while a copy of it is lowered. */
export function selfCallName(ctx: LowerContext, symbol: ts.Symbol | undefined, name: string): string {
  const c = cloning.get(ctx);
  return c && symbol === c.symbol ? c.callName : name;
}

/** Whether the function being lowered is a copy without the entry check (yields.ts). */
export function cloneWithoutCheck(ctx: LowerContext, fn: ts.Node): boolean {
  const c = cloning.get(ctx);
  return !!c && c.withoutCheck && ts.isFunctionDeclaration(fn) && !!fn.name && ctx.symbolOf(fn.name) === c.symbol;
}

/** The function's definition: as a ring of copies when it qualifies, else as it is. */
export function functionDefinitionWithClones(ctx: LowerContext, fn: ts.FunctionDeclaration): Decl[] {
  const symbol = cloneable(ctx, fn);
  if (!symbol) {
    const definition = functionDefinition(ctx, fn);
    return definition ? [definition] : [];
  }
  const name = cppIdentifier(fn.name!.text);
  let diagnostics = 0;
  let warnings = 0;
  const prototype = functionPrototype(ctx, fn, true);
  const copyOf = (k: number, f: FunctionDecl): FunctionDecl => ({ ...f, specifiers: ["static", "inline"], name: cloneName(name, k) });
  const copies = Array.from({ length: CLONES - 1 }, (_, i) => i + 1);
  // Built without checks (-DTSD_NO_LOOP_YIELD), the function is what it was: the copies serve the checks only.
  const decls: Decl[] = [{
    kind: "conditional",
    macro: NO_CHECKS,
    then: copies.map((k) => ({ kind: "define", name: cloneName(name, k), value: name })),
    else: copies.map((k) => copyOf(k, prototype)),
  }];
  for (let k = 0; k < CLONES; k++) {
    cloning.set(ctx, { symbol, callName: cloneName(name, k + 1), withoutCheck: k > 0 });
    let copy: FunctionDecl | undefined;
    try {
      copy = functionDefinition(ctx, fn);
    } finally {
      cloning.delete(ctx);
    }
    if (k === 0) {
      if (copy) decls.push(copy);
      diagnostics = ctx.diagnostics.length;
      warnings = ctx.warnings.length;
      continue;
    }
    // The copies say nothing the first one did not (their diagnostics would repeat its own).
    ctx.diagnostics.length = diagnostics;
    ctx.warnings.length = warnings;
    if (copy) decls.push({ kind: "conditional", macro: NO_CHECKS, negated: true, then: [copyOf(k, copy)] });
  }
  return decls;
}
