// Yield checks (issue 17). The ESP8266's software watchdog resets the chip when setup()/loop() run about
// 3.2 s without yielding, and WiFi/TCP stall meanwhile; JavaScript has no watchdog and `while (true) {}` must
// spin forever as in Node. So the generated code yields for the user, cheaply. Every cycle of the control flow
// (a loop's back-edge, a recursion) either passes a check or is proven to run within a bounded number of cycles
// (yield-plan.ts decides, from trip bounds and a cycle estimate); the checks:
//
// - `TSD_LOOP_YIELD();` first in a loop body whose iteration is small: a countdown (2 instructions), every
//   256th check asks the core's optimistic_yield(); `continue` still passes it on the next iteration;
// - `TSD_YIELD_CHECK();` first in a loop body whose iteration is expensive or unbounded, or first in the
//   expensive `if` branch of a loop with a trip bound (the sieve's `if (!composite[i]) { ...inner loop... }`):
//   the CPU's cycle counter against a deadline, so the time between looks does not depend on the iteration;
// - `TSD_YIELD_SCOPE();` first in every function body (and setup()/loop() and the top-level code) that
//   contains a countdown loop outside nested functions: it keeps the function's countdown in a register;
// - `TSD_CALL_YIELD();` (small body) or `TSD_YIELD_CHECK();` first in every function that can call itself
//   (directly, or through other functions, methods of the same name, or closures it creates); in one that
//   starts with a short leaf, first on the path that recurses: in the recursing branch of
//   `return <leaf test> ? <leaf> : <recursion>` (expressions.ts asks branchYield) or right after
//   `if (<leaf test>) return <leaf>;` (statements.ts asks yieldsAfter), where GCC keeps the leaf test's
//   threading (a test of its own at the entry cost fib on `number` 1.5% more);
// - none in a loop proven short, none in a loop that calls such a recursive function on every path, and none
//   in functions reachable from an interrupt handler (a function passed to attachInterrupt): the core forbids
//   yielding there.
//
// The entry points are loopYield() (called by statements.ts's loopBody), bodyYields() (called first for a block
// or a function's body by statements.ts's lowerBody, and by module.ts for setup()/loop() and the top-level
// code), yieldsAfter() and branchYield(); the analysis is computed once per program.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { YieldPlanner } from "./yield-plan.js";
import { cloneWithoutCheck } from "./yield-clone.js";
import { hasTrackedTypes } from "./cycles.js";
import { cppIdentifier, symbolCpp } from "./types.js";

export const LOOP_YIELD = "TSD_LOOP_YIELD();";
export const CALL_YIELD = "TSD_CALL_YIELD();";
export const YIELD_SCOPE = "TSD_YIELD_SCOPE();";
/** A function's copy of the clock check's deadline, in a register (3-instruction checks instead of 5). */
export const CLOCK_SCOPE = "TSD_CLOCK_SCOPE();";
/** A check on the clock (the CPU's cycle counter against a deadline): before expensive stretches. */
export const CLOCK_YIELD = "TSD_YIELD_CHECK();";

type FunctionNode = ts.FunctionLikeDeclaration;

interface YieldAnalysis {
  recursive: Set<FunctionNode>;
  interruptOnly: Set<FunctionNode>;
  planner: YieldPlanner;
}

const analyses = new WeakMap<ts.Program, YieldAnalysis>();

/** The check to put first in a loop's body, or undefined when the loop needs none. */
export function loopYield(ctx: LowerContext, loop: ts.IterationStatement): string | undefined {
  const plan = analysis(ctx).planner.plan(loop);
  const entryLoopOf = entryLoopFunction(ctx, loop);
  // The function's entry check, on the clock where the loop's own iterations would be.
  if (entryLoopOf) return plan.kind === "head" && (plan.check === "clock" || (plan.check === "strip" && plan.fallback === "clock")) ? CLOCK_YIELD : entryCheckLine(ctx, entryLoopOf);
  if (plan.kind !== "head") return undefined;
  let check = plan.check;
  if (plan.check === "strip") {
    const name = stripCounter(ctx, loop, plan.counter);
    if (name) return `TSD_STRIP_YIELD(${name}, ${plan.mask});`;
    check = plan.fallback;
  }
  return check === "countdown" ? LOOP_YIELD : CLOCK_YIELD;
}

