// Statements → C++ statements as IR (ir/nodes.ts), each with the span of its TypeScript statement; the
// printer (ir/print.ts) writes them with `#line` directives. Loops keep JavaScript's per-iteration
// `let` bindings where closures capture them, `switch` keeps fall-through over any discriminant type (cases
// are matched in order, then a C++ switch on the case index runs the bodies), and labelled break/continue
// become gotos to labels placed after the loop body and after the loop.
import { numStateClear } from "./int-method-state.js";
import ts from "typescript";
import { localTdzFlags, tdzReady } from "./tdz.js";
import { kindOf } from "../ir/types.js";
import type { LowerContext } from "./context.js";
import type { CppWriter } from "../emit.js";
import { cppType, cppIdentifier, symbolCpp, isHandleCpp } from "./types.js";
import { expr, exprAs, exprNode, exprAsNode, conditionNode, cppOf, typeOf, isScalarCpp, isIntegerCpp, hasSideEffects, needsSequencing, fixedCpp } from "./expressions.js";
import { typeArgs } from "./calls.js";
import { stringLiteral, integerLiteral } from "./literals.js";
import { lowerFunctionExpressionNode, returnCppOf, lowerParams } from "./functions.js";
import { loopYield, bodyYields, yieldsAfter } from "./yields.js";
import { line as lineStmt, nest, spanOf, seq, exprStmt, assign, returnStmt, raw, lit, call, construct, binary, cast, assignExpr, asExpr, name as nameExpr, member, type Expr, type Stmt, type Span, type ForInit } from "../ir/nodes.js";
import { printBefore, printExpr, printStmt, writeStmts } from "../ir/print.js";
import { typeFromSpelling, printType } from "../ir/types.js";
import { errorsActive, isErrorValue, jumpThroughFinally, throwStatement as raiseStatement, tryStatement, withStatementCheck, checkedIterable } from "./errors.js";
import { destructuringDeclaration, destructuringLoopVariable } from "./destructuring.js";
import { fillLoop } from "./fill-loop.js";
import { hoistedLoop, hoistPlan } from "./checked-loop.js";
import { borrowsElement } from "./borrowed-loop.js";
import { versionedTryLoop } from "./try-loop.js";

/** The statements of a function body or block, written (callers that lay out a definition use this). */
export function lowerBody(ctx: LowerContext, w: CppWriter, body: ts.Block): void {
  writeStmts(w, bodyStmts(ctx, body));
}

/** One statement, written. */
export function statement(ctx: LowerContext, w: CppWriter, node: ts.Statement): void {
  writeStmts(w, statementStmts(ctx, node));
}

/** Where lowering puts the statements it makes: a list of IR statements. */
class Out {
  readonly stmts: Stmt[] = [];
  push(...stmts: Stmt[]): void {
    this.stmts.push(...stmts);
  }
  /** A line of C++ lowering spelled itself (a yield check). */
  line(text: string, source?: ts.Node): void {
    this.stmts.push(lineStmt(text, source && spanOf(source)));
  }
  /** The statements `body` makes, collected. */
  static collect(body: (out: Out) => void): Stmt[] {
    const inner = new Out();
    body(inner);
    return inner.stmts;
  }
}

const span = (node: ts.Node | undefined): Span | undefined => node && spanOf(node);

export function bodyStmts(ctx: LowerContext, body: ts.Block): Stmt[] {
  const out = new Out();
  blockBody(ctx, out, body);
  // A function whose end the binder finds reachable (`(n) => { if (n > 2) return true; }`) returns undefined
  // there: C++ would run off the end of a non-void function.
  if (ts.isFunctionLike(body.parent) && body.parent.flags & ts.NodeFlags.HasImplicitReturn && holdsUndefined(ctx.scope.returnType)) out.push(returnStmt(lit("ts::undefined")));
  return out.stmts;
}

/** A C++ return type that `ts::undefined` converts to: an Opt or a handle (a number's ts::Num is not one here). */
function holdsUndefined(cpp: string): boolean {
  return cpp.startsWith("ts::Opt<") || (isHandleCpp(cpp) && cpp !== "ts::Num");
}

export function statementStmts(ctx: LowerContext, node: ts.Statement, label?: string): Stmt[] {
  const out = new Out();
  lowerStatement(ctx, out, node, label);
  return out.stmts;
}

/** The cells a block creates at its start: of variables a closure refers to before their declaration, and the
 * flags of those a nested function may read before their declaration runs (tdz.ts). */
export function blockStartCells(ctx: LowerContext, body: ts.Block): Stmt[] {
  const out: Stmt[] = [];
  for (const s of body.statements) {
    if (!ts.isVariableStatement(s)) continue;
    for (const d of s.declarationList.declarations) {
      const symbol = ts.isIdentifier(d.name) ? ctx.checker.getSymbolAtLocation(d.name) : undefined;
      if (!symbol || !ctx.hoistedCells.has(symbol)) continue;
      const cpp = symbolCpp(ctx, symbol, d);
      out.push(cellDecl(cppIdentifier(symbol.name), cpp, defaultNode(cpp), span(d)));
    }
  }
  for (const flag of localTdzFlags(ctx, body)) out.push(cellDecl(flag, "bool", lit("false")));
  return out;
}

