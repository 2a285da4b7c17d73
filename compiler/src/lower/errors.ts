// try/catch/finally and throw without C++ exceptions (the ESP8266 core builds with -fno-exceptions). A thrown
// Error becomes the runtime's pending error (ts_error.h) while a try is active anywhere on the stack
// (otherwise it is reported as uncaught at once, as before); the code after every call that may throw tests
// `ts::errorPending()` and jumps to its try's catch/finally (a goto within the function) or returns a default
// value to its own caller, which tests in turn. Destructors run as on any return, so reference counts and the
// cycle collector stay consistent.
//
// The analysis (analyseErrors, a pass of lower/analyses.ts) decides which functions may throw: they contain
// `throw`, call a function that may throw, call a runtime operation that raises a catchable error
// (`toFixed(101)`), or call through a closure while some closure, or function or method used as a value, may throw. A
// program without any `try` gets no tests at all, and its throws go through the noreturn ts::raiseUncaught.
// In front of a tested call, ts::assumeNoPendingError() tells g++ what the runtime guarantees (no error is
// pending in normal control flow), so the test after an inlined callee whose throw cannot happen there folds
// away (bench/errors).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { call, line, lit, name as nameExpr, nest, raw, spanOf, type Expr, type Stmt } from "../ir/nodes.js";
import { printExpr } from "../ir/print.js";
import { refTo, type CppType } from "../ir/types.js";
import { temporary } from "./expressions.js";
import { cppIdentifier } from "./types.js";
import { functionsWithCaughtThrows } from "./errors-caught.js";
import { assignmentPatternSource, collectGetters, getterBindings, gettersReadOf, isTestedGetterBinding, mayBeAccessor, settersWrittenOf } from "./errors-getters.js";
import { isUnsoundVariable } from "./errors-variables.js";
import { canPropagateFrom, gettersReadUntested, isGetterUpdate, isPropertyRead, isTestedSetterWrite, settersWrittenUntested, nullableCallee, raisingIterable, raisingReceiver, raisingTupleReceiver, untestedGetterReads, v8CalleeText } from "./errors-members.js";
import { raisingDestructuringSource, raisingAssignmentSource, namedPatternSource, checkedArrayPattern } from "./errors-destructuring.js";
import { namedMemberReceiver, namedMatchElementReceiver, reachedFromTry, type Site } from "./errors-reach.js";
import { tdzFacts } from "./tdz.js";
import { builtinFunctionName, RAISING_BUILTIN_VALUES } from "./builtin-values.js";

/** Runtime classes of Node's built-in errors (runtime/core/ts_error_object.h). */
const BUILTIN_ERRORS: Record<string, string> = { Error: "ts::Error", RangeError: "ts::RangeError", TypeError: "ts::TypeError", SyntaxError: "ts::SyntaxError", ReferenceError: "ts::ReferenceError" };
/** Runtime members that raise a catchable error (ts::raiseRuntime): on numbers and strings. */
const RAISING_MEMBERS = new Set(["toFixed", "toPrecision", "toExponential", "toString", "repeat", "padStart", "padEnd"]);

/** Runtime methods that call their callback in a loop of their own (which does not test for errors). */
const CALLBACK_METHODS = new Set(["forEach", "map", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "sort", "flatMap", "replace", "replaceAll", "from"]);

/** Static runtime functions that raise a catchable error (JSON.parse → SyntaxError, once the runtime has it). */
const RAISING_STATICS = new Set(["JSON.parse"]);
/** Global functions that raise a catchable error (URIError). */
const RAISING_GLOBALS = RAISING_BUILTIN_VALUES;

interface ErrorFacts {
  /** The program has a `try`: throws may be caught, so calls that may throw are tested. */
  active: boolean;
  /** Function-like declarations (and classes, for their construction) that may throw. */
  mayThrow: Set<ts.Node>;
  /** Calls and `new` expressions after which the pending error is tested. */
  checked: Set<ts.Node>;
  /** Closures that may throw and that a library or the Arduino API calls (a timer, an event handler). */
  detached: Set<ts.Node>;
  /** Functions whose throws are always caught (errors-caught.ts): they raise with ts::raisePending. */
  caught: Set<ts.Node>;
  /** Tested calls of such functions only: the test after them needs no try region around the call. */
  pendingOnly: Set<ts.Node>;
  /** Receivers of member accesses outside a try block whose TypeError returns to the caller (errors-members.ts). */
  raisingReceivers: Set<ts.Node>;
  /** Callbacks of built-in methods that may throw: once an error is pending, the method's later calls do nothing. */
  skippingCallbacks: Set<ts.Node>;
}

/** A place a pending error jumps to within the current function: a try's catch or its finally. */
interface Handler {
  label: string;
  used: boolean;
  /** Some error that arrives here was raised by code that looks at the try regions (it needs ts::TryScope). */
  consults: boolean;
  /** A call in a loop of the try block left its ts::assumeNoPendingError() to the block's start. */
  assumeAtStart?: boolean;
}

/** A try statement with a finally: the jumps (`return`, `break`, `continue`) that leave it through the finally. */
interface FinallyRecord {
  label: string;
  used: boolean;
  completion: string;
  returnValue: string;
  exits: { code: number; node: ts.Statement }[];
  returns: boolean;
}

const factsOf = new WeakMap<LowerContext, ErrorFacts>();
const handlersOf = new WeakMap<object, Handler[]>();
const finallies = new WeakMap<ts.TryStatement, FinallyRecord>();
const statementCheck = new WeakMap<LowerContext, { needed: boolean; consults: boolean }>();
/** Lowered try statements with a catch, no finally and an error that can arrive: their try block (try-loop.ts). */
const caughtTries = new WeakMap<Stmt, { tryBlock: Stmt; catchLabel: string }>();

/** The try block and catch label of a lowered try/catch (no finally) whose catch an error can reach. */
export function caughtTryParts(s: Stmt): { tryBlock: Stmt; catchLabel: string } | undefined {
  return caughtTries.get(s);
}

/** A receiver whose member read raises a catchable TypeError (errors-members.ts, errors-reach.ts). */
export function isRaisingReceiver(ctx: LowerContext, object: ts.Node): boolean {
  return facts(ctx).raisingReceivers.has(object);
}

/** Whether the program has a try (then calls that may throw are tested). */
export function errorsActive(ctx: LowerContext): boolean {
  return facts(ctx).active;
}

export function facts(ctx: LowerContext): ErrorFacts {
  return factsOf.get(ctx) ?? { active: false, mayThrow: new Set(), checked: new Set(), detached: new Set(), caught: new Set(), pendingOnly: new Set(), raisingReceivers: new Set(), skippingCallbacks: new Set() };
}

function handlers(ctx: LowerContext): Handler[] {
  let list = handlersOf.get(ctx.scope);
  if (!list) handlersOf.set(ctx.scope, (list = []));
  return list;
}

// ---- analysis ------------------------------------------------------------------------------------------

