// A loop whose body is a try/catch (issue 11, bench/errors' try-in-loop rows): with the catch inside the loop,
// the catch's calls may write any memory and lead back into the loop, so g++ reloads in every iteration what it
// could keep in registers (an array's header) and lays the loop out worse, although the catch never runs while
// nothing throws (+11% and +28.5% cycles on lx106 for a 9- and a 14-instruction loop). The loop is written twice:
//   { <the for's initialiser>
//     ts::assumeNoPendingError();
//     for (; cond; step) { <yield check> <try block: a pending error jumps to _tryLoopExitN> <rest of the body> }
//     goto _tryLoopEndN;
//     _tryLoopExitN:; ts::leaveForCatch(); goto _catchN;
//     for (; cond; step) { <the loop as lowered: its try block, then `_catchN:; <catch>`, the rest> }
//     _tryLoopEndN:; }
// (the first loop and its exit only where g++ optimises for speed: SPEED_ONLY)
// A pending error leaves the first loop for the catch of the same iteration in the second one (through a block of
// its own: ts_error.h says why), which runs the
// catch, the rest of that iteration and the remaining iterations: the same statements in the same order as the
// loop written once. The first loop has no path back from a catch, so it is the loop of a try around the whole
// loop (+0.00%), and its calls' ts::assumeNoPendingError() go once in front of it (errors.ts keeps them there for
// a loop inside a try block, for the same reason). Only where the jump into the second loop enters no
// variable's scope (the try is the body's first statement: the counter is declared before both loops) and the
// copied statements define no label; a large body, or one computing in doubles, is left alone (its own cost hides
// the catch's).
import type { LowerContext } from "./context.js";
import { ASSUME_NO_PENDING, caughtTryParts } from "./errors.js";
import { exprStmt, line, type ForInit, type Span, type Stmt } from "../ir/nodes.js";
import { printStmt } from "../ir/print.js";

/** Only where g++ optimises for speed: at -Os (the ESP8266 Arduino core's default) it inlines a function only where
 *  that saves bytes, so the second call site cost the callee its inlining (bench/errors with -Os:
 *  try-in-loop-i32-unproven +37% written once, +100% twice); there the loop stays as written. */
const SPEED_ONLY = "#if !defined(__OPTIMIZE_SIZE__)";
/** The checks yields.ts puts first in a loop's body: no declarations. */
const YIELD_LINE = /^TSD_(LOOP_YIELD|YIELD_CHECK|CALL_YIELD|STRIP_YIELD)\([\w, ]*\);$/;
/** A label definition (`_catch3:;`, `outer_continue:;`) in C++ text. */
const LABEL_DEFINITION = /(^|[\s;{}])[A-Za-z_]\w*:;/;
/** Copied statements longer than this (printed C++) keep the loop as it is: flash against a cost that is small there. */
const MAX_COPIED_CHARS = 1500;
/** Arithmetic in doubles (ts::Num may hold one): software routines of 50-100+ cycles each on the lx106, so the
 *  iteration's cost hides the catch's, while a second call site would cost a callee called once its inlining
 *  (bench/errors' try-in-loop: +0.24% as it is, +2.2% written twice). */
const SOFTWARE_FLOAT = /\b(double|float|ts::Num)\b/;