function blockBody(ctx: LowerContext, w: Out, body: ts.Block): void {
  for (const line of bodyYields(ctx, body)) w.line(line);  // a function's countdown, recursion's check (yields.ts)
  // Nested function declarations are hoisted to the top of their block, as in JavaScript.
  w.push(...blockStartCells(ctx, body));
  // The cells of the nested functions first: each may call the others, declared before or after it.
  const nested = body.statements.filter(ts.isFunctionDeclaration);
  for (const s of nested) nestedFunctionCell(ctx, w, s);
  for (const s of nested) nestedFunction(ctx, w, s);
  for (const s of body.statements) {
    if (ts.isFunctionDeclaration(s)) continue;
    lowerStatement(ctx, w, s);
    for (const line of yieldsAfter(ctx, s)) w.line(line);  // a recursion's check past its leaf (yields.ts)
  }
}

/** The C++ labels (see labelCpp) that labelled break/continue statements inside `node` jump to. */
function usedLabels(ctx: LowerContext, node: ts.Node): { breaks: Set<string>; continues: Set<string> } {
  const breaks = new Set<string>();
  const continues = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isBreakStatement(n) && n.label) breaks.add(jumpTarget(ctx, n.label));
    if (ts.isContinueStatement(n) && n.label) continues.add(jumpTarget(ctx, n.label));
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return { breaks, continues };
}

/**
 * The C++ name of a labelled statement's label. A JavaScript label is scoped to its statement, a C++ label
 * to its whole function: two sibling loops labelled `outer` in one function (or in the module's top-level
 * code) need distinct C++ labels, so a label name seen before gets a numeric suffix.
 */
function labelCpp(ctx: LowerContext, node: ts.LabeledStatement): string {
  let name = ctx.labelNames.get(node);
  if (name !== undefined) return name;
  name = node.label.text;
  for (let k = 2; ctx.usedLabelNames.has(name); k++) name = `${node.label.text}_${k}`;
  ctx.usedLabelNames.add(name);
  ctx.labelNames.set(node, name);
  return name;
}

/** The C++ label of the statement a `break L`/`continue L` names (the innermost enclosing `L:`). */
function jumpTarget(ctx: LowerContext, label: ts.Identifier): string {
  for (let n: ts.Node | undefined = label.parent; n && !ts.isFunctionLike(n); n = n.parent) {
    if (ts.isLabeledStatement(n) && n.label.text === label.text) return labelCpp(ctx, n);
  }
  return label.text;
}

function lowerStatement(ctx: LowerContext, w: Out, node: ts.Statement, label?: string): void {
  // A call that may throw and could not be tested in place is tested after its statement (errors.ts).
  withStatementCheck(ctx, () => lowerStatementKind(ctx, w, node, label), (text) => w.line(text));
}

