// Statements → C++ statements as IR (ir/nodes.ts), each with the span of its TypeScript statement; the
// printer (ir/print.ts) writes them with `#line` directives. Loops keep JavaScript's per-iteration
// `let` bindings where closures capture them, `switch` keeps fall-through over any discriminant type (cases
// are matched in order, then a C++ switch on the case index runs the bodies), and labelled break/continue
// become gotos to labels placed after the loop body and after the loop.
import ts from "typescript";
import { kindOf } from "../ir/types.js";
import type { LowerContext } from "./context.js";
import type { CppWriter } from "../emit.js";
import { cppType, cppIdentifier, symbolCpp } from "./types.js";
import { expr, exprAs, condition, cppOf, typeOf, isScalarCpp, hasSideEffects, needsSequencing } from "./expressions.js";
import { typeArgs } from "./calls.js";
import { stringLiteral, integerLiteral } from "./literals.js";
import { lowerFunctionExpression, returnCppOf, lowerParams } from "./functions.js";
import { loopYield, bodyYields } from "./yields.js";
import { line as lineStmt, nest, spanOf, type Stmt } from "../ir/nodes.js";
import { errorsActive, isErrorValue, jumpThroughFinally, throwStatement as raiseStatement, tryStatement, withStatementCheck } from "./errors.js";
import { printBefore, printStmt, writeStmts } from "../ir/print.js";
import { destructuringDeclaration, destructuringLoopVariable } from "./destructuring.js";

/** The statements of a function body or block, written (callers that lay out a definition use this). */
export function lowerBody(ctx: LowerContext, w: CppWriter, body: ts.Block): void {
  writeStmts(w, bodyStmts(ctx, body));
}

/** One statement, written. */
export function statement(ctx: LowerContext, w: CppWriter, node: ts.Statement): void {
  writeStmts(w, statementStmts(ctx, node));
}

/** Where lowering puts the statements it makes: a list of IR statements, with a writer-like `line`. */
class Out {
  readonly stmts: Stmt[] = [];
  line(text: string, source?: ts.Node): void {
    this.stmts.push(lineStmt(text, source && spanOf(source)));
  }
  nest(head: string, source: ts.Node | undefined, tail: string | undefined, body: (out: Out) => void, flat = false): void {
    const inner = new Out();
    body(inner);
    this.stmts.push(nest(head, inner.stmts, tail, source && spanOf(source), flat));
  }
}

export function bodyStmts(ctx: LowerContext, body: ts.Block): Stmt[] {
  const out = new Out();
  blockBody(ctx, out, body);
  return out.stmts;
}

export function statementStmts(ctx: LowerContext, node: ts.Statement, label?: string): Stmt[] {
  const out = new Out();
  lowerStatement(ctx, out, node, label);
  return out.stmts;
}

