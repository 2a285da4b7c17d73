// Where the yield checks go (issue 17), decided per loop from an upper bound of its cost. yields.ts builds the
// call graph and asks this planner; the planner never emits anything.
//
// A check costs 2-5 instructions per iteration, and a check on a tight loop also makes GCC reload what the
// loop keeps in registers (the check may call into the system, which may run a callback that changes
// anything). So checks go only where no bound is known:
// - a loop whose whole run is bounded by BUDGET_CYCLES (a trip bound × a bound of one iteration's cost) gets
//   no check: the check of an enclosing loop or function covers it. Trip bounds: a counter between ranges
//   (constants, integer constants, counters of enclosing loops, and sums and products of them) moving by a
//   step whose range is known; `for (const x of array)` (an array holds at most HEAP_BYTES of elements); a
//   scan `while (a[i] < x) i++` (each iteration reads a[i] with i moving by one, and a read past the end of an
//   array of numbers or booleans throws, so at most the array's length); Hoare's partition loop (it ends
//   with `if (<its own condition>) { ... i++ }`: each iteration that goes on reads a new a[i]). A scan whose
//   index only moves one way in its enclosing loop counts its iterations once over that loop's whole run (a
//   partition loop's iterations and its scans' share one count of reads). Consecutive short loops with no
//   check between them add up to at most RUN_BUDGET_CYCLES;
// - a loop with a trip bound whose expensive part sits in `if` branches (the sieve's `if (!composite[i]) {
//   ...inner loop... }`) checks at the start of those branches when the trips × the rest stay in the budget;
// - a loop every iteration of which calls a function that checks on entry (a recursive function, on the
//   clock unless the iteration is small, and not one whose leaf path skips its check) needs none;
// - a recursive function that starts with a short leaf (`return n < 2 ? n : ...`) checks only on the other
//   path (leafGuard);
// - otherwise the loop checks at the start of its body: on the countdown (TSD_LOOP_YIELD, 2 instructions)
//   when one iteration is bounded by SMALL_ITERATION_CYCLES (256 checks between looks at the clock stay
//   within a few ms), else on the clock (TSD_YIELD_CHECK: the CPU's cycle counter against a deadline, so
//   an expensive iteration cannot stretch the interval).
// Costs are estimated cycles of the lx106 (one instruction each, as bench/lx106 counts them): integer
// operations 1-4 (division 160), a software double operation 40-2500, a bounds-checked element access 6, a string's
// length or code unit the cost of their ASCII fast path (the runtime looks at the clock after the slow paths that
// scan the string). Anything else whose time depends on data (strings, allocation, unknown library calls, unbounded
// loops) is unbounded.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { fixedCpp } from "./expressions.js";

/** The most estimated cycles a loop may run without a check of its own: 16 ms at 80 MHz, reached only by the
 *  worst case of the bounds (an array filling the whole heap). With optimistic_yield's 10 ms, no stretch then
 *  runs much longer than 30 ms without a yield (the watchdog allows 3.2 s). */
export const BUDGET_CYCLES = 1_280_000;
/** A scan (`while (a[i] < pivot) i++`) may run this long without a check of its own: its bound is the whole
 *  heap filled with that array, far beyond what a real scan reads, and a check in a scan's tiny body costs 5%
 *  of quicksort on `number` (bench/lx106 sort) where the enclosing loop's check on the clock costs 1%. */
export const SCAN_BUDGET_CYCLES = 2 * BUDGET_CYCLES;
/** A nest whose inner loops' trips are summed over every value of the outer counter (enumeratedCost: the
 *  sieve's `for (let j = i * i; j <= N; j += i)` inside `for (let i = 2; i <= N; i++)`) may run this long without
 *  a check: its trip count is exact, only the cycles per operation are upper bounds, as for a scan. */
export const NEST_BUDGET_CYCLES = 2 * BUDGET_CYCLES;
/** Consecutive loops proven short, with no check between them, may run this long together (64 ms at 80 MHz,
 *  each at most BUDGET_CYCLES or the scan and nest budgets): a block of many short loops still yields within the
 *  100 ms the lx106 target holds every sketch to. */
export const RUN_BUDGET_CYCLES = 4 * BUDGET_CYCLES;
/** The most values of an outer counter enumeratedCost() goes through, and values × nodes of the body it walks. */
const ENUMERATE_LIMIT = 1 << 15;
const ENUMERATE_WORK = 2_000_000;
/** One iteration at most this long may check on the countdown (256 checks between looks at the clock). */
export const SMALL_ITERATION_CYCLES = 2_000;
/** A strip-mined check looks at most every this many iterations (as the countdown's 256). */
const STRIP_MAX_EVERY = 256;
/** The ESP8266's free heap with a sketch running: no array holds more bytes than this. */
const HEAP_BYTES = 50 * 1024;
/** An `if` branch that costs more than this (or is unbounded) may take the check of its loop. */
const HEAVY_BRANCH_CYCLES = 2_000;
/** Per iteration: the back-edge branch, the condition's branch. */
const LOOP_OVERHEAD = 2;
const CALL_OVERHEAD = 10;
/** `s.length`: the ASCII flag's test and the byte count (ts::lengthInt32, String::length(), unitCount()). */
const STRING_LENGTH_CYCLES = 12;

/** Constant-time built-ins: estimated cycles of one call (push: amortised growth). */
const BUILTIN_CYCLES = new Map<string, number>([
  ["abs", 40], ["min", 60], ["max", 60], ["sign", 40], ["floor", 150], ["ceil", 150], ["round", 200], ["trunc", 150],
  ["sqrt", 4000], ["pop", 12],
  ["digitalRead", 100], ["digitalWrite", 100], ["analogRead", 200], ["analogWrite", 200], ["pinMode", 100],
  ["millis", 200], ["micros", 200],
  // Fixed-width conversions (a software double's ToInt32 at most).
  ["i8", 60], ["i16", 60], ["i32", 60], ["i64", 120], ["u8", 60], ["u16", 60], ["u32", 60], ["u64", 120], ["f32", 60], ["f64", 60],
  ["isize", 60], ["usize", 60],
  // A string's code unit: the ASCII fast path; a string with other characters is decoded by the runtime, which
  // then checks the clock itself (ts_string_members.cpp), so the decoding ends every stretch it lengthens.
  ["charCodeAt", 40],
]);

type FunctionNode = ts.FunctionLikeDeclaration;

export type LoopPlan =
  | { kind: "none"; why: "short" | "calls-check" | "interrupt" }
  | { kind: "branches"; branches: ts.Block[]; rest: number }
  | { kind: "head"; check: "countdown" | "clock" }
  /** A counter loop (`i++`/`i--`) whose iteration is bounded checks the clock when `i & mask` is 0: every
   *  mask + 1 iterations, at most BUDGET_CYCLES apart; `fallback` where the counter is not a C++ integer. */
  | { kind: "head"; check: "strip"; counter: ts.Symbol; mask: number; fallback: "countdown" | "clock" };

export interface PlannerGraph {
  recursive: Set<FunctionNode>;
  interruptOnly: Set<FunctionNode>;
  /** The user functions a call may reach (every override of a method). */
  callees(node: ts.CallExpression | ts.NewExpression): FunctionNode[];
  isFunctionNode(node: ts.Node | undefined): node is FunctionNode;
}