function lowerStatementKind(ctx: LowerContext, w: Out, node: ts.Statement, label?: string): void {
  if (ts.isReturnStatement(node) || ts.isBreakStatement(node) || ts.isContinueStatement(node)) {
    const viaFinally = jumpThroughFinally(ctx, node, () => returnValue(ctx, node));
    if (viaFinally) return void w.stmts.push(...viaFinally);
  }
  switch (node.kind) {
    case ts.SyntaxKind.TryStatement:
      w.stmts.push(...tryStatement(ctx, node as ts.TryStatement, (b) => bodyStmts(ctx, b), (s) => plainJump(ctx, s)));
      return;
    case ts.SyntaxKind.Block:
      w.push({ kind: "block", body: Out.collect((inner) => blockBody(ctx, inner, node as ts.Block)), span: span(node) });
      return;
    case ts.SyntaxKind.EmptyStatement:
      return;
    case ts.SyntaxKind.ExpressionStatement: {
      const e = (node as ts.ExpressionStatement).expression;
      const { value, lines } = ctx.hoisting(e, () => exprNode(ctx, e));
      // An optional call chain as a statement is all temporaries and an if-statement: no value is left.
      const discarded = discardValue(value);
      // A write of a field an int32 method copy's state covers clears the state (int-method-state.ts).
      const clear = numStateClear(ctx, node as ts.ExpressionStatement);
      w.push({ kind: "seq", stmts: [...(isEmpty(discarded) ? lines : [...lines, exprStmt(discarded)]), ...clear], span: span(node) });
      return;
    }
    case ts.SyntaxKind.VariableStatement:
      for (const d of (node as ts.VariableStatement).declarationList.declarations) declaration(ctx, w, d);
      return;
    case ts.SyntaxKind.IfStatement:
      w.push(ifChain(ctx, node as ts.IfStatement));
      return;
    case ts.SyntaxKind.ReturnStatement: {
      const r = node as ts.ReturnStatement;
      if (!r.expression) w.push(returnStmt(holdsUndefined(ctx.scope.returnType) ? lit("ts::undefined") : undefined, span(node)));
      else if (ctx.scope.returnType === "void") {
        const e = r.expression;
        const { value, lines } = ctx.hoisting(e, () => exprNode(ctx, e));
        w.push({ kind: "seq", stmts: [...lines, ...(isEmpty(value) ? [] : [exprStmt(value)]), returnStmt()], span: span(node) });
      }
      else {
        const e = r.expression;
        const { value, lines } = ctx.hoisting(e, () => exprAsNode(ctx, e, ctx.scope.returnType));
        w.push({ kind: "seq", stmts: [...lines, returnStmt(value)], span: span(node) });
      }
      return;
    }
    case ts.SyntaxKind.WhileStatement: {
      const s = node as ts.WhileStatement;
      const test = loopCondition(ctx, s.expression);
      loop(ctx, w, s.statement, label, test.prelude, [], (body) => ({ kind: "while", cond: test.condition, body, span: span(node) }));
      return;
    }
    case ts.SyntaxKind.DoStatement: {
      const s = node as ts.DoStatement;
      loop(ctx, w, s.statement, label, undefined, [], (body) => ({ kind: "do", body, cond: conditionNode(ctx, s.expression), span: span(node) }));
      return;
    }
    case ts.SyntaxKind.ForStatement:
      forStatement(ctx, w, node as ts.ForStatement, label);
      return;
    case ts.SyntaxKind.ForOfStatement:
      forOfStatement(ctx, w, node as ts.ForOfStatement, label);
      return;
    case ts.SyntaxKind.BreakStatement: {
      const l = (node as ts.BreakStatement).label;
      w.push(l ? { kind: "goto", label: `${jumpTarget(ctx, l)}_break`, span: span(node) } : { kind: "break", span: span(node) });
      return;
    }
    case ts.SyntaxKind.ContinueStatement: {
      const l = (node as ts.ContinueStatement).label;
      w.push(l ? { kind: "goto", label: `${jumpTarget(ctx, l)}_continue`, span: span(node) } : { kind: "continue", span: span(node) });
      return;
    }
    case ts.SyntaxKind.LabeledStatement: {
      const s = node as ts.LabeledStatement;
      const { breaks } = usedLabels(ctx, s.statement);
      const name = labelCpp(ctx, s);
      if (ts.isIterationStatement(s.statement, false)) lowerStatement(ctx, w, s.statement, name);
      else lowerStatement(ctx, w, s.statement);
      if (breaks.has(name)) w.push({ kind: "label", name: `${name}_break` });
      return;
    }
    case ts.SyntaxKind.SwitchStatement:
      switchStatement(ctx, w, node as ts.SwitchStatement);
      return;
    case ts.SyntaxKind.ThrowStatement:
      throwStatement(ctx, w, node as ts.ThrowStatement);
      return;
    case ts.SyntaxKind.FunctionDeclaration:
      nestedFunction(ctx, w, node as ts.FunctionDeclaration);
      return;
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.InterfaceDeclaration:
    case ts.SyntaxKind.TypeAliasDeclaration:
    case ts.SyntaxKind.EnumDeclaration:
      if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
      ctx.report(node, "noNestedClassOrEnum");
      return;
  }
  ctx.report(node, "noStatementKind", ts.SyntaxKind[node.kind]);
}

/** `if (c) {` … `} else if (c2) {` … `} else {` … `}`; an else-if test that needs statements is an if-statement
 *  inside the else (its statements run only when the earlier tests were false). */
function ifChain(ctx: LowerContext, s: ts.IfStatement): Stmt {
  const test = ctx.hoisting(s.expression, () => conditionNode(ctx, s.expression));
  const then = Out.collect((inner) => branch(ctx, inner, s.thenStatement));
  const elseStatement = s.elseStatement;
  const otherwise = !elseStatement ? undefined : ts.isIfStatement(elseStatement) ? [ifChain(ctx, elseStatement)] : Out.collect((inner) => branch(ctx, inner, elseStatement));
  const elseIf = !!elseStatement && ts.isIfStatement(elseStatement);
  return { kind: "if", cond: test.value, then, else: otherwise, before: test.lines.length ? test.lines : undefined, block: true, elseIf, span: span(s) };
}

/** The statements of an if's branch (a block's, or the one statement's). */
function branch(ctx: LowerContext, w: Out, s: ts.Statement): void {
  if (ts.isBlock(s)) blockBody(ctx, w, s);
  else lowerStatement(ctx, w, s);
}

/**
 * A while/for condition. When it needs statements of its own, the loop tests it first thing in its body
 * (`while (true) { ...; if (!(c)) break; ... }`), so that they run before every test and `continue` still
 * reaches them.
 */
function loopCondition(ctx: LowerContext, node: ts.Expression): { condition: Expr; prelude?: Stmt } {
  const test = ctx.hoisting(node, () => conditionNode(ctx, node));
  if (!test.lines.length) return { condition: test.value };
  return { condition: lit("true"), prelude: lineStmt(`${printBefore(test.lines)}if (!(${printExpr(test.value)})) break;`) };
}

/** Whether an expression prints as nothing (a statement whose work is all in its temporaries). */
function isEmpty(e: Expr): boolean {
  return (e.kind === "raw" || e.kind === "lit") && e.text === "";
}

/** In a statement, the value of a call is discarded: drop the conversion that only served its value. */
function discardValue(e: Expr): Expr {
  if (e.kind === "cast" && printType(e.to) === "double") return e.value;
  if (e.kind === "raw") return raw(stripOuterParens(e.text));
  return e;
}

function stripOuterParens(text: string): string {
  const m = /^static_cast<double>\((.*)\)$/s.exec(text);
  if (!m) return text;
  let depth = 0;
  for (const ch of m[1]) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return text;
  }
  return depth === 0 ? m[1] : text;
}

