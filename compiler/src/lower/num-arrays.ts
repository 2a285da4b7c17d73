// `number[]` variables and parameters whose elements are stored as ts::Num (issue 12): ts::Array<ts::Num>
// instead of ts::Array<double>. A Num holds every number exactly (int32 while the value is one, any double
// otherwise, -0, NaN and the undefined read past the end bit for bit), so the choice is about speed only: an
// integral element is read, compared and stored in a few integer instructions where a double element costs a
// conversion to and from the software double on every access.
//
// The runtime's Array<Num> behaves as Array<double> (undefined past the end, holes, length growth), but the
// rest of the runtime (printing, JSON, sort, join, indexOf...) knows number[] as Array<double>: an array is
// chosen only when every use of it is one the Num representation is proven for (element reads that flow into
// arithmetic, comparisons and number variables, element stores, push of one value, length), and when every
// variable and parameter it flows into (assignments, arguments of plain function declarations) is chosen as
// well (one group, one representation). Anything else — printing it, a method other than push, returning it,
// a closure using it, an element compared with undefined — keeps the whole group Array<double>.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { annotatedCpp } from "./types.js";

export const NUM_ARRAY = "ts::Array<ts::Num>";

/** Whether a node names a chosen array (its C++ type is NUM_ARRAY whatever TypeScript narrowed it to). */
export function isNumArrayName(ctx: LowerContext, node: ts.Node): boolean {
  if (!ctx.numArraySymbols.size || !ts.isIdentifier(node)) return false;
  const symbol = ctx.symbolOf(node);
  return !!symbol && ctx.numArraySymbols.has(symbol);
}