interface Range {
  lo: number;
  hi: number;
}

type Mode = "bound" | "untilCheck";

export class YieldPlanner {
  private readonly plans = new Map<ts.IterationStatement, LoopPlan>();
  /** The estimated cycles of each loop proven short (its whole run). */
  private readonly shortCosts = new Map<ts.IterationStatement, number>();
  private readonly costs = { bound: new Map<ts.Node, number>(), untilCheck: new Map<ts.Node, number>() };
  private readonly visiting = { bound: new Set<ts.Node>(), untilCheck: new Set<ts.Node>() };
  /** Counters of enclosing loops fixed at one value while enumeratedCost() sums a nest's cost over them. */
  private readonly pinned = new Map<ts.Symbol, Range>();

  constructor(private readonly ctx: LowerContext, private readonly graph: PlannerGraph) {}

  plan(loop: ts.IterationStatement): LoopPlan {
    let p = this.plans.get(loop);
    if (!p) {
      const pins = [...this.pinned];
      this.pinned.clear();
      try {
        p = this.decide(loop);
      } finally {
        for (const [k, v] of pins) this.pinned.set(k, v);
      }
      this.plans.set(loop, p);
    }
    return p;
  }

  /** Whether a function checks on entry (recursive, not reached from an interrupt handler). */
  entryChecks(fn: FunctionNode): boolean {
    return this.graph.recursive.has(fn) && !this.graph.interruptOnly.has(fn);
  }

  /** Which entry check a recursive function gets: the countdown when its own body (up to the next check) is
   *  small, else the clock. */
  entryCheck(fn: FunctionNode): "countdown" | "clock" {
    return fn.body && this.cost(fn.body, "untilCheck") <= SMALL_ITERATION_CYCLES ? "countdown" : "clock";
  }

  /** A recursive function that starts by returning a bounded value without recursing when a condition holds
   *  (`return n < 2 ? n : fib(n - 1) + fib(n - 2)`, or `if (n < 2) return n;` first): the condition and
   *  whether the leaf is taken when it holds. Only the other path needs the entry check: every recursion
   *  passes it, and the leaf path is short. */
  leafGuard(fn: FunctionNode): { condition: ts.Expression; leafWhen: boolean } | undefined {
    const body = fn.body;
    if (!body || (ts.isBlock(body) && !body.statements.length)) return undefined;
    // An arrow function's expression body is the expression of its return.
    const first = ts.isBlock(body) ? body.statements[0] : undefined;
    const returned = first ? (ts.isReturnStatement(first) ? first.expression : undefined) : (body as ts.Expression);
    const bounded = (e: ts.Expression | undefined) => !!e && this.cost(e, "bound") <= SMALL_ITERATION_CYCLES;
    if (returned) {
      let e = returned;
      while (ts.isParenthesizedExpression(e)) e = e.expression;
      if (!ts.isConditionalExpression(e) || !isPure(this.ctx.checker, e.condition)) return undefined;
      if (bounded(e.whenTrue)) return { condition: e.condition, leafWhen: true };
      if (bounded(e.whenFalse)) return { condition: e.condition, leafWhen: false };
      return undefined;
    }
    if (first && ts.isIfStatement(first) && !first.elseStatement && isPure(this.ctx.checker, first.expression)) {
      const then = ts.isBlock(first.thenStatement) && first.thenStatement.statements.length === 1 ? first.thenStatement.statements[0] : first.thenStatement;
      if (ts.isReturnStatement(then) && (!then.expression || bounded(then.expression))) return { condition: first.expression, leafWhen: true };
    }
    return undefined;
  }

  /** A recursive function whose body is one `while` loop (after declarations that call nothing, and bare
   *  returns), every call inside the loop: its entry check moves to the start of the loop's body (quicksort's
   *  `while (lo < hi) { … }`). A call that ends at once (lo ≥ hi) then skips it, as a leaf skips the check
   *  after a leaf guard, so a caller cannot count on it (mustCheck); every iteration, and so every path to a
   *  recursive call, still passes it. */
  entryLoop(fn: FunctionNode): ts.WhileStatement | undefined {
    const body = fn.body;
    if (!body || !ts.isBlock(body) || this.leafGuard(fn)) return undefined;
    let loop: ts.WhileStatement | undefined;
    for (const s of body.statements) {
      if (ts.isWhileStatement(s) && !loop) loop = s;
      else if (ts.isReturnStatement(s) && !s.expression) continue;
      else if (ts.isVariableStatement(s) && s.declarationList.declarations.every((d) => !d.initializer || !hasCall(d.initializer, this.graph))) continue;
      else return undefined;
    }
    return loop && !hasCall(loop.expression, this.graph) ? loop : undefined;
  }

  private decide(loop: ts.IterationStatement): LoopPlan {
    const fn = enclosingFunction(loop, this.graph);
    if (fn && this.graph.interruptOnly.has(fn)) return { kind: "none", why: "interrupt" };
    const trips = this.trips(loop);
    const total = this.totalCost(loop);
    let short = total <= (this.scan(loop) ? SCAN_BUDGET_CYCLES : BUDGET_CYCLES) ? total : Infinity;
    if (!Number.isFinite(short) && Number.isFinite(total) && total > BUDGET_CYCLES) {
      const enumerated = this.enumeratedCost(loop);
      if (enumerated <= NEST_BUDGET_CYCLES) short = enumerated;
    }
    // Short, and the loops that ran unchecked before it in the same stretch stay within the run's budget.
    if (Number.isFinite(short) && this.precedingShortLoops(loop) + short <= RUN_BUDGET_CYCLES) {
      this.shortCosts.set(loop, short);
      return { kind: "none", why: "short" };
    }
    const body = loop.statement;
    if (Number.isFinite(trips) && ts.isBlock(body)) {
      const branches: ts.Block[] = [];
      let rest = this.headCost(loop, "bound");
      for (const s of body.statements) {
        if (!ts.isIfStatement(s)) {
          rest += this.cost(s, "bound");
          continue;
        }
        rest += this.exprCost(s.expression, "bound") + 2;
        let kept = 0;
        for (const branch of [s.thenStatement, s.elseStatement]) {
          if (!branch) continue;
          const c = this.cost(branch, "bound");
          if (ts.isBlock(branch) && c > HEAVY_BRANCH_CYCLES) branches.push(branch);
          else kept = Math.max(kept, c);
        }
        rest += kept;
      }
      if (branches.length && trips * rest <= BUDGET_CYCLES) return { kind: "branches", branches, rest };
    }
    // A callee's countdown check covers an iteration only when the iteration is small (256 of them between
    // looks at the clock); a callee that checks the clock covers any.
    const small = this.iterationCost(loop, "untilCheck") <= SMALL_ITERATION_CYCLES;
    if (!hasContinue(body) && (this.mustCheck(body, small) || (loop.kind !== ts.SyntaxKind.ForOfStatement && this.exprMustCheck(conditionOf(loop), small)))) {
      return { kind: "none", why: "calls-check" };
    }
    const fallback = small ? "countdown" : "clock";
    const strip = this.stripMask(loop);
    return strip ? { kind: "head", check: "strip", ...strip, fallback } : { kind: "head", check: fallback };
  }