/** A loop: the statement `make` builds around its body (first the bindings, the back-edge's yield check and the
 *  condition's statements, then the body, and the labelled-continue target after it). */
function loop(ctx: LowerContext, w: Out, body: ts.Statement, label: string | undefined, prelude: Stmt | undefined, bindings: Stmt[], make: (body: Stmt[]) => Stmt): void {
  const continues = label ? usedLabels(ctx, body).continues.has(label) : false;
  const inner = new Out();
  inner.push(...bindings);
  const contents = (out: Out): void => {
    const loopCheck = loopYield(ctx, body.parent as ts.IterationStatement);  // every back-edge yields (yields.ts)
    if (loopCheck) out.line(loopCheck);
    if (prelude) out.push(prelude);
    if (ts.isBlock(body)) blockBody(ctx, out, body);
    else lowerStatement(ctx, out, body);
  };
  if (continues) {
    inner.push({ kind: "block", body: Out.collect(contents) });
    inner.push({ kind: "label", name: `${label}_continue` });
  } else contents(inner);
  const made = make(inner.stmts);
  w.push(...(versionedTryLoop(ctx, made) ?? [made]));  // a try/catch body: the loop twice (try-loop.ts)
}

/** `auto name = ts::cell<T>(value);`: a variable closures capture and change. */
export function cellDecl(name: string, cpp: string, value: Expr, at?: Span): Stmt {
  return { kind: "decl", type: "auto", name, init: call("ts::cell", [value], undefined, [cpp]), span: at };
}

/** The value a variable of C++ type `cpp` starts with (defaultValue as an expression). */
export function defaultNode(cpp: string): Expr {
  if (cpp === "bool" || isScalarCpp(cpp)) return lit(defaultValue(cpp));
  return construct(typeFromSpelling(cpp), []);
}

/** A module variable's initialisation (module initialisation code), written. */
export function variableDeclaration(ctx: LowerContext, w: CppWriter, d: ts.VariableDeclaration, global = false): void {
  writeStmts(w, variableDeclarationStmts(ctx, d, global));
}

export function variableDeclarationStmts(ctx: LowerContext, d: ts.VariableDeclaration, global = false): Stmt[] {
  return Out.collect((out) => declaration(ctx, out, d, global));
}

function declaration(ctx: LowerContext, w: Out, d: ts.VariableDeclaration, global = false): void {
  declarationValue(ctx, w, d, global);
  // Then the flag of a local a nested function may read before this runs (tdz.ts).
  if (!global) for (const id of boundIdentifiers(d.name)) {
    const ready = tdzReady(ctx, id);
    if (ready) w.push(assign(ready, lit("true")));
  }
}

function boundIdentifiers(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundIdentifiers(e.name)));
}

function declarationValue(ctx: LowerContext, w: Out, d: ts.VariableDeclaration, global = false): void {
  if (!ts.isIdentifier(d.name)) {
    for (const s of destructuringDeclaration(ctx, d, global)) w.line(printStmt(s), d);  // destructuring.ts
    return;
  }
  const symbol = ctx.checker.getSymbolAtLocation(d.name)!;
  const cpp = symbolCpp(ctx, symbol, d);
  const name = cppIdentifier(d.name.text);
  const initializer = d.initializer;
  const lowered = initializer ? ctx.hoisting(initializer, () => exprAsNode(ctx, initializer, cpp)) : { value: defaultNode(cpp), lines: [] };
  const before = lowered.lines;
  const init = lowered.value;
  const at = span(d);
  if (global) {
    w.push({ kind: "seq", stmts: [...before, assign(name, init)], span: at });
    return;
  }
  if (ctx.hoistedCells.has(symbol)) {
    w.push({ kind: "seq", stmts: [...before, assign(`${name}->value`, init)], span: at });
    return;
  }
  if (ctx.celled.has(symbol)) {
    // Initialised after creation, so that a recursive closure sees its own cell.
    // (Also `const id = setInterval(() => clearInterval(id), 10)`: a closure in the initializer refers to it.)
    if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer) || mentions(ctx, d.initializer, symbol))) {
      w.push(cellDecl(name, cpp, defaultNode(cpp), at), seq([...before, assign(`${name}->value`, init)]));
    } else {
      w.push({ kind: "seq", stmts: [...before, cellDecl(name, cpp, init)], span: at });
    }
    return;
  }
  const isConst = (d.parent.flags & ts.NodeFlags.Const) !== 0 && isScalarCpp(cpp);
  w.push({ kind: "seq", stmts: [...before, { kind: "decl", type: typeFromSpelling(cpp), name, init, isConst }], span: at });
}

export function defaultValue(cpp: string): string {
  if (cpp === "bool") return "false";
  if (isScalarCpp(cpp)) return "0";
  return `${cpp}()`;
}