export function analyseNumArrays(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const userFiles = files.filter((f) => !ctx.isRuntimeFile(f.fileName));
  const candidates = new Set<ts.Symbol>();
  const parent = new Map<ts.Symbol, ts.Symbol>();
  const excluded = new Set<ts.Symbol>();
  const find = (s: ts.Symbol): ts.Symbol => {
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const join = (a: ts.Symbol, b: ts.Symbol) => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };

  const isNumberArrayType = (t: ts.Type): boolean => {
    if (!ctx.checker.isArrayType(t) || t.isUnion()) return false;
    const element = ctx.checker.getTypeArguments(t as ts.TypeReference)[0];
    return !!element && !element.isUnion() && !!(element.flags & ts.TypeFlags.Number) && !(element.flags & ts.TypeFlags.EnumLike) && !element.aliasSymbol;
  };
  const escaping = escapingFunctions(ctx, userFiles);

  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && ts.isVariableDeclarationList(node.parent) && !ts.isForOfStatement(node.parent.parent) && !ts.isForInStatement(node.parent.parent)) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (symbol && !ctx.celled.has(symbol) && isNumberArrayType(ctx.checker.getTypeOfSymbol(symbol)) && !annotatedCpp(ctx, node.type)) candidates.add(symbol);
    } else if (ts.isParameter(node) && ts.isIdentifier(node.name) && ts.isFunctionDeclaration(node.parent) && node.parent.body && !node.parent.typeParameters?.length && !escaping.has(node.parent) && !isOverloaded(ctx, node.parent)) {
      const symbol = ctx.checker.getSymbolAtLocation(node.name);
      if (symbol && !node.initializer && !node.questionToken && !node.dotDotDotToken && !ctx.celled.has(symbol) && isNumberArrayType(ctx.checker.getTypeOfSymbol(symbol)) && !annotatedCpp(ctx, node.type)) candidates.add(symbol);
    }
    ts.forEachChild(node, collect);
  };
  for (const f of userFiles) collect(f);
  for (const s of candidates) parent.set(s, s);
  if (!candidates.size) return;

  const candidateOf = (e: ts.Expression): ts.Symbol | undefined => {
    const inner = skipParens(e);
    if (!ts.isIdentifier(inner)) return undefined;
    const s = ctx.symbolOf(inner);
    return s && candidates.has(s) ? s : undefined;
  };
  // A value a chosen array may receive: another chosen array (joined), or an empty array literal.
  const receives = (target: ts.Symbol, value: ts.Expression): void => {
    const v = skipParens(value);
    const other = candidateOf(v);
    if (other) join(target, other);
    else if (!(ts.isArrayLiteralExpression(v) && !v.elements.some(ts.isSpreadElement))) excluded.add(target);
  };

  for (const s of candidates) {
    const decl = s.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) receives(s, decl.initializer);
  }

  const visit = (node: ts.Node): void => {
    // What a chosen parameter receives at each call: a chosen array (its use, below) or an array literal.
    if (ts.isCallExpression(node)) {
      const decl = ctx.checker.getResolvedSignature(node)?.getDeclaration();
      if (decl && ts.isFunctionDeclaration(decl)) {
        decl.parameters.forEach((param, i) => {
          const ps = ts.isIdentifier(param.name) ? ctx.checker.getSymbolAtLocation(param.name) : undefined;
          if (!ps || !candidates.has(ps)) return;
          const arg = node.arguments[i];
          if (!arg || node.arguments.some(ts.isSpreadElement)) excluded.add(ps);
          else if (!candidateOf(arg)) receives(ps, arg);
        });
      }
    }
    if (ts.isIdentifier(node)) {
      const s = ctx.symbolOf(node);
      if (s && candidates.has(s) && !isDeclarationName(node)) {
        if (!useIsSupported(ctx, node, s, candidateOf, join, receives) || closureBetween(node, s)) excluded.add(s);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const f of userFiles) visit(f);

  const badRoots = new Set([...excluded].map(find));
  for (const s of candidates) if (!badRoots.has(find(s))) ctx.numArraySymbols.add(s);
}

/** A function with overload signatures: calls resolve to a signature, not to the implementation's parameters. */
function isOverloaded(ctx: LowerContext, fn: ts.FunctionDeclaration): boolean {
  const symbol = fn.name ? ctx.checker.getSymbolAtLocation(fn.name) : undefined;
  return !symbol || (symbol.declarations?.length ?? 0) !== 1;
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function isDeclarationName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (ts.isVariableDeclaration(p) || ts.isParameter(p)) && p.name === id;
}

/** Whether a use of the array is inside a function other than the one declaring it (a closure, or a nested
 *  function: the capture's C++ type and its cell are left as they are). Globals used by top-level function
 *  declarations are not captures. */
function closureBetween(use: ts.Node, s: ts.Symbol): boolean {
  const decl = s.valueDeclaration;
  if (!decl) return true;
  const owner = (n: ts.Node): ts.Node | undefined => {
    for (let p: ts.Node | undefined = n.parent; p; p = p.parent) if (ts.isFunctionLike(p)) return p;
    return undefined;
  };
  const declOwner = ts.isParameter(decl) ? decl.parent : owner(decl);
  for (let p: ts.Node | undefined = use.parent; p && p !== declOwner; p = p.parent) {
    if (ts.isFunctionLike(p)) {
      // A top-level function declaration using a global: not a capture.
      if (!declOwner && ts.isFunctionDeclaration(p) && !owner(p) && ts.isSourceFile(p.parent)) continue;
      return true;
    }
  }
  return false;
}

const READ_OPERATORS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken, ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
]);

const COMPARISONS = new Set<ts.SyntaxKind>([ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken]);

