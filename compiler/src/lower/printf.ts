// Compile-time check of Serial.printf formats against their arguments, as -Wformat does for C: each
// conversion must have one argument of a matching TypeScript type.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppOf, isScalarCpp } from "./expressions.js";

const CONVERSION = /%([-+ #0]*)(\d+|\*)?(?:\.(\d+|\*))?(l{0,2}|h{0,2}|z)?([diuxXcsfFeEgG%])/g;

/** Returns the conversion letter for each argument; reports mismatches at the format or the argument. */
export function checkPrintf(ctx: LowerContext, format: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, args: readonly ts.Expression[]): string[] {
  const conversions: string[] = [];
  const text = format.text;
  for (const m of text.matchAll(CONVERSION)) {
    if (m[5] === "%") continue;
    if (m[2] === "*" || m[3] === "*") {
      ctx.report(format, "printfMismatch", text, "'*' widths are not supported");
      continue;
    }
    conversions.push(m[5]);
  }
  const stray = text.replace(CONVERSION, "").includes("%");
  if (stray) ctx.report(format, "printfMismatch", text, "a '%' that starts no valid conversion (write %% for a percent sign)");
  if (conversions.length !== args.length) {
    ctx.report(args[conversions.length] ?? format, "printfMismatch", text, `${conversions.length} conversion(s) but ${args.length} argument(s)`);
    return conversions;
  }
  args.forEach((arg, i) => {
    const cpp = cppOf(ctx, arg);
    const conv = conversions[i];
    const isText = cpp === "ts::String" || cpp === "ts::Uint8Array";
    const isNumber = isScalarCpp(cpp);
    if (conv === "s" && !isText) ctx.report(arg, "printfMismatch", text, `%s needs a string or Uint8Array, got '${ctx.checker.typeToString(ctx.checker.getTypeAtLocation(arg))}'`);
    if (conv !== "s" && !isNumber) ctx.report(arg, "printfMismatch", text, `%${conv} needs a number, got '${ctx.checker.typeToString(ctx.checker.getTypeAtLocation(arg))}'`);
  });
  return conversions;
}
