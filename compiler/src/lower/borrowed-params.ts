// Array parameters passed by const reference (issue 12). A `ts::Array<T>` parameter taken by value counts a
// reference at every call and releases it on return (`quicksort(a, lo, j)`: two read-modify-writes of the
// header and a test per call). The reference is not needed when nothing the call runs can change what the
// caller passed or free it: the function only computes with its parameters and locals, writes elements of
// arrays of primitives (that moves no handle), and calls only functions of the same kind (itself included);
// it never assigns the parameter, and its name is only ever called (never taken as a value). Then the
// parameter is `const ts::Array<T>&`: the caller's handle lives, unchanged, until the call returns.
// Not in a program where code may run inside a yield check (a library's callback: it could assign anything).
// A `number[]` of ts::Num elements (num-arrays.ts) counts as primitive: a write may convert its storage from
// int32 to Num (ts_num_array.h), which moves the elements but never the handle the caller passed.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppOf } from "./expressions.js";
import { callbacksAtYield } from "./checked-loop.js";

const PRIMITIVE_ARRAY = /^ts::Array<(bool|u?int(8|16|32|64)_t|double|float|ts::Num)>$/;
const CONVERSIONS = new Set(["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64", "isize", "usize", "bool"]);
const byProgram = new WeakMap<ts.Program, Map<ts.FunctionDeclaration, boolean>>();

