// Functions: declarations (with default and optional parameters), closures (arrow functions and function
// expressions become ts::Fn values holding a C++ lambda), inline callbacks (the callback of a synchronous
// array/Map method becomes a plain C++ lambda capturing by reference: no allocation), and the capture
// analysis that decides which variables live in a ts::Cell (captured by a closure and mutated).
import { detachedCallbackPrologue, skippingCallbackPrologue } from "./errors.js";
import { builtinValueCall } from "./builtin-values.js";
import { NUM } from "./numrep.js";
import ts from "typescript";
import { kindOf } from "../ir/types.js";
import type { LowerContext } from "./context.js";
import { cppType, cppIdentifier, qualifiedName, symbolCpp, annotatedCpp } from "./types.js";
import { exprAsNode, exprNode, cppOf } from "./expressions.js";
import { bodyStmts, cellDecl, defaultNode } from "./statements.js";
import { typeFromSpelling, printType, optional, named } from "../ir/types.js";
import { borrowedParamCpp } from "./borrowed-params.js";
import { printExpr } from "../ir/print.js";
import { assign, call, cond, construct, decl, exprStmt, ifStmt, line, lit, member, name as nameExpr, paren, returnStmt, seq, type Expr, type LambdaParam, type Stmt } from "../ir/nodes.js";
import { isTracedClosure, capturesLine } from "./cycles.js";
import type { Param } from "../ir/decls.js";
import { printParams } from "../ir/print-decls.js";
import { destructuringParameter, patternParameterCpp } from "./destructuring.js";
import { expressionBodyYields } from "./yields.js";

const INLINE_METHODS = new Set(["map", "filter", "forEach", "reduce", "some", "every", "find", "findIndex", "sort"]);

/** Whether a function expression is the callback of a synchronous built-in method (called before it returns). */
export function isInlineCallback(ctx: LowerContext, fn: ts.Node): boolean {
  const call = fn.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== fn || !ts.isPropertyAccessExpression(call.expression)) return false;
  if (!INLINE_METHODS.has(call.expression.name.text)) return false;
  const recv = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(call.expression.expression));
  if (ctx.checker.isArrayType(recv)) return true;
  const name = recv.getSymbol()?.name;
  return (name === "Map" || name === "Set") && call.expression.name.text === "forEach";
}

function isFunctionBoundary(ctx: LowerContext, node: ts.Node): boolean {
  return ts.isFunctionLike(node) && !isInlineCallback(ctx, node);
}

/** The variables an assignment's left side writes: `x`, or each name of a destructuring `[a, { b, c: d }] = …`. */
function assignmentTargets(left: ts.Expression): ts.Identifier[] {
  if (ts.isIdentifier(left)) return [left];
  if (ts.isParenthesizedExpression(left)) return assignmentTargets(left.expression);
  if (ts.isBinaryExpression(left) && left.operatorToken.kind === ts.SyntaxKind.EqualsToken) return assignmentTargets(left.left);  // a default
  if (ts.isSpreadElement(left)) return assignmentTargets(left.expression);
  if (ts.isArrayLiteralExpression(left)) return left.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : assignmentTargets(e)));
  if (ts.isObjectLiteralExpression(left)) {
    return left.properties.flatMap((p) =>
      ts.isPropertyAssignment(p) ? assignmentTargets(p.initializer)
      : ts.isShorthandPropertyAssignment(p) ? [p.name]
      : ts.isSpreadAssignment(p) ? assignmentTargets(p.expression)
      : []);
  }
  return [];
}