function forStatement(ctx: LowerContext, w: Out, node: ts.ForStatement, label?: string): void {
  const fill = fillLoop(ctx, node);
  if (fill) return void w.push(fill);
  const init = node.initializer;
  let forInit: ForInit | undefined;
  const perIteration: { name: string; cpp: string }[] = [];
  const before: Stmt[] = [];
  if (init && ts.isVariableDeclarationList(init)) {
    const vars: { name: string; init: Expr }[] = [];
    let commonCpp: string | undefined;
    for (const d of init.declarations) {
      if (!ts.isIdentifier(d.name)) {
        ctx.report(d, "noDestructuringDeclarations");
        continue;
      }
      const symbol = ctx.checker.getSymbolAtLocation(d.name)!;
      const cpp = symbolCpp(ctx, symbol, d);
      const name = cppIdentifier(d.name.text);
      const initializer = d.initializer;
      let value = defaultNode(cpp);
      if (initializer && init.declarations.length === 1) {
        // One declaration's initialiser runs once, before the loop: its temporaries go in front of it.
        const lowered = ctx.hoisting(initializer, () => exprAsNode(ctx, initializer, cpp));
        before.push(...lowered.lines);
        value = lowered.value;
      } else if (initializer) value = exprAsNode(ctx, initializer, cpp);
      if (ctx.celled.has(symbol)) {
        perIteration.push({ name, cpp });
        vars.push({ name, init: call("ts::cell", [value], undefined, [cpp]) });
        commonCpp = commonCpp ?? "auto";
      } else {
        vars.push({ name, init: value });
        commonCpp = commonCpp ?? cpp;
      }
    }
    if (vars.length) forInit = { type: commonCpp === "auto" ? "auto" : typeFromSpelling(commonCpp!), vars };
  } else if (init) {
    const lowered = ctx.hoisting(init, () => exprNode(ctx, init));
    before.push(...lowered.lines);
    forInit = lowered.value;
  }
  const test = node.condition ? loopCondition(ctx, node.condition) : { condition: undefined, prelude: undefined };
  const cond = test.prelude ? undefined : test.condition;
  let step = node.incrementor ? exprNode(ctx, node.incrementor) : undefined;
  // JavaScript copies each per-iteration binding before the increment: closures keep the old cell.
  for (const p of perIteration.slice().reverse()) {
    const copy = assignExpr("=", nameExpr(p.name), call("ts::cell", [member(nameExpr(p.name), "->", "value")], undefined, [p.cpp]));
    step = step ? binary(",", copy, step) : copy;
  }
  // Bounds checks hoisted out of a counting loop (checked-loop.ts): the loop twice, behind one range test.
  const plan = label ? undefined : hoistPlan(ctx, node);
  const out = plan ? new Out() : w;
  loop(ctx, out, node.statement, label, test.prelude, [], (body) => ({ kind: "for", init: forInit, cond, step, body, span: span(node), before: before.length ? before : undefined }));
  if (plan && out !== w) w.push(...(out.stmts.length === 1 ? [hoistedLoop(ctx, plan, out.stmts[0]) ?? out.stmts[0]] : out.stmts));
}