export function analyseErrors(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const result: ErrorFacts = { active: false, mayThrow: new Set(), checked: new Set(), detached: new Set(), caught: new Set(), pendingOnly: new Set(), raisingReceivers: new Set(), skippingCallbacks: new Set() };
  factsOf.set(ctx, result);
  const methodsByName = new Map<string, ts.Node[]>();
  const fieldNames = new Set<string>();  // properties set by object literals: may hold an interface method's function
  const owners = new Map<ts.Node, ts.Node | undefined>();  // call → the function-like it is in
  const calls: ts.Node[] = [];
  const throwers = new Set<ts.Node>();
  const accessors: ts.Node[] = [];
  const callbacks: { fn: ts.Node; call: ts.Node }[] = [];
  const reads: ts.PropertyAccessExpression[] = [];  // may call a getter
  let untested: Set<ts.Node> | undefined;
  const untestedGetters = (): Set<ts.Node> => (untested ??= gettersReadUntested(ctx.checker, files));
  let untestedWrites: Set<ts.Node> | undefined;
  const untestedSetters = (): Set<ts.Node> => (untestedWrites ??= settersWrittenUntested(ctx.checker, files));
  const writes: ts.PropertyAccessExpression[] = [];  // `o.name = v;`: may call a setter
  const bindings: ts.BindingElement[] = [];  // `const { name } = o`: may call a getter
  const sites = new Map<ts.Node, Site>();  // calls, reads, writes and bindings: where they are (errors-reach.ts)
  const named: { access: ts.PropertyAccessExpression | ts.ElementAccessExpression; site: Site }[] = [];  // member reads through ts::member
  const namedSources: { node: ts.Node; source: ts.Expression; site: Site }[] = [];  // `({ a } = p)`: p checked likewise
  const patternReads: { node: ts.Node; source: ts.Expression; key: string }[] = [];  // `({ a } = o)`: may call a getter
  const nestedPatterns: { node: ts.Node; site: Site }[] = [];  // `const { a: { b } } = o`: o.a checked like a member read
  // guarded: inside a try block that has a catch, in the same function: errors there do not leave it.
  const visit = (n: ts.Node, owner: ts.Node | undefined, guarded: boolean): void => {
    if (ts.isTryStatement(n)) result.active = true;
    if (ts.isThrowStatement(n) && owner && !guarded) throwers.add(owner);
    // A use of a variable before its declaration runs throws a ReferenceError (tdz.ts).
    if (tdzFacts(ctx).uses.has(n) && owner && !guarded) throwers.add(owner);
    if (ts.isMethodDeclaration(n) || ts.isMethodSignature(n)) {
      const name = n.name.getText();
      methodsByName.set(name, [...(methodsByName.get(name) ?? []), n]);
    }
    // `{ handle: (p) => p.x }` given where an interface declares `handle(p)`: a call of the method runs the value.
    if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && ts.isObjectLiteralExpression(n.parent) && !ts.isComputedPropertyName(n.name)) fieldNames.add(n.name.getText());
    if (ts.isGetAccessor(n) || ts.isSetAccessor(n)) accessors.push(n);
    unsupportedErrorUse(ctx, n);
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      calls.push(n);
      owners.set(n, guarded ? undefined : owner);
      sites.set(n, { owner, guarded });
    }
    if (ts.isPropertyAccessExpression(n)) {
      // A member of undefined raises a TypeError here: inside a try block of this function the lowering jumps to
      // its catch; elsewhere the error returns to the caller.
      const receiver = owner && !guarded ? raisingReceiver(ctx.checker, n) : undefined;
      if (receiver && canPropagateFrom(n, owner!, untestedGetters, untestedSetters)) {
        result.raisingReceivers.add(receiver);
        throwers.add(owner!);
      }
      if (isPropertyRead(n) || isGetterUpdate(n)) {
        reads.push(n);
        owners.set(n, guarded ? undefined : owner);
        sites.set(n, { owner, guarded });
      }
      if (isTestedSetterWrite(n)) {
        writes.push(n);
        owners.set(n.parent, guarded ? undefined : owner);
        sites.set(n.parent, { owner, guarded });
      }
      if (owner && !guarded && !receiver) named.push({ access: n, site: { owner, guarded } });
      // Inside a try block with a catch of this function the error is handled here (errors-reach.ts).
      if (guarded && !receiver && namedMemberReceiver(ctx.checker, n)) result.raisingReceivers.add(n.expression);
    }
    // `m[1]` on a match result held by a parameter or variable, like `m.groups` (regexp.ts, matchReceiver).
    if (ts.isElementAccessExpression(n) && owner && namedMatchElementReceiver(ctx.checker, n)) {
      if (guarded) result.raisingReceivers.add(n.expression);
      else named.push({ access: n, site: { owner, guarded } });
    }
    // `({ name: n, level } = probe)`: each property read may call a getter (destructuring.ts tests it: checkedBinding).
    const patternSource = ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n) ? assignmentPatternSource(n) : undefined;
    if (patternSource && (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && ts.isIdentifier(n.name)) {
      patternReads.push({ node: n, source: patternSource, key: n.name.text });
      owners.set(n, guarded ? undefined : owner);
      sites.set(n, { owner, guarded });
    }
    // `const { a: { b } } = o` (also a parameter's or a for-of's pattern) with o.a undefined at run time: Node's
    // "Cannot read properties of undefined (reading 'b')", catchable in a function a try block reaches
    // (destructuring.ts, bindElement; inside a try block of this function it is tested anyway).
    if ((ts.isBindingElement(n) || ts.isParameter(n)) && ts.isObjectBindingPattern(n.name) && owner && !guarded) nestedPatterns.push({ node: n, site: { owner, guarded } });
    if (ts.isArrayBindingPattern(n) && owner && !guarded && checkedArrayPattern(ctx.checker, n)) nestedPatterns.push({ node: n, site: { owner, guarded } });
    if ((ts.isObjectLiteralExpression(n) || ts.isArrayLiteralExpression(n)) && owner && !guarded && isNestedAssignmentPattern(n)) nestedPatterns.push({ node: n, site: { owner, guarded } });
    if (ts.isBindingElement(n) && isTestedGetterBinding(n)) {
      bindings.push(n);
      owners.set(n, guarded ? undefined : owner);
      sites.set(n, { owner, guarded });
    }
    // `pairs[9][0]` (a tuple element) and `for (const v of rows[9])` raise their TypeErrors the same way.
    const other = !owner || guarded ? undefined : ts.isElementAccessExpression(n) ? raisingTupleReceiver(ctx.checker, n) : ts.isForOfStatement(n) ? raisingIterable(ctx.checker, n) : ts.isVariableDeclaration(n) ? raisingDestructuringSource(ctx.checker, n) : ts.isBinaryExpression(n) ? raisingAssignmentSource(ctx.checker, n) : undefined;
    if (other && canPropagateFrom(n, owner!, untestedGetters, untestedSetters)) {
      result.raisingReceivers.add(other);
      throwers.add(owner!);
    }
    // `({ a } = p)` / `const { a } = p` with p a handle of the program's type: checked as `p.a` would be.
    const namedSource = ts.isVariableDeclaration(n) || ts.isBinaryExpression(n) ? namedPatternSource(ctx.checker, n) : undefined;
    if (namedSource && guarded) result.raisingReceivers.add(namedSource);
    else if (namedSource && owner) namedSources.push({ node: n, source: namedSource, site: { owner, guarded } });
    if (ts.isClassDeclaration(n)) {
      // Field initialisers run as part of construction.
      ts.forEachChild(n, (c) => visit(c, ts.isPropertyDeclaration(c) || ts.isConstructorDeclaration(c) ? n : owner, false));
      return;
    }
    if (ts.isTryStatement(n) && n.catchClause) {
      visit(n.tryBlock, owner, true);
      visit(n.catchClause, owner, guarded);
      if (n.finallyBlock) visit(n.finallyBlock, owner, guarded);
      return;
    }
    const fn = ts.isFunctionLike(n);
    const inner = fn && !ts.isConstructorDeclaration(n) ? n : ts.isConstructorDeclaration(n) ? n.parent : owner;
    ts.forEachChild(n, (c) => visit(c, inner, fn ? false : guarded));
  };
  for (const sf of files) visit(sf, undefined, false);
  if (!result.active) return;

  const targets = new Map<ts.Node, Targets>();
  for (const call of calls) targets.set(call, callTargets(ctx, call as ts.CallExpression | ts.NewExpression, methodsByName, fieldNames));
  // A read of a property that some class provides with a getter is a call of the getters of that name.
  const getters = new Map<string, ts.GetAccessorDeclaration[]>();
  for (const a of accessors) if (ts.isGetAccessor(a) && ts.isIdentifier(a.name)) getters.set(a.name.text, [...(getters.get(a.name.text) ?? []), a]);
  for (const r of reads) {
    if (!getters.has(r.name.text)) continue;
    // A getter, or an interface's property (a class may implement it with a getter); not a plain field.
    if (!mayBeAccessor(ctx.checker.getSymbolAtLocation(r.name))) continue;
    // The getters the property's declaration on r's receiver type may reach, not every getter of that name.
    const nodes = gettersReadOf(ctx.checker, ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(r.expression)), r.name.text, getters);
    if (!nodes.length) continue;
    calls.push(r);
    targets.set(r, { nodes, indirect: false, raising: false });
  }
  // `const { name } = o` reads it the same way (destructuring.ts tests it: checkedBinding).
  for (const [b, nodes] of getterBindings(ctx.checker, bindings, getters)) {
    calls.push(b);
    targets.set(b, { nodes, indirect: false, raising: false });
  }
  for (const r of patternReads) {
    const nodes = gettersReadOf(ctx.checker, ctx.checker.getTypeAtLocation(r.source), r.key, getters);
    if (!nodes.length) continue;
    calls.push(r.node);
    targets.set(r.node, { nodes, indirect: false, raising: false });
  }
  // A write `o.name = v;` of a property that some class provides with a setter is a call of the setters the
  // property's declaration on o's type may reach (its own, its overrides; not another class's of that name).
  const setters = new Map<string, ts.SetAccessorDeclaration[]>();
  for (const a of accessors) if (ts.isSetAccessor(a) && ts.isIdentifier(a.name)) setters.set(a.name.text, [...(setters.get(a.name.text) ?? []), a]);
  for (const w of writes) {
    const symbol = ctx.checker.getSymbolAtLocation(w.name);
    if (!setters.has(w.name.text) || (symbol && (symbol.flags & ts.SymbolFlags.Accessor) === 0)) continue;
    const nodes = settersWrittenOf(ctx.checker, ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(w.expression)), w.name.text, setters);
    if (!nodes.length) continue;
    calls.push(w.parent);
    targets.set(w.parent, { nodes, indirect: false, raising: false });
  }
  // Callbacks of built-in methods that loop over them (arr.map(f)): a throwing one makes the call throw.
  const callbackArgs = new Map<ts.Node, ts.Node[]>();
  const callbackValues = new Map<ts.Node, ts.Expression[]>();  // function values passed to them (calls through a value)
  for (const call of calls) {
    const t = targets.get(call)!;
    const callee = (call as ts.CallExpression).expression;
    if (!t.library || !t.defaultLib || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(callee) || !CALLBACK_METHODS.has(callee.name.text)) continue;
    const fns: ts.Node[] = [];
    const values: ts.Expression[] = [];
    for (const a of call.arguments) {
      const d: ts.Node | undefined = ts.isArrowFunction(a) || ts.isFunctionExpression(a) ? a : ts.isIdentifier(a) ? ctx.symbolOf(a)?.valueDeclaration : undefined;
      if (d && ts.isFunctionLike(d)) fns.push(d);
      // A function value (`xs.forEach(f)` with f a parameter, a variable, `handlers[i]`): any closure may run.
      else if (ctx.checker.getTypeAtLocation(a).getCallSignatures().length) values.push(a);
    }
    if (fns.length) callbackArgs.set(call, fns);
    if (values.length) {
      t.indirect = true;
      callbackValues.set(call, values);
    }
  }
  // A call through a closure value may reach only functions that are values somewhere (closures, and named
  // functions and methods used other than as a callee): those that are only called directly cannot make it throw.
  const values = functionValues(ctx, files, methodsByName);
  // Which functions may throw and which calls are tested: the closure of `start` over the calls.
  const propagate = (start: ReadonlySet<ts.Node>): { mayThrow: Set<ts.Node>; checked: Set<ts.Node> } => {
    const mayThrow = new Set(start);
    const checked = new Set<ts.Node>();
    const valueMayThrow = (): boolean => [...mayThrow].some((n) => values.has(n));
    for (let changed = true; changed; ) {
      changed = false;
      for (const call of calls) {
        if (checked.has(call)) continue;
        const t = targets.get(call)!;
        if (t.raising || (t.indirect && valueMayThrow()) || t.nodes.some((n) => mayThrow.has(n)) || callbackArgs.get(call)?.some((n) => mayThrow.has(n))) {
          checked.add(call);
          const owner = owners.get(call);
          if (owner && !mayThrow.has(owner)) mayThrow.add(owner);
          changed = true;
        }
      }
    }
    return { mayThrow, checked };
  };
  let propagated = propagate(throwers);
  // Member reads through a class or interface handle in functions a try block reaches (errors-reach.ts). Where
  // that would make an accessor or a library's callback that is not tested throw (rejected below), the program
  // keeps them uncaught as before instead.
  if (named.length || namedSources.length || nestedPatterns.length) {
    const reached = reachedFromTry(calls, sites, (c) => ({ nodes: [...targets.get(c)!.nodes, ...(callbackArgs.get(c) ?? [])], indirect: targets.get(c)!.indirect }), values);
    const receivers: ts.Node[] = [];
    const more = new Set(throwers);
    for (const { access, site } of named) {
      const receiver = site.owner && reached.has(site.owner) ? (ts.isPropertyAccessExpression(access) ? namedMemberReceiver(ctx.checker, access) : namedMatchElementReceiver(ctx.checker, access)) : undefined;
      if (receiver && canPropagateFrom(access, site.owner!, untestedGetters, untestedSetters)) {
        receivers.push(receiver);
        more.add(site.owner!);
      }
    }
    for (const { node, source, site } of namedSources) {
      if (reached.has(site.owner!) && canPropagateFrom(node, site.owner!, untestedGetters, untestedSetters)) {
        receivers.push(source);
        more.add(site.owner!);
      }
    }
    for (const { node, site } of nestedPatterns) {
      // A parameter's pattern is checked in its function's prologue (not a constructor's: its base runs first).
      let at: ts.Node = node;
      for (let n: ts.Node = node; n !== site.owner; n = n.parent) if (ts.isParameter(n) && (n === node || (n.name.pos <= node.pos && node.end <= n.name.end)) && !ts.isConstructorDeclaration(n.parent)) at = n.parent;
      if (reached.has(site.owner!) && canPropagateFrom(at, site.owner!, untestedGetters, untestedSetters)) {
        receivers.push(node);
        more.add(site.owner!);
      }
    }
    const untestedThrowers = (mayThrow: ReadonlySet<ts.Node>): number => {
      let n = 0;
      for (const node of accessors) {
        const a = node as ts.AccessorDeclaration;
        if (mayThrow.has(a) && (!ts.isIdentifier(a.name) || (ts.isSetAccessor(a) ? untestedSetters() : untestedGetters()).has(a))) n++;
      }
      for (const call of calls) {
        const t = targets.get(call)!;
        const callee = (call as ts.CallExpression).expression;
        if (t.library && !t.defaultLib && ts.isPropertyAccessExpression(callee) && CALLBACK_METHODS.has(callee.name.text)) n += (call as ts.CallExpression).arguments.filter((a) => mayThrow.has(a)).length;
      }
      return n;
    };
    const withNamed = receivers.length ? propagate(more) : undefined;
    if (withNamed && untestedThrowers(withNamed.mayThrow) <= untestedThrowers(propagated.mayThrow)) {
      propagated = withNamed;
      for (const r of receivers) result.raisingReceivers.add(r);
    }
  }
  for (const t of propagated.mayThrow) result.mayThrow.add(t);
  for (const c of propagated.checked) result.checked.add(c);
  result.caught = functionsWithCaughtThrows(ctx, files);
  for (const call of result.checked) {
    const t = targets.get(call);
    if (t && !t.raising && !t.indirect && t.nodes.length && t.nodes.every((n) => result.caught.has(n))) result.pendingOnly.add(call);
  }
  // A getter that may throw is tested after each plain read (`o.name`); a setter, and other reads, are not.
  for (const a of accessors) if (result.mayThrow.has(a) && ts.isSetAccessor(a) && (!ts.isIdentifier(a.name) || untestedSetters().has(a))) ctx.report(a, "throwInAccessor");
  const throwingGetters = collectGetters(files, (g) => result.mayThrow.has(g));
  if (throwingGetters.size) for (const r of untestedGetterReads(ctx.checker, files, throwingGetters)) ctx.report(r.node, "throwInAccessor");
  for (const call of calls) {
    const t = targets.get(call)!;
    const callee = (call as ts.CallExpression).expression;
    if (t.library && !t.defaultLib) {
      for (const arg of (call as ts.CallExpression).arguments ?? []) {
        if ((ts.isArrowFunction(arg) || ts.isFunctionExpression(arg)) && result.mayThrow.has(arg)) result.detached.add(arg);
        // A named function is also called directly, where its errors propagate: the library's call needs a closure.
        const named = ts.isIdentifier(arg) ? ctx.symbolOf(arg)?.valueDeclaration : undefined;
        // (expressions.ts wraps it: a closure that calls it detached from any try around the library's call.)
        if (named && ts.isFunctionDeclaration(named) && result.mayThrow.has(named)) result.detached.add(arg);
      }
    }
    if (!t.library || !ts.isPropertyAccessExpression(callee) || !CALLBACK_METHODS.has(callee.name.text)) continue;
    for (const arg of (call as ts.CallExpression).arguments ?? []) {
      if (!t.defaultLib && (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg)) && result.mayThrow.has(arg)) callbacks.push({ fn: arg, call });
    }
    for (const fn of callbackArgs.get(call) ?? []) {
      if (!result.mayThrow.has(fn)) continue;
      const arg = (call as ts.CallExpression).arguments.find((a) => a === fn || (ts.isIdentifier(a) && ctx.symbolOf(a)?.valueDeclaration === fn));
      if (arg) result.skippingCallbacks.add(arg);
    }
    if (callbackValues.has(call) && [...result.mayThrow].some((n) => values.has(n))) for (const arg of callbackValues.get(call)!) result.skippingCallbacks.add(arg);
  }
  for (const c of callbacks) ctx.report(c.fn, "throwInCallback");
}