function useIsSupported(
  ctx: LowerContext,
  id: ts.Identifier,
  s: ts.Symbol,
  candidateOf: (e: ts.Expression) => ts.Symbol | undefined,
  join: (a: ts.Symbol, b: ts.Symbol) => void,
  receives: (target: ts.Symbol, value: ts.Expression) => void,
): boolean {
  let use: ts.Expression = id;
  while (ts.isParenthesizedExpression(use.parent)) use = use.parent;
  const p = use.parent;
  // a[i]: its value must go where a number goes (never compared with undefined, printed or made a string).
  if (ts.isElementAccessExpression(p) && p.expression === use && !p.questionDotToken) {
    return elementUseIsSupported(ctx, p);
  }
  if (ts.isPropertyAccessExpression(p) && p.expression === use && !p.questionDotToken) {
    const name = p.name.text;
    if (name === "length") return !isWritten(p);
    if (name === "push") {
      const c = p.parent;
      return ts.isCallExpression(c) && c.expression === p && c.arguments.length === 1 && !ts.isSpreadElement(c.arguments[0]) && ts.isExpressionStatement(c.parent);
    }
    return false;
  }
  // f(a) with f a plain function declaration: the parameter is in the same group.
  if (ts.isCallExpression(p) && p.arguments.includes(use)) {
    const decl = ctx.checker.getResolvedSignature(p)?.getDeclaration();
    if (!decl || !ts.isFunctionDeclaration(decl)) return false;
    const param = decl.parameters[p.arguments.indexOf(use)];
    const ps = param && ts.isIdentifier(param.name) ? ctx.checker.getSymbolAtLocation(param.name) : undefined;
    const other = ps ? candidateOf(param.name as ts.Identifier) : undefined;
    if (!other) return false;
    join(s, other);
    return true;
  }
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    if (p.left === use) {
      receives(s, p.right);
      return ts.isExpressionStatement(p.parent);
    }
    const other = candidateOf(p.left);
    if (!other) return false;
    join(s, other);
    return ts.isExpressionStatement(p.parent);
  }
  if (ts.isVariableDeclaration(p) && p.initializer === use) return !!candidateOf(p.name as ts.Identifier);
  return false;
}

function isWritten(e: ts.Expression): boolean {
  const p = e.parent;
  if (ts.isBinaryExpression(p) && p.left === e && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  return (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken);
}

function elementUseIsSupported(ctx: LowerContext, access: ts.ElementAccessExpression): boolean {
  const indexType = ctx.checker.getTypeAtLocation(access.argumentExpression);
  if (!(indexType.flags & ts.TypeFlags.NumberLike)) return false;
  let e: ts.Expression = access;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    if (p.left === e && op === ts.SyntaxKind.EqualsToken) return ts.isExpressionStatement(p.parent);
    if (p.right === e && op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) return isNumberTyped(ctx, p.left);
    if (READ_OPERATORS.has(op)) {
      const other = p.left === e ? p.right : p.left;
      return isNumberTyped(ctx, other) && (COMPARISONS.has(op) || isNumberTyped(ctx, p));
    }
    return false;
  }
  if (ts.isVariableDeclaration(p) && p.initializer === e) return isNumberTyped(ctx, p.name as ts.Expression);
  if (ts.isPrefixUnaryExpression(p)) return p.operator === ts.SyntaxKind.MinusToken || p.operator === ts.SyntaxKind.PlusToken || p.operator === ts.SyntaxKind.TildeToken;
  return false;
}

function isNumberTyped(ctx: LowerContext, e: ts.Node): boolean {
  const t = ctx.checker.getTypeAtLocation(e);
  return !t.isUnion() && !!(t.flags & ts.TypeFlags.NumberLike) && !(t.flags & ts.TypeFlags.EnumLike);
}

/** Function declarations used other than by a direct call (their signature is a closure type elsewhere). */
function escapingFunctions(ctx: LowerContext, files: readonly ts.SourceFile[]): Set<ts.Node> {
  const out = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const called = ts.isCallExpression(parent) && parent.expression === node;
      const isDeclName = ts.isFunctionDeclaration(parent) && parent.name === node;
      if (!called && !isDeclName) {
        for (const d of ctx.symbolOf(node)?.declarations ?? []) if (ts.isFunctionDeclaration(d)) out.add(d);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  return out;
}
