// Element writes at an index a read has just proven in range (issue 12: lx106 sort). In
//   const t: i32 = a[i];  a[i] = a[j];  a[j] = t;
// each `a.set(k, v)` checks k against the length and keeps an out-of-line append path, whose call made g++
// reload the array's header at every iteration of the loop around the swap. A read `a.get(k)` of an array of
// integers or booleans that returns has proven k below the length (past the end it raises uncaught: only
// `number[]` and nullable elements read a value there), and the length only grows until something shrinks the
// array or the variables change: a write at k after it is `a.uncheckedAt(k) = v`.
// The facts flow forward through a function body's statement lists: a statement's reads count after it
// completes (reads on every path through it: not inside ?:, the right of && and ||, or a lambda); a statement
// that assigns the array or the index variable forgets their facts; one that calls anything but an array read,
// a write or push (which only grow), or a pure integer helper forgets all. A loop body, a switch case, the code
// after a label and a lambda start with no facts; the facts after an if or a loop are those from before it
// that nothing inside it forgets.
import type { LowerContext } from "./context.js";
import { printExpr } from "../ir/print.js";
import { printType, type CppType } from "../ir/types.js";
import type { Param } from "../ir/decls.js";
import { mapSubexpressions, type Expr, type Stmt } from "../ir/nodes.js";
import { callbacksAtYield } from "./checked-loop.js";

/** Element types whose read past the end raises (no value returned). */
const RAISING_ELEMENT = /^ts::Array<(bool|u?int(8|16|32|64)_t|float)>$/;
const INTEGRAL = /^(u?int(8|16|32|64)_t)$/;
/** Array members that neither shrink an array nor run user code. */
const GROWING_OR_READING = new Set(["get", "set", "push", "size", "data", "uncheckedAt"]);
/** Runtime integer helpers the fixed-width operators lower to (ts_fixed.h): no side effects. */
const PURE_HELPER = /^ts::(shr|shl|shr64|shl64|ushr|irem|idiv|imod|imul|iabs|fdiv|frem)(<\w+>)?$/;

type Facts = ReadonlySet<string>;
const key = (array: string, index: string) => `${array}\u0000${index}`;

/** The C++ types of the function's parameters and locals, by name (a name declared with two types is left out:
 *  the IR's expression types are the TypeScript view, `double` for an `i32` variable). Set per body. */
let declared = new Map<string, string>();

/** The array name and index name/literal of `a.get(k)` / `a.set(k, v)` on an array whose reads raise past the end. */
function access(e: Expr): { array: string; index: string } | undefined {
  if (e.kind !== "call" || e.callee.kind !== "member" || e.callee.op !== "." || e.callee.object.kind !== "name") return undefined;
  const array = e.callee.object.name;
  const index = e.args[0];
  if (!RAISING_ELEMENT.test(declared.get(array) ?? "")) return undefined;
  if (index?.kind === "name" ? !INTEGRAL.test(declared.get(index.name) ?? "") : !(index?.kind === "lit" && /^\d+$/.test(index.text))) return undefined;
  return { array, index: printExpr(index) };
}

/** Records the C++ types of the names `stmts` declare (a name declared twice with different types: ""). */
function collectDeclared(params: readonly Param[], stmts: readonly Stmt[], into: Map<string, string>): void {
  const add = (name: string, type: CppType | string) => {
    const spelled = (typeof type === "string" ? type : printType(type)).replace(/^const (.*)&$/, "$1").replace(/^const /, "");
    const known = into.get(name);
    into.set(name, known === undefined || known === spelled ? spelled : "");
  };
  const walk = (s: Stmt): void => {
    switch (s.kind) {
      case "decl": add(s.name, s.type); return;
      case "seq": s.stmts.forEach(walk); return;
      case "block": s.body.forEach(walk); return;
      case "if": s.before?.forEach(walk); s.then.forEach(walk); s.else?.forEach(walk); return;
      case "while": s.before?.forEach(walk); s.body.forEach(walk); return;
      case "do": s.body.forEach(walk); return;
      case "for":
        s.before?.forEach(walk);
        if (s.init && "vars" in s.init) for (const v of s.init.vars) add(v.name, s.init.type);
        s.body.forEach(walk);
        return;
      case "forRange": add(s.name, s.type); s.before?.forEach(walk); s.body.forEach(walk); return;
      case "switch": s.before?.forEach(walk); s.cases.forEach((c) => c.body.forEach(walk)); return;
      case "nest": s.body.forEach(walk); return;
      default: return;
    }
  };
  for (const p of params) add(p.name, p.type);
  stmts.forEach(walk);
}

