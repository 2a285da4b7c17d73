// Shared by the build/run commands: compile a .ts entry, print diagnostics the way compilers do
// (file:line:col, code frame, hint), and turn errors into a UserError (exit 1, nothing written).
import { resolve } from "node:path";
import { compile, formatDiagnostic, type CompiledSketch, type Target, type BoardPins } from "../compiler/src/index.js";
import { UserError } from "./user-error.js";

export function compileEntry(entry: string, target: Target, board?: BoardPins): CompiledSketch {
  const result = compile({ entry: resolve(entry), target, board });
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  const errors = result.diagnostics.filter((d) => d.category === "error").length;
  if (!result.sketch || errors) throw new UserError(`${errors} error${errors === 1 ? "" : "s"}; no C++ written.`);
  return result.sketch;
}