  /** The estimated cycles of the loops proven short (without a check) that run before this one with no check in
   *  between: those of the statements before it in its block, and in the blocks around it up to the body of the
   *  enclosing loop or function (each short loop alone stays within its budget; a run of them must too). A loop
   *  that checks ends the run; a loop nested in a statement before it counts whichever branch it is in. */
  private precedingShortLoops(loop: ts.IterationStatement): number {
    let sum = 0;
    const nested = (n: ts.Node): void => {
      if (this.graph.isFunctionNode(n) || ts.isClassLike(n)) return;
      if (ts.isIterationStatement(n, false)) {
        if (this.plan(n).kind === "none") sum += this.shortCosts.get(n) ?? 0;
        return;
      }
      ts.forEachChild(n, nested);
    };
    for (let node: ts.Node = loop; node.parent; node = node.parent) {
      const parent = node.parent;
      if (this.graph.isFunctionNode(parent) || ts.isIterationStatement(parent, false)) break;
      if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent) || ts.isModuleBlock(parent)) {
        const siblings = parent.statements;
        for (let k = siblings.indexOf(node as ts.Statement) - 1; k >= 0; k--) {
          const sibling = siblings[k];
          if (ts.isIterationStatement(sibling, false) && this.plan(sibling).kind !== "none") return sum;
          nested(sibling);
        }
      }
      if (ts.isSourceFile(parent)) break;
    }
    return sum;
  }

  /** `for (let i = …; …; i++)` (or `i--`), `i` written by nothing else, one iteration bounded by c cycles: it may
   *  check only when `i & mask` is 0, mask + 1 ≤ BUDGET_CYCLES / c a power of two (one test of the counter's low
   *  bits where the check on the clock is 3 instructions and a register, the countdown 2 and a register). */
  private stripMask(loop: ts.IterationStatement): { counter: ts.Symbol; mask: number } | undefined {
    if (!ts.isForStatement(loop) || !loop.incrementor) return undefined;
    const init = loop.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1 || !ts.isIdentifier(init.declarations[0].name)) return undefined;
    const counter = this.ctx.checker.getSymbolAtLocation(init.declarations[0].name);
    if (!counter) return undefined;
    const isCounter = (e: ts.Expression) => ts.isIdentifier(e) && this.ctx.symbolOf(e) === counter;
    const step = this.stepRange(loop.incrementor, isCounter);
    if (!step || step.lo !== step.hi || Math.abs(step.lo) !== 1) return undefined;
    if (writesTo(this.ctx, loop.statement, counter) || (loop.condition && writesTo(this.ctx, loop.condition, counter))) return undefined;
    const c = this.iterationCost(loop, "bound");
    if (!Number.isFinite(c)) return undefined;
    let every = 1;
    while (every * 2 <= STRIP_MAX_EVERY && every * 2 * c <= BUDGET_CYCLES) every *= 2;
    return every >= 2 ? { counter, mask: every - 1 } : undefined;
  }

  // ---- trip bounds --------------------------------------------------------------------------------------

  /** An upper bound of the loop's iterations, or Infinity. */
  trips(loop: ts.IterationStatement): number {
    let best = Infinity;
    if (ts.isForStatement(loop)) best = Math.min(best, this.counterTrips(loop));
    if (ts.isForOfStatement(loop)) {
      const size = this.arrayElementBytes(loop.expression);
      if (size) best = Math.min(best, Math.floor(HEAP_BYTES / size), this.lengthBound(loop.expression));
    }
    best = Math.min(best, this.scanTrips(loop), this.partitionTrips(loop));
    return best;
  }

  private readonly lengths = new Map<ts.Symbol, number>();

  /** The most elements an array can hold when it is a module-level `const xs: T[] = []` that only the
   *  top-level code (which runs once) fills, by `xs.push(v)` in loops with trip bounds, and that everything
   *  else only reads (`for...of`, `xs[i]`, `xs.length`; passing it anywhere may grow it): the sum over its
   *  pushes of the product of their loops' trips. Infinity otherwise. */
  private lengthBound(e: ts.Expression): number {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (!ts.isIdentifier(e)) return Infinity;
    const symbol = this.ctx.symbolOf(e);
    const decl = symbol?.valueDeclaration;
    if (!symbol || !decl || !ts.isVariableDeclaration(decl) || !ts.isVariableDeclarationList(decl.parent) || !(decl.parent.flags & ts.NodeFlags.Const)) return Infinity;
    if (!ts.isVariableStatement(decl.parent.parent) || !ts.isSourceFile(decl.parent.parent.parent)) return Infinity;
    if (!decl.initializer || !ts.isArrayLiteralExpression(decl.initializer) || decl.initializer.elements.some((x) => ts.isSpreadElement(x))) return Infinity;
    const known = this.lengths.get(symbol);
    if (known !== undefined) return known;
    this.lengths.set(symbol, Infinity);  // a push inside a loop over the same array: no bound
    let total = decl.initializer.elements.length;
    const visit = (n: ts.Node): void => {
      if (!Number.isFinite(total)) return;
      if (ts.isIdentifier(n) && n !== decl.name && this.ctx.symbolOf(n) === symbol) total += this.useGrowth(n);
      ts.forEachChild(n, visit);
    };
    for (const f of this.ctx.program.getSourceFiles()) if (!f.isDeclarationFile && !this.ctx.isRuntimeFile(f.fileName)) visit(f);
    this.lengths.set(symbol, total);
    return total;
  }

  /** How many elements one use of a length-bounded array's name may add (lengthBound), Infinity when unknown. */
  private useGrowth(use: ts.Identifier): number {
    const parent = use.parent;
    if (ts.isForOfStatement(parent) && parent.expression === use) return 0;
    if (ts.isElementAccessExpression(parent) && parent.expression === use) return writeTarget(parent.parent) === parent ? Infinity : 0;
    if (!ts.isPropertyAccessExpression(parent) || parent.expression !== use) return Infinity;
    if (parent.name.text === "length") return writeTarget(parent.parent) === parent ? Infinity : 0;
    const call = parent.parent;
    if (parent.name.text !== "push" || !ts.isCallExpression(call) || call.expression !== parent || call.arguments.length !== 1 || ts.isSpreadElement(call.arguments[0])) return Infinity;
    // Top-level code only (a function may run any number of times); each enclosing loop multiplies.
    let times = 1;
    for (let n: ts.Node = call; !ts.isSourceFile(n); n = n.parent) {
      if (this.graph.isFunctionNode(n) || ts.isClassLike(n)) return Infinity;
      if (ts.isIterationStatement(n, false) && n.statement && isAncestor(n.statement, call)) times *= this.trips(n);
      if (!Number.isFinite(times)) return Infinity;
    }
    return times;
  }

  /** `for (let i = S; i < E; i += K)` (or <=, >, >=, ++, --, -=) with ranges for S, E and K, `i` written only
   *  by the increment. */
  private counterTrips(loop: ts.ForStatement): number {
    const init = loop.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return Infinity;
    const decl = init.declarations[0];
    if (!ts.isIdentifier(decl.name) || !decl.initializer) return Infinity;
    const counter = this.ctx.checker.getSymbolAtLocation(decl.name);
    const cond = loop.condition;
    const incr = loop.incrementor;
    if (!counter || !cond || !incr || !ts.isBinaryExpression(cond)) return Infinity;
    const isCounter = (e: ts.Expression) => ts.isIdentifier(e) && this.ctx.symbolOf(e) === counter;
    if (!isCounter(cond.left)) return Infinity;
    const start = this.range(decl.initializer);
    const end = this.range(cond.right);
    const step = this.stepRange(incr, isCounter);
    if (!start || !end || !step) return Infinity;
    if (writesTo(this.ctx, loop.statement, counter) || writesTo(this.ctx, cond, counter)) return Infinity;
    const op = cond.operatorToken.kind;
    let trips = Infinity;
    if (step.lo >= 1) {
      if (op === ts.SyntaxKind.LessThanToken) trips = Math.ceil((end.hi - start.lo) / step.lo);
      if (op === ts.SyntaxKind.LessThanEqualsToken) trips = Math.floor((end.hi - start.lo) / step.lo) + 1;
    } else if (step.hi <= -1) {
      if (op === ts.SyntaxKind.GreaterThanToken) trips = Math.ceil((start.hi - end.lo) / -step.hi);
      if (op === ts.SyntaxKind.GreaterThanEqualsToken) trips = Math.floor((start.hi - end.lo) / -step.hi) + 1;
    }
    return Number.isFinite(trips) ? Math.max(0, trips) : Infinity;
  }

  private stepRange(incr: ts.Expression, isCounter: (e: ts.Expression) => boolean, depth = 0): Range | undefined {
    if ((ts.isPostfixUnaryExpression(incr) || ts.isPrefixUnaryExpression(incr)) && isCounter(incr.operand)) {
      if (incr.operator === ts.SyntaxKind.PlusPlusToken) return { lo: 1, hi: 1 };
      if (incr.operator === ts.SyntaxKind.MinusMinusToken) return { lo: -1, hi: -1 };
      return undefined;
    }
    if (ts.isBinaryExpression(incr) && isCounter(incr.left)) {
      const k = this.range(incr.right, depth + 1);
      if (!k) return undefined;
      if (incr.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) return k;
      if (incr.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) return { lo: -k.hi, hi: -k.lo };
    }
    return undefined;
  }

  /** The values an integer expression can take, from constants and the counters of enclosing loops. */
  private range(e: ts.Expression, depth = 0): Range | undefined {
    if (depth > 8) return undefined;
    if (ts.isParenthesizedExpression(e)) return this.range(e.expression, depth + 1);
    if (ts.isNumericLiteral(e)) {
      const v = Number(e.text);
      return Number.isSafeInteger(v) ? { lo: v, hi: v } : undefined;
    }
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
      const r = this.range(e.operand, depth + 1);
      return r && { lo: -r.hi, hi: -r.lo };
    }
    if (ts.isBinaryExpression(e)) {
      const a = this.range(e.left, depth + 1);
      const b = a && this.range(e.right, depth + 1);
      if (!a || !b) return undefined;
      switch (e.operatorToken.kind) {
        case ts.SyntaxKind.PlusToken: return { lo: a.lo + b.lo, hi: a.hi + b.hi };
        case ts.SyntaxKind.MinusToken: return { lo: a.lo - b.hi, hi: a.hi - b.lo };
        case ts.SyntaxKind.AsteriskToken: {
          const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
          return { lo: Math.min(...p), hi: Math.max(...p) };
        }
        default: return undefined;
      }
    }
    if (ts.isIdentifier(e)) {
      const symbol = this.ctx.symbolOf(e);
      const pin = symbol && this.pinned.get(symbol);
      if (pin) return pin;
      const decl = symbol?.valueDeclaration;
      if (!symbol || !decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !ts.isVariableDeclarationList(decl.parent)) return undefined;
      if (decl.parent.flags & ts.NodeFlags.Const) return this.range(decl.initializer, depth + 1);
      // The counter of an enclosing `for`, written only by its increment.
      const loop = decl.parent.parent;
      if (!ts.isForStatement(loop) || loop.initializer !== decl.parent || decl.parent.declarations.length !== 1 || !isAncestor(loop, e)) return undefined;
      if (!loop.condition || !ts.isBinaryExpression(loop.condition) || !loop.incrementor) return undefined;
      const isCounter = (x: ts.Expression) => ts.isIdentifier(x) && this.ctx.symbolOf(x) === symbol;
      if (!isCounter(loop.condition.left) || writesTo(this.ctx, loop.statement, symbol) || writesTo(this.ctx, loop.condition, symbol)) return undefined;
      const start = this.range(decl.initializer, depth + 1);
      const end = this.range(loop.condition.right, depth + 1);
      const step = this.stepRange(loop.incrementor, isCounter, depth + 1);
      if (!start || !end || !step) return undefined;
      const op = loop.condition.operatorToken.kind;
      // Inside the body the condition held: the counter is within it.
      if (step.lo >= 1 && op === ts.SyntaxKind.LessThanToken) return { lo: start.lo, hi: end.hi - 1 };
      if (step.lo >= 1 && op === ts.SyntaxKind.LessThanEqualsToken) return { lo: start.lo, hi: end.hi };
      if (step.hi <= -1 && op === ts.SyntaxKind.GreaterThanToken) return { lo: end.lo + 1, hi: start.hi };
      if (step.hi <= -1 && op === ts.SyntaxKind.GreaterThanEqualsToken) return { lo: end.lo, hi: start.hi };
    }
    return undefined;
  }

  /** A scan: every iteration reads `a[v]` (an array of numbers or booleans: a read past its end throws) in the
   *  condition and moves `v` by a nonzero integer constant exactly once, so it ends within the array's length. */
  private scanTrips(loop: ts.IterationStatement): number {
    const scan = this.scan(loop);
    return scan ? scan.elements + 2 : Infinity;
  }

  /** The scanned index (its symbol and the sign of its step) and the most elements its array can hold. */
  private scan(loop: ts.IterationStatement): { v: ts.Symbol; sign: number; elements: number } | undefined {
    if (ts.isForOfStatement(loop) || ts.isForInStatement(loop)) return undefined;
    const cond = conditionOf(loop);
    if (!cond) return undefined;
    let guard: ts.Expression = cond;
    while (ts.isParenthesizedExpression(guard) || (ts.isBinaryExpression(guard) && guard.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) {
      guard = ts.isParenthesizedExpression(guard) ? guard.expression : guard.left;
    }
    if (!ts.isBinaryExpression(guard) || !isRelational(guard.operatorToken.kind)) return undefined;
    let best: { v: ts.Symbol; sign: number; elements: number } | undefined;
    for (const side of [guard.left, guard.right]) {
      if (!ts.isElementAccessExpression(side) || !ts.isIdentifier(side.argumentExpression)) continue;
      const size = this.arrayElementBytes(side.expression, true);
      const index = this.ctx.symbolOf(side.argumentExpression);
      if (!size || !index || !this.movesOncePerIteration(loop, index)) continue;
      const sign = this.monotoneSign(loop, index);
      const elements = Math.floor(HEAP_BYTES / size);
      if (sign && (!best || elements < best.elements)) best = { v: index, sign, elements };
    }
    return best;
  }

  /** +1 (or -1) when every write to `v` inside `root` moves it up (down) by a positive constant, else 0. */
  private monotoneSign(root: ts.Node, v: ts.Symbol): number {
    let sign = 0;
    for (const w of writeNodes(this.ctx, root, v)) {
      let s = 0;
      if (ts.isPostfixUnaryExpression(w) || ts.isPrefixUnaryExpression(w)) s = w.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1;
      else if (ts.isBinaryExpression(w)) {
        const k = this.range(w.right);
        if (k && k.lo === k.hi && k.lo !== 0) {
          if (w.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) s = Math.sign(k.lo);
          if (w.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) s = -Math.sign(k.lo);
        }
      }
      if (!s || (sign && s !== sign)) return 0;
      sign = s;
    }
    return sign;
  }

  /** A loop whose body ends with `if (C) { ... v++; }`, C being the loop's own condition (free of side effects):
   *  an iteration that skips that branch ends the loop. When a scan of `a[v]` at the top of the body reads
   *  every iteration and `v` only moves one way in the loop, every iteration that goes on reads a new index:
   *  at most the array's length of them (Hoare's partition loop). */
  private partitionTrips(loop: ts.IterationStatement): number {
    return Math.min(Infinity, ...this.partitionScans(loop).map((s) => s.elements + 1));
  }

  /** The scans of a partition loop (partitionTrips) that bound its iterations: each reads a new `a[v]` at every
   *  test, its own iterations and the loop's included, so the loop's iterations and the scan's together read at
   *  most the array's length of indices (+ one read that throws, + one last iteration that reads none). */
  private partitionScans(loop: ts.IterationStatement): { statement: ts.IterationStatement; elements: number }[] {
    const body = loop.statement;
    const cond = conditionOf(loop);
    // Only while/do: nothing runs between the last `if` and the loop's test (a for's increment would).
    if (!(ts.isWhileStatement(loop) || ts.isDoStatement(loop))) return [];
    if (!cond || !ts.isBlock(body) || !body.statements.length || !isPure(this.ctx.checker, cond) || hasContinue(body)) return [];
    const last = body.statements[body.statements.length - 1];
    if (!ts.isIfStatement(last) || last.elseStatement || last.expression.getText() !== cond.getText()) return [];
    const then = ts.isBlock(last.thenStatement) ? last.thenStatement.statements : [last.thenStatement];
    const found: { statement: ts.IterationStatement; elements: number }[] = [];
    for (const s of body.statements.slice(0, -1)) {
      if (!ts.isIterationStatement(s, false)) continue;
      const scan = this.scan(s);
      if (!scan || this.monotoneSign(loop, scan.v) !== scan.sign) continue;
      const steps = then.some((t) => ts.isExpressionStatement(t) && writeTarget(t.expression) && [...writeNodes(this.ctx, t, scan.v)].length > 0);
      if (steps) found.push({ statement: s, elements: scan.elements });
    }
    return found;
  }

  /** The whole run of a counter loop `for (let i = S; i < E; i++)` (S, E constants, a constant step) as the sum,
   *  over every value of `i`, of one iteration with `i` fixed at that value: inner loops whose bounds depend on
   *  `i` count their exact trips at each value (the sieve's inner loop runs N / i times, not N / 2 times at
   *  every i). Infinity when the loop is not such a loop, runs more than ENUMERATE_LIMIT times, or sits inside
   *  another enumeration. */
  enumeratedCost(loop: ts.IterationStatement): number {
    if (!ts.isForStatement(loop) || this.pinned.size) return Infinity;
    const init = loop.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return Infinity;
    const decl = init.declarations[0];
    const counter = ts.isIdentifier(decl.name) ? this.ctx.checker.getSymbolAtLocation(decl.name) : undefined;
    const trips = this.trips(loop);
    if (!counter || !decl.initializer || !loop.incrementor || !Number.isFinite(trips) || trips > ENUMERATE_LIMIT) return Infinity;
    const start = this.range(decl.initializer);
    const step = this.stepRange(loop.incrementor, (e) => ts.isIdentifier(e) && this.ctx.symbolOf(e) === counter);
    if (!start || start.lo !== start.hi || !step || step.lo !== step.hi || step.lo === 0) return Infinity;
    // Each value walks the body again (no memo while a counter is pinned): keep the compile time small.
    if (trips * nodeCount(loop.statement) > ENUMERATE_WORK) return Infinity;
    let total = 0;
    try {
      for (let k = 0; k < trips && Number.isFinite(total); k++) {
        const v = start.lo + k * step.lo;
        this.pinned.set(counter, { lo: v, hi: v });
        total += this.iterationCost(loop, "bound");
      }
    } finally {
      this.pinned.clear();
    }
    return total;
  }

  /** The whole run of a loop with a trip bound: trips × one iteration, where a scan at the top of the body
   *  whose index only moves one way in the loop counts its iterations over the whole run (at most its array's
   *  length in all) instead of per iteration. In a partition loop, the loop's iterations and those of each scan
   *  that bounds it share one budget of reads (partitionScans): the bound is then the larger of the two ends of
   *  that trade (every read spent by the loop, or every read spent by the scans). */
  totalCost(loop: ts.IterationStatement): number {
    const trips = this.trips(loop);
    if (!Number.isFinite(trips)) return Infinity;
    const body = loop.statement;
    if (!ts.isBlock(body)) return trips * this.iterationCost(loop, "bound");
    const shared = new Map(this.partitionScans(loop).map((s) => [s.statement as ts.Node, s.elements + 2]));
    let perIteration = this.headCost(loop, "bound");
    let amortised = 0;
    let sharedScans = 0;
    const budgets: { reads: number; cost: number }[] = [];
    for (const s of body.statements) {
      const scan = ts.isIterationStatement(s, false) ? this.scan(s) : undefined;
      if (scan && ts.isIterationStatement(s, false) && this.monotoneSign(loop, scan.v) === scan.sign) {
        perIteration += this.headCost(s, "bound");
        const iteration = this.iterationCost(s, "bound");
        amortised += (scan.elements + 1) * iteration;
        const reads = shared.get(s);
        if (reads !== undefined) {
          budgets.push({ reads, cost: iteration });
          sharedScans += (scan.elements + 1) * iteration;
        }
      } else {
        perIteration += this.cost(s, "bound");
      }
    }
    const separate = trips * perIteration + amortised;
    if (!budgets.length) return separate;
    const loopReads = Math.min(...budgets.map((b) => b.reads));
    const byScans = budgets.reduce((sum, b) => sum + b.reads * b.cost, 0);
    const byLoop = loopReads * perIteration + budgets.reduce((sum, b) => sum + (b.reads - loopReads) * b.cost, 0);
    return Math.min(separate, Math.max(byScans, byLoop) + amortised - sharedScans);
  }

  /** `v` is written in the loop only by one `v++`/`v--`/`v += k` (constant k ≠ 0) that runs on every
   *  iteration: the for's increment, or a statement of the body with no `continue` before the next iteration. */
  private movesOncePerIteration(loop: ts.IterationStatement, v: ts.Symbol): boolean {
    const writes = [...writeNodes(this.ctx, loop, v)];
    if (writes.length !== 1) return false;
    const w = writes[0];
    const isStep = (ts.isPostfixUnaryExpression(w) || ts.isPrefixUnaryExpression(w)) ||
      (ts.isBinaryExpression(w) && (w.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken || w.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) &&
        (this.range(w.right)?.lo ?? 0) === (this.range(w.right)?.hi ?? 0) && (this.range(w.right)?.lo ?? 0) !== 0);
    if (!isStep) return false;
    if (ts.isForStatement(loop) && loop.incrementor === w) return true;
    const body = loop.statement;
    const statements = ts.isBlock(body) ? body.statements : [body];
    return !hasContinue(body) && statements.some((s) => ts.isExpressionStatement(s) && s.expression === w);
  }

  /** Bytes per element of an array (0 when not an array); `throwsPastEnd`: only element types whose read past
   *  the end throws (numbers, booleans; not nullable). */
  private arrayElementBytes(array: ts.Expression, throwsPastEnd = false): number {
    const checker = this.ctx.checker;
    const t = checker.getTypeAtLocation(array);
    if (!checker.isArrayType(t)) return 0;
    const element = checker.getTypeArguments(t as ts.TypeReference)[0];
    if (!element) return 0;
    const fixed = /^ts::Array<(u?int(8|16|32|64)_t|float|double|bool)>$/.exec(fixedCpp(this.ctx, array)?.cpp ?? "")?.[1];
    if (fixed) return /8_t$|bool/.test(fixed) ? 1 : /16_t$/.test(fixed) ? 2 : /64_t$|double/.test(fixed) ? 8 : 4;
    if (element.flags & ts.TypeFlags.BooleanLike) return 1;
    if (element.flags & ts.TypeFlags.NumberLike) return 8;
    return throwsPastEnd ? 0 : 4;
  }

  /** One iteration of the loop has an estimated bound (it calls nothing of unbounded cost). */
  boundedIteration(loop: ts.IterationStatement): boolean {
    return Number.isFinite(this.iterationCost(loop, "bound"));
  }

  // ---- costs --------------------------------------------------------------------------------------------

  /** One iteration: the condition, the body, the increment. */
  private iterationCost(loop: ts.IterationStatement, mode: Mode): number {
    return this.headCost(loop, mode) + this.cost(loop.statement, mode);
  }

  private headCost(loop: ts.IterationStatement, mode: Mode): number {
    let c = LOOP_OVERHEAD;
    const cond = conditionOf(loop);
    if (cond) c += this.exprCost(cond, mode);
    if (ts.isForStatement(loop) && loop.incrementor) c += this.exprCost(loop.incrementor, mode);
    if (ts.isForOfStatement(loop)) {
      const t = this.ctx.checker.getTypeAtLocation(loop.expression);
      const element = this.ctx.checker.isArrayType(t) ? this.ctx.checker.getTypeArguments(t as ts.TypeReference)[0] : undefined;
      const scalar = !!element && !!(element.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike));
      c += scalar ? 4 : 10;  // the element copy (a reference count for objects)
    }
    return c;
  }

  /** Estimated cycles of a statement or expression. "bound": an upper bound, Infinity when unknown or
   *  unbounded. "untilCheck": up to the next check (a checked loop or a checking function costs its entry). */
  cost(node: ts.Node, mode: Mode): number {
    const memo = this.costs[mode];
    const known = this.pinned.size ? undefined : memo.get(node);
    if (known !== undefined) return known;
    const visiting = this.visiting[mode];
    if (visiting.has(node)) return Infinity;
    visiting.add(node);
    let c: number;
    try {
      c = ts.isExpression(node) ? this.exprCostUncached(node, mode) : this.statementCost(node, mode);
    } finally {
      visiting.delete(node);
    }
    if (!this.pinned.size) memo.set(node, c);
    return c;
  }

  private exprCost(e: ts.Expression, mode: Mode): number {
    return this.cost(e, mode);
  }

  private statementCost(s: ts.Node, mode: Mode): number {
    if (ts.isBlock(s)) return s.statements.reduce((sum, x) => sum + this.cost(x, mode), 0);
    if (ts.isExpressionStatement(s)) return this.exprCost(s.expression, mode);
    if (ts.isVariableStatement(s)) {
      return s.declarationList.declarations.reduce((sum, d) => sum + (d.initializer ? 1 + this.exprCost(d.initializer, mode) + (isScalar(this.ctx.checker, d.initializer) ? 0 : 10) : 1), 0);
    }
    if (ts.isIfStatement(s)) {
      return this.exprCost(s.expression, mode) + 1 + Math.max(this.cost(s.thenStatement, mode), s.elseStatement ? this.cost(s.elseStatement, mode) : 0);
    }
    if (ts.isReturnStatement(s)) return 2 + (s.expression ? this.exprCost(s.expression, mode) : 0);
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s) || ts.isEmptyStatement(s)) return 1;
    if (ts.isIterationStatement(s, false)) {
      const plan = this.plan(s);
      const trips = this.trips(s);
      if (plan.kind === "none" && plan.why === "short") return this.totalCost(s) + 4;
      if (mode === "bound") return Infinity;
      // Up to the next check: a loop that checks costs its condition until its first check.
      // A strip-mined check may first come after mask + 1 iterations.
      if (plan.kind === "head" && plan.check === "strip") return Math.min(trips, plan.mask + 1) * this.iterationCost(s, "bound") + 4;
      if (plan.kind === "head") return this.headCost(s, mode) + 4;
      if (plan.kind === "branches") return trips * plan.rest + 4;
      // Every iteration calls a function that checks: one iteration up to that call.
      if (plan.why === "calls-check") return this.iterationCost(s, mode);
      return Infinity;
    }
    return Infinity;
  }

  private exprCostUncached(e: ts.Expression, mode: Mode): number {
    const checker = this.ctx.checker;
    if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) {
      return this.exprCost(e.expression, mode);
    }
    if (ts.isIdentifier(e)) return isModuleVariable(this.ctx, e) && !this.range(e) ? 2 : 0;  // a global: an address and a load (an integer constant: an immediate)
    if (e.kind === ts.SyntaxKind.ThisKeyword) return 0;
    if (ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword ||
      e.kind === ts.SyntaxKind.NullKeyword || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return 1;
    if (ts.isPropertyAccessExpression(e)) {
      // A string's length: its byte count when ASCII; counting the UTF-16 units of other text looks at the clock
      // afterwards in the runtime (String::unitLength), so the count ends every stretch it lengthens.
      if (isStringType(checker, e.expression)) return e.name.text === "length" ? this.exprCost(e.expression, mode) + STRING_LENGTH_CYCLES : Infinity;
      // A getter or setter runs code, and an interface's property may be one in the class behind it.
      const symbol = checker.getSymbolAtLocation(e.name);
      if (symbol && (symbol.flags & ts.SymbolFlags.Accessor || symbol.declarations?.some((d) => ts.isPropertySignature(d) && !d.getSourceFile().isDeclarationFile))) return Infinity;
      return this.exprCost(e.expression, mode) + (e.expression.kind === ts.SyntaxKind.ThisKeyword ? 1 : 2);  // the null check, the load
    }
    if (ts.isElementAccessExpression(e)) {
      const t = checker.getTypeAtLocation(e.expression);
      if (!checker.isArrayType(t) && t.getSymbol()?.name !== "Uint8Array") return Infinity;
      return this.exprCost(e.expression, mode) + this.exprCost(e.argumentExpression, mode) + 6 + (isInteger(this.ctx, e.argumentExpression) ? 0 : 40);
    }
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
      const inner = this.exprCost(e.operand, mode);
      const op = e.operator;
      if (op === ts.SyntaxKind.PlusPlusToken || op === ts.SyntaxKind.MinusMinusToken) return inner + (isInteger(this.ctx, e.operand) ? 2 : 200);
      return inner + (isInteger(this.ctx, e.operand) || op === ts.SyntaxKind.ExclamationToken ? 1 : 60);
    }
    if (ts.isConditionalExpression(e)) {
      return this.exprCost(e.condition, mode) + 1 + Math.max(this.exprCost(e.whenTrue, mode), this.exprCost(e.whenFalse, mode));
    }
    if (ts.isBinaryExpression(e)) return this.binaryCost(e, mode);
    if (ts.isCallExpression(e)) return this.callCost(e, mode);
    return Infinity;  // allocation (new, literals, closures), templates, anything else
  }

  private binaryCost(e: ts.BinaryExpression, mode: Mode): number {
    const checker = this.ctx.checker;
    const k = e.operatorToken.kind;
    const operands = this.exprCost(e.left, mode) + this.exprCost(e.right, mode);
    if (k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken || k === ts.SyntaxKind.CommaToken) {
      return operands + 1;
    }
    if (isStringType(checker, e.left) || isStringType(checker, e.right)) return Infinity;
    const compound = k >= ts.SyntaxKind.FirstCompoundAssignment && k <= ts.SyntaxKind.LastCompoundAssignment;
    if (k === ts.SyntaxKind.EqualsToken) return operands + (isScalar(checker, e.right) ? 1 : 12);
    const op = compound ? compoundOperator(k) : k;
    const numeric = !!(checker.getTypeAtLocation(e.left).flags & ts.TypeFlags.NumberLike) || !!(checker.getTypeAtLocation(e.right).flags & ts.TypeFlags.NumberLike);
    const integer = isInteger(this.ctx, e.left) && isInteger(this.ctx, e.right);
    let opCost: number;
    switch (op) {
      case ts.SyntaxKind.PlusToken:
      case ts.SyntaxKind.MinusToken: opCost = integer ? 1 : 200; break;
      case ts.SyntaxKind.AsteriskToken: opCost = integer ? 4 : 350; break;
      case ts.SyntaxKind.SlashToken: opCost = integer ? 160 : 1200; break;
      case ts.SyntaxKind.PercentToken: opCost = integer ? 160 : 2500; break;
      case ts.SyntaxKind.AsteriskAsteriskToken: return Infinity;
      case ts.SyntaxKind.AmpersandToken: case ts.SyntaxKind.BarToken: case ts.SyntaxKind.CaretToken:
      case ts.SyntaxKind.LessThanLessThanToken: case ts.SyntaxKind.GreaterThanGreaterThanToken: case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken:
        opCost = integer ? 1 : 150; break;
      case ts.SyntaxKind.LessThanToken: case ts.SyntaxKind.LessThanEqualsToken: case ts.SyntaxKind.GreaterThanToken: case ts.SyntaxKind.GreaterThanEqualsToken:
      case ts.SyntaxKind.EqualsEqualsEqualsToken: case ts.SyntaxKind.ExclamationEqualsEqualsToken:
      case ts.SyntaxKind.EqualsEqualsToken: case ts.SyntaxKind.ExclamationEqualsToken:
        opCost = integer || !numeric ? 1 : 40; break;
      default: return Infinity;
    }
    return operands + opCost + (compound ? 1 : 0);
  }

  private callCost(e: ts.CallExpression, mode: Mode): number {
    const args = e.arguments.reduce((sum, a) => sum + this.exprCost(a, mode), 0);
    const receiver = ts.isPropertyAccessExpression(e.expression) ? this.exprCost(e.expression.expression, mode) : 0;
    const decl = this.ctx.checker.getResolvedSignature(e)?.declaration;
    if (!decl) return Infinity;
    if (decl.getSourceFile().isDeclarationFile) {
      const name = ts.isPropertyAccessExpression(e.expression) ? e.expression.name.text : ts.isIdentifier(e.expression) ? e.expression.text : "";
      // push: the store and the length, and the amortised growth (a copy of every element, twice at most).
      const builtin = name === "push" ? 12 + 2 * this.pushedBytes(e) : BUILTIN_CYCLES.get(name);
      return builtin === undefined ? Infinity : builtin + args + receiver;
    }
    const callees = this.graph.callees(e);
    if (!callees.length) return Infinity;
    let worst = 0;
    for (const f of callees) {
      if (this.entryChecks(f)) {
        if (mode === "bound") return Infinity;
        worst = Math.max(worst, CALL_OVERHEAD);
        continue;
      }
      worst = Math.max(worst, f.body ? this.cost(f.body, mode) : Infinity);
    }
    return CALL_OVERHEAD + args + receiver + worst;
  }

  private pushedBytes(e: ts.CallExpression): number {
    if (!ts.isPropertyAccessExpression(e.expression) || e.arguments.length !== 1) return Infinity;
    return this.arrayElementBytes(e.expression.expression) || Infinity;
  }

  // ---- checks on every path ------------------------------------------------------------------------------

  /** Every run of the statement calls a function that checks on entry (on the clock, unless `countdownOk`). */
  private mustCheck(s: ts.Statement, countdownOk: boolean): boolean {
    if (ts.isBlock(s)) return s.statements.some((x) => this.mustCheck(x, countdownOk));
    if (ts.isExpressionStatement(s)) return this.exprMustCheck(s.expression, countdownOk);
    if (ts.isVariableStatement(s)) return s.declarationList.declarations.some((d) => !!d.initializer && this.exprMustCheck(d.initializer, countdownOk));
    if (ts.isIfStatement(s)) {
      return this.exprMustCheck(s.expression, countdownOk) || (!!s.elseStatement && this.mustCheck(s.thenStatement, countdownOk) && this.mustCheck(s.elseStatement, countdownOk));
    }
    if (ts.isReturnStatement(s)) return !!s.expression && this.exprMustCheck(s.expression, countdownOk);
    return false;
  }

  private exprMustCheck(e: ts.Expression | undefined, countdownOk: boolean): boolean {
    if (!e) return false;
    const must = (x: ts.Expression | undefined) => this.exprMustCheck(x, countdownOk);
    if (ts.isCallExpression(e)) {
      const callees = this.graph.callees(e);
      // A callee whose leaf path skips its check (leafGuard) may never check: not counted.
      if (callees.length && callees.every((f) => this.entryChecks(f) && !this.leafGuard(f) && !this.entryLoop(f) && (countdownOk || this.entryCheck(f) === "clock"))) return true;
      return must(e.expression) || e.arguments.some(must);
    }
    if (ts.isBinaryExpression(e)) {
      const k = e.operatorToken.kind;
      if (k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken) return must(e.left);
      return must(e.left) || must(e.right);
    }
    if (ts.isConditionalExpression(e)) return must(e.condition) || (must(e.whenTrue) && must(e.whenFalse));
    if (this.graph.isFunctionNode(e) || ts.isClassExpression(e)) return false;
    let found = false;
    ts.forEachChild(e, (c) => {
      if (!found && ts.isExpression(c) && !ts.isQuestionDotToken(c)) found = must(c);
    });
    return found && !hasOptionalChain(e);
  }
}