function forOfStatement(ctx: LowerContext, w: Out, node: ts.ForOfStatement, label?: string): void {
  const iterable = node.expression;
  const iterType = ctx.checker.getNonNullableType(typeOf(ctx, iterable));
  // m.entries()/keys()/values() (of a Map, a Set or an array) iterate the container itself, live, as their
  // iterators do (stdlib.ts); elsewhere keys() and values() are arrays.
  const via = iteratorOf(ctx, iterable);
  const entriesOf = via?.member === "entries" ? via.container : undefined;
  const iterCpp = via ? cppOf(ctx, via.container) : cppType(ctx, iterType, iterable);
  const sourceNode = via?.container ?? iterable;
  // The iterable is evaluated once, before the loop: its temporaries go in front of the loop.
  // `for (const v of rows[9])`: Node's "rows[9] is not iterable" is catchable (errors.ts).
  const lowered = ctx.hoisting(sourceNode, () => (via ? exprNode(ctx, sourceNode) : checkedIterable(ctx, sourceNode, exprNode(ctx, sourceNode))));
  let source = lowered.value;
  const before = lowered.lines.length ? lowered.lines : undefined;
  // JavaScript iterates the value the expression had when the loop began: when the body may assign the
  // variable (`for (const c of s) s = ...`), the loop holds its own handle (a C++ range-for would keep a
  // reference to the variable and iterate a freed string).
  let variable: ts.Expression = sourceNode;
  while (ts.isParenthesizedExpression(variable)) variable = variable.expression;
  const declared = ts.isIdentifier(variable) ? ctx.checker.getSymbolAtLocation(variable)?.valueDeclaration : undefined;
  const isConst = !!declared && ts.isVariableDeclaration(declared) && !!(ts.getCombinedNodeFlags(declared) & ts.NodeFlags.Const);
  const assignable = (ts.isIdentifier(variable) && !isConst) || ts.isPropertyAccessExpression(variable) || ts.isElementAccessExpression(variable);
  // The handle keeps the array's own C++ type (an `i32[]` is a ts::Array<int32_t>; its elements read as numbers).
  const heldCpp = (!via && fixedCpp(ctx, sourceNode)?.cpp) || iterCpp;
  if (assignable && needsSequencing(ctx, [iterable, node.statement])) source = construct(typeFromSpelling(heldCpp), [source]);
  const decl = node.initializer;
  if (!ts.isVariableDeclarationList(decl) || decl.declarations.length !== 1) {
    ctx.report(decl, "noForOfWithoutDeclaration");
    return;
  }
  const d = decl.declarations[0];
  if (kindOf(iterCpp) === "map") {
    const [k, v] = typeArgs(iterCpp);
    const entry = ctx.temp("entry");
    const bindings = new Out();
    if ((via?.member === "keys" || via?.member === "values") && ts.isIdentifier(d.name)) {
      bindLoopVar(ctx, bindings, d.name, via.member === "keys" ? k : v, `${entry}.${via.member === "keys" ? "key" : "value"}`);
    } else if (ts.isArrayBindingPattern(d.name)) {
      const [kn, vn] = d.name.elements;
      const [kt, vt] = mapTypeArgs(ctx, entriesOf ? ctx.checker.getNonNullableType(typeOf(ctx, entriesOf)) : iterType);
      if (kn && ts.isBindingElement(kn) && ts.isIdentifier(kn.name)) bindLoopVar(ctx, bindings, kn.name, k, member(nameExpr(entry), ".", "key"));
      else if (kn && ts.isBindingElement(kn) && kt) bindings.stmts.push(...destructuringLoopVariable(ctx, kn.name as ts.BindingPattern, `${entry}.key`, k, kt));
      if (vn && ts.isBindingElement(vn) && ts.isIdentifier(vn.name)) bindLoopVar(ctx, bindings, vn.name, v, member(nameExpr(entry), ".", "value"));
      else if (vn && ts.isBindingElement(vn) && vt) bindings.stmts.push(...destructuringLoopVariable(ctx, vn.name as ts.BindingPattern, `${entry}.value`, v, vt));
    } else {
      ctx.report(d.name, "noMapEntryWithoutDestructuring");
    }
    loop(ctx, w, node.statement, label, undefined, bindings.stmts, (body) => ({ kind: "forRange", type: "auto&", name: entry, range: source, body, span: span(node), before }));
    return;
  }
  if ((entriesOf && ts.isArrayBindingPattern(d.name)) || (via?.member === "keys" && kindOf(iterCpp) === "array" && ts.isIdentifier(d.name))) {
    if (kindOf(iterCpp) !== "array") {
      ctx.report(iterable, "forOfIterable", ctx.checker.typeToString(iterType));
      return;
    }
    // arr.entries() / arr.keys(): [index, element] or the index, over the array's live length, as the
    // iterators read it.
    const [element] = typeArgs(iterCpp);
    const [array, i] = [ctx.temp("arr"), ctx.temp("i")];
    const bindings = new Out();
    const named = (e: ts.ArrayBindingElement | undefined) => (e && ts.isBindingElement(e) && ts.isIdentifier(e.name) ? e.name : undefined);
    const [index, value] = ts.isArrayBindingPattern(d.name) ? [named(d.name.elements[0]), named(d.name.elements[1])] : [d.name, undefined];
    if (index) bindLoopVar(ctx, bindings, index, "double", `static_cast<double>(${i})`);
    if (value) bindLoopVar(ctx, bindings, value, element, `${array}.get(${i})`);
    // A block holding the array and the counted loop, on the loop's line (one C++ line per TypeScript line).
    const head = `${printBefore(before ?? [])}{ const ${iterCpp} ${array} = ${printExpr(source)}; for (uint32_t ${i} = 0; ${i} < ${array}.size(); ${i}++) {`;
    loop(ctx, w, node.statement, label, undefined, bindings.stmts, (body) => nest(head, body, "}}", span(node)));
    return;
  }
  let elementCpp: string;
  if (kindOf(iterCpp) === "array" || kindOf(iterCpp) === "set") elementCpp = typeArgs(iterCpp)[0];
  else if (iterCpp === "ts::String") elementCpp = "ts::String";
  else if (iterCpp === "ts::Uint8Array") elementCpp = "double";
  else {
    ctx.report(iterable, "forOfIterable", ctx.checker.typeToString(iterType));
    return;
  }
  // The rows of an `i32[][]` are `i32[]` handles (types.ts fixedElementOf), not number[] copies.
  const heldElement = kindOf(heldCpp) === "array" ? typeArgs(heldCpp)[0] : undefined;
  if (heldElement && kindOf(heldElement) === "array") elementCpp = heldElement;
  if (!ts.isIdentifier(d.name)) {
    // A pattern (`for (const { name } of list)`, `for (const [k, v] of pairs)`): destructuring.ts.
    const item = ctx.temp("item");
    const elementType = iterCpp === "ts::String" ? ctx.checker.getStringType() : ctx.checker.getTypeArguments(iterType as ts.TypeReference)[0] ?? ctx.checker.getTypeAtLocation(d);
    const bindings = destructuringLoopVariable(ctx, d.name, item, elementCpp, elementType);
    loop(ctx, w, node.statement, label, undefined, bindings, (body) => ({ kind: "forRange", type: typeFromSpelling(elementCpp), name: item, range: source, body, span: span(node), before }));
    return;
  }
  const symbol = ctx.checker.getSymbolAtLocation(d.name)!;
  const name = cppIdentifier(d.name.text);
  if (ctx.celled.has(symbol)) {
    const item = ctx.temp("item");
    const bindings = [cellDecl(name, elementCpp, nameExpr(item))];
    loop(ctx, w, node.statement, label, undefined, bindings, (body) => ({ kind: "forRange", type: typeFromSpelling(elementCpp), name: item, range: source, body, span: span(node), before }));
  } else {
    // A body that cannot change any array borrows the slot: no reference counting per element (borrowed-loop.ts).
    // Its slots run from one data pointer to a length read once (the body cannot change them either).
    const borrowed = kindOf(iterCpp) === "array" && borrowsElement(ctx, node, elementCpp);
    const type = borrowed ? `const ${elementCpp}&` : typeFromSpelling(elementCpp);
    const range = borrowed ? call(member(source, ".", "borrowedSlots"), []) : source;
    loop(ctx, w, node.statement, label, undefined, [], (body) => ({ kind: "forRange", type, name, range, body, span: span(node), before }));
  }
}

