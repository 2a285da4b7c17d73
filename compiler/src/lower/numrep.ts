// The representation of `number` values (issue 12): which variables, parameters, class fields and function
// returns are stored as ts::Num (runtime/core/ts_num.h: an int32 while the value is one, else a double, every
// operation exact JavaScript) instead of a plain double. A Num holds every number exactly, so this choice is
// about speed only, never about results: a symbol is chosen when every value it receives looks integral
// (integer literals, other Num values, counters, + - * % ++ --, Math.floor...), and only where its C++ type
// can change without changing a signature something else relies on (closures, overrides, defaults...).
// Expressions built from Num values are Num themselves (numExprCpp), so whole computations stay integral.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { annotatedCpp } from "./types.js";
import { numberLiteral } from "./literals.js";

export const NUM = "ts::Num";
const INT32_MAX = 2 ** 31 - 1;

type Owner = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ConstructorDeclaration;

export function analyseNumbers(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const userFiles = files.filter((f) => !ctx.isRuntimeFile(f.fileName));
  const candidates = new Set<ts.Symbol>();
  const functions = new Set<Owner>();
  const sources = new Map<ts.Symbol | Owner, (ts.Expression | "unfriendly" | "friendly")[]>();
  const add = (key: ts.Symbol | Owner, e: ts.Expression | "unfriendly" | "friendly") => {
    let list = sources.get(key);
    if (!list) sources.set(key, (list = []));
    list.push(e);
  };
  const escaping = escapingOwners(ctx, userFiles);
  const sharedNames = sharedMemberNames(userFiles);

  const isPlainNumber = (t: ts.Type) => !t.isUnion() && !!(t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) && !(t.flags & ts.TypeFlags.EnumLike) && !t.aliasSymbol;
  const ownerOk = (fn: ts.Node): fn is Owner => {
    if (!(ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isConstructorDeclaration(fn))) return false;
    if (!fn.body || fn.typeParameters?.length || fn.asteriskToken || fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword || m.kind === ts.SyntaxKind.AbstractKeyword)) return false;
    if (escaping.has(fn)) return false;
    if (ts.isMethodDeclaration(fn)) {
      const cls = fn.parent;
      if (!ts.isClassDeclaration(cls) || cls.typeParameters?.length || !ts.isIdentifier(fn.name) || sharedNames.has(fn.name.text)) return false;
    }
    if (ts.isConstructorDeclaration(fn) && (!ts.isClassDeclaration(fn.parent) || fn.parent.typeParameters?.length)) return false;
    return true;
  };

  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && ts.isVariableDeclarationList(node.parent) && !isLoopOfIn(node.parent)) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (symbol && isPlainNumber(ctx.checker.getTypeOfSymbol(symbol)) && !annotatedCpp(ctx, node.type) && !ctx.inferredInt.has(symbol) && !ctx.celled.has(symbol)) {
        candidates.add(symbol);
        if (node.initializer) add(symbol, node.initializer);
      }
    } else if (ts.isParameter(node) && ts.isIdentifier(node.name) && ownerOk(node.parent)) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (symbol && !node.initializer && !node.questionToken && !node.dotDotDotToken && !node.modifiers?.length && isPlainNumber(ctx.checker.getTypeOfSymbol(symbol)) && !annotatedCpp(ctx, node.type) && !ctx.celled.has(symbol)) candidates.add(symbol);
    } else if (ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name) && ts.isClassDeclaration(node.parent) && isPlainClass(node.parent, userFiles)) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (symbol && !node.questionToken && !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword || m.kind === ts.SyntaxKind.AbstractKeyword) && isPlainNumber(ctx.checker.getTypeOfSymbol(symbol)) && !annotatedCpp(ctx, node.type)) {
        candidates.add(symbol);
        if (node.initializer) add(symbol, node.initializer);
      }
    } else if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && ownerOk(node) && !annotatedCpp(ctx, node.type)) {
      const sig = ctx.checker.getSignatureFromDeclaration(node);
      if (sig && isPlainNumber(sig.getReturnType())) functions.add(node);
    }
    ts.forEachChild(node, collect);
  };
  for (const f of userFiles) collect(f);

  // What each candidate receives: assignments, compound assignments, call arguments, returned values.
  const visit = (node: ts.Node, owner: Owner | undefined): void => {
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) {
        const target = targetSymbol(ctx, node.left);
        if (target && candidates.has(target)) {
          if (op === ts.SyntaxKind.EqualsToken) add(target, node.right);
          else if (FRIENDLY_COMPOUND.has(op)) add(target, node.right);
          else add(target, "unfriendly");
        }
      }
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const decl = ctx.checker.getResolvedSignature(node)?.getDeclaration();
      if (decl && (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl) || ts.isConstructorDeclaration(decl))) {
        decl.parameters.forEach((p, i) => {
          const symbol = ts.isIdentifier(p.name) ? ctx.checker.getSymbolAtLocation(p.name) : undefined;
          if (!symbol || !candidates.has(symbol)) return;
          const arg = node.arguments?.[i];
          add(symbol, arg && !ts.isSpreadElement(arg) ? arg : "unfriendly");
        });
        if (node.arguments?.some(ts.isSpreadElement)) for (const p of decl.parameters) { const s = ts.isIdentifier(p.name) ? ctx.checker.getSymbolAtLocation(p.name) : undefined; if (s) add(s, "unfriendly"); }
      }
    }
    if (ts.isReturnStatement(node) && owner && functions.has(owner)) add(owner, node.expression ?? "unfriendly");
    const inner = ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) ? node : ts.isFunctionLike(node) ? undefined : owner;
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  for (const f of userFiles) visit(f, undefined);

  // Optimistic fixed point: everything is Num until it receives something that is not integral-looking.
  const num = new Set<ts.Symbol>(candidates);
  const returns = new Set<ts.Node>(functions);
  const friendly = (e: ts.Expression): boolean => isFriendly(ctx, e, num, returns);
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of [...num]) {
      if ((sources.get(s) ?? []).some((e) => e === "unfriendly" || (e !== "friendly" && !friendly(e)))) {
        num.delete(s);
        changed = true;
      }
    }
    for (const f of [...returns]) {
      if ((sources.get(f as Owner) ?? []).some((e) => e === "unfriendly" || (e !== "friendly" && !friendly(e)))) {
        returns.delete(f);
        changed = true;
      }
    }
  }
  for (const s of num) ctx.numSymbols.add(s);
  for (const f of returns) ctx.numReturns.add(f);
}

