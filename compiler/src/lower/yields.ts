// Yield checks (issue 17). The ESP8266's software watchdog resets the chip when setup()/loop() run about
// 3.2 s without yielding, and WiFi/TCP stall meanwhile; JavaScript has no watchdog and `while (true) {}` must
// spin forever as in Node. So the generated code yields for the user, cheaply:
//
// - `TSD_LOOP_YIELD();` is the first statement of every loop body (while, do-while, for, for-of): one check
//   per iteration, i.e. on every back-edge; `continue` still passes it on the next iteration;
// - `TSD_YIELD_SCOPE();` is the first statement of every function body (and of setup()/loop() and the
//   top-level code) that contains such a loop outside nested functions: it keeps the function's countdown
//   in a register;
// - `TSD_CALL_YIELD();` is the first statement of every function that can call itself (directly, or through
//   other functions, methods of the same name, or closures it creates): recursion has no back-edge;
// - none in a `for` loop proven short: a counter from an integer constant to an integer constant in constant
//   steps, not written in the body, at most SHORT_LOOP_TRIPS iterations, over a flat body: no loop, no
//   closure, no `new`, no string concatenation, and no call but of a few constant-time built-ins (so the
//   whole loop is bounded, and nesting cannot multiply it);
// - none in functions reachable from an interrupt handler (a function passed to attachInterrupt): the core
//   forbids yielding there.
//
// The checks (runtime/core/ts_yield.h) decrement a countdown and only every 256th check asks the core's
// optimistic_yield(), which yields when 10 ms have passed since the last yield.
//
// The only entry points are loopYield() (called by statements.ts's loopBody) and bodyYields() (called first
// for a function's body by statements.ts's lowerBody, and by module.ts for setup()/loop() and the top-level
// code); the analysis is computed once per program.
import ts from "typescript";
import type { LowerContext } from "./context.js";

export const LOOP_YIELD = "TSD_LOOP_YIELD();";
export const CALL_YIELD = "TSD_CALL_YIELD();";
export const YIELD_SCOPE = "TSD_YIELD_SCOPE();";
/** The most iterations of a loop that goes without a check (over a flat body: see isFlat). Even a body of
 *  several software-double divisions (~1000 cycles each on the lx106) then stays far below 100 ms. */
export const SHORT_LOOP_TRIPS = 256;
/** Built-in functions and methods a flat body may call: constant time (string and array methods that copy,
 *  search or format, like toFixed or indexOf, may take long and are not listed). */
const CHEAP_BUILTINS = new Set([
  "abs", "min", "max", "floor", "ceil", "round", "trunc", "sign", "sqrt", "push", "pop",
  "digitalRead", "digitalWrite", "analogRead", "analogWrite", "pinMode", "millis", "micros",
]);

type FunctionNode = ts.FunctionLikeDeclaration;

interface YieldAnalysis {
  recursive: Set<FunctionNode>;
  interruptOnly: Set<FunctionNode>;
}

const analyses = new WeakMap<ts.Program, YieldAnalysis>();

/** The check to put first in a loop's body, or undefined when the loop needs none. */
export function loopYield(ctx: LowerContext, loop: ts.IterationStatement): string | undefined {
  const fn = enclosingFunction(loop);
  if (fn && analysis(ctx).interruptOnly.has(fn)) return undefined;
  if (ts.isForStatement(loop) && isShortLoop(ctx, loop)) return undefined;
  return LOOP_YIELD;
}

/** The lines to put first in a function's body or in the top-level code (a source file): the function's own
 *  countdown when its loops check, the entry check when it is recursive. */
export function bodyYields(ctx: LowerContext, body: ts.Block | ts.SourceFile): string[] {
  let fn: FunctionNode | undefined;
  if (!ts.isSourceFile(body)) {
    if (!isFunctionNode(body.parent)) return [];
    fn = body.parent;
  }
  const a = analysis(ctx);
  if (fn && a.interruptOnly.has(fn)) return [];
  return [...(hasCheckedLoop(ctx, body) ? [YIELD_SCOPE] : []), ...(fn && a.recursive.has(fn) ? [CALL_YIELD] : [])];
}

function hasCheckedLoop(ctx: LowerContext, body: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || isFunctionNode(n) || ts.isClassLike(n)) return;
    if (ts.isIterationStatement(n, false) && loopYield(ctx, n)) found = true;
    else ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

function isFunctionNode(node: ts.Node | undefined): node is FunctionNode {
  return !!node && (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node));
}

function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionNode(n)) return n;
  return undefined;
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
  return { recursive, interruptOnly };
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

// ---- short loops ---------------------------------------------------------------------------------------