/** What evaluating an expression does to the facts. */
interface Effects {
  /** Names it assigns. */
  assigned: Set<string>;
  /** It may shrink an array or run code we cannot see. */
  opaque: boolean;
  /** Accesses `a.get(k)` evaluated on every path through it. */
  reads: { array: string; index: string }[];
}

function effects(e: Expr, out: Effects = { assigned: new Set(), opaque: false, reads: [] }, always = true): Effects {
  const visit = (x: Expr, on: boolean): void => {
    switch (x.kind) {
      case "call": {
        const callee = x.callee;
        if (callee.kind === "member" && callee.op === ".") {
          if (!GROWING_OR_READING.has(callee.name)) out.opaque = true;
          if (callee.name === "get" && x.args.length === 1 && on) {
            const a = access(x);
            if (a) out.reads.push(a);
          }
          visit(callee.object, on);
        } else if (!(callee.kind === "name" && PURE_HELPER.test(callee.name))) {
          out.opaque = true;
        }
        x.args.forEach((a) => visit(a, on));
        return;
      }
      case "assign":
        if (x.target.kind === "name") out.assigned.add(x.target.name);
        else if (!(x.target.kind === "call" && x.target.callee.kind === "member" && x.target.callee.name === "uncheckedAt")) out.opaque = true;
        visit(x.target, on);
        visit(x.value, on);
        return;
      case "unary":
        if ((x.op === "++" || x.op === "--") && x.operand.kind === "name") out.assigned.add(x.operand.name);
        else if (x.op === "++" || x.op === "--" || x.op === "&") out.opaque = true;
        visit(x.operand, on);
        return;
      case "binary":
        visit(x.left, on);
        visit(x.right, on && x.op !== "&&" && x.op !== "||");
        return;
      case "cond":
        visit(x.cond, on);
        visit(x.then, false);
        visit(x.else, false);
        return;
      case "raw": case "lambda":
        out.opaque = true;
        return;
      case "name": case "lit":
        return;
      default:
        mapSubexpressions(x, (sub) => (visit(sub, on), sub));
    }
  };
  visit(e, always);
  return out;
}

/** The facts after a statement whose evaluation has `fx`, from the facts before it. */
function after(before: Facts, fx: Effects): Set<string> {
  if (fx.opaque) return new Set();
  const touched = (k: string) => [...fx.assigned].some((n) => k.startsWith(`${n}\u0000`) || k.endsWith(`\u0000${n}`));
  const next = new Set([...before].filter((k) => !touched(k)));
  for (const r of fx.reads) if (!fx.assigned.has(r.array) && !fx.assigned.has(r.index)) next.add(key(r.array, r.index));
  return next;
}

/** The writes of `e` at proven indices rewritten, when the statement holding it keeps the facts. */
function rewrite(e: Expr, facts: Facts): Expr {
  const visit = (x: Expr): Expr => {
    if (x.kind === "call" && x.callee.kind === "member" && x.callee.name === "set" && x.args.length === 2) {
      const a = access(x);
      if (a && facts.has(key(a.array, a.index))) {
        const element = { kind: "call", callee: { ...x.callee, name: "uncheckedAt" }, args: [x.args[0]], type: x.type } as const;
        return { kind: "assign", op: "=", target: element, value: visit(x.args[1]), type: x.type };
      }
    }
    return mapSubexpressions(x, visit);
  };
  return visit(e);
}

/** Statements `stmts` (a straight-line list) with facts `facts` at their start: the rewritten list and the facts at its end. */
function list(stmts: readonly Stmt[], facts: Facts): { stmts: Stmt[]; facts: Facts } {
  const out: Stmt[] = [];
  let now: Facts = facts;
  for (const s of stmts) {
    const r = statement(s, now);
    out.push(r.stmt);
    now = r.facts;
  }
  return { stmts: out, facts: now };
}

