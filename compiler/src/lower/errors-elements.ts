// The TypeError of an element of a row that is undefined, `rows[9][c]`, catchable (errors.ts): read with any
// index (`rows[r][c + 1]`, `rows[r][f()]`: "Cannot read properties of undefined (reading '3')"), updated
// (`rows[9][c] += v`, `rows[9][c]++`: read first, so "reading") and written (`rows[9][c] = v`: "Cannot set
// properties of undefined (setting '0')", raised after the right side is evaluated, as in Node).
//
// The analysis (errors-members.ts, raisingTupleReceiver) records the row as a raising receiver; here the lowering
// checks it with the index where the analysis let the error propagate or inside a try block (errors.ts, rowCheck).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { asExpr, call, exprStmt, line, member, name as nameExpr, raw, type Expr } from "../ir/nodes.js";
import { printExpr } from "../ir/print.js";
import { typeFromSpelling } from "../ir/types.js";
import { temporary, type Lazy } from "./expressions.js";
import { rowCheck } from "./errors.js";
import { raisingTupleReceiver } from "./errors-members.js";

const force = (t: Lazy): Expr => asExpr(typeof t === "function" ? t() : t);

/** An operand that may be evaluated twice, or after a later one: a name or a literal. */
function isPlain(e: ts.Expression): boolean {
  return ts.isIdentifier(e) || ts.isLiteralExpression(e);
}

/** The test that follows the check of `access`'s row, or undefined where the row is not checked there. */
function rowTest(ctx: LowerContext, access: ts.ElementAccessExpression): string | undefined {
  if (!ctx.canHoist() || raisingTupleReceiver(ctx.checker, access) !== access.expression) return undefined;
  return rowCheck(ctx, access.expression);
}

function held(ctx: LowerContext, e: ts.Expression, cpp: string, value: Expr, prefix: string): Expr {
  return isPlain(e) ? value : nameExpr(temporary(ctx, cpp, value, prefix), cpp === "auto" ? value.type : typeFromSpelling(cpp));
}

/**
 * The row and index operands of a read `rows[r][c]`, in that order: where the row is checked, the row goes into a
 * temporary checked with the index (a name or literal as is, anything else evaluated once into a temporary).
 */
export function rowReadOperands(ctx: LowerContext, access: ts.ElementAccessExpression, receiver: () => Expr, index: () => Expr): [() => Expr, () => Expr] {
  let heldIndex: Expr | undefined;
  const row = (): Expr => {
    const value = receiver();
    const test = value.type ? rowTest(ctx, access) : undefined;
    if (!test) {
      // Not hoistable (an argument after a receiver with effects): a plain index is checked in place.
      const inPlace = value.type && !ctx.canHoist() && isPlain(access.argumentExpression) && raisingTupleReceiver(ctx.checker, access) === access.expression ? rowCheck(ctx, access.expression) : undefined;
      return inPlace ? raw(`({ auto _m = ${printExpr(call("ts::elementCaught", [value, index()], value.type))}; ${inPlace} _m; })`, value.type) : value;
    }
    if (isPlain(access.argumentExpression)) {
      const name = temporary(ctx, "auto", call("ts::elementCaught", [value, index()], value.type), "m");
      ctx.hoist!.lines.push(line(test));
      return nameExpr(name, value.type);
    }
    const rowName = nameExpr(temporary(ctx, "auto", value, "m"), value.type);
    heldIndex = nameExpr(temporary(ctx, "auto", index(), "i"));
    ctx.hoist!.lines.push(exprStmt(call("ts::elementCaught", [rowName, heldIndex])), line(test));
    return rowName;
  };
  return [row, () => heldIndex ?? index()];
}

/**
 * `rows[r][c] = v` as a statement where the row is checked: row, index and value held in that order (a name or
 * literal as is), then the check ("setting"), then the store. Undefined where the row is not checked.
 */
export function checkedRowStore(ctx: LowerContext, access: ts.ElementAccessExpression, right: ts.Expression, operands: readonly Lazy[], cpps: readonly string[]): Expr | undefined {
  const test = rowTest(ctx, access);
  if (!test) return undefined;
  const row = nameExpr(temporary(ctx, "auto", force(operands[0]), "o"));
  const index = held(ctx, access.argumentExpression, cpps[1], force(operands[1]), "i");
  const value = held(ctx, right, cpps[2], force(operands[2]), "v");
  ctx.hoist!.lines.push(exprStmt(call("ts::elementSetCaught", [row, index])), line(test));
  return call(member(row, ".", "set"), [index, value]);
}

/** After the row and index of `rows[r][c] += v`, `rows[r][c]++` or `rows[r][c] = v` used as a value are held: the check. */
export function checkRowHeld(ctx: LowerContext, access: ts.ElementAccessExpression, row: Expr, index: Expr, setting: boolean): void {
  const test = rowTest(ctx, access);
  if (!test) return;
  ctx.hoist!.lines.push(exprStmt(call(setting ? "ts::elementSetCaught" : "ts::elementCaught", [row, index])), line(test));
}