/** Finds the variables that must be boxed in a ts::Cell: captured by a closure and assigned after capture. */
export function analyseCaptures(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const assigned = new Set<ts.Symbol>();
  const captured = new Set<ts.Symbol>();
  const selfReferencing = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      for (const target of assignmentTargets(node.left)) {
        const s = ctx.symbolOf(target);
        if (s) assigned.add(s);
      }
    }
    if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
      for (const target of assignmentTargets(node.initializer)) {
        const s = ctx.symbolOf(target);
        if (s) assigned.add(s);
      }
    }
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      const s = ctx.symbolOf(node.operand);
      if (s) assigned.add(s);
    }
    if (ts.isIdentifier(node)) {
      const symbol = ctx.symbolOf(node);
      const decl = symbol?.valueDeclaration;
      if (symbol && decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isFunctionDeclaration(decl)) && !isModuleLevel(decl)) {
        const declScope = enclosingBoundary(ctx, decl);
        let crossed = false;
        let closure: ts.Node | undefined;  // the outermost function between the use and the declaration
        for (let n: ts.Node = node.parent; n && n !== declScope; n = n.parent) {
          if (isFunctionBoundary(ctx, n)) {
            crossed = true;
            closure = n;
          }
        }
        if (crossed) {
          captured.add(symbol);
          // A closure that refers to the variable it initialises (a recursive arrow function).
          if (ts.isVariableDeclaration(decl) && decl.initializer && node.pos >= decl.initializer.pos && node.end <= decl.initializer.end) selfReferencing.add(symbol);
          if (ts.isFunctionDeclaration(decl)) selfReferencing.add(symbol);
          // A closure created before the declaration runs (the temporal dead zone): the closure must share
          // the variable's storage, so the cell exists from the start of the block.
          // A nested function declaration is created at the top of its block (hoisted, as in JavaScript).
          const createdAt = closure && ts.isFunctionDeclaration(closure) ? closure.parent.getStart() : node.getStart();
          if (ts.isVariableDeclaration(decl) && createdAt < decl.getStart()) {
            selfReferencing.add(symbol);
            ctx.hoistedCells.add(symbol);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  for (const s of captured) if (assigned.has(s) || selfReferencing.has(s)) ctx.celled.add(s);
}

function enclosingBoundary(ctx: LowerContext, decl: ts.Node): ts.Node {
  let n: ts.Node = decl.parent;
  if (ts.isParameter(decl)) return decl.parent;
  if (ts.isFunctionDeclaration(decl)) n = decl.parent;
  while (n && !isFunctionBoundary(ctx, n) && !ts.isSourceFile(n)) n = n.parent;
  return n;
}

export function isModuleLevel(decl: ts.Node): boolean {
  if (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl)) return ts.isSourceFile(decl.parent);
  if (ts.isVariableDeclaration(decl)) return ts.isVariableDeclarationList(decl.parent) && ts.isVariableStatement(decl.parent.parent) && ts.isSourceFile(decl.parent.parent.parent);
  return false;
}

interface ParamInfo {
  /** The parameters of the C++ signature (type, name, default argument). */
  params: Param[];
  /** Their text in the signature. */
  signature: string;
  /** Statements at the start of the body that apply defaults and move captured parameters into cells. */
  prologue: Stmt[];
}

export function lowerParams(ctx: LowerContext, params: readonly ts.ParameterDeclaration[], withDefaults: boolean): ParamInfo {
  const sig: Param[] = [];
  const undefinedArg = withDefaults ? lit("ts::undefined") : undefined;
  const prologue: Stmt[] = [];
  for (const p of params) {
    if (!ts.isIdentifier(p.name) && !p.dotDotDotToken) {
      // A pattern (`{ x, y }: Point`): the argument under a name of its own, destructured first thing (destructuring.ts).
      const arg = `_arg${params.indexOf(p)}`;  // the same in the prototype and the definition
      const declared = patternParameterCpp(ctx, p);
      if (p.initializer) {
        sig.push({ type: optional(typeFromSpelling(declared)), name: `${arg}_arg`, default: undefinedArg });
        prologue.push(...defaultParameter(ctx, p.initializer, arg, `${arg}_arg`, declared, false));
      } else sig.push({ type: typeFromSpelling(declared), name: arg });
      prologue.push(...destructuringParameter(ctx, p, arg).map((l) => line(l)));
      continue;
    }
    if (!ts.isIdentifier(p.name)) {
      ctx.report(p, "noDestructuringParameters");
      continue;
    }
    // A rest parameter (`...values: T[]`) is the array its callers pack the arguments into (calls.ts).
    if (p.dotDotDotToken && (p.initializer || !ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(p)))) {
      ctx.report(p, "noRestParameterDeclared");
      continue;
    }
    const symbol = ctx.checker.getSymbolAtLocation(p.name)!;
    const name = cppIdentifier(p.name.text);
    const declared = symbolCpp(ctx, symbol, p);
    const celled = ctx.celled.has(symbol);
    if (p.initializer) {
      const raw = `${name}_arg`;
      sig.push({ type: optional(typeFromSpelling(declared)), name: raw, default: undefinedArg });
      prologue.push(...defaultParameter(ctx, p.initializer, name, raw, declared, celled));
    } else if (celled) {
      sig.push({ type: typeFromSpelling(declared), name: `${name}_arg`, default: p.questionToken ? undefinedArg : undefined });
      prologue.push(cellDecl(name, declared, nameExpr(`${name}_arg`)));
    } else {
      const borrowed = borrowedParamCpp(ctx, p, declared);  // borrowed-params.ts
      sig.push({ type: borrowed ? named(borrowed) : typeFromSpelling(declared), name, default: p.questionToken ? undefinedArg : undefined });
    }
  }
  return { params: sig, signature: printParams(sig), prologue };
}

