// The compiler's public entry point: compile(options) → C++ sketch files + diagnostics. A pure function over
// the file system (read-only, no state kept between calls); the CLI and the tests are thin callers. Pipeline:
// program.ts (TypeScript checker) → check.ts (subset rules) → lower/ (typed AST → C++) → sketch assembly.
import type { Diagnostic } from "./diagnostics.js";
import type { LibraryBinding } from "./program.js";
export type { LibraryBinding } from "./program.js";
export type { Diagnostic } from "./diagnostics.js";
export { formatDiagnostic } from "./diagnostics.js";

export type Target = "device" | "host" | "lx106-qemu";

/** The parts of a board definition the compiler needs: the pin names printed on the board. */
export interface BoardPins {
  id: string;
  /** Pin name → GPIO number, e.g. { D4: 2, A0: 17, TX: 1, RX: 3 }. */
  pins: Record<string, number>;
  ledBuiltin: number;
}

export interface CompileOptions {
  /** Path of the entry .ts file. */
  entry: string;
  /** The board whose pin names (D4, LED_BUILTIN...) the sketch may use; none declared when absent. The C++ is
   *  the same for every target (device, host, lx106-qemu): only the builders differ. */
  board?: BoardPins;
}

export interface SketchFile {
  /** Path relative to the sketch folder, e.g. "main.ino". */
  path: string;
  content: string;
}

export interface CompiledSketch {
  /** Sketch name = entry file's base name without .ts; the sketch folder and .ino are named after it. */
  name: string;
  files: SketchFile[];
  /** Arduino libraries the sketch uses (names as in the Arduino library manager, e.g. "WebSockets"). */
  libraries: string[];
  /** The library bindings used (their adapters and host sources go into the build). */
  bindings: LibraryBinding[];
}

export interface CompileResult {
  sketch?: CompiledSketch;
  diagnostics: Diagnostic[];
}

export { compile } from "./compile.js";
export type { Diagnostic as CompilerDiagnostic };