function blockBody(ctx: LowerContext, w: Out, body: ts.Block): void {
  for (const line of bodyYields(ctx, body)) w.line(line);  // a function's countdown, recursion's check (yields.ts)
  // Nested function declarations are hoisted to the top of their block, as in JavaScript.
  for (const s of body.statements) {
    if (!ts.isVariableStatement(s)) continue;
    for (const d of s.declarationList.declarations) {
      const symbol = ts.isIdentifier(d.name) ? ctx.checker.getSymbolAtLocation(d.name) : undefined;
      if (!symbol || !ctx.hoistedCells.has(symbol)) continue;
      const cpp = symbolCpp(ctx, symbol, d);
      w.line(`auto ${cppIdentifier(symbol.name)} = ts::cell<${cpp}>(${defaultValue(cpp)});`, d);
    }
  }
  for (const s of body.statements) if (ts.isFunctionDeclaration(s)) nestedFunction(ctx, w, s);
  for (const s of body.statements) if (!ts.isFunctionDeclaration(s)) lowerStatement(ctx, w, s);
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
      w.nest("{", node, "}", (inner) => blockBody(ctx, inner, node as ts.Block));
      return;
    case ts.SyntaxKind.EmptyStatement:
      return;
    case ts.SyntaxKind.ExpressionStatement: {
      const e = (node as ts.ExpressionStatement).expression;
      const { value, lines } = ctx.hoisting(e, () => expr(ctx, e));
      // An optional call chain as a statement is all temporaries and an if-statement: no value is left.
      w.line(value ? `${hoisted(lines)}${stripOuterParens(value)};` : hoisted(lines).trimEnd(), node);
      return;
    }
    case ts.SyntaxKind.VariableStatement:
      for (const d of (node as ts.VariableStatement).declarationList.declarations) declaration(ctx, w, d);
      return;
    case ts.SyntaxKind.IfStatement: {
      const s = node as ts.IfStatement;
      const test = ctx.hoisting(s.expression, () => condition(ctx, s.expression));
      ifChain(ctx, w, node, `${hoisted(test.lines)}if (${test.value}) {`, s);
      return;
    }
    case ts.SyntaxKind.ReturnStatement: {
      const r = node as ts.ReturnStatement;
      if (!r.expression) w.line("return;", node);
      else if (ctx.scope.returnType === "void") {
        const e = r.expression;
        const { value, lines } = ctx.hoisting(e, () => expr(ctx, e));
        w.line(`${hoisted(lines)}${value ? `${value}; ` : ""}return;`, node);
      }
      else {
        const e = r.expression;
        const { value, lines } = ctx.hoisting(e, () => exprAs(ctx, e, ctx.scope.returnType));
        w.line(`${hoisted(lines)}return ${value};`, node);
      }
      return;
    }
    case ts.SyntaxKind.WhileStatement: {
      const s = node as ts.WhileStatement;
      const test = loopCondition(ctx, s.expression);
      loop(ctx, w, node, `while (${test.condition}) {`, s.statement, label, "}", test.prelude);
      return;
    }
    case ts.SyntaxKind.DoStatement: {
      const s = node as ts.DoStatement;
      loop(ctx, w, node, "do {", s.statement, label, `} while (${condition(ctx, s.expression)});`);
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
      w.line(l ? `goto ${jumpTarget(ctx, l)}_break;` : "break;", node);
      return;
    }
    case ts.SyntaxKind.ContinueStatement: {
      const l = (node as ts.ContinueStatement).label;
      w.line(l ? `goto ${jumpTarget(ctx, l)}_continue;` : "continue;", node);
      return;
    }
    case ts.SyntaxKind.LabeledStatement: {
      const s = node as ts.LabeledStatement;
      const { breaks } = usedLabels(ctx, s.statement);
      const name = labelCpp(ctx, s);
      if (ts.isIterationStatement(s.statement, false)) lowerStatement(ctx, w, s.statement, name);
      else lowerStatement(ctx, w, s.statement);
      if (breaks.has(name)) w.line(`${name}_break:;`);
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
function ifChain(ctx: LowerContext, w: Out, source: ts.Node, head: string, s: ts.IfStatement): void {
  w.nest(head, source, undefined, (inner) => branch(ctx, inner, s.thenStatement));
  const elseStatement = s.elseStatement;
  if (elseStatement && ts.isIfStatement(elseStatement)) {
    const e = elseStatement.expression;
    const test = ctx.hoisting(e, () => condition(ctx, e));
    if (!test.lines.length) {
      ifChain(ctx, w, elseStatement, `} else if (${test.value}) {`, elseStatement);
      return;
    }
    w.nest("} else {", undefined, "}", (inner) => ifChain(ctx, inner, elseStatement, `${hoisted(test.lines)}if (${test.value}) {`, elseStatement));
    return;
  }
  if (elseStatement) w.nest("} else {", undefined, "}", (inner) => branch(ctx, inner, elseStatement));
  else w.line("}");
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
function loopCondition(ctx: LowerContext, node: ts.Expression): { condition: string; prelude?: string } {
  const test = ctx.hoisting(node, () => condition(ctx, node));
  if (!test.lines.length) return { condition: test.value };
  return { condition: "true", prelude: `${hoisted(test.lines)}if (!(${test.value})) break;` };
}

/** The temporaries a statement's expression needs, as statements before it on its line. */
function hoisted(lines: readonly Stmt[]): string {
  return printBefore(lines);
}

/** In a statement, the value of a call is discarded: drop the conversion that only served its value. */
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

/** A loop: its header, then its body (first the back-edge's yield check and the condition's statements), its
 *  labelled-continue target, and the closing line. */
function loop(ctx: LowerContext, w: Out, node: ts.Node, head: string, body: ts.Statement, label: string | undefined, closing = "}", prelude?: string, bindings: Stmt[] = []): void {
  const continues = label ? usedLabels(ctx, body).continues.has(label) : false;
  w.nest(head, node, closing, (inner) => {
    inner.stmts.push(...bindings);
    const contents = (out: Out): void => {
      const loopCheck = loopYield(ctx, body.parent as ts.IterationStatement);  // every back-edge yields (yields.ts)
      if (loopCheck) out.line(loopCheck);
      if (prelude) out.line(prelude);
      if (ts.isBlock(body)) blockBody(ctx, out, body);
      else lowerStatement(ctx, out, body);
    };
    if (continues) {
      inner.nest("{", undefined, "}", contents);
      inner.line(`${label}_continue:;`);
    } else contents(inner);
  });
}

/** A module variable's initialisation (module initialisation code), written. */
export function variableDeclaration(ctx: LowerContext, w: CppWriter, d: ts.VariableDeclaration, global = false): void {
  const out = new Out();
  declaration(ctx, out, d, global);
  writeStmts(w, out.stmts);
}

function declaration(ctx: LowerContext, w: Out, d: ts.VariableDeclaration, global = false): void {
  if (!ts.isIdentifier(d.name)) {
    for (const s of destructuringDeclaration(ctx, d, global)) w.line(printStmt(s), d);  // destructuring.ts
    return;
  }
  const symbol = ctx.checker.getSymbolAtLocation(d.name)!;
  const cpp = symbolCpp(ctx, symbol, d);
  const name = cppIdentifier(d.name.text);
  const initializer = d.initializer;
  const lowered = initializer ? ctx.hoisting(initializer, () => exprAs(ctx, initializer, cpp)) : { value: defaultValue(cpp), lines: [] };
  const before = hoisted(lowered.lines);
  const init = lowered.value;
  if (global) {
    w.line(`${before}${name} = ${init};`, d);
    return;
  }
  if (ctx.hoistedCells.has(symbol)) {
    w.line(`${before}${name}->value = ${init};`, d);
    return;
  }
  if (ctx.celled.has(symbol)) {
    // Initialised after creation, so that a recursive closure sees its own cell.
    // (Also `const id = setInterval(() => clearInterval(id), 10)`: a closure in the initializer refers to it.)
    if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer) || mentions(ctx, d.initializer, symbol))) {
      w.line(`auto ${name} = ts::cell<${cpp}>(${defaultValue(cpp)});`, d);
      w.line(`${before}${name}->value = ${init};`);
    } else {
      w.line(`${before}auto ${name} = ts::cell<${cpp}>(${init});`, d);
    }
    return;
  }
  const isConst = (d.parent.flags & ts.NodeFlags.Const) !== 0 && isScalarCpp(cpp);
  w.line(`${before}${isConst ? "const " : ""}${cpp} ${name} = ${init};`, d);
}

