// String variables that only ever hold ASCII text (issue 12: flash of bench/lx106 strings). A string's UTF-16
// code units are its bytes when it is ASCII; the runtime checks that at run time (a flag computed by a scan)
// and keeps a UTF-8 decoding path for the rest (~1.2 KB on the lx106: the code-unit index, the length in
// units, the append that pairs surrogates across the seam). Where every value a variable is given is ASCII
// text, the compiler uses the ASCII members (s.asciiCodeUnitAt(i), s.asciiUnitCount(),
// ts::appendProvenAsciiString) and the decoding path is not linked.
// A variable qualifies when it is declared with an initializer (no destructuring, not a for-of/for-in
// variable) and every write to it anywhere in the program is `=` or `+=` of an ASCII expression: an ASCII
// string literal or template, a number or boolean (their text is ASCII), null or undefined, a `+` of such, a
// ?: of two such, another such variable, `x.toString()` of a number or boolean.
import ts from "typescript";
import type { LowerContext } from "./context.js";

interface Writes {
  values: ts.Expression[];
  bad: boolean;
}

const writesByProgram = new WeakMap<ts.Program, Map<ts.Symbol, Writes>>();
const asciiByProgram = new WeakMap<ts.Program, Map<ts.Symbol, boolean>>();

function unparen(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

const isAsciiText = (text: string) => /^[\x00-\x7f]*$/.test(text);

/** Whether `node` sits in a destructuring pattern written to (`[s] = …`, `({ s } = …)`, `for ([s] of …)`). */
function inAssignedPattern(node: ts.Node): boolean {
  let n: ts.Node = node;
  while (n.parent && (ts.isArrayLiteralExpression(n.parent) || ts.isObjectLiteralExpression(n.parent) || ts.isShorthandPropertyAssignment(n.parent) ||
    ts.isPropertyAssignment(n.parent) || ts.isSpreadElement(n.parent) || ts.isSpreadAssignment(n.parent) || ts.isParenthesizedExpression(n.parent))) n = n.parent;
  if (n === node) return false;
  const p = n.parent;
  return !!p && ((ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) || ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n));
}

/** The writes to every variable of the program, collected in one walk. */
function programWrites(ctx: LowerContext): Map<ts.Symbol, Writes> {
  const known = writesByProgram.get(ctx.program);
  if (known) return known;
  const all = new Map<ts.Symbol, Writes>();
  const entry = (s: ts.Symbol): Writes => {
    let w = all.get(s);
    if (!w) all.set(s, (w = { values: [], bad: false }));
    return w;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      // `{ s }` in an object literal names the property; the variable is its value.
      const symbol = parent && ts.isShorthandPropertyAssignment(parent) && parent.name === node ? ctx.checker.getShorthandAssignmentValueSymbol(parent) : ctx.checker.getSymbolAtLocation(node);
      if (symbol && parent) {
        if (ts.isVariableDeclaration(parent) && parent.name === node) {
          const list = parent.parent;
          if (!parent.initializer || !ts.isVariableDeclarationList(list) || ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent)) entry(symbol).bad = true;
          else entry(symbol).values.push(parent.initializer);
        } else if (ts.isBinaryExpression(parent) && unparen(parent.left) === node && parent.left === node) {
          const op = parent.operatorToken.kind;
          if (op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.PlusEqualsToken) entry(symbol).values.push(parent.right);
          else if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) entry(symbol).bad = true;
        } else if (ts.isBindingElement(parent) || ((ts.isForOfStatement(parent) || ts.isForInStatement(parent)) && parent.initializer === node) ||
          ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)) ||
          inAssignedPattern(node) ||
          (ts.isParenthesizedExpression(parent) && ts.isBinaryExpression(parent.parent) && parent.parent.left === parent)) {
          entry(symbol).bad = true;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of ctx.program.getSourceFiles()) if (!file.isDeclarationFile && !ctx.isRuntimeFile(file.fileName)) visit(file);
  writesByProgram.set(ctx.program, all);
  return all;
}