/** Function-likes that may be called through a value: closures, and declared functions and methods referred to
 * other than as the callee of a call (`setTimeout(tick)`, `{ run }`, `const f = o.m`). */
function functionValues(ctx: LowerContext, files: readonly ts.SourceFile[], methodsByName: Map<string, ts.Node[]>): Set<ts.Node> {
  const values = new Set<ts.Node>();
  const names = new Set(methodsByName.keys());
  const collect = (n: ts.Node): void => {
    if (ts.isFunctionDeclaration(n) && n.name) names.add(n.name.text);
    ts.forEachChild(n, collect);
  };
  for (const sf of files) collect(sf);
  const isCallee = (n: ts.Node): boolean => {
    const p = n.parent;
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression === n) return true;
    if (ts.isPropertyAccessExpression(p) && p.name === n) return isCallee(p);
    return false;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) values.add(n);
    else if ((ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) && names.has(n.text) && !isCallee(n) && !(ts.isFunctionLike(n.parent) && (n.parent as ts.FunctionLikeDeclaration).name === n)) {
      const p = n.parent;
      // `const { m } = obj` takes the property m of obj's type.
      const bound = ts.isBindingElement(p) && (p.propertyName ?? p.name) === n && ts.isObjectBindingPattern(p.parent)
        ? ctx.checker.getTypeAtLocation(p.parent).getProperty(n.text)
        : undefined;
      const symbol = bound ?? (ts.isShorthandPropertyAssignment(p) && ts.isIdentifier(n) ? ctx.checker.getShorthandAssignmentValueSymbol(p) : ctx.checker.getSymbolAtLocation(n));
      const decls = symbol?.declarations ?? [];
      for (const d of decls) values.add(d);
      // A method read as a value may be any class's method of that name (overrides, interfaces); a field or
      // local variable of the same name is not a method.
      if (decls.some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d))) for (const m of methodsByName.get(n.text) ?? []) values.add(m);
    }
    ts.forEachChild(n, visit);
  };
  for (const sf of files) visit(sf);
  return values;
}

