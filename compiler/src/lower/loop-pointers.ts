// The element storage of the arrays a hoisted loop indexes without checks (checked-loop.ts), held in a local
// pointer (issue 12). `a.uncheckedAt(k)` reads the header's data pointer at every access, and a call anywhere
// in the loop (the checked version of an inner loop, on its cold path) made g++ load it again at every
// iteration. In the unchecked version of a loop:
//   T* _d1 = a.data();  for (…) { … *(_d1 + k) … }
// The pointer is valid while the storage does not move. In such a body only an element write through set()
// (at an index not proven in range: it may append, and so reallocate, for any array variable, aliases
// included) or another method call can move it: after each statement holding one the pointer is read again,
// and that statement itself keeps reading through the array. A loop header holding one keeps the loop as it is.
import type { LowerContext } from "./context.js";
import { printExpr } from "../ir/print.js";
import { printType, typeFromSpelling } from "../ir/types.js";
import { binary, call, member, name, unary, mapSubexpressions, type Expr, type Stmt } from "../ir/nodes.js";

const READS = new Set(["get", "uncheckedAt", "size", "data"]);

/** Whether evaluating `e` may move an array's storage: a method call other than a read. */
function moves(e: Expr): boolean {
  switch (e.kind) {
    case "call":
      if (e.callee.kind === "member" && !READS.has(e.callee.name)) return true;
      return moves(e.callee) || e.args.some(moves);
    case "member": return moves(e.object);
    case "unary": return moves(e.operand);
    case "binary": return moves(e.left) || moves(e.right);
    case "assign": return moves(e.target) || moves(e.value);
    case "cond": return moves(e.cond) || moves(e.then) || moves(e.else);
    case "cast": return moves(e.value);
    case "construct": return e.args.some(moves);
    case "paren": return moves(e.inner);
    case "discard": return moves(e.value);
    case "braces": return e.items.some(moves);
    case "raw": case "lambda": return true;
    default: return false;
  }
}

function stmtMoves(s: Stmt): boolean {
  switch (s.kind) {
    case "expr": return moves(s.expr);
    case "decl": return !!s.init && moves(s.init);
    case "assign": return moves(s.value);
    case "return": return !!s.value && moves(s.value);
    case "seq": return s.stmts.some(stmtMoves);
    case "block": return s.body.some(stmtMoves);
    case "if": return moves(s.cond) || s.then.some(stmtMoves) || !!s.else?.some(stmtMoves) || !!s.before?.some(stmtMoves);
    case "while": return moves(s.cond) || s.body.some(stmtMoves) || !!s.before?.some(stmtMoves);
    case "do": return moves(s.cond) || s.body.some(stmtMoves);
    case "for": return (!!s.cond && moves(s.cond)) || (!!s.step && moves(s.step)) || s.body.some(stmtMoves) || !!s.before?.some(stmtMoves) ||
      (!!s.init && !("vars" in s.init) && moves(s.init)) || (!!s.init && "vars" in s.init && s.init.vars.some((v) => moves(v.init)));
    case "line": return false;
    default: return true;
  }
}

/** The unchecked loop `fast` reading the arrays through local pointers (declarations first), or [fast]. */
export function withArrayPointers(ctx: LowerContext, arrays: readonly Expr[], fast: Stmt): Stmt[] {
  const pointers = new Map<string, { pointer: string; array: Expr }>();
  const decls: Stmt[] = [];
  for (const array of arrays) {
    const key = printExpr(array);
    const element = array.kind === "name" && array.type ? /^ts::Array<(.+)>$/.exec(printType(array.type))?.[1] : undefined;
    if (!element || pointers.has(key)) continue;
    const pointer = ctx.temp("d");
    pointers.set(key, { pointer, array });
    decls.push({ kind: "decl", type: typeFromSpelling(`${element}*`), name: pointer, init: call(member(array, ".", "data"), []) });
  }
  if (!pointers.size || !headersStill(fast)) return [fast];
  const refresh = (): Stmt[] => [...pointers.values()].map(({ pointer, array }) => ({ kind: "assign", target: pointer, value: call(member(array, ".", "data"), []) }));

  const expr = (e: Expr): Expr => {
    if (e.kind === "call" && e.callee.kind === "member" && e.callee.name === "uncheckedAt" && e.args.length === 1) {
      const p = pointers.get(printExpr(e.callee.object));
      if (p) return unary("*", binary("+", name(p.pointer), expr(e.args[0])), e.type);
    }
    return mapSubexpressions(e, expr);
  };
  // A list of statements: a statement that may move storage keeps its own reads and is followed by a refresh.
  const list = (stmts: readonly Stmt[]): Stmt[] => stmts.flatMap((s) => (isCompound(s) ? [compound(s)] : stmtMoves(s) ? [s, ...refresh()] : [atomic(s)]));
  const atomic = (s: Stmt): Stmt => {
    switch (s.kind) {
      case "expr": return { ...s, expr: expr(s.expr) };
      case "decl": return s.init ? { ...s, init: expr(s.init) } : s;
      case "assign": return { ...s, value: expr(s.value) };
      case "return": return s.value ? { ...s, value: expr(s.value) } : s;
      case "seq": return { ...s, stmts: s.stmts.map(atomic) };
      default: return s;
    }
  };
  const compound = (s: Stmt): Stmt => {
    switch (s.kind) {
      case "if": return { ...s, cond: expr(s.cond), then: list(s.then), else: s.else && list(s.else) };
      case "block": return { ...s, body: list(s.body) };
      case "while": return { ...s, cond: expr(s.cond), body: list(s.body) };
      case "do": return { ...s, cond: expr(s.cond), body: list(s.body) };
      case "for": return { ...s, cond: s.cond && expr(s.cond), step: s.step && expr(s.step), body: list(s.body) };
      default: return s;
    }
  };
  return [...decls, compound(fast)];
}

function isCompound(s: Stmt): boolean {
  return s.kind === "if" || s.kind === "block" || s.kind === "while" || s.kind === "do" || s.kind === "for";
}

/** No loop or if header (condition, step, temporaries before it) anywhere in `s` may move storage. */
function headersStill(s: Stmt): boolean {
  switch (s.kind) {
    case "if": return !moves(s.cond) && !s.before?.length && s.then.every(headersStill) && (!s.else || s.else.every(headersStill));
    case "block": return s.body.every(headersStill);
    case "while": return !moves(s.cond) && !s.before?.length && s.body.every(headersStill);
    case "do": return !moves(s.cond) && s.body.every(headersStill);
    case "for": return (!s.cond || !moves(s.cond)) && (!s.step || !moves(s.step)) && !s.before?.length && (!s.init || ("vars" in s.init ? s.init.vars.every((v) => !moves(v.init)) : !moves(s.init))) && s.body.every(headersStill);
    default: return true;
  }
}