function integerConstant(ctx: LowerContext, node: ts.Expression): number | undefined {
  if (ts.isParenthesizedExpression(node)) return integerConstant(ctx, node.expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const v = integerConstant(ctx, node.operand);
    return v === undefined ? undefined : -v;
  }
  if (ts.isNumericLiteral(node)) {
    const v = Number(node.text);
    return Number.isSafeInteger(v) ? v : undefined;
  }
  if (ts.isIdentifier(node)) {
    const decl = ctx.symbolOf(node)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent) && decl.parent.flags & ts.NodeFlags.Const) {
      return integerConstant(ctx, decl.initializer);
    }
  }
  return undefined;
}

/** `for (let i = A; i < B; i++)` (or <=, >, >=, +=/-= a constant) with constants A, B, at most
 *  SHORT_LOOP_TRIPS iterations, `i` written only by the increment, and a flat body. */
function isShortLoop(ctx: LowerContext, loop: ts.ForStatement): boolean {
  const init = loop.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return false;
  const decl = init.declarations[0];
  if (!ts.isIdentifier(decl.name) || !decl.initializer) return false;
  const counter = ctx.checker.getSymbolAtLocation(decl.name);
  const start = integerConstant(ctx, decl.initializer);
  const cond = loop.condition;
  const incr = loop.incrementor;
  if (!counter || start === undefined || !cond || !incr || !ts.isBinaryExpression(cond)) return false;
  const isCounter = (e: ts.Expression) => ts.isIdentifier(e) && ctx.symbolOf(e) === counter;
  if (!isCounter(cond.left)) return false;
  const end = integerConstant(ctx, cond.right);
  if (end === undefined) return false;
  let step: number | undefined;
  if ((ts.isPostfixUnaryExpression(incr) || ts.isPrefixUnaryExpression(incr)) && isCounter(incr.operand)) {
    step = incr.operator === ts.SyntaxKind.PlusPlusToken ? 1 : incr.operator === ts.SyntaxKind.MinusMinusToken ? -1 : undefined;
  } else if (ts.isBinaryExpression(incr) && isCounter(incr.left)) {
    const k = integerConstant(ctx, incr.right);
    if (k !== undefined && k > 0) step = incr.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken ? k : incr.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken ? -k : undefined;
  }
  if (step === undefined) return false;
  let trips: number;
  switch (cond.operatorToken.kind) {
    case ts.SyntaxKind.LessThanToken: trips = step > 0 ? Math.ceil((end - start) / step) : Infinity; break;
    case ts.SyntaxKind.LessThanEqualsToken: trips = step > 0 ? Math.floor((end - start) / step) + 1 : Infinity; break;
    case ts.SyntaxKind.GreaterThanToken: trips = step < 0 ? Math.ceil((start - end) / -step) : Infinity; break;
    case ts.SyntaxKind.GreaterThanEqualsToken: trips = step < 0 ? Math.floor((start - end) / -step) + 1 : Infinity; break;
    default: return false;
  }
  if (!(trips <= SHORT_LOOP_TRIPS)) return false;
  return isFlat(ctx, loop.statement, counter);
}

/** No loop, closure, label, `new`, template or string `+`, no call but of CHEAP_BUILTINS, no write to the
 *  counter: every iteration takes a bounded, small time. */
function isFlat(ctx: LowerContext, body: ts.Node, counter: ts.Symbol): boolean {
  let flat = true;
  const isString = (e: ts.Expression) => !!(ctx.checker.getTypeAtLocation(e).flags & ts.TypeFlags.StringLike);
  const visit = (n: ts.Node): void => {
    if (!flat) return;
    if (ts.isIterationStatement(n, false) || isFunctionNode(n) || ts.isLabeledStatement(n) || ts.isNewExpression(n) ||
      ts.isTemplateExpression(n) || ts.isTaggedTemplateExpression(n)) {
      flat = false;
      return;
    }
    if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.PlusToken || n.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) &&
      (isString(n.left) || isString(n.right))) {
      flat = false;
      return;
    }
    if (ts.isCallExpression(n)) {
      const decl = ctx.checker.getResolvedSignature(n)?.declaration;
      const callee = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : ts.isIdentifier(n.expression) ? n.expression.text : "";
      if (!decl || !decl.getSourceFile().isDeclarationFile || !CHEAP_BUILTINS.has(callee)) {
        flat = false;
        return;
      }
    }
    const target = (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) ? n.operand
      : ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment ? n.left : undefined;
    if (target && ts.isIdentifier(target) && ctx.symbolOf(target) === counter) {
      flat = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return flat;
}
