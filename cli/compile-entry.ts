// Shared by the build/run commands: compile a .ts entry for a board and print its warnings the way compilers
// do (file:line:col, code frame, hint). Errors come back as a CompileError, printed by printCompileError.
import { formatDiagnostic, type BoardPins, type CompiledSketch, type Diagnostic } from "../compiler/src/index.js";
import { compileSketch, CompileError } from "../builders/compile-sketch.js";

export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
}

export function compileEntry(entry: string, board?: BoardPins): CompiledSketch {
  const { sketch, warnings } = compileSketch(entry, board);
  printDiagnostics(warnings);
  return sketch;
}

/** Prints the diagnostics a CompileError carries (the CLI then prints its one-line summary). */
export function printCompileError(error: unknown): void {
  if (error instanceof CompileError) printDiagnostics(error.diagnostics);
}