interface Targets {
  nodes: ts.Node[];
  /** Through a closure value or an unknown signature. */
  indirect: boolean;
  /** A runtime operation that raises a catchable error. */
  raising: boolean;
  /** Declared in the runtime's or a library's typings. */
  library?: boolean;
  /** Declared in TypeScript's own library (Array, Map, String…), not in the Arduino API or a binding. */
  defaultLib?: boolean;
}

/** What tsduino's errors do not have: a stack, a cause, printing an error object as Node does (its stack). */
function unsupportedErrorUse(ctx: LowerContext, n: ts.Node): void {
  if (ts.isPropertyAccessExpression(n) && n.name.text !== "name" && n.name.text !== "message") {
    const decl = ctx.checker.getSymbolAtLocation(n.name)?.valueDeclaration;
    const owner = decl?.parent;
    if (owner && ts.isInterfaceDeclaration(owner) && BUILTIN_ERRORS[owner.name.text] && decl.getSourceFile().isDeclarationFile) ctx.report(n.name, "unsupportedErrorMember", n.name.text);
  }
  if (ts.isNewExpression(n) && (n.arguments?.length ?? 0) > 1 && ts.isIdentifier(n.expression) && BUILTIN_ERRORS[n.expression.text]) ctx.report(n.arguments![1], "unsupportedErrorMember", "cause");
  if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ts.isIdentifier(n.expression.expression) && n.expression.expression.text === "console") {
    for (const arg of n.arguments) if (isErrorValue(ctx, arg)) ctx.report(arg, "consoleLogError");
  }
}

