// setTimeout / setInterval / clearTimeout / clearInterval (runtime/core/ts_timers.h). A callback with extra
// arguments (`setTimeout(f, 100, a, b)`) becomes a closure holding the callback and the arguments' values,
// evaluated when the timer is set, as Node stores them. In a program that uses timers, delay() and yieldNow()
// also run the timers that fall due meanwhile (ts::timersDelay / ts::timersYield), and a program without
// setup()/loop() keeps running its timers after its top-level code until none is left, like Node.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { exprAsNode, cppOf, sequencedNode } from "./expressions.js";
import { typeFromSpelling, printType } from "../ir/types.js";
import { call, construct, exprStmt, lit, name as nameExpr, type Expr } from "../ir/nodes.js";
import { printExpr } from "../ir/print.js";

const TIMER_FUNCTIONS = new Set(["setTimeout", "setInterval", "clearTimeout", "clearInterval"]);
const usesTimersCache = new WeakMap<LowerContext, boolean>();

/** Whether the program calls setTimeout or setInterval anywhere (then delay/yieldNow/the end run timers). */
export function usesTimers(ctx: LowerContext): boolean {
  const cached = usesTimersCache.get(ctx);
  if (cached !== undefined) return cached;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && (node.text === "setTimeout" || node.text === "setInterval")) {
      const decl = ctx.checker.getSymbolAtLocation(node)?.declarations?.[0];
      if (decl && ctx.isRuntimeFile(decl.getSourceFile().fileName)) found = true;
    }
    ts.forEachChild(node, visit);
  };
  for (const sf of ctx.program.getSourceFiles()) if (!sf.isDeclarationFile && !ctx.isRuntimeFile(sf.fileName)) visit(sf);
  usesTimersCache.set(ctx, found);
  return found;
}

/** A call of a timer function, or of delay()/yieldNow() in a program with timers; undefined otherwise. */
export function timerCall(ctx: LowerContext, node: ts.CallExpression, name: string): Expr | undefined {
  const args = node.arguments;
  if (name === "delay" && usesTimers(ctx)) return call("ts::timersDelay", [call("ts::toUint32", [exprAsNode(ctx, args[0], "double")])]);
  if (name === "yieldNow" && usesTimers(ctx)) return call("ts::timersYield", []);
  if (!TIMER_FUNCTIONS.has(name)) return undefined;
  if (name === "clearTimeout" || name === "clearInterval") {
    if (!args.length) return lit("(void)0");
    const cpp = cppOf(ctx, args[0]);
    return call("ts::clearTimer", [exprAsNode(ctx, args[0], cpp)]);
  }
  const [callback, ms, ...extra] = args;
  const fnCpp = cppOf(ctx, callback);
  const fnType = typeFromSpelling(fnCpp);
  const params = fnType.kind === "fn" ? fnType.params.map(printType) : [];
  const repeat = lit(name === "setInterval" ? "true" : "false");
  const msNode = () => (ms ? exprAsNode(ctx, ms, "double") : lit("0.0"));
  if (!extra.length && !params.length) {
    return sequencedNode(ctx, ms ? [callback, ms] : [callback], [() => exprAsNode(ctx, callback, "ts::Fn<void()>"), msNode].slice(0, ms ? 2 : 1), ms ? ["ts::Fn<void()>", "double"] : ["ts::Fn<void()>"],
      ([f, d]) => call("ts::setTimer", [f, d ?? lit("0.0"), repeat]), "double");
  }
  // Extra arguments: evaluated now (callback, delay, then the arguments, as Node does), called later.
  const nodes = [callback, ms, ...extra];
  const values = [() => exprAsNode(ctx, callback, fnCpp), msNode, ...extra.map((a, i) => () => exprAsNode(ctx, a, params[i] ?? cppOf(ctx, a)))];
  const cpps = [fnCpp, "double", ...extra.map((a, i) => params[i] ?? cppOf(ctx, a))];
  return sequencedNode(ctx, nodes, values, cpps, ([f, d, ...values]) => {
    const captures = [`_f = ${printExpr(f)}`, ...values.map((v, i) => `_a${i} = ${cpps[i + 2]}(${printExpr(v)})`)];
    const callArgs = params.map((p, i) => (i < values.length ? nameExpr(`_a${i}`) : construct(p, [lit("ts::undefined")])));
    const fn: Expr = { kind: "lambda", captures: captures.join(", "), params: [], body: [exprStmt(call("_f", callArgs))] };
    return call("ts::setTimer", [construct("ts::Fn<void()>", [fn]), d, repeat]);
  }, "double");
}