// ---- helpers --------------------------------------------------------------------------------------------

function conditionOf(loop: ts.IterationStatement): ts.Expression | undefined {
  if (ts.isWhileStatement(loop) || ts.isDoStatement(loop)) return loop.expression;
  if (ts.isForStatement(loop)) return loop.condition;
  return undefined;
}

function enclosingFunction(node: ts.Node, graph: PlannerGraph): FunctionNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (graph.isFunctionNode(n)) return n;
  return undefined;
}

function isAncestor(ancestor: ts.Node, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

function isRelational(k: ts.SyntaxKind): boolean {
  return k === ts.SyntaxKind.LessThanToken || k === ts.SyntaxKind.LessThanEqualsToken || k === ts.SyntaxKind.GreaterThanToken || k === ts.SyntaxKind.GreaterThanEqualsToken;
}

/** A call, `new`, tagged template or function expression in the node (code that may run anything). */
function hasCall(node: ts.Node, graph: PlannerGraph): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n) || graph.isFunctionNode(n)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

function nodeCount(root: ts.Node): number {
  let n = 0;
  const visit = (x: ts.Node): void => {
    n++;
    ts.forEachChild(x, visit);
  };
  visit(root);
  return n;
}

function hasOptionalChain(e: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isQuestionDotToken(n)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(e);
  return found;
}