function unparen(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** Whether `fn`'s primitive-array parameters are passed by const reference. */
export function borrowsArrayParams(ctx: LowerContext, fn: ts.FunctionDeclaration): boolean {
  let cache = byProgram.get(ctx.program);
  if (!cache) byProgram.set(ctx.program, (cache = new Map()));
  const known = cache.get(fn);
  if (known !== undefined) return known;
  const before = new Set(cache.keys());
  cache.set(fn, true);  // optimistic for recursion
  const ok = !callbacksAtYield(ctx) && qualifies(ctx, fn);
  // A failure undoes what was concluded from the optimistic answer (mutual recursion): those are decided again.
  if (!ok) for (const k of [...cache.keys()]) if (!before.has(k)) cache.delete(k);
  cache.set(fn, ok);
  return ok;
}

/** The C++ type of parameter `p` when it is borrowed, else undefined. */
export function borrowedParamCpp(ctx: LowerContext, p: ts.ParameterDeclaration, declared: string): string | undefined {
  if (!PRIMITIVE_ARRAY.test(declared) || p.initializer || p.questionToken || p.dotDotDotToken || !ts.isIdentifier(p.name)) return undefined;
  const fn = p.parent;
  if (!ts.isFunctionDeclaration(fn) || !fn.body || !ts.isSourceFile(fn.parent)) return undefined;
  return borrowsArrayParams(ctx, fn) ? `const ${declared}&` : undefined;
}

function qualifies(ctx: LowerContext, fn: ts.FunctionDeclaration): boolean {
  if (!fn.body || !fn.name || fn.asteriskToken || fn.typeParameters || !ts.isSourceFile(fn.parent)) return false;
  const self = ctx.checker.getSymbolAtLocation(fn.name);
  if (!self) return false;
  const params = new Set<ts.Symbol>();
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name)) return false;
    const s = ctx.checker.getSymbolAtLocation(p.name);
    if (!s || ctx.celled.has(s)) return false;
    params.add(s);
  }
  // Every mention of the function is a direct call.
  let onlyCalled = true;
  const mentions = (node: ts.Node): void => {
    if (!onlyCalled) return;
    if (ts.isIdentifier(node) && node !== fn.name && ctx.checker.getSymbolAtLocation(node) === self) {
      if (!(ts.isCallExpression(node.parent) && node.parent.expression === node)) onlyCalled = false;
    }
    ts.forEachChild(node, mentions);
  };
  for (const file of ctx.program.getSourceFiles()) if (!file.isDeclarationFile && !ctx.isRuntimeFile(file.fileName)) mentions(file);
  if (!onlyCalled) return false;

  const locals = new Set<ts.Symbol>(params);
  const isLocal = (e: ts.Expression): boolean => {
    const s = ts.isIdentifier(e) ? ctx.checker.getSymbolAtLocation(e) : undefined;
    return !!s && locals.has(s) && !ctx.celled.has(s);
  };
  const isArrayParam = (e: ts.Expression): boolean => {
    const s = ts.isIdentifier(e) ? ctx.checker.getSymbolAtLocation(e) : undefined;
    return !!s && params.has(s) && cppOf(ctx, e).startsWith("ts::Array<");
  };
  const target = (e: ts.Expression): boolean => {
    e = unparen(e);
    if (ts.isIdentifier(e)) return isLocal(e) && !isArrayParam(e);
    if (ts.isElementAccessExpression(e)) return !e.questionDotToken && ts.isIdentifier(e.expression) && PRIMITIVE_ARRAY.test(cppOf(ctx, e.expression)) && expression(e.expression) && expression(e.argumentExpression);
    return false;
  };
  const expression = (e: ts.Expression): boolean => {
    e = unparen(e);
    if (ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || ts.isStringLiteral(e)) return true;
    if (ts.isIdentifier(e)) return true;  // a read
    if (ts.isElementAccessExpression(e)) return !e.questionDotToken && expression(e.expression) && expression(e.argumentExpression);
    if (ts.isPropertyAccessExpression(e)) return e.name.text === "length" && !e.questionDotToken && ts.isIdentifier(e.expression) && /^ts::(Array<|String$)/.test(cppOf(ctx, e.expression));
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
      if (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken) return target(e.operand);
      return expression(e.operand);
    }
    if (ts.isConditionalExpression(e)) return expression(e.condition) && expression(e.whenTrue) && expression(e.whenFalse);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) return target(e.left) && expression(e.right);
      return op !== ts.SyntaxKind.CommaToken && op !== ts.SyntaxKind.InKeyword && op !== ts.SyntaxKind.InstanceOfKeyword && expression(e.left) && expression(e.right);
    }
    if (ts.isCallExpression(e)) {
      if (e.questionDotToken || !ts.isIdentifier(e.expression) || !e.arguments.every(expression)) return false;
      const decl = ctx.checker.getSymbolAtLocation(e.expression)?.declarations?.[0];
      if (!decl) return false;
      if (ctx.isRuntimeFile(decl.getSourceFile().fileName)) return CONVERSIONS.has(e.expression.text) && e.arguments.length === 1;
      return ts.isFunctionDeclaration(decl) && borrowsArrayParams(ctx, decl);
    }
    return false;
  };
  const declarations = (list: ts.VariableDeclarationList): boolean =>
    list.declarations.every((d) => {
      if (!ts.isIdentifier(d.name)) return false;
      const s = ctx.checker.getSymbolAtLocation(d.name);
      if (!s || ctx.celled.has(s)) return false;
      locals.add(s);
      return !d.initializer || expression(d.initializer);
    });
  const statement = (s: ts.Statement): boolean => {
    if (ts.isBlock(s)) return s.statements.every(statement);
    if (ts.isEmptyStatement(s)) return true;
    if (ts.isExpressionStatement(s)) return expression(s.expression);
    if (ts.isIfStatement(s)) return expression(s.expression) && statement(s.thenStatement) && (!s.elseStatement || statement(s.elseStatement));
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) return true;
    if (ts.isReturnStatement(s)) return !s.expression || expression(s.expression);
    if (ts.isVariableStatement(s)) return declarations(s.declarationList);
    if (ts.isWhileStatement(s) || ts.isDoStatement(s)) return expression(s.expression) && statement(s.statement);
    if (ts.isForStatement(s)) {
      const init = s.initializer;
      if (init && !(ts.isVariableDeclarationList(init) ? declarations(init) : expression(init))) return false;
      return (!s.condition || expression(s.condition)) && (!s.incrementor || expression(s.incrementor)) && statement(s.statement);
    }
    if (ts.isLabeledStatement(s)) return statement(s.statement);
    return false;
  };
  return fn.body.statements.every(statement);
}