const FRIENDLY_COMPOUND = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken, ts.SyntaxKind.PercentEqualsToken,
]);

function isLoopOfIn(list: ts.VariableDeclarationList): boolean {
  return ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent);
}

/** The variable or field an assignment writes (`x = ...`, `this.x = ...`, `p.x += ...`). */
function targetSymbol(ctx: LowerContext, node: ts.Expression): ts.Symbol | undefined {
  if (ts.isParenthesizedExpression(node)) return targetSymbol(ctx, node.expression);
  if (ts.isIdentifier(node)) return ctx.symbolOf(node);
  if (ts.isPropertyAccessExpression(node)) return ctx.symbolOf(node.name);
  return undefined;
}

/** Functions and methods used other than by a direct call (passed as values, bound): their signature stays. */
function escapingOwners(ctx: LowerContext, files: readonly ts.SourceFile[]): Set<ts.Node> {
  const out = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      const parent = node.parent;
      const called = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node;
      const named = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isDeclName = parent && (ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node;
      if (!called && !isDeclName && !(named && ts.isCallExpression(parent.parent) && parent.parent.expression === parent)) {
        const symbol = ctx.symbolOf(ts.isPropertyAccessExpression(node) ? node.name : node);
        for (const d of symbol?.declarations ?? []) if (ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)) out.add(d);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  return out;
}

/** Method names declared by more than one class or interface (overrides, implementations): their signatures stay. */
function sharedMemberNames(files: readonly ts.SourceFile[]): Set<string> {
  const count = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node) || ts.isClassExpression(node)) {
      for (const m of node.members as ts.NodeArray<ts.ClassElement | ts.TypeElement>) {
        if (m.name && ts.isIdentifier(m.name)) count.set(m.name.text, (count.get(m.name.text) ?? 0) + 1);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  return new Set([...count].filter(([, n]) => n > 1).map(([k]) => k));
}

/** A class without heritage, type parameters or subclasses: its fields are plain C++ members. */
function isPlainClass(cls: ts.ClassDeclaration, files: readonly ts.SourceFile[]): boolean {
  if (cls.heritageClauses?.length || cls.typeParameters?.length || !cls.name) return false;
  return !extendedNames(files).has(cls.name.text);
}

/** The names in every heritage clause of the files, found once per files list (a walk per field of every
 * class was a third of the compile time of a 100-program generator batch). */
const extendedCache = new WeakMap<readonly ts.SourceFile[], Set<string>>();
function extendedNames(files: readonly ts.SourceFile[]): Set<string> {
  let names = extendedCache.get(files);
  if (names) return names;
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isHeritageClause(node)) for (const t of node.types) if (ts.isIdentifier(t.expression)) found.add(t.expression.text);
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  extendedCache.set(files, found);
  names = found;
  return names;
}

