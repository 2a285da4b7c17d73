// console.log / console.error of string, number and boolean literals and of int32 / boolean values (issue 12,
// flash): the literals (with the separating spaces and the newline) are folded at compile time into flash
// text, and the line is written part by part by ts::console_line, which links neither the string writer
// (UTF-8 checks, null/undefined names) nor a string for any part. Sound because every part prints as
// Node prints it: a literal's text is fixed (a lone surrogate is written as U+FFFD, as Node writes it), an
// integer prints its decimal digits, a boolean true/false; and a first literal with `%` followed by other
// arguments (a format) is left to the general path.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppOf, sequencedNode, exprNode, type Lazy } from "./expressions.js";
import { cStringBody } from "./literals.js";
import { call, lit, type Expr } from "../ir/nodes.js";
import { VOID } from "../ir/types.js";

const INT_PARTS = new Set(["int32_t", "int16_t", "uint16_t", "int8_t", "uint8_t"]);

/** The text a literal argument prints, or undefined when the argument is not a literal. */
function literalText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return String(Number(node.text));
  if (node.kind === ts.SyntaxKind.TrueKeyword) return "true";
  if (node.kind === ts.SyntaxKind.FalseKeyword) return "false";
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return undefined;
}

/** Node writes an unpaired surrogate of a console string as U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** The call, or undefined when some argument is not a literal, an int32 or a boolean. */
export function consoleLineCall(ctx: LowerContext, node: ts.CallExpression, toStderr: boolean): Expr | undefined {
  const args = node.arguments;
  if (args.length === 0 || args.some((a) => ts.isSpreadElement(a))) return undefined;
  const first = args[0];
  if (args.length > 1 && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) && first.text.includes("%")) return undefined;
  // Parts in order: folded text, or the index of a value argument.
  const parts: (string | number)[] = [];
  const values: ts.Expression[] = [];
  const addText = (text: string) => {
    const last = parts.length - 1;
    if (last >= 0 && typeof parts[last] === "string") parts[last] += text;
    else parts.push(text);
  };
  for (const [i, a] of args.entries()) {
    if (i > 0) addText(" ");
    const text = literalText(a);
    if (text !== undefined) {
      addText(wellFormed(text));
      continue;
    }
    const cpp = cppOf(ctx, a);
    if (!(INT_PARTS.has(cpp) || cpp === "bool")) return undefined;
    parts.push(values.length);
    values.push(a);
  }
  addText("\n");
  const texts: Lazy[] = values.map((v) => () => exprNode(ctx, v));
  const cpps = values.map((v) => cppOf(ctx, v));
  return sequencedNode(ctx, values, texts, cpps, (v) => call("ts::console_line", [lit(toStderr ? "true" : "false"), ...parts.map((p) => (typeof p === "string" ? lit(`TS_TEXT("${cStringBody(p)}")`) : v[p]))], VOID), "void");
}
