// A counting loop whose whole body pushes one literal (`for (let i = 0; i <= N; i++) a.push(false)`) is one
// bulk append, `a.pushRepeated(count, value)`: the array grows once and the elements are written in a run,
// where the loop paid a capacity check, a length update and a loop test per element. Same elements, same
// errors (a null array fails at the first push, none when the count is 0); the counter is scoped to the loop.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppOf, exprNode } from "./expressions.js";
import { symbolCpp } from "./types.js";
import { call, exprStmt, lit, member, name, type Stmt } from "../ir/nodes.js";
import { integerLiteral } from "./literals.js";
import { spanOf } from "../ir/nodes.js";

const INTEGER = /^u?int(8|16|32)_t$/;

function unparen(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** An operand that evaluates to the same integer every time the loop reads it: an integer literal, or a variable
 *  or parameter of integer C++ type (a `const`, or one the loop does not write: its body only pushes a literal,
 *  which runs no TypeScript, and the counter is excluded by the caller). */
function isInvariantInteger(ctx: LowerContext, e: ts.Expression): boolean {
  e = unparen(e);
  if (ts.isNumericLiteral(e)) return Number.isInteger(Number(e.text)) && Number(e.text) < 2 ** 31;
  if (!ts.isIdentifier(e)) return false;
  const decl = ctx.symbolOf(e)?.valueDeclaration;
  return !!decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl)) && INTEGER.test(cppOf(ctx, e)) && !ctx.isRuntimeFile(decl.getSourceFile().fileName);
}

function isLiteralValue(e: ts.Expression): boolean {
  e = unparen(e);
  return e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || ts.isNumericLiteral(e) || ts.isStringLiteral(e);
}

export function fillLoop(ctx: LowerContext, node: ts.ForStatement): Stmt | undefined {
  const init = node.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return undefined;
  const d = init.declarations[0];
  if (!ts.isIdentifier(d.name) || !d.initializer || !isInvariantInteger(ctx, d.initializer)) return undefined;
  const counter = ctx.checker.getSymbolAtLocation(d.name);
  if (!counter || ctx.celled.has(counter) || symbolCpp(ctx, counter, d) !== "int32_t") return undefined;
  const isCounter = (e: ts.Expression) => ts.isIdentifier(unparen(e)) && ctx.symbolOf(unparen(e) as ts.Identifier) === counter;
  const cond = node.condition && unparen(node.condition);
  if (!cond || !ts.isBinaryExpression(cond) || !isCounter(cond.left) || isCounter(cond.right) || !isInvariantInteger(ctx, cond.right)) return undefined;
  const op = cond.operatorToken.kind;
  if (op !== ts.SyntaxKind.LessThanToken && op !== ts.SyntaxKind.LessThanEqualsToken) return undefined;
  const inc = node.incrementor && unparen(node.incrementor);
  const increments = !!inc && (((ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && inc.operator === ts.SyntaxKind.PlusPlusToken && isCounter(inc.operand)) ||
    (ts.isBinaryExpression(inc) && inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken && isCounter(inc.left) && ts.isNumericLiteral(inc.right) && Number(inc.right.text) === 1));
  if (!increments) return undefined;
  let body: ts.Statement = node.statement;
  if (ts.isBlock(body)) {
    if (body.statements.length !== 1) return undefined;
    body = body.statements[0];
  }
  if (!ts.isExpressionStatement(body)) return undefined;
  const push = unparen(body.expression);
  if (!ts.isCallExpression(push) || push.arguments.length !== 1 || !isLiteralValue(push.arguments[0])) return undefined;
  const callee = push.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "push" || callee.questionDotToken || !ts.isIdentifier(callee.expression)) return undefined;
  if (!cppOf(ctx, callee.expression).startsWith("ts::Array<") || isCounter(callee.expression)) return undefined;
  const pushDecl = ctx.symbolOf(callee.name)?.declarations?.[0] ?? ctx.checker.getSymbolAtLocation(callee.name)?.declarations?.[0];
  if (!pushDecl || !ctx.isRuntimeFile(pushDecl.getSourceFile().fileName)) return undefined;
  const integer = (e: ts.Expression) => (ts.isNumericLiteral(unparen(e)) ? lit(integerLiteral(Number((unparen(e) as ts.NumericLiteral).text))) : exprNode(ctx, e));
  const from = integer(d.initializer);
  const to = integer(cond.right);
  const count = call("ts::loopCount", [from, to, name(op === ts.SyntaxKind.LessThanEqualsToken ? "true" : "false")]);
  return exprStmt(call(member(exprNode(ctx, callee.expression), ".", "pushRepeated"), [count, exprNode(ctx, push.arguments[0])]), spanOf(node));
}
