// Where a temporary may become a statement before the statement being lowered. JavaScript evaluates a
// statement's operands left to right; a temporary moved in front of the statement runs before everything the
// statement evaluates. That is the same order when the expression that needs the temporary is evaluated
// unconditionally (not the right side of && / || / ??, not a branch of ?:, not inside a closure) and everything
// evaluated before it in the statement is stable: a literal, `this`, a namespace or function name, or a
// local variable that nothing in between can change (not a module global, not in a closure's cell, not
// assigned by the expression that needs the temporary), or at least independent of it (neither changes what
// the other reads, and not both have effects).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { hasSideEffects, interferes } from "./expressions.js";

/** Whether temporaries of `node` can be statements before the statement whose expression is `root`. */
export function isHoistable(ctx: LowerContext, node: ts.Node, root: ts.Node): boolean {
  for (let child = node; child !== root; ) {
    const parent = child.parent;
    if (!parent) return false;
    const before = evaluatedBefore(parent, child);
    if (!before) return false;
    if (!before.every((e) => isStable(ctx, e, child) || (!(hasSideEffects(e) && hasSideEffects(child)) && !interferes(ctx, e, child)))) return false;
    child = parent;
  }
  return true;
}

/** The operands of `parent` JavaScript evaluates before `child`, or undefined when `child` is evaluated only
 *  conditionally (or the order is not one this module knows). */
function evaluatedBefore(parent: ts.Node, child: ts.Node): ts.Expression[] | undefined {
  switch (parent.kind) {
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.SatisfiesExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression:
    case ts.SyntaxKind.TemplateSpan:
    case ts.SyntaxKind.SpreadElement:
      return [];
    case ts.SyntaxKind.PropertyAccessExpression:
      // The receiver of `a?.b` is evaluated unconditionally; what follows a `?.` is the chain's business.
      return (parent as ts.PropertyAccessExpression).expression === child ? [] : undefined;
    case ts.SyntaxKind.ElementAccessExpression: {
      const e = parent as ts.ElementAccessExpression;
      if (e.expression === child) return [];
      return e.questionDotToken ? undefined : [e.expression];
    }
    case ts.SyntaxKind.CallExpression:
    case ts.SyntaxKind.NewExpression: {
      const call = parent as ts.CallExpression;
      if (call.expression === child) return [];
      if (call.questionDotToken) return undefined;
      const args = call.arguments ?? [];
      const i = args.indexOf(child as ts.Expression);
      if (i < 0) return undefined;
      return [call.expression, ...args.slice(0, i)];
    }
    case ts.SyntaxKind.BinaryExpression: {
      const b = parent as ts.BinaryExpression;
      if (b.left === child) return [];
      const op = b.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return undefined;
      if (op === ts.SyntaxKind.AmpersandAmpersandEqualsToken || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) return undefined;
      // `x = value` does not read x; of `o.f = value` and `o[i] = value` the object and index are evaluated first.
      if (op === ts.SyntaxKind.EqualsToken) {
        if (ts.isIdentifier(b.left)) return [];
        if (ts.isPropertyAccessExpression(b.left)) return [b.left.expression];
        if (ts.isElementAccessExpression(b.left)) return [b.left.expression, b.left.argumentExpression];
      }
      return [b.left];
    }
    case ts.SyntaxKind.ConditionalExpression:
      return (parent as ts.ConditionalExpression).condition === child ? [] : undefined;
    case ts.SyntaxKind.TemplateExpression: {
      const spans = (parent as ts.TemplateExpression).templateSpans;
      const i = spans.indexOf(child as ts.TemplateSpan);
      return i < 0 ? undefined : spans.slice(0, i).map((s) => s.expression);
    }
    case ts.SyntaxKind.ArrayLiteralExpression: {
      const elements = (parent as ts.ArrayLiteralExpression).elements;
      const i = elements.indexOf(child as ts.Expression);
      return i < 0 ? undefined : elements.slice(0, i);
    }
    case ts.SyntaxKind.PropertyAssignment:
      return (parent as ts.PropertyAssignment).initializer === child ? [] : undefined;
    case ts.SyntaxKind.ObjectLiteralExpression: {
      const props = (parent as ts.ObjectLiteralExpression).properties;
      const i = props.indexOf(child as ts.ObjectLiteralElementLike);
      if (i < 0) return undefined;
      const earlier: ts.Expression[] = [];
      for (const p of props.slice(0, i)) {
        if (ts.isPropertyAssignment(p)) earlier.push(p.initializer);
        else if (ts.isShorthandPropertyAssignment(p)) earlier.push(p.name);
        else return undefined;
      }
      return earlier;
    }
  }
  return undefined;
}

