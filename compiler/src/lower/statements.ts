// Statements → C++ statements, each mapped to its TypeScript line. Loops keep JavaScript's per-iteration
// `let` bindings where closures capture them, `switch` keeps fall-through over any discriminant type (cases
// are matched in order, then a C++ switch on the case index runs the bodies), and labelled break/continue
// become gotos to labels placed after the loop body and after the loop.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import type { CppWriter } from "../emit.js";
import { cppType, cppIdentifier, symbolCpp } from "./types.js";
import { expr, exprAs, condition, cppOf, typeOf, isScalarCpp, hasSideEffects } from "./expressions.js";
import { typeArgs } from "./calls.js";
import { stringLiteral, integerLiteral } from "./literals.js";
import { lowerFunctionExpression, returnCppOf, lowerParams } from "./functions.js";
import { loopYield, bodyYields } from "./yields.js";
import type { Stmt } from "../ir/nodes.js";
import { printBefore } from "../ir/print.js";

export function lowerBody(ctx: LowerContext, w: CppWriter, body: ts.Block): void {
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
  for (const s of body.statements) if (!ts.isFunctionDeclaration(s)) statement(ctx, w, s);
}

function usedLabels(node: ts.Node): { breaks: Set<string>; continues: Set<string> } {
  const breaks = new Set<string>();
  const continues = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isBreakStatement(n) && n.label) breaks.add(n.label.text);
    if (ts.isContinueStatement(n) && n.label) continues.add(n.label.text);
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return { breaks, continues };
}