function callTargets(ctx: LowerContext, call: ts.CallExpression | ts.NewExpression, methodsByName: Map<string, ts.Node[]>, fieldNames: ReadonlySet<string>): Targets {
  const none: Targets = { nodes: [], indirect: false, raising: false };
  // `new Array(n)` with a length that is not a uint32: RangeError.
  if (ts.isNewExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === "Array" && ctx.symbolOf(call.expression)?.declarations?.some((d) => d.getSourceFile().isDeclarationFile)) return { ...none, raising: !validArrayLength(call) };
  if (ts.isNewExpression(call) || call.expression.kind === ts.SyntaxKind.SuperKeyword) {
    const symbol = call.expression.kind === ts.SyntaxKind.SuperKeyword ? ctx.checker.getTypeAtLocation(call.expression).getSymbol() : ctx.symbolOf(call.expression);
    const nodes: ts.Node[] = [];
    for (let cls = symbol?.declarations?.find(ts.isClassDeclaration); cls; ) {
      nodes.push(cls);
      const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      cls = base ? ctx.symbolOf(base.expression)?.declarations?.find(ts.isClassDeclaration) : undefined;
    }
    return { ...none, nodes };
  }
  // `handler!()` or `fns[9]()` on a closure that is undefined: TypeError "… is not a function" (Fn::callCaught).
  const raisingCallee = ts.isCallExpression(call) && !!nullableCallee(call, ctx.checker);
  const decl = ctx.checker.getResolvedSignature(call)?.declaration;
  if (!decl) return { ...none, indirect: true, raising: raisingCallee };
  if (decl.getSourceFile().isDeclarationFile) {
    const callee = call.expression;
    const raising = ts.isPropertyAccessExpression(callee) && ((RAISING_MEMBERS.has(callee.name.text) && !safeLiteralArgument(callee.name.text, call) && isPrimitiveReceiver(ctx, callee.expression)) || RAISING_STATICS.has(callee.getText())) || (ts.isIdentifier(callee) && RAISING_GLOBALS.has(callee.text));
    // `reduce` without an initial value on an empty array: TypeError.
    const emptyReduce = ts.isPropertyAccessExpression(callee) && callee.name.text === "reduce" && call.arguments.length === 1 && ctx.checker.isArrayType(ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee.expression)));
    // `parts.map(decodeURIComponent)`: the built-in raises inside the method's loop; the call is tested after it.
    const raisingValue = call.arguments.some((a) => RAISING_BUILTIN_VALUES.has(builtinFunctionName(ctx, a) ?? ""));
    return { ...none, raising: raising || emptyReduce || raisingValue || raisingCallee, library: true, defaultLib: ctx.program.isSourceFileDefaultLibrary(decl.getSourceFile()) };
  }
  if (ts.isFunctionDeclaration(decl) || ts.isArrowFunction(decl) || ts.isFunctionExpression(decl)) return { ...none, nodes: [decl], raising: raisingCallee };
  // An interface's method may be an object literal's function-valued property (`const h: H = { handle: (p) => p.x }`):
  // then the call also goes through a function value.
  if (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) return { ...none, nodes: methodsByName.get(decl.name.getText()) ?? [decl], indirect: ts.isMethodSignature(decl) && fieldNames.has(decl.name.getText()) };
  return { ...none, indirect: true, raising: raisingCallee };
}

/** Argument ranges in which a raising member cannot raise: `x.toFixed(1)`, `b.toString(16)`, `s.repeat(3)`
 * never throw (a repeat count up to 100 can only run out of memory, which no catch takes; a pad length up to
 * V8's string length limit, 2^29 - 24, raises nothing). */
const SAFE_RANGES = new Map<string, readonly [number, number]>([["toFixed", [0, 100]], ["toPrecision", [1, 100]], ["toExponential", [0, 100]], ["toString", [2, 36]], ["repeat", [0, 100]], ["padStart", [0, 0x1fffffe8]], ["padEnd", [0, 0x1fffffe8]]]);

function safeLiteralArgument(member: string, call: ts.CallExpression): boolean {
  const range = SAFE_RANGES.get(member);
  if (!range) return false;
  if (call.arguments.length === 0) return true;
  const arg = call.arguments[0];
  if (!ts.isNumericLiteral(arg)) return false;
  const v = Number(arg.text);
  return Number.isInteger(v) && v >= range[0] && v <= range[1];
}

/** `new Array(4)` (a literal uint32 length), `new Array()` or `new Array(1, 2)` cannot raise. */
function validArrayLength(call: ts.NewExpression): boolean {
  const args = call.arguments ?? [];
  if (args.length !== 1) return true;
  const v = ts.isNumericLiteral(args[0]) ? Number(args[0].text) : NaN;
  return Number.isInteger(v) && v >= 0 && v <= 4294967295;
}

function isPrimitiveReceiver(ctx: LowerContext, e: ts.Expression): boolean {
  const t = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(e));
  // A union of literals (`(c ? "a" : "b").repeat(n)`) is a string too.
  const parts = t.isUnion() ? t.types : [t];
  return parts.every((p) => !!(p.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike)));
}

/**
 * A closure a library calls (an event handler, a timer): whatever try is active where the library happens to
 * call it is not the closure's, so inside it a throw is uncaught, as in Node.
 */
/** A named function that may throw, passed to a library (`setTimeout(tryConnect, 5)`): called detached. */
export function isDetachedFunctionArgument(ctx: LowerContext, node: ts.Node): boolean {
  return ts.isIdentifier(node) && facts(ctx).detached.has(node);
}

export function detachedCallbackPrologue(ctx: LowerContext, fn: ts.Node): string[] {
  return facts(ctx).detached.has(fn) ? ["ts::DetachedScope _detached;"] : [];
}

/**
 * A callback of a built-in method (`rows.map(r => parse(r))`) that may throw: the runtime's loop does not test
 * for errors, so once one is pending the callback's later calls return at once; the test after the method's
 * call propagates the error.
 */
export function skippingCallbackPrologue(ctx: LowerContext, fn: ts.Node, returnType: string): string[] {
  return facts(ctx).skippingCallbacks.has(fn) ? [`if (ts::errorPending()) return${returnType === "void" ? "" : " {}"};`] : [];
}

// ---- types and built-in errors -------------------------------------------------------------------------

/** The C++ type of a built-in error type (`Error`, `RangeError`…), or undefined. */
export function errorTypeCpp(name: string): CppType | undefined {
  const cpp = BUILTIN_ERRORS[name];
  return cpp ? refTo(cpp) : undefined;
}

/** The C++ class a class `extends` when its base is a built-in error, or undefined. */
export function errorBaseClass(base: ts.Expression): string | undefined {
  return ts.isIdentifier(base) ? BUILTIN_ERRORS[base.text] : undefined;
}

/** The constructor a class inherits from a built-in error: `new (message?: string)`. */
export function errorConstructorSignature(ctx: LowerContext, base: ts.Expression): ts.SignatureDeclaration | undefined {
  if (!errorBaseClass(base)) return undefined;
  const type = ctx.checker.getTypeAtLocation(base);
  return type.getConstructSignatures().map((s) => s.declaration).find((d): d is ts.SignatureDeclaration => !!d && !ts.isJSDocSignature(d) && d.parameters.length === 1);
}

/** `name` and `message` of a class that extends a built-in error: fields of ts::Error, not declared again. */
export function isErrorField(ctx: LowerContext, cls: ts.ClassDeclaration, field: string): boolean {
  if (field !== "name" && field !== "message") return false;
  for (let c: ts.ClassDeclaration | undefined = cls; c; ) {
    const base: ts.ExpressionWithTypeArguments | undefined = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!base) return false;
    if (errorBaseClass(base.expression)) return true;
    c = ctx.symbolOf(base.expression)?.declarations?.find(ts.isClassDeclaration);
  }
  return false;
}

/** A catch clause's variable (`catch (e)`): typed `unknown` by strict TypeScript, an Error at run time. */
export function isCatchVariable(ctx: LowerContext, node: ts.Node): boolean {
  const decl = ts.isVariableDeclaration(node) ? node : ts.isIdentifier(node) ? ctx.symbolOf(node)?.valueDeclaration : undefined;
  return !!decl && ts.isVariableDeclaration(decl) && ts.isCatchClause(decl.parent);
}

/** `new Error(message)` and the other built-in errors. */
export function lowerErrorNew(ctx: LowerContext, node: ts.NewExpression, message: (arg: ts.Expression) => string): string | undefined {
  if (!ts.isIdentifier(node.expression)) return undefined;
  const cpp = BUILTIN_ERRORS[node.expression.text];
  const symbol = ctx.symbolOf(node.expression);
  if (!cpp || !symbol?.declarations?.some((d) => d.getSourceFile().isDeclarationFile)) return undefined;
  const arg = node.arguments?.[0];
  return `ts::make<${cpp}>(${arg ? message(arg) : ""})`;
}