/** Whether evaluating `e` before or after `later` (which has temporaries) gives the same value. */
function isStable(ctx: LowerContext, e: ts.Expression, later: ts.Node): boolean {
  if (ctx.spilled.has(e)) return true;
  if (ts.isParenthesizedExpression(e)) return isStable(ctx, e.expression, later);
  // A string concatenation whose parts are all in temporaries already (`a + f() + (x ?? "")`).
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && isStable(ctx, e.left, later) && isStable(ctx, e.right, later)) return true;
  if (ts.isNumericLiteral(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return true;
  switch (e.kind) {
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.ThisKeyword:
    case ts.SyntaxKind.SuperKeyword:
      return true;
  }
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return true;
  if (ts.isIdentifier(e)) {
    if (e.text === "undefined" || e.text === "NaN" || e.text === "Infinity") return true;
    const symbol = ctx.symbolOf(e);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!symbol || !decl) return false;
    if (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl) || ts.isEnumDeclaration(decl) || ts.isModuleDeclaration(decl)) return true;
    // A runtime namespace or object (console, Math, Serial): its name, not a value that changes.
    if (ctx.isRuntimeFile(decl.getSourceFile().fileName)) return true;
    if (!(ts.isVariableDeclaration(decl) || ts.isParameter(decl))) return false;
    // A module global or a variable in a closure's cell changes only by an assignment in `later` or by user
    // code `later` runs (a function, a method, a getter, a callback).
    if ((ctx.celled.has(symbol) || isModuleLevelVariable(decl)) && runsUserCode(ctx, later)) return false;
    return !assigns(ctx, later, symbol);
  }
  // A method or enum-member name on something stable (`console.log`, `obj.method` as a callee, `Color.Red`).
  if (ts.isPropertyAccessExpression(e)) {
    const symbol = ctx.checker.getSymbolAtLocation(e.name);
    if (symbol && symbol.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.EnumMember)) return isStable(ctx, e.expression, later);
    return false;
  }
  return false;
}

function isModuleLevelVariable(decl: ts.Node): boolean {
  return ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isVariableStatement(decl.parent.parent) && ts.isSourceFile(decl.parent.parent.parent);
}

/** Whether `node` assigns (=, op=, ++, --) the variable. */
function assigns(ctx: LowerContext, node: ts.Node, symbol: ts.Symbol): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && ts.isIdentifier(n.left) && ctx.symbolOf(n.left) === symbol) found = true;
    else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && ts.isIdentifier(n.operand) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) && ctx.symbolOf(n.operand) === symbol) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** Whether evaluating `node` may run user code: a call of anything but JavaScript's built-ins, a getter, a
 *  function passed as a value (a callback a built-in calls). */
function runsUserCode(ctx: LowerContext, node: ts.Node): boolean {
  let found = false;
  const isBuiltin = (decl: ts.Node | undefined): boolean => !!decl && ctx.program.isSourceFileDefaultLibrary(decl.getSourceFile());
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      found = true;
      return;
    }
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      if (!isBuiltin(ctx.checker.getResolvedSignature(n)?.getDeclaration())) found = true;
    } else if (ts.isPropertyAccessExpression(n)) {
      const symbol = ctx.checker.getSymbolAtLocation(n.name);
      if (symbol && symbol.flags & ts.SymbolFlags.Accessor) found = true;
    } else if (ts.isIdentifier(n) && !(ts.isCallExpression(n.parent) && n.parent.expression === n)) {
      const symbol = ctx.symbolOf(n);
      const decl = symbol?.valueDeclaration;
      if (decl && !isBuiltin(decl) && ctx.checker.getTypeOfSymbolAtLocation(symbol!, n).getCallSignatures().length) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}
