// compile(options): runs the pipeline — program.ts (TypeScript checker) → check.ts (subset rules) →
// lower/analyses.ts (passes recording facts) → lower/ (typed AST → IR declarations, statements and
// expressions, ir/) → text with #line directives (ir/print*.ts) — and returns the sketch files or the diagnostics.
// Never throws for a user mistake; an exception here is a compiler bug.
import ts from "typescript";
import { basename } from "node:path";
import { existsSync } from "node:fs";
import type { CompileOptions, CompileResult } from "./index.js";
import type { Diagnostic } from "./diagnostics.js";
import { createProgram, withRequired } from "./program.js";
import { checkSubset } from "./check.js";
import { LowerContext } from "./lower/context.js";
import { lowerModules, orderModules } from "./lower/module.js";
import { runAnalyses } from "./lower/analyses.js";

export function compile(options: CompileOptions): CompileResult {
  if (!existsSync(options.entry)) {
    return { diagnostics: [{ code: 1, category: "error", message: `cannot read '${options.entry}': no such file` }] };
  }
  if (!/\.ts$/.test(options.entry)) {
    return { diagnostics: [{ code: 1, category: "error", message: `'${options.entry}' is not a TypeScript (.ts) file` }] };
  }
  const { program, checker, libraries, isRuntimeFile } = createProgram(options.entry, options.board);
  const tsDiagnostics = ts.getPreEmitDiagnostics(program).map(fromTypeScript);
  if (tsDiagnostics.some((d) => d.category === "error")) return { diagnostics: tsDiagnostics };

  const ctx = new LowerContext(checker, program, libraries, isRuntimeFile);
  ctx.boardPins = options.board?.pins ?? {};
  const entry = program.getSourceFile(options.entry) ?? program.getSourceFiles().find((f) => f.fileName.endsWith(basename(options.entry)))!;
  const order = orderModules(ctx, entry);
  checkSubset(ctx, order.files);
  if (ctx.diagnostics.length) return { diagnostics: [...ctx.diagnostics, ...ctx.warnings] };

  // The analyses run first (passes that record facts), then lowering runs once; the adapter headers of the libraries it used (and those they require) are included at the top afterwards.
  runAnalyses(ctx, order);
  const text = lowerModules(ctx, order);
  const used = withRequired([...ctx.usedLibraries], libraries);
  if (ctx.diagnostics.length) return { diagnostics: [...ctx.diagnostics, ...ctx.warnings] };
  const name = basename(options.entry).replace(/\.ts$/, "");
  return {
    sketch: {
      name,
      files: [{ path: `${name}.ino`, content: text }],
      libraries: used.map((l) => l.arduinoLibrary).filter((l): l is string => !!l),
      bindings: used,
    },
    diagnostics: ctx.warnings,
  };
}

/** The used bindings plus every binding they require (transitively), each required one before its user. */

function fromTypeScript(d: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  const category = d.category === ts.DiagnosticCategory.Error ? "error" : "warning";
  if (!d.file || d.start === undefined) return { code: d.code, category, message: `TS${d.code}: ${message}` };
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return {
    code: d.code,
    category,
    message: `TS${d.code}: ${message}`,
    file: d.file.fileName,
    line: line + 1,
    column: character + 1,
    sourceLine: d.file.text.split(/\r?\n/)[line] ?? "",
    length: d.length ?? 1,
  };
}