/** The recursive function whose entry check moves into this loop (YieldPlanner.entryLoop), else undefined. */
function entryLoopFunction(ctx: LowerContext, loop: ts.IterationStatement): FunctionNode | undefined {
  const fn = loop.parent?.parent;
  if (!ts.isWhileStatement(loop) || !isFunctionNode(fn) || !checksOnEntry(ctx, fn)) return undefined;
  return analysis(ctx).planner.entryLoop(fn) === loop ? fn : undefined;
}

/** The C++ name of a strip-mined loop's counter when it is a plain C++ integer (not a cell, not a double). */
function stripCounter(ctx: LowerContext, loop: ts.IterationStatement, counter: ts.Symbol): string | undefined {
  const init = ts.isForStatement(loop) ? loop.initializer : undefined;
  const decl = init && ts.isVariableDeclarationList(init) ? init.declarations[0] : undefined;
  if (!decl || !ts.isIdentifier(decl.name) || ctx.celled.has(counter)) return undefined;
  return /^u?int(8|16|32|64)_t$/.test(symbolCpp(ctx, counter, decl)) ? cppIdentifier(decl.name.text) : undefined;
}

/** The entry check a recursive function gets (undefined if it is not recursive or runs in an interrupt). */
export function recursiveEntryCheck(ctx: LowerContext, fn: FunctionNode): "countdown" | "clock" | undefined {
  const a = analysis(ctx);
  return a.recursive.has(fn) && !a.interruptOnly.has(fn) ? a.planner.entryCheck(fn) : undefined;
}

/** The condition under which a recursive function's call is a leaf, that its entry check skips (int-clones.ts). */
export function recursiveLeafGuard(ctx: LowerContext, fn: FunctionNode): { condition: ts.Expression; leafWhen: boolean } | undefined {
  return analysis(ctx).planner.leafGuard(fn);
}

/** The lines to put first in a block, a function's body or the top-level code (a source file): the function's
 *  own countdown when its loops count down, the entry check when it is recursive, the check of a loop that
 *  checks in its expensive `if` branches. */
export function bodyYields(ctx: LowerContext, body: ts.Block | ts.SourceFile): string[] {
  const a = analysis(ctx);
  if (!ts.isSourceFile(body) && ts.isIfStatement(body.parent)) {
    const loop = body.parent.parent?.parent;
    if (loop && ts.isBlock(body.parent.parent) && ts.isIterationStatement(loop, false)) {
      const plan = a.planner.plan(loop);
      if (plan.kind === "branches" && plan.branches.includes(body)) return [CLOCK_YIELD];
    }
    return [];
  }
  let fn: FunctionNode | undefined;
  if (!ts.isSourceFile(body)) {
    if (!isFunctionNode(body.parent)) return [];
    fn = body.parent;
  }
  if (fn && a.interruptOnly.has(fn)) return [];
  const entry: string[] = [];
  // A recursive function whose first statement returns a short leaf checks on the other path only, at its
  // start (branchYield, yieldsAfter): not as a test of its own at the entry, which GCC would not merge with
  // the leaf's test.
  if (fn && checksOnEntry(ctx, fn) && !a.planner.leafGuard(fn) && !startsWithEntryLoop(ctx, fn)) entry.push(entryCheckLine(ctx, fn));
  // A recursive function keeps no copy of the deadline: the register it takes is saved across every recursive
  // call and reloaded after it (quicksort on `number` in bench/lx106 paid 1% more than with the deadline in memory).
  const clockScope = hasClockLoop(ctx, body) && !(fn && a.recursive.has(fn));
  return [...(hasCountdownLoop(ctx, body) ? [YIELD_SCOPE] : []), ...(clockScope ? [CLOCK_SCOPE] : []), ...entry];
}

/** A recursive function being lowered with its entry check (not a ring copy without it, not in an interrupt). */
function checksOnEntry(ctx: LowerContext, fn: FunctionNode): boolean {
  const a = analysis(ctx);
  return a.recursive.has(fn) && !a.interruptOnly.has(fn) && !cloneWithoutCheck(ctx, fn);
}

function startsWithEntryLoop(ctx: LowerContext, fn: FunctionNode): boolean {
  return !!analysis(ctx).planner.entryLoop(fn);
}

function entryCheckLine(ctx: LowerContext, fn: FunctionNode): string {
  return analysis(ctx).planner.entryCheck(fn) === "countdown" ? CALL_YIELD : CLOCK_YIELD;
}

/** The function whose body starts with this statement. */
function functionOfFirst(node: ts.Node): FunctionNode | undefined {
  const body = node.parent;
  return body && ts.isBlock(body) && body.statements[0] === node && isFunctionNode(body.parent) ? body.parent : undefined;
}

