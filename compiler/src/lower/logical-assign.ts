// Logical assignment (`||=`, `&&=`, `??=`) on a target whose store is a call: an accessor (`box.level ||= 3`)
// or an array / Uint8Array element (`counts[i] ||= 1`). JavaScript reads the target once, evaluates the right
// side and stores only when the read does not decide (an accessor's setter is not called otherwise), and the
// expression's value is what was read or what was stored. Variables and fields keep the plain lowering
// (`x = x || r`: a store of the value read changes nothing).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { typeFromSpelling, BOOL as BOOL_T } from "../ir/types.js";
import { ifStmt, assign, exprStmt, lit, name as nameExpr, member, call, unary, type Expr } from "../ir/nodes.js";
import { accessorParts, cppOf, convertExpr, withStatementsNode, temporary, exprAsNode, exprNode, onceValue, indexCpp, indexNode, declaredCpp, declaredElementCpp, isStatementExpression } from "./expressions.js";
import { checkedCall, errorsActive } from "./errors.js";
import { checkRowHeld } from "./errors-elements.js";

const LOGICAL = new Set<ts.SyntaxKind>([ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.QuestionQuestionToken]);

interface Target {
  cpp: string;
  /** Lowers the receiver (and index) once, as temporaries of the statement; gives the read and the store. */
  parts(): { get: Expr; set: (v: Expr) => Expr };
}

function targetOf(ctx: LowerContext, left: ts.Expression, isSetter: boolean): Target | undefined {
  if (ts.isPropertyAccessExpression(left) && isSetter) {
    const cpp = declaredCpp(ctx, left);
    return { cpp, parts: () => accessorParts(ctx, left, cpp) };
  }
  if (!ts.isElementAccessExpression(left)) return undefined;
  const objCpp = cppOf(ctx, left.expression);
  const isBytes = objCpp === "ts::Uint8Array";
  if (!isBytes && typeFromSpelling(objCpp).kind !== "array") return undefined;
  return {
    cpp: isBytes ? "double" : declaredElementCpp(ctx, left.expression),
    parts: () => {
      const o = onceValue(ctx, left.expression, "auto", () => exprNode(ctx, left.expression), "o");
      const i = onceValue(ctx, left.argumentExpression, indexCpp(ctx, left.argumentExpression), () => indexNode(ctx, left.argumentExpression), "i");
      if (errorsActive(ctx)) checkRowHeld(ctx, left, o, i, false);
      return { get: call(member(o, ".", "get"), [i]), set: (v) => call(member(o, ".", "set"), [i, v]) };
    },
  };
}

/** `left op= right` for a logical `op`, when its target is an accessor or an element; otherwise undefined. */
export function logicalAssignment(ctx: LowerContext, node: ts.BinaryExpression, op: ts.BinaryOperator, isSetter: boolean): Expr | undefined {
  if (!LOGICAL.has(op)) return undefined;
  const target = targetOf(ctx, node.left, isSetter);
  if (!target) return undefined;
  const { cpp } = target;
  const type = typeFromSpelling(cpp);
  const unused = isStatementExpression(ctx, node);
  const resultCpp = cppOf(ctx, node);
  return withStatementsNode(ctx, resultCpp, () => {
    const { get, set } = target.parts();
    // A setter that may throw, in `o.name ??= v;` (a statement of its own): tested after it (errors.ts), as
    // after `o.name = v;` (m-735-…-94000000: left untested, it kept another write's TypeError uncaught). Asked
    // before the read and the store go in: its assumption that no error is pending belongs in front of them.
    if (unused && isSetter && ts.isPropertyAccessExpression(node.left)) checkedCall(ctx, node, "", () => "void");
    const cur = temporary(ctx, cpp, get, "cur");
    const value = nameExpr(cur, type);
    const truthy = call("ts::truthy", [value], BOOL_T);
    const store = op === ts.SyntaxKind.BarBarToken ? unary("!", truthy, BOOL_T) : op === ts.SyntaxKind.AmpersandAmpersandToken ? truthy : call("ts::isNullish", [value], BOOL_T);
    // The right side runs only when the store happens: its own temporaries belong to that branch.
    const other = ctx.hoisting(node.right, () => exprAsNode(ctx, node.right, cpp));
    ctx.hoist!.lines.push(ifStmt(store, [...other.lines, assign(cur, other.value), exprStmt(set(value))]));
    // `opt[1] ??= 3` is a number: the element's ts::Opt<double> converted.
    return unused ? lit("") : convertExpr(value, cpp, resultCpp);
  });
}