/** The key and value types of a Map (or of `m.entries()`'s iterator). */
function mapTypeArgs(ctx: LowerContext, t: ts.Type): ts.Type[] {
  const args = (t as ts.TypeReference).typeArguments ?? ctx.checker.getTypeArguments(t as ts.TypeReference);
  return [...args];
}

function bindLoopVar(ctx: LowerContext, w: Out, id: ts.Identifier, cpp: string, given: Expr | string): void {
  const value = asExpr(given);
  const symbol = ctx.checker.getSymbolAtLocation(id)!;
  const name = cppIdentifier(id.text);
  if (ctx.celled.has(symbol)) w.push(cellDecl(name, cpp, value));
  else w.push({ kind: "decl", type: typeFromSpelling(cpp), name, init: value });
}

/** A case label's value when it is an integer constant (literal, numeric enum member), else undefined. */
function integerCase(ctx: LowerContext, e: ts.Expression): number | undefined {
  if (ts.isParenthesizedExpression(e)) return integerCase(ctx, e.expression);
  let value: unknown;
  if (ts.isNumericLiteral(e)) value = Number(e.text);
  else if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) value = -Number(e.operand.text);
  else if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isIdentifier(e)) {
    const decl = ctx.symbolOf(ts.isPropertyAccessExpression(e) ? e.name : e)?.valueDeclaration;
    if (decl && ts.isEnumMember(decl)) value = ctx.checker.getConstantValue(decl);
  }
  return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 && !Object.is(value, -0) ? value : undefined;
}

/** `switch` over integer constants (numbers, numeric enums): a C++ switch on the discriminant's integer key. */
function integerSwitch(ctx: LowerContext, w: Out, node: ts.SwitchStatement, discCpp: string): boolean {
  const clauses = node.caseBlock.clauses;
  if (!(discCpp === "double" || discCpp === "int32_t")) return false;
  const values = clauses.map((c) => (ts.isCaseClause(c) ? integerCase(ctx, c.expression) : null));
  if (values.some((v) => v === undefined)) return false;
  const numbers = values.filter((v): v is number => typeof v === "number");
  if (new Set(numbers).size !== numbers.length || clauses.some((c) => ts.isCaseClause(c) && hasSideEffects(c.expression))) return false;
  // A double that is not an integer (or is out of range) matches no case: ts::caseKey maps it past them all.
  const disc = ctx.hoisting(node.expression, () => exprNode(ctx, node.expression));
  const key = discCpp === "int32_t" ? disc.value : call("ts::caseKey", [disc.value]);
  const cases = clauses.map((c, i) => ({
    label: ts.isCaseClause(c) ? lit(integerLiteral(values[i] as number)) : ("default" as const),
    comment: ts.isCaseClause(c) && !ts.isNumericLiteral(c.expression) && !ts.isPrefixUnaryExpression(c.expression) ? c.expression.getText() : undefined,
    body: Out.collect((body) => { for (const s of c.statements) lowerStatement(ctx, body, s); }),
    span: span(c),
  }));
  w.push({ kind: "switch", disc: key, cases, span: span(node), before: disc.lines.length ? disc.lines : undefined });
  return true;
}

function switchStatement(ctx: LowerContext, out: Out, node: ts.SwitchStatement): void {
  const clauses = node.caseBlock.clauses;
  const discCpp = cppOf(ctx, node.expression);
  if (integerSwitch(ctx, out, node, discCpp)) return;
  const value = ctx.temp("switch");
  const index = ctx.temp("case");
  const defaultIndex = clauses.findIndex((c) => ts.isDefaultClause(c));
  const body = Out.collect((w) => {
    const disc = ctx.hoisting(node.expression, () => exprNode(ctx, node.expression));
    w.push(seq([...disc.lines, { kind: "decl", type: typeFromSpelling(discCpp), name: value, init: disc.value }]));
    w.push({ kind: "decl", type: { kind: "named", name: "int" }, name: index, init: lit(String(defaultIndex)) });
    let first = true;
    clauses.forEach((c, i) => {
      if (!ts.isCaseClause(c)) return;
      const caseCpp = cppOf(ctx, c.expression);
      // An integer discriminant against a case that is not an integer (`case NaN:`, `case 0.5:`) compares as
      // doubles: converted to the integer, the case would match 0.
      const widen = isIntegerCpp(discCpp) && (caseCpp === "double" || caseCpp === "ts::Num") && integerCase(ctx, c.expression) === undefined;
      const caseValue = exprAsNode(ctx, c.expression, widen ? "double" : discCpp);
      const test = widen ? binary("==", cast(typeFromSpelling("double"), nameExpr(value)), caseValue) : discCpp === "ts::String" || (isScalarCpp(discCpp) && isScalarCpp(caseCpp)) ? binary("==", nameExpr(value), caseValue) : call("ts::same", [nameExpr(value), caseValue]);
      // One line per case test (`else if (…) _case = 2;`), as the cases read in the source.
      w.push(lineStmt(`${first ? "if" : "else if"} (${printExpr(test)}) ${index} = ${i};`, span(c)));
      first = false;
    });
    const cases = clauses.map((c, i) => ({ label: lit(String(i)), body: Out.collect((b) => { for (const s of c.statements) lowerStatement(ctx, b, s); }), span: span(c) }));
    w.push({ kind: "switch", disc: nameExpr(index), cases });
  });
  out.push({ kind: "block", body, span: span(node) });
}