/** The check first in a recursive arrow function whose body is an expression (bodyYields' for a block), unless
 *  its body is `<leaf test> ? <leaf> : <recursion>` (branchYield puts it in the branch that recurses). */
export function expressionBodyYields(ctx: LowerContext, fn: ts.ArrowFunction): string[] {
  return checksOnEntry(ctx, fn) && !analysis(ctx).planner.leafGuard(fn) ? [entryCheckLine(ctx, fn)] : [];
}

/** Lines to put after a statement: the entry check of a recursive function that starts with
 *  `if (<leaf test>) return <leaf>;` (every path past it recurses). */
export function yieldsAfter(ctx: LowerContext, statement: ts.Statement): string[] {
  const fn = functionOfFirst(statement);
  if (!fn || !ts.isIfStatement(statement) || !checksOnEntry(ctx, fn)) return [];
  const leaf = analysis(ctx).planner.leafGuard(fn);
  return leaf && leaf.condition === statement.expression ? [entryCheckLine(ctx, fn)] : [];
}

/** The check to put first in one branch of `return <leaf test> ? <leaf> : <recursion>` when that return is a
 *  recursive function's first statement: in the branch that recurses. */
export function branchYield(ctx: LowerContext, node: ts.ConditionalExpression): { whenTrue?: string; whenFalse?: string } | undefined {
  let top: ts.Node = node;
  while (ts.isParenthesizedExpression(top.parent)) top = top.parent;
  const ret = top.parent;
  // The returned expression of a recursive function's first statement, or an arrow function's expression body.
  const fn = ret && ts.isReturnStatement(ret) && ret.expression === top ? functionOfFirst(ret) : ret && ts.isArrowFunction(ret) && ret.body === top ? ret : undefined;
  if (!fn || !checksOnEntry(ctx, fn)) return undefined;
  const leaf = analysis(ctx).planner.leafGuard(fn);
  if (!leaf || leaf.condition !== node.condition) return undefined;
  const check = entryCheckLine(ctx, fn);
  return leaf.leafWhen ? { whenFalse: check } : { whenTrue: check };
}

function hasCountdownLoop(ctx: LowerContext, body: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || isFunctionNode(n) || ts.isClassLike(n)) return;
    if (ts.isIterationStatement(n, false) && loopYield(ctx, n) === LOOP_YIELD) found = true;
    else ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** Loops of the body (not of nested functions) that check on the clock, at their head or in their branches,
 *  where the copy of the deadline pays for its register: not a loop whose iteration is unbounded (it calls into
 *  the runtime, whose calls leave the copy only the few callee-saved registers the rest of the function wants:
 *  bench/lx106 strings spilled its other loop's bound for a concatenation loop's 2 instructions). */
function hasClockLoop(ctx: LowerContext, body: ts.Node): boolean {
  const planner = analysis(ctx).planner;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || isFunctionNode(n) || ts.isClassLike(n)) return;
    if (ts.isIterationStatement(n, false)) {
      const plan = planner.plan(n);
      if (plan.kind === "branches" || (loopYield(ctx, n) === CLOCK_YIELD && planner.boundedIteration(n))) found = true;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

function isFunctionNode(node: ts.Node | undefined): node is FunctionNode {
  return !!node && (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node));
}


/** No TypeScript can run inside a yield the checks make: the program hands no function to an Arduino or library
 *  API (an interrupt handler, a Ticker or WiFi callback, a timer: the ES library's own callbacks run at once),
 *  uses no library, and has no object that can be on a cycle (the cycle collector runs at yields). The checks
 *  then need not make GCC store and reload memory around them (TSD_YIELD_NO_CALLBACKS, module.ts). */
export function yieldsRunNoTypeScript(ctx: LowerContext): boolean {
  if (ctx.usedLibraries.size > 0 || hasTrackedTypes(ctx)) return false;
  const checker = ctx.checker;
  let handsOver = false;
  const visit = (n: ts.Node): void => {
    if (handsOver) return;
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && n.arguments?.some((a) => checker.getTypeAtLocation(a).getCallSignatures().length > 0)) {
      const decl = checker.getResolvedSignature(n)?.declaration;
      const sf = decl?.getSourceFile();
      if (!sf || (sf.isDeclarationFile && !ctx.program.isSourceFileDefaultLibrary(sf))) handsOver = true;
    }
    ts.forEachChild(n, visit);
  };
  for (const f of userFiles(ctx)) visit(f);
  return !handsOver;
}