export function statement(ctx: LowerContext, w: CppWriter, node: ts.Statement, label?: string): void {
  switch (node.kind) {
    case ts.SyntaxKind.Block:
      w.line("{", node);
      w.indent();
      lowerBody(ctx, w, node as ts.Block);
      w.dedent();
      w.line("}");
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
      for (const d of (node as ts.VariableStatement).declarationList.declarations) variableDeclaration(ctx, w, d);
      return;
    case ts.SyntaxKind.IfStatement: {
      const s = node as ts.IfStatement;
      const test = ctx.hoisting(s.expression, () => condition(ctx, s.expression));
      w.line(`${hoisted(test.lines)}if (${test.value}) {`, node);
      blockContents(ctx, w, s.thenStatement);
      let elseStatement = s.elseStatement;
      let closers = 1;
      while (elseStatement && ts.isIfStatement(elseStatement)) {
        const e = elseStatement.expression;
        const elseTest = ctx.hoisting(e, () => condition(ctx, e));
        if (elseTest.lines.length) {
          // The condition needs statements: they run only when the earlier conditions were false.
          w.line("} else {");
          w.indent();
          w.line(`${hoisted(elseTest.lines)}if (${elseTest.value}) {`, elseStatement);
          closers++;
        } else {
          w.line(`} else if (${elseTest.value}) {`, elseStatement);
        }
        blockContents(ctx, w, elseStatement.thenStatement);
        elseStatement = elseStatement.elseStatement;
      }
      if (elseStatement) {
        w.line("} else {");
        blockContents(ctx, w, elseStatement);
      }
      for (let i = 1; i < closers; i++) {
        w.line("}");
        w.dedent();
      }
      w.line("}");
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
      w.line(`while (${test.condition}) {`, node);
      loopBody(ctx, w, s.statement, label, "}", test.prelude);
      return;
    }
    case ts.SyntaxKind.DoStatement: {
      const s = node as ts.DoStatement;
      w.line("do {", node);
      loopBody(ctx, w, s.statement, label, `} while (${condition(ctx, s.expression)});`);
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
      w.line(l ? `goto ${l.text}_break;` : "break;", node);
      return;
    }
    case ts.SyntaxKind.ContinueStatement: {
      const l = (node as ts.ContinueStatement).label;
      w.line(l ? `goto ${l.text}_continue;` : "continue;", node);
      return;
    }
    case ts.SyntaxKind.LabeledStatement: {
      const s = node as ts.LabeledStatement;
      const { breaks } = usedLabels(s.statement);
      const name = s.label.text;
      if (ts.isIterationStatement(s.statement, false)) statement(ctx, w, s.statement, name);
      else statement(ctx, w, s.statement);
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

function blockContents(ctx: LowerContext, w: CppWriter, s: ts.Statement): void {
  w.indent();
  if (ts.isBlock(s)) lowerBody(ctx, w, s);
  else statement(ctx, w, s);
  w.dedent();
}

/** The loop body, its labelled-continue target, and the closing line. */
function loopBody(ctx: LowerContext, w: CppWriter, body: ts.Statement, label: string | undefined, closing = "}", prelude?: string): void {
  const continues = label ? usedLabels(body).continues.has(label) : false;
  w.indent();
  if (continues) {
    w.line("{");
    w.indent();
  }
  const loopCheck = loopYield(ctx, body.parent as ts.IterationStatement);  // every back-edge yields (yields.ts)
  if (loopCheck) w.line(loopCheck);
  if (prelude) w.line(prelude);
  if (ts.isBlock(body)) lowerBody(ctx, w, body);
  else statement(ctx, w, body);
  if (continues) {
    w.dedent();
    w.line("}");
    w.line(`${label}_continue:;`);
  }
  w.dedent();
  w.line(closing);
}

export function variableDeclaration(ctx: LowerContext, w: CppWriter, d: ts.VariableDeclaration, global = false): void {
  if (!ts.isIdentifier(d.name)) {
    ctx.report(d.name, "noDestructuringDeclarations");
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
    if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
      w.line(`auto ${name} = ts::cell<${cpp}>(${defaultValue(cpp)});`, d);
      w.line(`${name}->value = ${init};`);
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

function forStatement(ctx: LowerContext, w: CppWriter, node: ts.ForStatement, label?: string): void {
  const init = node.initializer;
  let initText = "";
  const perIteration: { name: string; cpp: string }[] = [];
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
      const value = d.initializer ? exprAs(ctx, d.initializer, cpp) : defaultValue(cpp);
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
    initText = expr(ctx, init);
  }
  const test = node.condition ? loopCondition(ctx, node.condition) : { condition: "", prelude: undefined };
  const cond = test.prelude ? "" : test.condition;
  let incr = node.incrementor ? expr(ctx, node.incrementor) : "";
  // JavaScript copies each per-iteration binding before the increment: closures keep the old cell.
  if (perIteration.length) incr = [...perIteration.map((p) => `${p.name} = ts::cell<${p.cpp}>(${p.name}->value)`), incr].filter(Boolean).join(", ");
  w.line(`for (${initText}; ${cond}; ${incr}) {`, node);
  loopBody(ctx, w, node.statement, label, "}", test.prelude);
}

function forOfStatement(ctx: LowerContext, w: CppWriter, node: ts.ForOfStatement, label?: string): void {
  const iterable = node.expression;
  const iterType = ctx.checker.getNonNullableType(typeOf(ctx, iterable));
  let iterCpp = cppType(ctx, iterType, iterable);
  let source = expr(ctx, iterable);
  // m.entries() iterates the map itself; keys() and values() are arrays.
  if (ts.isCallExpression(iterable) && ts.isPropertyAccessExpression(iterable.expression) && iterable.expression.name.text === "entries") {
    const mapExpr = iterable.expression.expression;
    iterCpp = cppOf(ctx, mapExpr);
    source = expr(ctx, mapExpr);
  }
  const decl = node.initializer;
  if (!ts.isVariableDeclarationList(decl) || decl.declarations.length !== 1) {
    ctx.report(decl, "noForOfWithoutDeclaration");
    return;
  }
  const d = decl.declarations[0];
  if (iterCpp.startsWith("ts::Map<")) {
    const [k, v] = typeArgs(iterCpp);
    const entry = ctx.temp("entry");
    w.line(`for (auto& ${entry} : ${source}) {`, node);
    w.indent();
    if (ts.isArrayBindingPattern(d.name)) {
      const [kn, vn] = d.name.elements;
      if (kn && ts.isBindingElement(kn) && ts.isIdentifier(kn.name)) bindLoopVar(ctx, w, kn.name, k, `${entry}.key`);
      if (vn && ts.isBindingElement(vn) && ts.isIdentifier(vn.name)) bindLoopVar(ctx, w, vn.name, v, `${entry}.value`);
    } else {
      ctx.report(d.name, "noMapEntryWithoutDestructuring");
    }
    w.dedent();
    loopBody(ctx, w, node.statement, label);
    return;
  }
  if (!ts.isIdentifier(d.name)) {
    ctx.report(d.name, "noDestructuringHere");
    return;
  }
  let elementCpp: string;
  if (iterCpp.startsWith("ts::Array<") || iterCpp.startsWith("ts::Set<")) elementCpp = typeArgs(iterCpp)[0];
  else if (iterCpp === "ts::String") elementCpp = "ts::String";
  else if (iterCpp === "ts::Uint8Array") elementCpp = "double";
  else {
    ctx.report(iterable, "forOfIterable", ctx.checker.typeToString(iterType));
    return;
  }
  const symbol = ctx.checker.getSymbolAtLocation(d.name)!;
  const name = cppIdentifier(d.name.text);
  if (ctx.celled.has(symbol)) {
    const raw = ctx.temp("item");
    w.line(`for (${elementCpp} ${raw} : ${source}) {`, node);
    w.indent();
    w.line(`auto ${name} = ts::cell<${elementCpp}>(${raw});`);
    w.dedent();
  } else {
    w.line(`for (${elementCpp} ${name} : ${source}) {`, node);
  }
  loopBody(ctx, w, node.statement, label);
}

function bindLoopVar(ctx: LowerContext, w: CppWriter, id: ts.Identifier, cpp: string, value: string): void {
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
function integerSwitch(ctx: LowerContext, w: CppWriter, node: ts.SwitchStatement, discCpp: string): boolean {
  const clauses = node.caseBlock.clauses;
  if (!(discCpp === "double" || discCpp === "int32_t")) return false;
  const values = clauses.map((c) => (ts.isCaseClause(c) ? integerCase(ctx, c.expression) : null));
  if (values.some((v) => v === undefined)) return false;
  const numbers = values.filter((v): v is number => typeof v === "number");
  if (new Set(numbers).size !== numbers.length || clauses.some((c) => ts.isCaseClause(c) && hasSideEffects(c.expression))) return false;
  // A double that is not an integer (or is out of range) matches no case: ts::caseKey maps it past them all.
  const disc = ctx.hoisting(node.expression, () => expr(ctx, node.expression));
  const key = discCpp === "int32_t" ? disc.value : `ts::caseKey(${disc.value})`;
  w.line(`${hoisted(disc.lines)}switch (${key}) {`, node);
  clauses.forEach((c, i) => {
    const label = ts.isCaseClause(c) ? `case ${integerLiteral(values[i] as number)}:` : "default:";
    const comment = ts.isCaseClause(c) && !ts.isNumericLiteral(c.expression) && !ts.isPrefixUnaryExpression(c.expression) ? `  // ${c.expression.getText()}` : "";
    w.line(`${label} {${comment}`, c);
    w.indent();
    for (const s of c.statements) statement(ctx, w, s);
    w.dedent();
    w.line("}");
  });
  w.line("}");
  return true;
}

function switchStatement(ctx: LowerContext, w: CppWriter, node: ts.SwitchStatement): void {
  const clauses = node.caseBlock.clauses;
  const discCpp = cppOf(ctx, node.expression);
  if (integerSwitch(ctx, w, node, discCpp)) return;
  const value = ctx.temp("switch");
  const index = ctx.temp("case");
  const defaultIndex = clauses.findIndex((c) => ts.isDefaultClause(c));
  w.line("{", node);
  w.indent();
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
  w.line(`switch (${index}) {`);
  clauses.forEach((c, i) => {
    w.line(`case ${i}: {`, c);
    w.indent();
    for (const s of c.statements) statement(ctx, w, s);
    w.dedent();
    w.line("}");
  });
  w.line("}");
  w.dedent();
  w.line("}");
}

function throwStatement(ctx: LowerContext, w: CppWriter, node: ts.ThrowStatement): void {
  const e = node.expression;
  const sf = node.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Error") {
    const msg = e.arguments?.[0] ? exprAs(ctx, e.arguments[0], "ts::String") : 'TS_STR("")';
    w.line(`ts::throwError(${msg}, PSTR("${displayName(sf.fileName)}"), ${line});`, node);
    return;
  }
  ctx.report(e, "throwNonError");
}

export function displayName(fileName: string): string {
  const parts = fileName.split("/");
  return parts[parts.length - 1];
}

function nestedFunction(ctx: LowerContext, w: CppWriter, node: ts.FunctionDeclaration): void {
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
