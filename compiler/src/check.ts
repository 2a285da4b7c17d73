// Pass 2: the subset rules. Walks the user's source files and reports every construct tsduino cannot honour
// with the exact semantics Node gives it (any, var, eval, with, delete, for-in, generators, async, try/catch,
// prototype manipulation, dynamic property keys on objects, casts between unrelated types...). Lowering only
// runs on programs this pass accepts; whatever slips through is still caught there by its exhaustive switch.
import ts from "typescript";
import type { LowerContext } from "./lower/context.js";

const SYNTAX_NAMES: Partial<Record<ts.SyntaxKind, [string, string]>> = {
  [ts.SyntaxKind.WithStatement]: ["'with'", "access the object's members explicitly"],
  [ts.SyntaxKind.DeleteExpression]: ["'delete'", "use a Map and its delete() method for dynamic keys"],
  [ts.SyntaxKind.ForInStatement]: ["'for-in'", "use for-of over an array, or a Map"],
  [ts.SyntaxKind.TryStatement]: ["'try'/'catch'", "check for errors before they happen; an uncaught Error stops the sketch"],
  [ts.SyntaxKind.YieldExpression]: ["generators ('yield')", "return an array, or keep state in a class"],
  [ts.SyntaxKind.AwaitExpression]: ["'await'", "use callbacks and loop(): a sketch never blocks"],
  [ts.SyntaxKind.RegularExpressionLiteral]: ["regular expressions", "use string methods such as indexOf, split and replaceAll"],
  [ts.SyntaxKind.TaggedTemplateExpression]: ["tagged templates", "use a plain template literal"],
  [ts.SyntaxKind.ClassExpression]: ["class expressions", "declare the class at the top level"],
  [ts.SyntaxKind.BigIntLiteral]: ["bigint", "use i64/u64 or number"],
  [ts.SyntaxKind.SpreadElement]: ["spread ('...')", "pass the elements explicitly, or use concat()"],
  [ts.SyntaxKind.SpreadAssignment]: ["object spread ('...')", "copy the fields explicitly"],
  [ts.SyntaxKind.ObjectBindingPattern]: ["object destructuring", "read the properties one by one"],
  [ts.SyntaxKind.VoidExpression]: ["'void'", "remove it"],
  [ts.SyntaxKind.MetaProperty]: ["'new.target' / 'import.meta'", "remove it"],
  [ts.SyntaxKind.DebuggerStatement]: ["'debugger'", "remove it"],
};

export function checkSubset(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  for (const file of files) visit(file);

  function visit(node: ts.Node): void {
    const named = SYNTAX_NAMES[node.kind];
    if (named) {
      ctx.report(node, "unsupportedSyntax", named[0], named[1]);
      return;
    }
    switch (node.kind) {
      case ts.SyntaxKind.AnyKeyword:
        ctx.report(node, "anyType");
        return;
      case ts.SyntaxKind.VariableDeclarationList: {
        const flags = (node as ts.VariableDeclarationList).flags;
        if (!(flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) {
          ctx.report(node.getFirstToken() ?? node, "unsupportedSyntax", "'var'", "use 'let' or 'const'");
          return;
        }
        break;
      }
      case ts.SyntaxKind.FunctionDeclaration:
      case ts.SyntaxKind.FunctionExpression:
      case ts.SyntaxKind.MethodDeclaration:
      case ts.SyntaxKind.ArrowFunction: {
        const fn = node as ts.FunctionLikeDeclaration;
        if (fn.asteriskToken) {
          ctx.report(fn.asteriskToken, "unsupportedSyntax", "generators ('function*')", "return an array, or keep state in a class");
          return;
        }
        const asyncModifier = ts.canHaveModifiers(fn) ? ts.getModifiers(fn)?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword) : undefined;
        if (asyncModifier) {
          ctx.report(asyncModifier, "unsupportedSyntax", "'async' functions", "use callbacks and loop(): a sketch never blocks");
          return;
        }
        break;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const op = (node as ts.BinaryExpression).operatorToken;
        if (op.kind === ts.SyntaxKind.CommaToken && !isForIncrementor(node)) {
          ctx.report(op, "unsupportedSyntax", "the comma operator", "write separate statements");
          return;
        }
        if (op.kind === ts.SyntaxKind.InKeyword) {
          ctx.report(op, "unsupportedSyntax", "the 'in' operator", "use a Map and has(), or instanceof");
          return;
        }
        break;
      }
      case ts.SyntaxKind.CallExpression: {
        const callee = (node as ts.CallExpression).expression;
        if (ts.isIdentifier(callee) && callee.text === "eval") {
          ctx.report(callee, "unsupportedCall", "eval", "the program is compiled ahead of time; there is no interpreter on the board");
          return;
        }
        break;
      }
      case ts.SyntaxKind.PropertyAccessExpression: {
        const name = (node as ts.PropertyAccessExpression).name.text;
        if (name === "prototype" || name === "__proto__" || name === "setPrototypeOf" || name === "defineProperty") {
          ctx.report((node as ts.PropertyAccessExpression).name, "unsupportedSyntax", "prototype manipulation", "use classes and inheritance");
          return;
        }
        break;
      }
      case ts.SyntaxKind.Identifier:
        if ((node as ts.Identifier).text === "arguments" && isValueReference(node)) {
          ctx.report(node, "unsupportedSyntax", "'arguments'", "declare the parameters, with rest parameters unsupported for now");
          return;
        }
        break;
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.TypeAssertionExpression:
        checkCast(node as ts.AsExpression);
        break;
      case ts.SyntaxKind.ElementAccessExpression:
        checkElementAccess(node as ts.ElementAccessExpression);
        break;
    }
    ts.forEachChild(node, visit);
  }

  function isForIncrementor(node: ts.Node): boolean {
    let n = node;
    while (ts.isBinaryExpression(n.parent) && n.parent.operatorToken.kind === ts.SyntaxKind.CommaToken) n = n.parent;
    return ts.isForStatement(n.parent) && n.parent.incrementor === n;
  }

  function isValueReference(node: ts.Node): boolean {
    const parent = node.parent;
    return !(ts.isPropertyAccessExpression(parent) && parent.name === node) && !ts.isPropertyAssignment(parent) && !ts.isParameter(parent);
  }

  function checkCast(node: ts.AsExpression | ts.TypeAssertion): void {
    if (ts.isConstTypeReference(node.type)) return;
    const checker = ctx.checker;
    const target = checker.getTypeFromTypeNode(node.type);
    const source = checker.getTypeAtLocation(node.expression);
    const show = (t: ts.Type) => checker.typeToString(t);
    if (target.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any) || !checker.isTypeAssignableTo(source, target)) {
      ctx.report(node, "unsupportedCast", show(source), show(target));
    }
  }

  function checkElementAccess(node: ts.ElementAccessExpression): void {
    const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.expression));
    const arg = node.argumentExpression;
    if (ctx.checker.isArrayType(type) || ctx.checker.isTupleType(type)) return;
    const symbol = type.getSymbol();
    if (symbol && (symbol.name === "Uint8Array")) return;
    if (type.flags & ts.TypeFlags.StringLike) return;
    if (ts.isStringLiteral(arg) || ts.isNumericLiteral(arg)) return;
    ctx.report(arg, "computedAccess", `'${ctx.checker.typeToString(type)}'`);
  }
}