function userFiles(ctx: LowerContext): ts.SourceFile[] {
  return ctx.program.getSourceFiles().filter((f) => !f.isDeclarationFile && !ctx.isRuntimeFile(f.fileName));
}

function analysis(ctx: LowerContext): YieldAnalysis {
  let a = analyses.get(ctx.program);
  if (!a) {
    a = analyse(ctx);
    analyses.set(ctx.program, a);
  }
  return a;
}

/** The user function a call or `new` reaches, as far as the types tell. */
function callees(ctx: LowerContext, node: ts.CallExpression | ts.NewExpression, methodsByName: Map<string, FunctionNode[]>): FunctionNode[] {
  const decl = ctx.checker.getResolvedSignature(node)?.declaration;
  if (!decl || !isFunctionNode(decl) || decl.getSourceFile().isDeclarationFile) return [];
  // A method may be overridden: any method of the same name may run.
  if (ts.isMethodDeclaration(decl) && ts.isIdentifier(decl.name)) return methodsByName.get(decl.name.text) ?? [decl];
  return [decl];
}

function analyse(ctx: LowerContext): YieldAnalysis {
  const files = userFiles(ctx);
  const functions: FunctionNode[] = [];
  const methodsByName = new Map<string, FunctionNode[]>();
  const collect = (n: ts.Node): void => {
    if (isFunctionNode(n) && n.body) {
      functions.push(n);
      if (ts.isMethodDeclaration(n) && ts.isIdentifier(n.name)) methodsByName.set(n.name.text, [...(methodsByName.get(n.name.text) ?? []), n]);
    }
    ts.forEachChild(n, collect);
  };
  for (const f of files) collect(f);

  // Call graph: a function calls what its body calls, and may call the closures it creates.
  const edges = new Map<FunctionNode, Set<FunctionNode>>(functions.map((f) => [f, new Set()]));
  const handlers = new Set<FunctionNode>();
  const visit = (n: ts.Node, owner: FunctionNode | undefined): void => {
    if (isFunctionNode(n) && n.body) {
      if (owner) edges.get(owner)!.add(n);
      ts.forEachChild(n, (c) => visit(c, n));
      return;
    }
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && owner) for (const callee of callees(ctx, n, methodsByName)) edges.get(owner)?.add(callee);
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && /^attachInterrupt(Arg)?$/.test(n.expression.text) && n.arguments[1]) {
      const handler = functionValue(ctx, n.arguments[1]);
      if (handler) handlers.add(handler);
    }
    ts.forEachChild(n, (c) => visit(c, owner));
  };
  for (const f of files) visit(f, undefined);

  const recursive = new Set<FunctionNode>();
  for (const scc of stronglyConnected(functions, edges)) {
    if (scc.length > 1 || edges.get(scc[0])!.has(scc[0])) for (const f of scc) recursive.add(f);
  }
  const interruptOnly = new Set<FunctionNode>();
  const mark = (f: FunctionNode): void => {
    if (interruptOnly.has(f)) return;
    interruptOnly.add(f);
    for (const g of edges.get(f) ?? []) mark(g);
  };
  for (const h of handlers) mark(h);
  const planner = new YieldPlanner(ctx, { recursive, interruptOnly, callees: (n) => callees(ctx, n, methodsByName), isFunctionNode });
  return { recursive, interruptOnly, planner };
}

/** The function an expression names (a declared function, or a closure written in place / held by a const). */
function functionValue(ctx: LowerContext, node: ts.Expression): FunctionNode | undefined {
  if (isFunctionNode(node)) return node;
  if (!ts.isIdentifier(node)) return undefined;
  const decl = ctx.symbolOf(node)?.valueDeclaration;
  if (decl && isFunctionNode(decl)) return decl;
  if (decl && ts.isVariableDeclaration(decl) && decl.initializer && isFunctionNode(decl.initializer)) return decl.initializer;
  return undefined;
}

/** Tarjan's algorithm, iterative over the recursion it would otherwise need. */
function stronglyConnected<T>(nodes: T[], edges: Map<T, Set<T>>): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const result: T[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: T; it: Iterator<T> }[] = [];
    const enter = (v: T) => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      work.push({ node: v, it: (edges.get(v) ?? new Set<T>()).values() });
    };
    enter(root);
    while (work.length) {
      const top = work[work.length - 1];
      const next = top.it.next();
      if (!next.done) {
        const w = next.value;
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(top.node, Math.min(low.get(top.node)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const scc: T[] = [];
        let w: T;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== top.node);
        result.push(scc);
      }
    }
  }
  return result;
}