/** The lowered loop written twice as above, or undefined when it stays as it is. */
export function versionedTryLoop(ctx: LowerContext, loop: Stmt): Stmt[] | undefined {
  if (loop.kind !== "for" && loop.kind !== "while") return undefined;
  if (loop.kind === "while" && loop.before?.length) return undefined;
  const body = loop.body;
  let first = 0;
  while (first < body.length && body[first].kind === "line" && YIELD_LINE.test((body[first] as { text: string }).text.trim())) first++;
  const parts = first < body.length ? caughtTryParts(body[first]) : undefined;
  if (!parts) return undefined;
  const copied = [parts.tryBlock, ...body.slice(first + 1)];
  const text = copied.map(printStmt).join("");
  if (copied.some(definesLabel) || text.length > MAX_COPIED_CHARS || SOFTWARE_FLOAT.test(text)) return undefined;
  const end = ctx.temp("tryLoopEnd");
  const exit = ctx.temp("tryLoopExit");
  const fastBody = [...body.slice(0, first), ...copied.map((s) => fastCopy(s, parts.catchLabel, exit)).filter((s): s is Stmt => s !== undefined)];
  const head: Stmt[] = [];
  let fast: Stmt;
  let slow: Stmt;
  if (loop.kind === "for") {
    head.push(...(loop.before ?? []), ...initialiser(loop.init, loop.span));
    fast = { ...loop, init: undefined, before: undefined, body: fastBody };
    slow = { ...loop, init: undefined, before: undefined };
  } else {
    fast = { ...loop, body: fastBody };
    slow = loop;
  }
  const leave = [{ kind: "label", name: exit }, line("ts::leaveForCatch();"), { kind: "goto", label: parts.catchLabel }] as Stmt[];
  const speed = (stmts: Stmt[]): Stmt[] => [line(SPEED_ONLY), ...stmts, line("#endif")];
  return [{ kind: "block", body: [...head, ...speed([line(ASSUME_NO_PENDING), fast, { kind: "goto", label: end }, ...leave]), slow, ...speed([{ kind: "label", name: end }])], span: loop.span }];
}

/** A for's initialiser as statements before both loops. */
function initialiser(init: ForInit | undefined, span: Span | undefined): Stmt[] {
  if (init === undefined) return [];
  if (!("vars" in init)) return [exprStmt(init, span)];
  return init.vars.map((v) => ({ kind: "decl", type: init.type, name: v.name, init: v.init, span }) as Stmt);
}

function definesLabel(s: Stmt): boolean {
  switch (s.kind) {
    case "label": return true;
    case "line": return LABEL_DEFINITION.test(s.text);
    case "nest": return LABEL_DEFINITION.test(s.head) || LABEL_DEFINITION.test(s.tail ?? "") || s.body.some(definesLabel);
    case "if": return s.then.some(definesLabel) || !!s.else?.some(definesLabel) || !!s.before?.some(definesLabel);
    case "block": return s.body.some(definesLabel);
    case "seq": return s.stmts.some(definesLabel);
    case "while": case "for": case "forRange": return s.body.some(definesLabel) || !!s.before?.some(definesLabel);
    case "do": return s.body.some(definesLabel);
    case "switch": return s.cases.some((c) => c.body.some(definesLabel)) || !!s.before?.some(definesLabel);
    default: return false;
  }
}

/** The statement in the first loop: without its ts::assumeNoPendingError() lines (one in front of the loop stands
 *  for them), its jumps to the catch going to `exit` (a jump spelled inside an expression keeps its target: the
 *  catch all the same). */
function fastCopy(s: Stmt, catchLabel: string, exit: string): Stmt | undefined {
  const all = (list: readonly Stmt[]): Stmt[] => list.map((t) => fastCopy(t, catchLabel, exit)).filter((t): t is Stmt => t !== undefined);
  const retarget = (text: string): string => text.split(`goto ${catchLabel};`).join(`goto ${exit};`);
  switch (s.kind) {
    case "line": return s.text.trim() === ASSUME_NO_PENDING ? undefined : { ...s, text: retarget(s.text) };
    case "nest": return { ...s, head: retarget(s.head), body: all(s.body) };
    case "goto": return s.label === catchLabel ? { ...s, label: exit } : s;
    case "if": return { ...s, then: all(s.then), else: s.else && all(s.else), before: s.before && all(s.before) };
    case "block": return { ...s, body: all(s.body) };
    case "seq": return { ...s, stmts: all(s.stmts) };
    case "while": case "for": case "forRange": return { ...s, body: all(s.body), before: s.before && all(s.before) } as Stmt;
    case "do": return { ...s, body: all(s.body) };
    case "switch": return { ...s, cases: s.cases.map((c) => ({ ...c, body: all(c.body) })), before: s.before && all(s.before) };
    default: return s;
  }
}
