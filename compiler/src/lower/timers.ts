// setTimeout / setInterval / clearTimeout / clearInterval (runtime/core/ts_timers.h). A callback with extra
// arguments (`setTimeout(f, 100, a, b)`) becomes a closure holding the callback and the arguments' values,
// evaluated when the timer is set, as Node stores them. In a program that uses timers, delay() and yieldNow()
// also run the timers that fall due meanwhile (ts::timersDelay / ts::timersYield), and a program without
// setup()/loop() keeps running its timers after its top-level code until none is left, like Node.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { exprAs, cppOf, sequenced } from "./expressions.js";
import { typeFromSpelling, printType } from "../ir/types.js";

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
export function timerCall(ctx: LowerContext, node: ts.CallExpression, name: string): string | undefined {
  const args = node.arguments;
  if (name === "delay" && usesTimers(ctx)) return `ts::timersDelay(ts::toUint32(${exprAs(ctx, args[0], "double")}))`;
  if (name === "yieldNow" && usesTimers(ctx)) return "ts::timersYield()";
  if (!TIMER_FUNCTIONS.has(name)) return undefined;
  if (name === "clearTimeout" || name === "clearInterval") {
    if (!args.length) return "(void)0";
    const cpp = cppOf(ctx, args[0]);
    return `ts::clearTimer(${exprAs(ctx, args[0], cpp)})`;
  }
  const [callback, ms, ...extra] = args;
  const fnCpp = cppOf(ctx, callback);
  const fnType = typeFromSpelling(fnCpp);
  const params = fnType.kind === "fn" ? fnType.params.map(printType) : [];
  const repeat = name === "setInterval" ? "true" : "false";
  const msText = () => (ms ? exprAs(ctx, ms, "double") : "0.0");
  if (!extra.length && !params.length) {
    return sequenced(ctx, ms ? [callback, ms] : [callback], [() => exprAs(ctx, callback, "ts::Fn<void()>"), msText].slice(0, ms ? 2 : 1), ms ? ["ts::Fn<void()>", "double"] : ["ts::Fn<void()>"],
      ([f, d]) => `ts::setTimer(${f}, ${d ?? "0.0"}, ${repeat})`, "double");
  }
  // Extra arguments: evaluated now (callback, delay, then the arguments, as Node does), called later.
  const nodes = [callback, ms, ...extra];
  const texts = [() => exprAs(ctx, callback, fnCpp), msText, ...extra.map((a, i) => () => exprAs(ctx, a, params[i] ?? cppOf(ctx, a)))];
  const cpps = [fnCpp, "double", ...extra.map((a, i) => params[i] ?? cppOf(ctx, a))];
  return sequenced(ctx, nodes, texts, cpps, ([f, d, ...values]) => {
    const captures = [`_f = ${f}`, ...values.map((v, i) => `_a${i} = ${cpps[i + 2]}(${v})`)];
    const callArgs = params.map((p, i) => (i < values.length ? `_a${i}` : `${p}(ts::undefined)`));
    return `ts::setTimer(ts::Fn<void()>([${captures.join(", ")}]() { _f(${callArgs.join(", ")}); }), ${d}, ${repeat})`;
  }, "double");
}