/**
 * A parameter with a default value: the argument, or where it is undefined the default (`T x = x_arg;` or
 * the default's own statements and value in an if-statement when it needs temporaries).
 */
function defaultParameter(ctx: LowerContext, initializer: ts.Expression, name: string, arg: string, declared: string, celled: boolean): Stmt[] {
  const { value: init, lines } = ctx.hoisting(initializer, () => exprAsNode(ctx, initializer, declared));
  const given = declared.startsWith("ts::") ? nameExpr(arg) : call(member(nameExpr(arg), ".", "value"), []);
  const target = celled ? `${name}->value` : name;
  const isUndefined = call("ts::isUndefined", [nameExpr(arg)]);
  if (lines.length) {
    const start = celled ? cellDecl(name, declared, defaultNode(declared)) : decl(typeFromSpelling(declared), name, defaultNode(declared));
    return [start, ifStmt(isUndefined, [...lines, assign(target, init)], [assign(target, given)])];
  }
  const value = cond(isUndefined, construct(declared, [init]), given);
  return [celled ? cellDecl(name, declared, value) : decl(typeFromSpelling(declared), name, value)];
}

export function returnCppOf(ctx: LowerContext, fn: ts.SignatureDeclaration): string {
  const annotated = annotatedCpp(ctx, fn.type);
  if (annotated) return annotated;
  if (ctx.numReturns.has(fn)) return NUM;
  const sig = ctx.checker.getSignatureFromDeclaration(fn);
  if (!sig) return "void";
  return cppType(ctx, sig.getReturnType(), fn.type ?? fn);
}

/** A closure value: `ts::Fn<R(A...)>([=](A a) -> R { ... })`. */
export function lowerFunctionExpression(ctx: LowerContext, node: ts.ArrowFunction | ts.FunctionExpression, targetCpp: string): string {
  return printExpr(lowerFunctionExpressionNode(ctx, node, targetCpp));
}

export function lowerFunctionExpressionNode(ctx: LowerContext, node: ts.ArrowFunction | ts.FunctionExpression, targetCpp: string): Expr {
  if (isInlineCallback(ctx, node)) return inlineCallbackNode(ctx, node, [], "auto");
  const fnCppText = kindOf(targetCpp) === "fn" ? targetCpp : cppOf(ctx, node);
  const fnType = typeFromSpelling(fnCppText);
  const returnCpp = fnType.kind === "fn" ? printType(fnType.ret) : returnCppOf(ctx, node);
  const targetParams = fnType.kind === "fn" ? fnType.params.map(printType) : [];
  const fn = lambda(ctx, node, targetParams, returnCpp, "=");
  return construct(fnType, isTracedClosure(ctx, node) ? [lit("ts::traced"), fn] : [fn]);
}

