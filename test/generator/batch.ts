// Many programs in one module, so that one tsduino compile and one g++ invocation serve 50–200 programs.
// All programs of a batch are type-checked together (each as its own module, with the compiler's strict
// options and the Arduino typings), then every top-level name of program k is renamed to `z<k>_<name>`
// using the checker's symbols (so shadowing locals, property names and parameter properties are left
// alone), and the programs are concatenated in order, each preceded by a marker line that it prints. The
// top-level code of each program therefore runs exactly as it would alone, and the output splits back into
// one segment per program.
import ts from "typescript";
import { join } from "node:path";
import { COMPILER_OPTIONS, RUNTIME_DIR } from "../../compiler/src/program.js";

export const MARKER = "@@FZ#";

export interface Program {
  /** Unique within a run, e.g. "g1234" or "m-27-array-basics-77". */
  id: string;
  text: string;
}

export interface CheckedProgram extends Program {
  /** The program with its top-level names prefixed, ready to be concatenated. */
  renamed: string;
}

export interface TypeCheckResult {
  valid: CheckedProgram[];
  /** Programs tsc rejects, with the first error. */
  invalid: { program: Program; error: string }[];
}

const TYPINGS = ["arduino.d.ts", "fixed-width.d.ts"].map((f) => join(RUNTIME_DIR, "typings", f));
const libCache = new Map<string, ts.SourceFile>();

/** Type-checks every program as strict TypeScript (as the compiler's front end does) and renames it. */
export function typeCheckAndRename(programs: Program[], options: { check?: boolean } = {}): TypeCheckResult {
  const files = new Map<string, string>();
  programs.forEach((p, k) => files.set(`/fuzz/p${k}.ts`, p.text + "\nexport {};\n"));
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const readFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, create) => {
    const own = files.get(name);
    if (own !== undefined) return ts.createSourceFile(name, own, version, true);
    let cached = libCache.get(name);
    if (!cached) {
      cached = readFile(name, version, onError, create);
      if (cached) libCache.set(name, cached);
    }
    return cached;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const program = ts.createProgram({ rootNames: [...files.keys(), ...TYPINGS], options: COMPILER_OPTIONS, host });
  const checker = program.getTypeChecker();
  const result: TypeCheckResult = { valid: [], invalid: [] };
  programs.forEach((p, k) => {
    const source = program.getSourceFile(`/fuzz/p${k}.ts`)!;
    // Without `check` only syntax is checked here (generated programs are well-typed by construction; the
    // compiler's own type check of the batch still catches a generator bug, reported as INVALID).
    const errors = [...program.getSyntacticDiagnostics(source), ...(options.check === false ? [] : program.getSemanticDiagnostics(source))].filter(
      (d) => d.category === ts.DiagnosticCategory.Error,
    );
    if (errors.length) {
      const d = errors[0];
      const line = d.start !== undefined ? source.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      result.invalid.push({ program: p, error: `line ${line}: TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}` });
      return;
    }
    result.valid.push({ ...p, renamed: renameTopLevel(source, checker, p.text, `z${k}_`) });
  });
  return result;
}

function renameTopLevel(source: ts.SourceFile, checker: ts.TypeChecker, text: string, prefix: string): string {
  const topLevel = new Set<ts.Symbol>();
  for (const statement of source.statements) {
    const names: ts.Identifier[] = [];
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) collectBindingNames(d.name, names);
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name
    ) {
      names.push(statement.name);
    }
    for (const n of names) {
      const s = checker.getSymbolAtLocation(n);
      if (s) topLevel.add(s);
    }
  }
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      if (ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node) {
        const value = checker.getShorthandAssignmentValueSymbol(node.parent);
        if (value && topLevel.has(value)) edits.push({ start: node.getStart(), end: node.end, text: `${node.text}: ${prefix}${node.text}` });
        return;
      }
      const s = checker.getSymbolAtLocation(node);
      const parent = node.parent;
      if (s && topLevel.has(s) && ts.isBindingElement(parent) && parent.name === node && !parent.propertyName && !parent.dotDotDotToken && ts.isObjectBindingPattern(parent.parent)) {
        // `const { mean } = stats()` names the property too: it becomes `{ mean: z0_mean }`.
        edits.push({ start: node.getStart(), end: node.end, text: `${node.text}: ${prefix}${node.text}` });
        return;
      }
      if (s && topLevel.has(s)) edits.push({ start: node.getStart(), end: node.end, text: prefix + node.text });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function collectBindingNames(name: ts.BindingName, into: ts.Identifier[]): void {
  if (ts.isIdentifier(name)) into.push(name);
  else for (const e of name.elements) if (!ts.isOmittedExpression(e)) collectBindingNames(e.name, into);
}

export interface Batch {
  text: string;
  programs: CheckedProgram[];
  /** 1-based first line of each program in the batch text (the marker line precedes it). */
  startLines: number[];
}

export function assemble(programs: CheckedProgram[]): Batch {
  const parts: string[] = [];
  const startLines: number[] = [];
  let line = 1;
  programs.forEach((p, k) => {
    parts.push(`console.log("${MARKER}${k}");`);
    line += 1;
    startLines.push(line);
    const body = p.renamed.endsWith("\n") ? p.renamed : p.renamed + "\n";
    parts.push(body.slice(0, -1));
    line += body.split("\n").length - 1;
  });
  parts.push(`console.log("${MARKER}end");`);
  return { text: parts.join("\n") + "\n", programs, startLines };
}

/** Which program of the batch a 1-based line of the batch text belongs to (-1 for a marker line). */
export function programAtLine(batch: Batch, line: number): number {
  let found = -1;
  for (let k = 0; k < batch.startLines.length; k++) if (batch.startLines[k] <= line) found = k;
  return found;
}

export interface Segments {
  /** Output of each program that started, by index; the last started one may be cut short. */
  parts: Buffer[];
  /** Index of the last program whose marker appeared (-1: none), or programs.length when all finished. */
  last: number;
}

/** Splits a batch run's stdout at the marker lines. */
export function splitOutput(stdout: Buffer, count: number): Segments {
  const text = stdout.toString("latin1");
  const parts: Buffer[] = [];
  const re = new RegExp(`^${MARKER.replace(/[#@]/g, "\\$&")}(\\d+|end)\\r?\\n`, "gm");
  let last = -1;
  let from = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (from >= 0 && last >= 0) parts[last] = stdout.subarray(from, m.index);
    if (m[1] === "end") {
      return { parts, last: count };
    }
    last = Number(m[1]);
    from = m.index + m[0].length;
  }
  if (last >= 0) parts[last] = stdout.subarray(from);
  return { parts, last };
}