/** `x instanceof Error` (a built-in error class). */
export function errorInstanceOf(ctx: LowerContext, right: ts.Expression, left: () => string): string | undefined {
  if (!ts.isIdentifier(right) || !BUILTIN_ERRORS[right.text]) return undefined;
  const symbol = ctx.symbolOf(right);
  if (!symbol?.declarations?.some((d) => d.getSourceFile().isDeclarationFile)) return undefined;
  return `ts::instanceOf<${BUILTIN_ERRORS[right.text]}>(${left()})`;
}

// ---- propagation ---------------------------------------------------------------------------------------

/**
 * What the code does when an error is pending: jump to the innermost handler of this function, or return.
 * `consults`: the error may have been raised by code that looks at the try regions (all but ts::raisePending).
 */
function propagation(ctx: LowerContext, consults = true): string {
  const h = handlers(ctx).at(-1);
  if (h) {
    h.used = true;
    h.consults ||= consults;
    return `goto ${h.label};`;
  }
  return ctx.scope.returnType === "void" ? "return;" : "return {};";
}

/** In front of a tested call (ts_error.h): lets g++ fold the test when the inlined callee cannot throw there. */
const ASSUME = "ts::assumeNoPendingError();";
export const ASSUME_NO_PENDING = ASSUME;

function check(ctx: LowerContext, consults = true): string {
  return `if (ts::errorPending()) ${propagation(ctx, consults)}`;
}

/**
 * A call that may throw (hook of expr()): its value goes into a temporary followed by the test, in front of
 * the statement; a call that is the whole statement (or a declaration's initialiser) is tested after it.
 */
export function checkedCall(ctx: LowerContext, node: ts.CallExpression | ts.NewExpression | ts.PropertyAccessExpression | ts.BinaryExpression | ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, text: string, cppOf: () => string): string {
  const f = facts(ctx);
  if (!f.active || !f.checked.has(node)) return text;
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent)) parent = parent.parent;
  // A returned value propagates by itself when no handler of this function is between.
  if ((ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body !== node)) && !handlers(ctx).length) return text;
  if (ts.isArrowFunction(parent) && !handlers(ctx).length) return text;
  // A destructuring declaration reads the value at once: it is tested before, like an operand.
  const whole = ts.isExpressionStatement(parent) || (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && ts.isVariableStatement(parent.parent.parent));
  const cpp = whole ? "void" : cppOf();
  const consults = !f.pendingOnly.has(node);
  if (!whole && inLoopHead(node)) {
    // A for-increment or a do-while test is evaluated again and again: test right there (a GNU statement
    // expression may jump out), not after the loop.
    return cpp === "void" ? `({ ${ASSUME} ${text}; ${check(ctx, consults)} })` : `({ ${ASSUME} ${cpp} _r = ${text}; ${check(ctx, consults)} _r; })`;
  }
  // Just before the call (its hoisted operands are evaluated already): no error is pending, so where g++
  // inlines a callee whose throw cannot happen there, the test after the call folds away. Only where the
  // statement has (or gets) lines in front anyway: a branch of `c ? f() : g()` must stay an expression.
  // In a loop inside the try block the assumption goes once to the block's start instead: in front of each call
  // it is a load and a branch g++ keeps until late, and the loop then got a worse shape (bench/errors'
  // try-around-loop-i32 rows: +7-11% with it in the loop, +0.00% with it at the start).
  const handler = handlers(ctx).at(-1);
  const atStart = handler !== undefined && inLoopInsideTryBlock(node);
  if (atStart) handler.assumeAtStart = true;
  const assume = (): void => void (atStart || ctx.hoist!.lines.push(line(ASSUME)));
  if (whole) {
    if (ctx.canHoist()) assume();
    needStatementCheck(ctx, consults);
    return text;
  }
  if (!ctx.canHoist() || cpp === "void") {
    // An operand (an argument, a receiver, a part) that cannot go in front of the statement (something with
    // effects is evaluated before it, a branch of ?:): tested right there, in a GNU statement expression, so
    // that the call or operation that uses its value does not run once it threw (Node's order).
    const before = atStart ? "" : `${ASSUME} `;
    return cpp === "void" ? `({ ${before}${text}; ${check(ctx, consults)} })` : `({ ${before}${cpp} _r = ${text}; ${check(ctx, consults)} _r; })`;
  }
  assume();
  const name = temporary(ctx, cpp, text, "r");
  ctx.hoist!.lines.push(line(check(ctx, consults)));
  return name;
}

/**
 * `items[9].name` (a member of an element that may be past the end, or of `x!`) inside a try block of this
 * function: Node's TypeError is catchable there. The receiver goes into a temporary, tested like a call.
 * Elsewhere the access stays `ts::member` (uncaught at once): a function is not counted as one that may
 * throw because it reads a member, which would test every call in the program.
 */
export function checkedMemberReceiver(ctx: LowerContext, objectNode: ts.Expression, object: Expr, memberName: string, setting: boolean): Expr | undefined {
  const f = facts(ctx);
  if (!f.active || !(handlers(ctx).length || f.raisingReceivers.has(objectNode)) || !object.type) return undefined;
  const init = call(setting ? "ts::memberSetCaught" : "ts::memberCaught", [object, call("PSTR", [lit(`"${memberName}"`)])], object.type);
  // Not hoistable (an argument after a receiver with effects): tested in place, like a call (checkedCall).
  if (!ctx.canHoist()) return raw(`({ auto _m = ${printExpr(init)}; ${check(ctx)} _m; })`, object.type);
  const name = temporary(ctx, "auto", init, "m");
  ctx.hoist!.lines.push(line(check(ctx)));
  return nameExpr(name, object.type);
}

/**
 * The test after a runtime TypeError raised in place (`"k" in v` of a v undefined at run time, unions.ts) inside
 * a try block of this function: the error is catchable there. Undefined elsewhere (the operation stops, uncaught).
 */
export function caughtHereCheck(ctx: LowerContext): string | undefined {
  const f = facts(ctx);
  if (!f.active || !handlers(ctx).length) return undefined;
  return check(ctx);
}

/**
 * `for (const v of rows[9])` in a try block, or where the analysis let its TypeError return to the caller: the
 * iterable goes into a temporary checked with Node's "rows[9] is not iterable", tested like a call.
 */