/** A C++ lambda for a function expression; `paramCpps` pads/overrides parameter types (callers pass extra args). */
function lambda(ctx: LowerContext, node: ts.ArrowFunction | ts.FunctionExpression, paramCpps: string[], returnCpp: string, capture: "=" | "&"): Expr {
  const params = node.parameters;
  const count = Math.max(params.length, paramCpps.length);
  const sig: LambdaParam[] = [];
  const prologue: Stmt[] = [];
  for (let i = 0; i < count; i++) {
    const p = params[i];
    if (!p) {
      sig.push({ type: paramCpps[i] });
      continue;
    }
    if (!ts.isIdentifier(p.name) && !p.dotDotDotToken) {
      const arg = `_arg${i}`;
      const own = patternParameterCpp(ctx, p);
      const cpp = paramCpps[i] ?? own;
      if (p.initializer) {
        sig.push({ type: printType(optional(typeFromSpelling(cpp))), name: `${arg}_arg` });
        prologue.push(...defaultParameter(ctx, p.initializer, arg, `${arg}_arg`, own, false));
      } else if (cpp !== own) {
        sig.push({ type: cpp, name: `${arg}_in` });
        prologue.push(decl(typeFromSpelling(own), arg, nameExpr(`${arg}_in`)));
      } else sig.push({ type: cpp, name: arg });
      prologue.push(...destructuringParameter(ctx, p, arg).map((l) => line(l)));
      continue;
    }
    if (!ts.isIdentifier(p.name) || p.dotDotDotToken) {
      ctx.report(p, "noArrowRestOrDestructuring");
      continue;
    }
    const symbol = ctx.checker.getSymbolAtLocation(p.name)!;
    const own = symbolCpp(ctx, symbol, p);
    let cpp = paramCpps[i] ?? own;
    const name = cppIdentifier(p.name.text);
    if (p.initializer) {
      cpp = printType(optional(typeFromSpelling(cpp)));
      sig.push({ type: cpp, name: `${name}_arg` });
      prologue.push(...defaultParameter(ctx, p.initializer, name, `${name}_arg`, own, ctx.celled.has(symbol)));
    } else if (ctx.celled.has(symbol)) {
      sig.push({ type: cpp, name: `${name}_arg` });
      prologue.push(cellDecl(name, own, nameExpr(`${name}_arg`)));
    } else if (cpp !== own) {
      sig.push({ type: cpp, name: `${name}_arg` });
      prologue.push(decl(typeFromSpelling(own), name, nameExpr(`${name}_arg`)));
    } else sig.push({ type: cpp, name });
  }
  let captures: string = capture;
  let thisName = ctx.scope.thisName;
  if (capture === "=" && ctx.scope.thisName === "this" && usesThis(node)) {
    const cls = ts.findAncestor(node.parent, ts.isClassLike);
    const clsName = cls?.name ? qualifiedName(ctx, ctx.checker.getSymbolAtLocation(cls.name)!) + (cls.typeParameters?.length ? `<${cls.typeParameters.map((t) => t.name.text).join(", ")}>` : "") : "ts::Object";
    captures = `=, self = ts::Ref<${clsName}>(this)`;
    thisName = "self";
  }
  if (capture === "&" && ctx.scope.thisName === "this" && usesThis(node)) captures = "&, this";
  const effectiveReturn = returnCpp === "auto" ? returnCppOf(ctx, node) : returnCpp;
  const traced = capture === "=" ? capturesLine(ctx, node, effectiveReturn) : undefined;
  if (traced) prologue.unshift(line(traced));
  prologue.unshift(...detachedCallbackPrologue(ctx, node).map((l) => line(l)));  // a library calls it: errors are uncaught (errors.ts)
  prologue.unshift(...skippingCallbackPrologue(ctx, node, effectiveReturn).map((l) => line(l)));
  const body: Stmt[] = prologue;
  ctx.withScope({ ...ctx.scope, returnType: effectiveReturn, thisName, inLambda: true }, () => {
    if (ts.isBlock(node.body)) body.push(...bodyStmts(ctx, node.body));
    else {
      // An expression body is a return statement: its temporaries are statements before it.
      const e = node.body;
      if (ts.isArrowFunction(node)) body.push(...expressionBodyYields(ctx, node).map((l) => line(l)));  // a recursion's check (yields.ts)
      const { value, lines } = ctx.hoisting(e, () => exprAsNode(ctx, e, effectiveReturn === "void" ? cppOf(ctx, e) : effectiveReturn));
      const empty = (value.kind === "raw" || value.kind === "lit") && value.text === "";
      if (effectiveReturn === "void") body.push(seq([...lines, ...(empty ? [] : [exprStmt(value)])]));
      else body.push(seq([...lines, returnStmt(value)]));
    }
  });
  return { kind: "lambda", captures, params: sig, ret: effectiveReturn, body };
}