/** A `continue` in the statement that targets its loop (not one in a nested loop or function). */
function hasContinue(body: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node, nested: boolean): void => {
    if (found) return;
    if (ts.isContinueStatement(n) && (!nested || n.label)) found = true;
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, (c) => visit(c, nested || ts.isIterationStatement(n, false)));
  };
  visit(body, false);
  return found;
}

/** Reading it twice gives the same value and changes nothing: names, literals, property and element reads,
 *  arithmetic and comparisons. */
export function isPure(checker: ts.TypeChecker, e: ts.Expression): boolean {
  const pure = (x: ts.Expression): boolean => isPure(checker, x);
  if (ts.isIdentifier(e) || ts.isNumericLiteral(e) || ts.isStringLiteral(e) || e.kind === ts.SyntaxKind.ThisKeyword ||
    e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isParenthesizedExpression(e)) return pure(e.expression);
  // A getter runs code: not pure.
  if (ts.isPropertyAccessExpression(e)) return !((checker.getSymbolAtLocation(e.name)?.flags ?? 0) & ts.SymbolFlags.GetAccessor) && pure(e.expression);
  if (ts.isElementAccessExpression(e)) return pure(e.expression) && pure(e.argumentExpression);
  if (ts.isPrefixUnaryExpression(e)) return e.operator !== ts.SyntaxKind.PlusPlusToken && e.operator !== ts.SyntaxKind.MinusMinusToken && pure(e.operand);
  if (ts.isBinaryExpression(e)) {
    const k = e.operatorToken.kind;
    return !(k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) && k !== ts.SyntaxKind.CommaToken && pure(e.left) && pure(e.right);
  }
  return false;
}