export function checkedIterable(ctx: LowerContext, node: ts.Expression, value: Expr): Expr {
  const f = facts(ctx);
  let inner: ts.Expression = node;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
  const unsound = ts.isNonNullExpression(inner) || (ts.isElementAccessExpression(inner) && !inner.questionDotToken) || isUnsoundVariable(ctx.checker, inner);
  if (!f.active || !unsound || !(handlers(ctx).length || f.raisingReceivers.has(node)) || !ctx.hoist || !value.type) return value;
  const text = v8CalleeText(node).replace(/[\\"]/g, "\\$&").replace(/[^\x20-\x7e]/gu, (c) => [...Buffer.from(c, "utf8")].map((b) => `\\${b.toString(8).padStart(3, "0")}`).join(""));
  const name = temporary(ctx, "auto", call("ts::iterableCaught", [value, call("PSTR", [lit(`"${text}"`)])], value.type), "m");
  ctx.hoist!.lines.push(line(check(ctx)));
  return nameExpr(name, value.type);
}

/**
 * The test after a check of the row `rows[9]` of `rows[9][c]` (errors-elements.ts) in a try block, or where the
 * analysis let the TypeError return to the caller; undefined elsewhere (the array's own check stops).
 */
export function rowCheck(ctx: LowerContext, row: ts.Expression): string | undefined {
  const f = facts(ctx);
  return f.active && (handlers(ctx).length || f.raisingReceivers.has(row)) ? check(ctx) : undefined;
}

/** The test after ts::checkInitialised (tdz.ts) in a program with a try: its function may throw (undefined without one). */
export function pendingCheck(ctx: LowerContext): string | undefined {
  return facts(ctx).active ? check(ctx) : undefined;
}

/** The test after the check of a nested pattern's source `{ a: { b } }` (destructuring.ts): inside a try block of
 * this function, or in a function a try block reaches (undefined elsewhere: the error is uncaught). */
export function nestedPatternCheck(ctx: LowerContext, element: ts.Node): string | undefined {
  const f = facts(ctx);
  return f.active && (handlers(ctx).length || f.raisingReceivers.has(element)) ? check(ctx) : undefined;
}

/** The test after a catchable check inside a try block of this function (undefined outside one). */
export function handlerCheck(ctx: LowerContext): string | undefined {
  const f = facts(ctx);
  return f.active && handlers(ctx).length ? check(ctx) : undefined;
}

/** `const { value } = cal` (or `({ value: v } = cal)`) where the getter `value` may throw: the test after its read
 * (destructuring.ts). */
export function checkedBinding(ctx: LowerContext, e: ts.BindingElement | ts.ObjectLiteralElementLike): string | undefined {
  const f = facts(ctx);
  return f.active && f.checked.has(e) ? check(ctx) : undefined;
}

/** After `super(…)` (the constructor's initialiser list) when the base constructor may throw. */
export function superCallCheck(ctx: LowerContext, call: ts.CallExpression): string | undefined {
  const f = facts(ctx);
  return f.active && f.checked.has(call) ? "if (ts::errorPending()) return;" : undefined;
}

/** Whether a loop lies between the node and the try block it is in (in this function). */
function inLoopInsideTryBlock(node: ts.Node): boolean {
  let loop = false;
  for (let child = node, p = node.parent; p && !ts.isFunctionLike(p) && !ts.isClassLike(p) && !ts.isSourceFile(p); child = p, p = p.parent) {
    if (ts.isTryStatement(p)) return loop && child === p.tryBlock;
    if (ts.isIterationStatement(p, false)) loop = true;
  }
  return false;
}

function inLoopHead(node: ts.Node): boolean {
  for (let child = node, p = node.parent; p && !ts.isFunctionLike(p) && !ts.isBlock(p); child = p, p = p.parent) {
    if (ts.isForStatement(p) && p.incrementor === child) return true;
    if (ts.isDoStatement(p) && p.expression === child) return true;
  }
  return false;
}

function needStatementCheck(ctx: LowerContext, consults: boolean): void {
  const s = statementCheck.get(ctx);
  if (s) {
    s.needed = true;
    s.consults ||= consults;
  }
}

/** Lowers a statement and adds the test after it when one of its calls could not be tested in place. */
export function withStatementCheck(ctx: LowerContext, lower: () => void, emit: (text: string) => void): void {
  if (!facts(ctx).active) return lower();
  const saved = statementCheck.get(ctx);
  const mine = { needed: false, consults: false };
  statementCheck.set(ctx, mine);
  try {
    lower();
  } finally {
    if (saved) statementCheck.set(ctx, saved);
    else statementCheck.delete(ctx);
  }
  if (mine.needed) emit(check(ctx, mine.consults));
}

// ---- throw ---------------------------------------------------------------------------------------------

/** `throw e`: raise it (pending when a try is active, else uncaught), then leave to the handler. */
export function throwStatement(ctx: LowerContext, node: ts.ThrowStatement, value: string, lines: string, file: string, lineNo: number): Stmt[] {
  const f = facts(ctx);
  if (!f.active) return [line(`${lines}ts::raiseUncaught(${value}, PSTR("${file}"), ${lineNo});`, spanOf(node))];
  // The error is made in a cold function of its own, so that a callee inlined into its caller keeps only a call
  // on its throw path; after it an error is pending, so that path goes straight to the caller's catch.
  // The lambda copies what it reads (a reference would keep those variables in memory on the normal path too),
  // unless the error's expression assigns to a variable.
  const capture = writesVariables(node.expression) ? "&" : "=";
  const cold = (raise: string): string => `${lines}[${capture}]() TSD_COLD { ${raise}(${value}, PSTR("${file}"), ${lineNo}); }(); ts::assumeErrorPending();`;
  const fn = ts.findAncestor(node.parent, ts.isFunctionLike);
  if (fn && f.caught.has(fn)) return [line(`${cold("ts::raisePending")} ${propagation(ctx, false)}`, spanOf(node))];
  return [line(`${cold("ts::raise")} ${propagation(ctx)}`, spanOf(node))];
}

function writesVariables(e: ts.Node): boolean {
  if (ts.isBinaryExpression(e) && e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) && (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  return !!ts.forEachChild(e, (c) => writesVariables(c) || undefined);
}

/** Whether `throw <expression>` throws an Error (the only values tsduino throws). */
export function isErrorValue(ctx: LowerContext, e: ts.Expression): boolean {
  if (isCatchVariable(ctx, e)) return true;
  for (let s: ts.Type | undefined = ctx.checker.getTypeAtLocation(e); s; ) {
    const sym = s.getSymbol();
    if (sym && BUILTIN_ERRORS[sym.name] && sym.declarations?.some((d) => d.getSourceFile().isDeclarationFile)) return true;
    const bases: ts.BaseType[] = s.isClassOrInterface() ? ctx.checker.getBaseTypes(s) : [];
    s = bases[0];
  }
  return false;
}

// ---- try / catch / finally -----------------------------------------------------------------------------

/**
 * ```
 * { [int _c = 0; R _rv{};]
 *   { ts::TryScope _g; <try block> }          // a pending error: goto _catch (or _fin)
 *   goto _tryEnd;
 *   _catch:; { ts::Ref<ts::Error> e = ts::takeError(); <catch block> }
 *   _tryEnd:;
 *   _fin:;
 *   { ts::Ref<ts::Error> _e = ts::takeError(); <finally block> if (_e.isLive()) { ts::raise(_e…); <propagate> } }
 *   if (_c == 1) <the jump that left through the finally>; … }
 * ```
 */
export function tryStatement(ctx: LowerContext, node: ts.TryStatement, block: (b: ts.Block) => Stmt[], plainJump: (s: ts.Statement) => Stmt[]): Stmt[] {
  const n = ctx.temp("try").slice(4);
  const clause = node.catchClause;
  const fin = node.finallyBlock;
  const catchLabel = `_catch${n}`;
  const finLabel = `_finally${n}`;
  const record: FinallyRecord | undefined = fin ? { label: finLabel, used: false, completion: `_c${n}`, returnValue: `_rv${n}`, exits: [], returns: false } : undefined;
  if (record) finallies.set(node, record);
  const stack = handlers(ctx);
  // A region no error can reach (no call in it may throw) needs no TryScope, and its catch is never run; one
  // that only errors raised by ts::raisePending reach needs no TryScope either (errors-caught.ts).
  const region = (handler: Handler, scope: string, lower: () => Stmt[]): Stmt[] => {
    stack.push(handler);
    try {
      const body = lower();
      if (handler.assumeAtStart) body.unshift(line(ASSUME));
      return handler.used && handler.consults ? [line(`ts::TryScope ${scope};`), ...body] : body;
    } finally {
      stack.pop();
    }
  };
  const tryHandler: Handler = clause ? { label: catchLabel, used: false, consults: false } : { label: finLabel, used: false, consults: false };
  const out: Stmt[] = [nest("{", region(tryHandler, `_tryScope${n}`, () => block(node.tryBlock)), "}", spanOf(node))];
  let errorArrives = !clause && tryHandler.used;  // at the finally
  if (clause) {
    const binding = clause.variableDeclaration && ts.isIdentifier(clause.variableDeclaration.name) ? cppIdentifier(clause.variableDeclaration.name.text) : undefined;
    const catchHandler: Handler = { label: finLabel, used: false, consults: false };
    const lowerCatch = (): Stmt[] => block(clause.block);
    const body = fin ? region(catchHandler, `_catchScope${n}`, lowerCatch) : lowerCatch();
    if (catchHandler.used) {
      record!.used = true;
      errorArrives = true;
    }
    if (tryHandler.used) {
      // Reached only by the goto of a pending error; normal completion jumps over it.
      out.push(line(`goto _tryEnd${n};`), line(`${catchLabel}:;`));
      // A catch block that only runs to its end is a cold function of its own: the loop around a try keeps its
      // registers and its short branches (bench/errors' -unproven rows).
      const outOfLine = runsToItsEnd(ctx, clause.block);
      out.push(nest(outOfLine ? "[&]() TSD_COLD {" : "{", [line(binding ? `ts::Ref<ts::Error> ${binding} = ts::takeError();` : "ts::takeError();", spanOf(clause)), ...body], outOfLine ? "}();" : "}", spanOf(clause)));
      out.push(line(`_tryEnd${n}:;`));
    }
  } else if (tryHandler.used) record!.used = true;
  if (fin && record) {
    if (record.used) out.push(line(`${finLabel}:;`));
    const saved = `_error${n}`;
    const finBody = errorArrives
      ? [line(`ts::Ref<ts::Error> ${saved} = ts::takeError();`, spanOf(fin)), ...block(fin), line(`if (${saved}.isLive()) { ts::raise(${saved}, nullptr, 0); ${propagation(ctx)} }`)]
      : block(fin);
    out.push(nest("{", finBody, "}", spanOf(fin)));
    for (const exit of record.exits) out.push(nest(`if (${record.completion} == ${exit.code}) {`, jumpAfterFinally(ctx, node, record, exit.node, plainJump), "}"));
    const head: Stmt[] = [];
    if (record.exits.length) head.push(line(`int ${record.completion} = 0;`));
    if (record.returns) head.push(line(`${ctx.scope.returnType} ${record.returnValue}{};`));
    return [nest("{", [...head, ...out], "}", spanOf(node))];
  }
  const lowered = nest("{", out, "}", spanOf(node));
  if (clause && tryHandler.used) caughtTries.set(lowered, { tryBlock: out[0], catchLabel });
  return [lowered];
}

/**
 * Whether a catch block can be the body of a C++ lambda: it leaves only at its end (no return, break, continue or
 * throw; no call or member read whose error would jump to a handler or return).
 */
function runsToItsEnd(ctx: LowerContext, block: ts.Block): boolean {
  const f = facts(ctx);
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isReturnStatement(n) || ts.isBreakStatement(n) || ts.isContinueStatement(n) || ts.isThrowStatement(n) || ts.isTryStatement(n) || ts.isLabeledStatement(n)
      || f.checked.has(n) || f.raisingReceivers.has(n) || (ts.isPropertyAccessExpression(n) && raisingReceiver(ctx.checker, n))
      || (ts.isElementAccessExpression(n) && raisingTupleReceiver(ctx.checker, n)) || (ts.isForOfStatement(n) && raisingIterable(ctx.checker, n))
      || (ts.isPropertyAccessExpression(n) && namedMemberReceiver(ctx.checker, n)) || (ts.isElementAccessExpression(n) && namedMatchElementReceiver(ctx.checker, n)) || (ts.isVariableDeclaration(n) && raisingDestructuringSource(ctx.checker, n)) || (ts.isBinaryExpression(n) && raisingAssignmentSource(ctx.checker, n))) {
      ok = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(block);
  return ok;
}

/** The try statement with a finally that a jump from `from` to `target` leaves first (innermost), if any. */
function finallyBetween(from: ts.Node, target: ts.Node | undefined): ts.TryStatement | undefined {
  for (let child = from, n = from.parent; n && n !== target && !ts.isFunctionLike(n) && !ts.isSourceFile(n); child = n, n = n.parent) {
    if (ts.isTryStatement(n) && n.finallyBlock && child !== n.finallyBlock) return n;
  }
  return undefined;
}

function jumpTarget(node: ts.BreakStatement | ts.ContinueStatement): ts.Node | undefined {
  for (let n = node.parent; n && !ts.isFunctionLike(n); n = n.parent) {
    if (node.label) {
      if (ts.isLabeledStatement(n) && n.label.text === node.label.text) return n;
    } else if (ts.isIterationStatement(n, false) || (ts.isBreakStatement(node) && ts.isSwitchStatement(n))) return n;
  }
  return undefined;
}

type Lowered = { value: string; lines: string };

/**
 * A `return`/`break`/`continue` that leaves a try with a finally (hook of statements.ts): it records the
 * jump, stores the return value, and goes to the finally; after the finally the jump continues from the try
 * statement (tryStatement). Undefined when no finally is in the way.
 */
export function jumpThroughFinally(ctx: LowerContext, node: ts.Statement, returnValue: () => Lowered | undefined): Stmt[] | undefined {
  if (!facts(ctx).active) return undefined;
  return jumpFrom(ctx, node, node, returnValue);
}

function jumpFrom(ctx: LowerContext, node: ts.Statement, from: ts.Node, returnValue: () => Lowered | undefined): Stmt[] | undefined {
  const target = ts.isBreakStatement(node) || ts.isContinueStatement(node) ? jumpTarget(node) : undefined;
  const tryNode = finallyBetween(from, target);
  const record = tryNode && finallies.get(tryNode);
  if (!record) return undefined;
  const code = record.exits.length + 1;
  record.exits.push({ code, node });
  record.used = true;
  const lines: string[] = [];
  if (ts.isReturnStatement(node) && node.expression) {
    const v = returnValue();
    if (v && ctx.scope.returnType === "void") lines.push(`${v.lines}${v.value ? `${v.value};` : ""}`);
    else if (v) {
      record.returns = true;
      lines.push(`${v.lines}${record.returnValue} = ${v.value};`);
    }
  }
  lines.push(`${record.completion} = ${code}; goto ${record.label};`);
  return [line(lines.join(" ").trim(), spanOf(node))];
}

/** After a finally, a recorded jump goes on from the try statement: through the next finally, or for real. */
function jumpAfterFinally(ctx: LowerContext, tryNode: ts.TryStatement, record: FinallyRecord, node: ts.Statement, plainJump: (s: ts.Statement) => Stmt[]): Stmt[] {
  const isReturn = ts.isReturnStatement(node);
  const value = isReturn && record.returns ? { value: record.returnValue, lines: "" } : undefined;
  const through = jumpFrom(ctx, node, tryNode, () => value);
  if (through) return through;
  if (isReturn) return [line(value ? `return ${value.value};` : "return;")];
  return plainJump(node);
}

/** `{ b }` or `[x]` of `({ a: { b } } = o)` / `[[x]] = rows`: a pattern nested in an assignment pattern (destructuring.ts). */
function isNestedAssignmentPattern(n: ts.Node): boolean {
  let child: ts.Node = n;
  let p = n.parent;
  if (ts.isPropertyAssignment(p) && p.initializer === child) {
    child = p.parent;
  } else if (ts.isArrayLiteralExpression(p)) {
    child = p;
  } else return false;
  for (p = child.parent; ; child = p, p = p.parent) {
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return p.left === child;
    if (ts.isPropertyAssignment(p) && p.initializer === child) { p = p.parent; continue; }
    if (!ts.isArrayLiteralExpression(p) && !ts.isObjectLiteralExpression(p)) return false;
  }
}