/** The function body reads `this` or `super` of its enclosing class (not of a nested function or class). */
export function usesThis(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword) found = true;
    else if (ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n) || ts.isClassLike(n)) return;
    else ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** The callback of a synchronous built-in method as a by-reference C++ lambda with the given parameter types. */
export function inlineCallback(ctx: LowerContext, node: ts.Expression, paramCpps: string[], returnCpp: string): string {
  return printExpr(inlineCallbackNode(ctx, node, paramCpps, returnCpp));
}

export function inlineCallbackNode(ctx: LowerContext, node: ts.Expression, paramCpps: string[], returnCpp: string): Expr {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const params = paramCpps.length ? paramCpps : node.parameters.map((p) => cppType(ctx, ctx.checker.getTypeAtLocation(p), p));
    let ret = returnCpp;
    if (ret === "bool") {
      const own = returnCppOf(ctx, node);
      ret = own === "bool" ? "bool" : own;
    }
    return lambda(ctx, node, params, ret, "&");
  }
  const names0 = paramCpps.map((_, i) => `_p${i}`);
  const builtin = paramCpps.length ? builtinValueCall(ctx, node, paramCpps[0], nameExpr(names0[0])) : undefined;
  if (builtin) {
    const ret = returnCpp === "auto" || returnCpp === "bool" ? printType(builtin.type!) : returnCpp;
    return { kind: "lambda", captures: "&", params: paramCpps.map((c, i) => ({ type: c, name: names0[i] })), ret, body: [returnStmt(builtin)] };
  }
  // A named function or a closure value: call it with as many arguments as it declares.
  const fnType = ctx.checker.getTypeAtLocation(node);
  const arity = fnType.getCallSignatures()[0]?.getParameters().length ?? 1;
  const names = paramCpps.map((_, i) => `_p${i}`);
  const fn = exprAsNode(ctx, node, cppOf(ctx, node));
  const ret = returnCpp === "auto" || returnCpp === "bool" ? cppType(ctx, fnType.getCallSignatures()[0].getReturnType(), node) : returnCpp;
  const invoke = call(fn, names.slice(0, arity).map((n) => nameExpr(n)));
  const skip = skippingCallbackPrologue(ctx, node, ret).map((l) => line(l));
  // `ts::Fn<void(T)>(&visit)(_p0);` alone would be read as a declaration of a reference named visit.
  const statement = fn.kind === "construct" ? exprStmt(paren(invoke)) : exprStmt(invoke);
  return { kind: "lambda", captures: "&", params: paramCpps.map((c, i) => ({ type: c, name: names[i] })), ret, body: [...skip, ret === "void" ? statement : returnStmt(invoke)] };
}