/** Strings only (`"a" | "b"` too). */
function isStringTyped(t: ts.Type): boolean {
  return (t.isUnion() ? t.types : [t]).every((m) => !!(m.flags & ts.TypeFlags.StringLike));
}

/** Numbers and booleans (`boolean` is the union true | false). */
function isPrimitiveTextType(t: ts.Type): boolean {
  return (t.isUnion() ? t.types : [t]).every((m) => !!(m.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike)));
}

/** A value whose string conversion is ASCII text. */
function convertsToAscii(ctx: LowerContext, e: ts.Expression): boolean {
  e = unparen(e);
  if (e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined")) return true;
  if (isPrimitiveTextType(ctx.checker.getTypeAtLocation(e))) return true;
  return isAsciiExpression(ctx, e);
}

/** A string-typed expression whose value is ASCII text. */
function isAsciiExpression(ctx: LowerContext, e: ts.Expression): boolean {
  e = unparen(e);
  if (!isStringTyped(ctx.checker.getTypeAtLocation(e))) return false;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return isAsciiText(e.text);
  if (ts.isTemplateExpression(e)) return isAsciiText(e.head.text) && e.templateSpans.every((s) => isAsciiText(s.literal.text) && convertsToAscii(ctx, s.expression));
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return convertsToAscii(ctx, e.left) && convertsToAscii(ctx, e.right);
  if (ts.isConditionalExpression(e)) return isAsciiExpression(ctx, e.whenTrue) && isAsciiExpression(ctx, e.whenFalse);
  if (ts.isIdentifier(e)) return isAsciiStringVariable(ctx, e);
  if (ts.isCallExpression(e) && e.arguments.length <= 1 && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "toString" && !e.expression.questionDotToken) {
    const decl = ctx.checker.getSymbolAtLocation(e.expression.name)?.declarations?.[0];
    return !!decl && (decl.getSourceFile().isDeclarationFile || ctx.isRuntimeFile(decl.getSourceFile().fileName)) && isPrimitiveTextType(ctx.checker.getTypeAtLocation(e.expression.expression)) &&
      e.arguments.every((a) => isPrimitiveTextType(ctx.checker.getTypeAtLocation(a)));
  }
  return false;
}

/** Whether `e` names a string variable that only ever holds ASCII text. */
export function isAsciiStringVariable(ctx: LowerContext, e: ts.Expression): boolean {
  e = unparen(e);
  if (!ts.isIdentifier(e)) return false;
  const symbol = ctx.checker.getSymbolAtLocation(e);
  const decl = symbol?.valueDeclaration;
  if (!symbol || !decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return false;
  let cache = asciiByProgram.get(ctx.program);
  if (!cache) asciiByProgram.set(ctx.program, (cache = new Map()));
  const known = cache.get(symbol);
  if (known !== undefined) return known;
  const t = ctx.checker.getTypeAtLocation(decl.name);
  const writes = programWrites(ctx).get(symbol);
  if (!isStringTyped(t) || !writes || writes.bad) {
    cache.set(symbol, false);
    return false;
  }
  const before = new Set(cache.keys());
  cache.set(symbol, true);  // optimistic for variables written from each other
  const ok = writes.values.every((v) => convertsToAscii(ctx, v) && isPrimitiveOrString(ctx, v));
  // A failure undoes what was concluded from the optimistic answer: those are decided again.
  if (!ok) for (const k of [...cache.keys()]) if (!before.has(k)) cache.delete(k);
  cache.set(symbol, ok);
  return ok;
}

/** `s = v` needs v to be a string itself (`+=` converts, `=` of a number to a string variable does not type). */
function isPrimitiveOrString(ctx: LowerContext, v: ts.Expression): boolean {
  const t = ctx.checker.getTypeAtLocation(v);
  return !t.isUnion() || t.types.every((m) => !!(m.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike)));
}