const INTEGRAL_MATH = new Set(["floor", "ceil", "round", "trunc", "abs", "sign", "max", "min"]);
const INTEGRAL_MEMBERS = new Set(["length", "charCodeAt", "indexOf", "lastIndexOf", "codePointAt", "push", "findIndex", "getTime"]);

/** Whether a value looks integral (the reason to store it as Num). */
function isFriendly(ctx: LowerContext, e: ts.Expression, num: Set<ts.Symbol>, returns: Set<ts.Node>): boolean {
  const f = (x: ts.Expression) => isFriendly(ctx, x, num, returns);
  if (ts.isParenthesizedExpression(e)) return f(e.expression);
  if (ts.isNumericLiteral(e)) {
    const v = Number(e.text);
    return Number.isInteger(v) && Math.abs(v) <= INT32_MAX;
  }
  if (ts.isPrefixUnaryExpression(e)) {
    if (e.operator === ts.SyntaxKind.ExclamationToken) return false;
    return e.operator === ts.SyntaxKind.TildeToken || f(e.operand);
  }
  if (ts.isPostfixUnaryExpression(e)) return true;
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
    const symbol = ctx.symbolOf(ts.isPropertyAccessExpression(e) ? e.name : e);
    if (!symbol) return false;
    if (num.has(symbol) || ctx.inferredInt.has(symbol)) return true;
    if (ts.isPropertyAccessExpression(e) && e.name.text === "length") return true;
    const decl = symbol.valueDeclaration;
    if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isPropertyDeclaration(decl))) {
      const cpp = annotatedCpp(ctx, decl.type);
      return !!cpp && cpp !== "double" && cpp !== "float" && cpp !== "bool";
    }
    return false;
  }
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.MinusToken || op === ts.SyntaxKind.AsteriskToken || op === ts.SyntaxKind.PercentToken) {
      return !(ctx.checker.getTypeAtLocation(e).flags & ts.TypeFlags.StringLike) && f(e.left) && f(e.right);
    }
    if (BITWISE_OPS.has(op)) return true;
    if (op === ts.SyntaxKind.EqualsToken) return f(e.right);
    if (op === ts.SyntaxKind.CommaToken) return f(e.right);
    return false;
  }
  if (ts.isConditionalExpression(e)) return f(e.whenTrue) && f(e.whenFalse);
  // An element of a number[] or Uint8Array (often integral; a Num stores any number exactly).
  if (ts.isElementAccessExpression(e)) return !!(ctx.checker.getTypeAtLocation(e).flags & ts.TypeFlags.NumberLike);
  if (ts.isCallExpression(e)) {
    const decl = ctx.checker.getResolvedSignature(e)?.getDeclaration();
    if (decl && returns.has(decl)) return true;
    if (ts.isPropertyAccessExpression(e.expression)) {
      const name = e.expression.name.text;
      const target = e.expression.expression;
      if (ts.isIdentifier(target) && target.text === "Math") return INTEGRAL_MATH.has(name);
      return INTEGRAL_MEMBERS.has(name);
    }
    return false;
  }
  return false;
}

const BITWISE_OPS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken, ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
]);

/**
 * Whether an expression's C++ value is a ts::Num: a Num variable, field or call, or arithmetic (+ - * / %, unary
 * minus) with a Num or an int32 counter among its operands, or a conditional whose branches both are.
 */
