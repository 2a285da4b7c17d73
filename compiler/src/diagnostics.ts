// Diagnostics are data: a stable code, a category, a source position and a message. They are created by
// the passes and formatted in one place (formatDiagnostic), never thrown at the user.
export type Category = "error" | "warning";

export interface Diagnostic {
  code: number;
  category: Category;
  message: string;
  file?: string;
  /** 1-based line and column. */
  line?: number;
  column?: number;
  /** Source text of the line, for the code frame. */
  sourceLine?: string;
  /** Width of the underlined span on that line. */
  length?: number;
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const where = d.file ? `${relativeTo(cwd, d.file)}:${d.line ?? 1}:${d.column ?? 1}: ` : "";
  // TypeScript's own diagnostics carry their TS code in the message; ours get a TSD code.
  const code = /^TS\d+: /.test(d.message) ? "" : `TSD${d.code}: `;
  const lines = [`${where}${d.category} ${code}${d.message}`];
  if (d.sourceLine !== undefined && d.line !== undefined) {
    const gutter = `${d.line} | `;
    lines.push(`  ${gutter}${d.sourceLine}`);
    const caret = " ".repeat(Math.max(0, (d.column ?? 1) - 1)) + "^".repeat(Math.max(1, Math.min(d.length ?? 1, d.sourceLine.length - (d.column ?? 1) + 1)));
    lines.push(`  ${" ".repeat(gutter.length)}${caret}`);
  }
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join("\n");
}

function relativeTo(cwd: string, file: string): string {
  return file.startsWith(cwd + "/") ? file.slice(cwd.length + 1) : file;
}