/** Everything a compound statement may do to the facts from before it, on any path. */
function killsInside(stmts: readonly Stmt[]): Effects {
  const all: Effects = { assigned: new Set(), opaque: false, reads: [] };
  const walk = (s: Stmt): void => {
    switch (s.kind) {
      case "expr": effects(s.expr, all, false); return;
      case "decl": all.assigned.add(s.name); if (s.init) effects(s.init, all, false); return;
      case "assign": all.assigned.add(s.target); effects(s.value, all, false); return;
      case "return": if (s.value) effects(s.value, all, false); return;
      case "seq": s.stmts.forEach(walk); return;
      case "block": s.body.forEach(walk); return;
      case "if": effects(s.cond, all, false); s.before?.forEach(walk); s.then.forEach(walk); s.else?.forEach(walk); return;
      case "while": effects(s.cond, all, false); s.before?.forEach(walk); s.body.forEach(walk); return;
      case "do": effects(s.cond, all, false); s.body.forEach(walk); return;
      case "for":
        s.before?.forEach(walk);
        if (s.init && "vars" in s.init) s.init.vars.forEach((v) => { all.assigned.add(v.name); effects(v.init, all, false); });
        else if (s.init) effects(s.init as Expr, all, false);
        if (s.cond) effects(s.cond, all, false);
        if (s.step) effects(s.step, all, false);
        s.body.forEach(walk);
        return;
      case "break": case "continue": return;
      default: all.opaque = true;
    }
  };
  stmts.forEach(walk);
  all.reads = [];
  return all;
}

const yieldCheck = /^TSD_YIELD_CHECK\(\);$/;

/** Whether a yield check may run code that shrinks an array (a library's callback): set per body. */
let yieldsRunCode = true;

function statement(s: Stmt, facts: Facts): { stmt: Stmt; facts: Facts } {
  const simple = (e: Expr | undefined, extra: (fx: Effects) => void = () => {}): Facts => {
    const fx = e ? effects(e) : { assigned: new Set<string>(), opaque: false, reads: [] };
    extra(fx);
    return after(facts, fx);
  };
  // A write is rewritten only where its statement neither forgets its fact nor is opaque (checked on the facts
  // that survive the statement: a rewrite must hold before the statement and still after it).
  const keep = (fx: Facts): Facts => new Set([...facts].filter((k) => fx.has(k)));
  switch (s.kind) {
    case "expr": {
      const next = simple(s.expr);
      return { stmt: { ...s, expr: rewrite(s.expr, keep(next)) }, facts: next };
    }
    case "decl": {
      const next = simple(s.init, (fx) => fx.assigned.add(s.name));
      return { stmt: s.init ? { ...s, init: rewrite(s.init, keep(next)) } : s, facts: next };
    }
    case "assign": {
      const next = simple(s.value, (fx) => fx.assigned.add(s.target));
      return { stmt: { ...s, value: rewrite(s.value, keep(next)) }, facts: next };
    }
    case "seq": {
      const r = list(s.stmts, facts);
      return { stmt: { ...s, stmts: r.stmts }, facts: r.facts };
    }
    case "block": {
      const r = list(s.body, facts);
      return { stmt: { ...s, body: r.stmts }, facts: after(facts, killsInside(s.body)) };
    }
    case "if": {
      if (s.before?.length) return { stmt: s, facts: after(facts, killsInside([s])) };
      const cond = effects(s.cond);
      const entry = after(facts, cond);
      const then = list(s.then, entry);
      const otherwise = s.else && list(s.else, entry);
      return { stmt: { ...s, then: then.stmts, else: otherwise?.stmts }, facts: after(facts, killsInside([s])) };
    }
    case "while": case "do": case "for": {
      const body = list(s.body, new Set());
      return { stmt: { ...s, body: body.stmts }, facts: after(facts, killsInside([s])) };
    }
    case "line":
      return { stmt: s, facts: !yieldsRunCode && yieldCheck.test(s.text.trim()) ? facts : new Set() };
    case "break": case "continue": case "return":
      return { stmt: s, facts };
    default:
      return { stmt: s, facts: new Set() };
  }
}

/** A function body with its element writes at proven indices unchecked. */
export function provenWrites(ctx: LowerContext, params: readonly Param[], body: readonly Stmt[]): Stmt[] {
  yieldsRunCode = callbacksAtYield(ctx);
  declared = new Map();
  collectDeclared(params, body, declared);
  return list(body, new Set()).stmts;
}