export function isNumExpr(ctx: LowerContext, node: ts.Node, intCpp: (n: ts.Expression) => boolean): boolean {
  if (!ctx.numSymbols.size && !ctx.numReturns.size && !ctx.inferredInt.size && !ctx.numArraySymbols.size) return false;
  const rec = (n: ts.Node): boolean => isNumExpr(ctx, n, intCpp);
  switch (node.kind) {
    case ts.SyntaxKind.ParenthesizedExpression:
      return rec((node as ts.ParenthesizedExpression).expression);
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.PropertyAccessExpression: {
      const symbol = ctx.symbolOf(ts.isPropertyAccessExpression(node) ? node.name : node);
      // (An int32_t of proven range, int-ranges.ts, is stored as int32_t — fixedCpp answers first — but its
      // arithmetic is Num arithmetic, as it was while it was a Num.)
      return !!symbol && (ctx.numSymbols.has(symbol) || ctx.rangeInt.has(symbol));
    }
    case ts.SyntaxKind.CallExpression: {
      const decl = ctx.checker.getResolvedSignature(node as ts.CallExpression)?.getDeclaration();
      return !!decl && ctx.numReturns.has(decl);
    }
    case ts.SyntaxKind.ElementAccessExpression: {
      // An element of a ts::Array<ts::Num> (num-arrays.ts).
      const object = (node as ts.ElementAccessExpression).expression;
      const symbol = ts.isIdentifier(object) ? ctx.symbolOf(object) : undefined;
      return !!symbol && ctx.numArraySymbols.has(symbol);
    }
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression: {
      const u = node as ts.PrefixUnaryExpression;
      if (u.operator === ts.SyntaxKind.MinusToken || u.operator === ts.SyntaxKind.PlusToken || u.operator === ts.SyntaxKind.PlusPlusToken || u.operator === ts.SyntaxKind.MinusMinusToken) return rec(u.operand);
      return false;
    }
    case ts.SyntaxKind.BinaryExpression: {
      const b = node as ts.BinaryExpression;
      const op = b.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsToken || FRIENDLY_COMPOUND.has(op) || op === ts.SyntaxKind.SlashEqualsToken) return rec(b.left);
      // A bitwise result (an int32) of a Num operand stays a Num, not a double (an index, a hash).
      if (BITWISE_OPS.has(op)) return rec(b.left) || rec(b.right);
      if (!NUM_OPS.has(op)) return false;
      if (ctx.checker.getTypeAtLocation(b).flags & ts.TypeFlags.StringLike) return false;
      if (!(ctx.checker.getTypeAtLocation(b).flags & ts.TypeFlags.NumberLike)) return false;
      // A Num operand makes the C++ operator a Num one; two int32 counters (or one and an integer literal) are
      // widened to Num explicitly (numOperand), as int32 arithmetic could overflow.
      if (rec(b.left) || rec(b.right)) return true;
      return (intCpp(b.left) && (intCpp(b.right) || isIntLiteral(b.right))) || (intCpp(b.right) && isIntLiteral(b.left));
    }
    case ts.SyntaxKind.ConditionalExpression: {
      const c = node as ts.ConditionalExpression;
      const side = (x: ts.Expression) => rec(x) || isIntLiteral(x);
      return (rec(c.whenTrue) || rec(c.whenFalse)) && side(c.whenTrue) && side(c.whenFalse);
    }
  }
  return false;
}

const NUM_OPS = new Set<ts.SyntaxKind>([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken]);

function isIntLiteral(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isIntLiteral(node.expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return isIntLiteral(node.operand) && Number((node.operand as ts.NumericLiteral).text) !== 0;
  if (!ts.isNumericLiteral(node)) return false;
  const v = Number(node.text);
  return Number.isInteger(v) && Math.abs(v) <= INT32_MAX;
}

/** A number literal as a ts::Num (an int32 one without a conversion at run time). */
export function numLiteral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) <= INT32_MAX && !Object.is(value, -0)) return `ts::Num(${value})`;
  return `ts::Num(${numberLiteral(value, false)})`;
}

/** A conversion to or from ts::Num between scalar C++ types (undefined when neither side is a Num). */
export function numConversion(text: string, from: string, to: string): string | undefined {
  if (from === NUM) {
    if (to === "bool") return `ts::truthy(${text})`;
    if (to === "double" || to === "float") return `static_cast<${to}>(${text})`;
    if (to === "int32_t") return `ts::int32_from(${text})`;  // ts_num_convert.h: no double on the int32 path
    return `ts::${to.replace("_t", "")}_from(static_cast<double>(${text}))`;
  }
  if (to === NUM) return from === "bool" ? `ts::Num(static_cast<double>(${text}))` : `ts::Num(${text})`;
  return undefined;
}

/** An operand of Num arithmetic: a Num as it is, anything else (an int32 counter, a double) made one. */
export function numOperand(node: ts.Expression, cpp: string, lower: () => string): string {
  if (ts.isNumericLiteral(node)) return numLiteral(Number(node.text));
  const text = lower();
  if (cpp === NUM) return /^[\w:.>-]+$/.test(text) && !text.startsWith("-") ? text : `(${text})`;
  return `ts::Num(${text})`;
}