export function defaultValue(cpp: string): string {
  if (cpp === "bool") return "false";
  if (isScalarCpp(cpp)) return "0";
  return `${cpp}()`;
}

function forStatement(ctx: LowerContext, w: Out, node: ts.ForStatement, label?: string): void {
  const init = node.initializer;
  let initText = "";
  const perIteration: { name: string; cpp: string }[] = [];
  const before: Stmt[] = [];
  if (init && ts.isVariableDeclarationList(init)) {
    const parts: string[] = [];
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
      let value = defaultValue(cpp);
      if (initializer && init.declarations.length === 1) {
        // One declaration's initialiser runs once, before the loop: its temporaries go in front of it.
        const lowered = ctx.hoisting(initializer, () => exprAs(ctx, initializer, cpp));
        before.push(...lowered.lines);
        value = lowered.value;
      } else if (initializer) value = exprAs(ctx, initializer, cpp);
      if (ctx.celled.has(symbol)) {
        perIteration.push({ name, cpp });
        parts.push(`${name} = ts::cell<${cpp}>(${value})`);
        commonCpp = commonCpp ?? "auto";
      } else {
        parts.push(`${name} = ${value}`);
        commonCpp = commonCpp ?? cpp;
      }
    }
    initText = parts.length ? `${commonCpp} ${parts.join(", ")}` : "";
  } else if (init) {
    const lowered = ctx.hoisting(init, () => expr(ctx, init));
    before.push(...lowered.lines);
    initText = lowered.value;
  }
  const test = node.condition ? loopCondition(ctx, node.condition) : { condition: "", prelude: undefined };
  const cond = test.prelude ? "" : test.condition;
  let incr = node.incrementor ? expr(ctx, node.incrementor) : "";
  // JavaScript copies each per-iteration binding before the increment: closures keep the old cell.
  if (perIteration.length) incr = [...perIteration.map((p) => `${p.name} = ts::cell<${p.cpp}>(${p.name}->value)`), incr].filter(Boolean).join(", ");
  loop(ctx, w, node, `${hoisted(before)}for (${initText}; ${cond}; ${incr}) {`, node.statement, label, "}", test.prelude);
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
  const lowered = ctx.hoisting(sourceNode, () => expr(ctx, sourceNode));
  let source = lowered.value;
  const before = hoisted(lowered.lines);
  // JavaScript iterates the value the expression had when the loop began: when the body may assign the
  // variable (`for (const c of s) s = ...`), the loop holds its own handle (a C++ range-for would keep a
  // reference to the variable and iterate a freed string).
  let variable: ts.Expression = sourceNode;
  while (ts.isParenthesizedExpression(variable)) variable = variable.expression;
  const declared = ts.isIdentifier(variable) ? ctx.checker.getSymbolAtLocation(variable)?.valueDeclaration : undefined;
  const isConst = !!declared && ts.isVariableDeclaration(declared) && !!(ts.getCombinedNodeFlags(declared) & ts.NodeFlags.Const);
  const assignable = (ts.isIdentifier(variable) && !isConst) || ts.isPropertyAccessExpression(variable) || ts.isElementAccessExpression(variable);
  if (assignable && needsSequencing(ctx, [iterable, node.statement])) source = `${iterCpp}(${source})`;
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
      if (kn && ts.isBindingElement(kn) && ts.isIdentifier(kn.name)) bindLoopVar(ctx, bindings, kn.name, k, `${entry}.key`);
      else if (kn && ts.isBindingElement(kn) && kt) bindings.stmts.push(...destructuringLoopVariable(ctx, kn.name as ts.BindingPattern, `${entry}.key`, k, kt));
      if (vn && ts.isBindingElement(vn) && ts.isIdentifier(vn.name)) bindLoopVar(ctx, bindings, vn.name, v, `${entry}.value`);
      else if (vn && ts.isBindingElement(vn) && vt) bindings.stmts.push(...destructuringLoopVariable(ctx, vn.name as ts.BindingPattern, `${entry}.value`, v, vt));
    } else {
      ctx.report(d.name, "noMapEntryWithoutDestructuring");
    }
    loop(ctx, w, node, `${before}for (auto& ${entry} : ${source}) {`, node.statement, label, "}", undefined, bindings.stmts);
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
    loop(ctx, w, node, `${before}{ const ${iterCpp} ${array} = ${source}; for (uint32_t ${i} = 0; ${i} < ${array}.size(); ${i}++) {`, node.statement, label, "}}", undefined, bindings.stmts);
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
  if (!ts.isIdentifier(d.name)) {
    // A pattern (`for (const { name } of list)`, `for (const [k, v] of pairs)`): destructuring.ts.
    const item = ctx.temp("item");
    const elementType = iterCpp === "ts::String" ? ctx.checker.getStringType() : ctx.checker.getTypeArguments(iterType as ts.TypeReference)[0] ?? ctx.checker.getTypeAtLocation(d);
    const bindings = destructuringLoopVariable(ctx, d.name, item, elementCpp, elementType);
    loop(ctx, w, node, `${before}for (${elementCpp} ${item} : ${source}) {`, node.statement, label, "}", undefined, bindings);
    return;
  }
  const symbol = ctx.checker.getSymbolAtLocation(d.name)!;
  const name = cppIdentifier(d.name.text);
  if (ctx.celled.has(symbol)) {
    const raw = ctx.temp("item");
    const bindings = new Out();
    bindings.line(`auto ${name} = ts::cell<${elementCpp}>(${raw});`);
    loop(ctx, w, node, `${before}for (${elementCpp} ${raw} : ${source}) {`, node.statement, label, "}", undefined, bindings.stmts);
  } else {
    loop(ctx, w, node, `${before}for (${elementCpp} ${name} : ${source}) {`, node.statement, label);
  }
}