/** `break`/`continue` as C++ (after a finally the jump they made through it goes on). */
function plainJump(ctx: LowerContext, node: ts.Statement): Stmt[] {
  const l = (node as ts.BreakStatement | ts.ContinueStatement).label;
  const suffix = ts.isBreakStatement(node) ? "break" : "continue";
  return [lineStmt(l ? `goto ${jumpTarget(ctx, l)}_${suffix};` : `${suffix};`)];
}

/** A return statement's value, lowered with its temporaries (for a return that passes through a finally). */
function returnValue(ctx: LowerContext, node: ts.Statement): { value: string; lines: string } | undefined {
  if (!ts.isReturnStatement(node) || !node.expression) return undefined;
  const e = node.expression;
  const { value, lines } = ctx.hoisting(e, () => (ctx.scope.returnType === "void" ? expr(ctx, e) : exprAs(ctx, e, ctx.scope.returnType)));
  return { value, lines: printBefore(lines) };
}

function throwStatement(ctx: LowerContext, w: Out, node: ts.ThrowStatement): void {
  const e = node.expression;
  const sf = node.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  if (!isErrorValue(ctx, e)) return void ctx.report(e, "throwNonError");
  if (errorsActive(ctx) || !(ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Error")) {
    const v = ctx.hoisting(e, () => exprAs(ctx, e, "ts::Ref<ts::Error>"));
    w.stmts.push(...raiseStatement(ctx, node, v.value, printBefore(v.lines), displayName(sf.fileName), line));
    return;
  }
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Error") {
    const arg = e.arguments?.[0];
    const msg = arg ? ctx.hoisting(arg, () => exprAs(ctx, arg, "ts::String")) : { value: 'TS_STR("")', lines: [] };
    w.line(`${printBefore(msg.lines)}ts::throwError(${msg.value}, PSTR("${displayName(sf.fileName)}"), ${line});`, node);
    return;
  }
  ctx.report(e, "throwNonError");
}

export function displayName(fileName: string): string {
  const parts = fileName.split("/");
  return parts[parts.length - 1];
}

function nestedFunctionCell(ctx: LowerContext, w: Out, node: ts.FunctionDeclaration): void {
  if (!node.name || !node.body) return;
  const symbol = ctx.checker.getSymbolAtLocation(node.name)!;
  if (!ctx.celled.has(symbol)) return;
  const fnCppText = symbolCpp(ctx, symbol, node);
  w.push(cellDecl(cppIdentifier(node.name.text), fnCppText, construct(typeFromSpelling(fnCppText), []), span(node)));
}

function nestedFunction(ctx: LowerContext, w: Out, node: ts.FunctionDeclaration): void {
  if (!node.name || !node.body) return;
  const symbol = ctx.checker.getSymbolAtLocation(node.name)!;
  const fnCppText = symbolCpp(ctx, symbol, node);
  const name = cppIdentifier(node.name.text);
  if (node.parameters.some((p) => p.initializer)) {
    ctx.report(node, "noDefaultParametersNestedFunction");
  }
  const value = lowerFunctionExpressionNode(ctx, node as unknown as ts.FunctionExpression, fnCppText);
  if (ctx.celled.has(symbol)) {
    w.push(assign(`${name}->value`, value));
  } else {
    w.push({ kind: "decl", type: typeFromSpelling(fnCppText), name, init: value, span: span(node) });
  }
}

export { stringLiteral, returnCppOf, lowerParams };

/** Whether `node` contains an identifier bound to `symbol`. */
function mentions(ctx: LowerContext, node: ts.Node, symbol: ts.Symbol): boolean {
  if (ts.isIdentifier(node) && ctx.symbolOf(node) === symbol) return true;
  return !!ts.forEachChild(node, (c) => mentions(ctx, c, symbol) || undefined);
}

/** `c.entries()`, `c.keys()` or `c.values()` of a Map, a Set or an array: the container and the member. */
function iteratorOf(ctx: LowerContext, iterable: ts.Expression): { container: ts.Expression; member: string } | undefined {
  if (!ts.isCallExpression(iterable) || iterable.arguments.length || !ts.isPropertyAccessExpression(iterable.expression)) return undefined;
  const member = iterable.expression.name.text;
  if (member !== "entries" && member !== "keys" && member !== "values") return undefined;
  const container = iterable.expression.expression;
  const kind = kindOf(cppOf(ctx, container));
  if (member === "entries" ? kind !== "map" && kind !== "array" : kind !== "map" && kind !== "set" && kind !== "array") return undefined;
  return { container, member };
}
