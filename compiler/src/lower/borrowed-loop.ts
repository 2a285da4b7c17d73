// A `for (const p of objects)` loop whose body cannot change any array binds p to the array's slot
// (`const ts::Ref<C>& p`) instead of copying the handle: no reference-count increment and release per element
// (issue 12: lx106 classes). The slot stays valid because nothing in the body can write an element, grow or
// shrink an array: the body reads and writes number/boolean fields of p and scalar variables, and calls only
// methods of p that do the same on `this` and call nothing (a method of a class that no class extends, so
// the call cannot reach an override), in a program where no library or interrupt code can run at a yield.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppOf } from "./expressions.js";
import { callbacksAtYield } from "./checked-loop.js";

const SCALAR = /^(bool|u?int(8|16|32|64)_t|double|float|ts::Num)$/;

function unparen(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

const extendedByProgram = new WeakMap<ts.Program, Set<ts.Symbol>>();

/** The classes some class of the program extends. */
function extendedClasses(ctx: LowerContext): Set<ts.Symbol> {
  const known = extendedByProgram.get(ctx.program);
  if (known) return known;
  const found = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ExtendsKeyword) {
      for (const t of node.types) {
        let symbol = ctx.checker.getSymbolAtLocation(t.expression);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
        if (symbol) found.add(symbol);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of ctx.program.getSourceFiles()) if (!file.isDeclarationFile) visit(file);
  extendedByProgram.set(ctx.program, found);
  return found;
}

/** Code that only computes with scalars and the number/boolean fields of one object (`self`: the loop variable,
 *  or `this` in a method), calling at most `allowCall` on it. */
class ShallowCheck {
  constructor(private readonly ctx: LowerContext, private readonly isSelf: (e: ts.Expression) => boolean, private readonly allowCall: (e: ts.CallExpression) => boolean) {}

  statement(s: ts.Statement): boolean {
    if (ts.isBlock(s)) return s.statements.every((t) => this.statement(t));
    if (ts.isEmptyStatement(s)) return true;
    if (ts.isExpressionStatement(s)) return this.expression(s.expression);
    if (ts.isIfStatement(s)) return this.expression(s.expression) && this.statement(s.thenStatement) && (!s.elseStatement || this.statement(s.elseStatement));
    if (ts.isReturnStatement(s)) return !s.expression || this.expression(s.expression);
    if (ts.isVariableStatement(s)) {
      return s.declarationList.declarations.every((d) => ts.isIdentifier(d.name) && SCALAR.test(cppOf(this.ctx, d.name)) && (!d.initializer || this.expression(d.initializer)));
    }
    return false;
  }

  /** `self.field` of a number/boolean field declared as a property (no accessor runs). */
  private field(e: ts.Expression): boolean {
    if (!ts.isPropertyAccessExpression(e) || e.questionDotToken || !this.isSelf(e.expression)) return false;
    const decl = this.ctx.checker.getSymbolAtLocation(e.name)?.valueDeclaration;
    return !!decl && (ts.isPropertyDeclaration(decl) || ts.isParameter(decl)) && SCALAR.test(cppOf(this.ctx, e));
  }

  private target(e: ts.Expression): boolean {
    e = unparen(e);
    return this.field(e) || (ts.isIdentifier(e) && SCALAR.test(cppOf(this.ctx, e)));
  }

  expression(e: ts.Expression): boolean {
    e = unparen(e);
    if (ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
    if (ts.isIdentifier(e)) return SCALAR.test(cppOf(this.ctx, e));
    if (ts.isPropertyAccessExpression(e)) return this.field(e);
    if (ts.isCallExpression(e)) return this.allowCall(e) && e.arguments.every((a) => this.expression(a));
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) {
      if (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken) return this.target(e.operand);
      return this.expression(e.operand);
    }
    if (ts.isConditionalExpression(e)) return this.expression(e.condition) && this.expression(e.whenTrue) && this.expression(e.whenFalse);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) {
        return op !== ts.SyntaxKind.QuestionQuestionEqualsToken && op !== ts.SyntaxKind.BarBarEqualsToken && op !== ts.SyntaxKind.AmpersandAmpersandEqualsToken &&
          this.target(e.left) && this.expression(e.right);
      }
      return op !== ts.SyntaxKind.InKeyword && op !== ts.SyntaxKind.InstanceOfKeyword && op !== ts.SyntaxKind.CommaToken && this.expression(e.left) && this.expression(e.right);
    }
    return false;
  }
}

/** A method that only computes with its scalar parameters and the scalar fields of `this`, calling nothing. */
function shallowMethod(ctx: LowerContext, decl: ts.Declaration | undefined): boolean {
  if (!decl || !ts.isMethodDeclaration(decl) || !decl.body || decl.typeParameters?.length) return false;
  if (decl.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword || m.kind === ts.SyntaxKind.AsyncKeyword)) return false;
  if (!decl.parameters.every((p) => ts.isIdentifier(p.name) && !p.initializer && !p.dotDotDotToken && SCALAR.test(cppOf(ctx, p.name)))) return false;
  const cls = decl.parent;
  if (!ts.isClassDeclaration(cls) || !cls.name) return false;
  const classSymbol = ctx.checker.getSymbolAtLocation(cls.name);
  if (!classSymbol || extendedClasses(ctx).has(classSymbol)) return false;
  const check = new ShallowCheck(ctx, (e) => unparen(e).kind === ts.SyntaxKind.ThisKeyword, () => false);
  return decl.body.statements.every((s) => check.statement(s));
}

/** Whether `for (const p of list)` may bind p to the array's slot. */
export function borrowsElement(ctx: LowerContext, node: ts.ForOfStatement, elementCpp: string): boolean {
  // A callback run at the loop's yield check (a Ticker's) could remove the element while the body holds it.
  if (!elementCpp.startsWith("ts::Ref<") || callbacksAtYield(ctx)) return false;
  const list = node.initializer;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const) || list.declarations.length !== 1) return false;
  const d = list.declarations[0];
  if (!ts.isIdentifier(d.name)) return false;
  const variable = ctx.checker.getSymbolAtLocation(d.name);
  if (!variable || ctx.celled.has(variable)) return false;
  const isSelf = (e: ts.Expression) => {
    e = unparen(e);
    return ts.isIdentifier(e) && ctx.symbolOf(e) === variable;
  };
  const allowCall = (call: ts.CallExpression) => {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || callee.questionDotToken || !isSelf(callee.expression)) return false;
    const method = ctx.checker.getSymbolAtLocation(callee.name);
    return !!method && method.declarations?.length === 1 && shallowMethod(ctx, method.declarations[0]);
  };
  return new ShallowCheck(ctx, isSelf, allowCall).statement(node.statement);
}