/** The key and value types of a Map (or of `m.entries()`'s iterator). */
function mapTypeArgs(ctx: LowerContext, t: ts.Type): ts.Type[] {
  const args = (t as ts.TypeReference).typeArguments ?? ctx.checker.getTypeArguments(t as ts.TypeReference);
  return [...args];
}

function bindLoopVar(ctx: LowerContext, w: Out, id: ts.Identifier, cpp: string, value: string): void {
  const symbol = ctx.checker.getSymbolAtLocation(id)!;
  const name = cppIdentifier(id.text);
  if (ctx.celled.has(symbol)) w.line(`auto ${name} = ts::cell<${cpp}>(${value});`);
  else w.line(`${cpp} ${name} = ${value};`);
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
  const disc = ctx.hoisting(node.expression, () => expr(ctx, node.expression));
  const key = discCpp === "int32_t" ? disc.value : `ts::caseKey(${disc.value})`;
  w.nest(`${hoisted(disc.lines)}switch (${key}) {`, node, "}", (cases) => {
    clauses.forEach((c, i) => {
      const label = ts.isCaseClause(c) ? `case ${integerLiteral(values[i] as number)}:` : "default:";
      const comment = ts.isCaseClause(c) && !ts.isNumericLiteral(c.expression) && !ts.isPrefixUnaryExpression(c.expression) ? `  // ${c.expression.getText()}` : "";
      cases.nest(`${label} {${comment}`, c, "}", (body) => {
        for (const s of c.statements) lowerStatement(ctx, body, s);
      });
    });
  }, true);
  return true;
}