function writeTarget(node: ts.Node): ts.Expression | undefined {
  if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) return node.operand;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return node.left;
  return undefined;
}

function* writeNodes(ctx: LowerContext, root: ts.Node, symbol: ts.Symbol): Generator<ts.Node> {
  const found: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    const target = writeTarget(n);
    if (target && ts.isIdentifier(target) && ctx.symbolOf(target) === symbol) found.push(n);
    ts.forEachChild(n, visit);
  };
  visit(root);
  yield* found;
}

function writesTo(ctx: LowerContext, root: ts.Node, symbol: ts.Symbol): boolean {
  return !writeNodes(ctx, root, symbol).next().done;
}

function isStringType(checker: ts.TypeChecker, e: ts.Expression): boolean {
  return !!(checker.getTypeAtLocation(e).flags & ts.TypeFlags.StringLike);
}

/** A variable declared at the top level of a file (a C++ global: its address, then a load). */
function isModuleVariable(ctx: LowerContext, e: ts.Identifier): boolean {
  const decl = ctx.symbolOf(e)?.valueDeclaration;
  return !!decl && ts.isVariableDeclaration(decl) && ts.isVariableStatement(decl.parent.parent) && ts.isSourceFile(decl.parent.parent.parent);
}

function isScalar(checker: ts.TypeChecker, e: ts.Expression): boolean {
  return !!(checker.getTypeAtLocation(e).flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.EnumLike));
}

