// Compiles a .ts entry into a sketch for the builders and the CLI: the compiler's diagnostics come back as
// data — warnings with the sketch, errors as a CompileError carrying every diagnostic — and nothing is
// printed here (the CLI formats them with formatDiagnostic).
import { resolve } from "node:path";
import { compile, type BoardPins, type CompiledSketch, type Diagnostic } from "../compiler/src/index.js";
import { UserError } from "../shared/user-error.js";

export class CompileError extends UserError {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.category === "error").length;
    super(`${errors} error${errors === 1 ? "" : "s"}; no C++ written.`);
    this.name = "CompileError";
  }
}

export interface CompiledEntry {
  sketch: CompiledSketch;
  /** Warnings (never errors) to show the user. */
  warnings: Diagnostic[];
}

/** Compiles `entry` with the board's pin names; throws CompileError when the compiler reports an error. */
export function compileSketch(entry: string, board?: BoardPins): CompiledEntry {
  const result = compile({ entry: resolve(entry), board });
  if (!result.sketch || result.diagnostics.some((d) => d.category === "error")) throw new CompileError(result.diagnostics);
  return { sketch: result.sketch, warnings: result.diagnostics };
}