function switchStatement(ctx: LowerContext, out: Out, node: ts.SwitchStatement): void {
  const clauses = node.caseBlock.clauses;
  const discCpp = cppOf(ctx, node.expression);
  if (integerSwitch(ctx, out, node, discCpp)) return;
  const value = ctx.temp("switch");
  const index = ctx.temp("case");
  const defaultIndex = clauses.findIndex((c) => ts.isDefaultClause(c));
  out.nest("{", node, "}", (w) => {
    const disc = ctx.hoisting(node.expression, () => expr(ctx, node.expression));
    w.line(`${hoisted(disc.lines)}${discCpp} ${value} = ${disc.value};`);
    w.line(`int ${index} = ${defaultIndex};`);
    let first = true;
    clauses.forEach((c, i) => {
      if (!ts.isCaseClause(c)) return;
      const caseCpp = cppOf(ctx, c.expression);
      const test = discCpp === "ts::String" || (isScalarCpp(discCpp) && isScalarCpp(caseCpp)) ? `${value} == ${exprAs(ctx, c.expression, discCpp)}` : `ts::same(${value}, ${exprAs(ctx, c.expression, discCpp)})`;
      w.line(`${first ? "if" : "else if"} (${test}) ${index} = ${i};`, c);
      first = false;
    });
    w.nest(`switch (${index}) {`, undefined, "}", (cases) => {
      clauses.forEach((c, i) => {
        cases.nest(`case ${i}: {`, c, "}", (body) => {
          for (const s of c.statements) lowerStatement(ctx, body, s);
        });
      });
    }, true);
  });
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
  return { value, lines: hoisted(lines) };
}

function throwStatement(ctx: LowerContext, w: Out, node: ts.ThrowStatement): void {
  const e = node.expression;
  const sf = node.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  if (!isErrorValue(ctx, e)) return void ctx.report(e, "throwNonError");
  if (errorsActive(ctx) || !(ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Error")) {
    const v = ctx.hoisting(e, () => exprAs(ctx, e, "ts::Ref<ts::Error>"));
    w.stmts.push(...raiseStatement(ctx, node, v.value, hoisted(v.lines), displayName(sf.fileName), line));
    return;
  }
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Error") {
    const arg = e.arguments?.[0];
    const msg = arg ? ctx.hoisting(arg, () => exprAs(ctx, arg, "ts::String")) : { value: 'TS_STR("")', lines: [] };
    w.line(`${hoisted(msg.lines)}ts::throwError(${msg.value}, PSTR("${displayName(sf.fileName)}"), ${line});`, node);
    return;
  }
  ctx.report(e, "throwNonError");
}

export function displayName(fileName: string): string {
  const parts = fileName.split("/");
  return parts[parts.length - 1];
}

function nestedFunction(ctx: LowerContext, w: Out, node: ts.FunctionDeclaration): void {
  if (!node.name || !node.body) return;
  const symbol = ctx.checker.getSymbolAtLocation(node.name)!;
  const fnCppText = symbolCpp(ctx, symbol, node);
  const name = cppIdentifier(node.name.text);
  if (node.parameters.some((p) => p.initializer)) {
    ctx.report(node, "noDefaultParametersNestedFunction");
  }
  const value = lowerFunctionExpression(ctx, node as unknown as ts.FunctionExpression, fnCppText);
  if (ctx.celled.has(symbol)) {
    w.line(`auto ${name} = ts::cell<${fnCppText}>(${fnCppText}());`, node);
    w.line(`${name}->value = ${value};`);
  } else {
    w.line(`${fnCppText} ${name} = ${value};`, node);
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