/** An integer held in an integer C++ type: a fixed-width value or operation, or a bare `number` counter proven
 *  int32 (arithmetic with such a counter is still done in double). Other numbers are software doubles. */
function isInteger(ctx: LowerContext, e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isNumericLiteral(e)) return Number.isInteger(Number(e.text));
  const fixed = fixedCpp(ctx, e);
  return !!fixed && /^u?int(8|16|32|64)_t$/.test(fixed.cpp);
}

function compoundOperator(k: ts.SyntaxKind): ts.SyntaxKind {
  switch (k) {
    case ts.SyntaxKind.PlusEqualsToken: return ts.SyntaxKind.PlusToken;
    case ts.SyntaxKind.MinusEqualsToken: return ts.SyntaxKind.MinusToken;
    case ts.SyntaxKind.AsteriskEqualsToken: return ts.SyntaxKind.AsteriskToken;
    case ts.SyntaxKind.SlashEqualsToken: return ts.SyntaxKind.SlashToken;
    case ts.SyntaxKind.PercentEqualsToken: return ts.SyntaxKind.PercentToken;
    case ts.SyntaxKind.AsteriskAsteriskEqualsToken: return ts.SyntaxKind.AsteriskAsteriskToken;
    case ts.SyntaxKind.AmpersandEqualsToken: return ts.SyntaxKind.AmpersandToken;
    case ts.SyntaxKind.BarEqualsToken: return ts.SyntaxKind.BarToken;
    case ts.SyntaxKind.CaretEqualsToken: return ts.SyntaxKind.CaretToken;
    case ts.SyntaxKind.LessThanLessThanEqualsToken: return ts.SyntaxKind.LessThanLessThanToken;
    case ts.SyntaxKind.GreaterThanGreaterThanEqualsToken: return ts.SyntaxKind.GreaterThanGreaterThanToken;
    case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken: return ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken;
    default: return ts.SyntaxKind.Unknown;
  }
}
