// Layering: library code (compiler, builders, flasher, monitor, simulator, boards, hosttools, shared) never
// imports cli/ and never prints — it returns values, diagnostics and typed errors; only cli/ writes to the
// terminal and chooses exit codes. Checked on the TypeScript syntax trees of every library source file (so a
// word in a comment or a string does not count): static and dynamic imports resolving into cli/ (a dynamic
// import of a computed path is refused too: it would hide one), `console.*`, `process.stdout`,
// `process.stderr`, and `process.exit`/`process.exitCode` (exit codes are the CLI's choice). Also: the flasher does not import the simulator (its test partner imports the flasher's
// protocol, not the other way round).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LIBRARY_FOLDERS = ["compiler/src", "builders", "flasher", "monitor", "simulator", "boards", "hosttools", "shared"];
/** file → why it may print. Keep it empty unless a library truly owns a terminal. */
const MAY_PRINT: Record<string, string> = {};

function sources(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, folder))) {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

interface Finding { file: string; line: number; what: string }

function scan(file: string, text = readFileSync(join(ROOT, file), "utf8")): Finding[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const findings: Finding[] = [];
  const at = (node: ts.Node, what: string) => findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const checkImport = (node: ts.Node, specifier: string) => {
    if (!specifier.startsWith(".")) return;
    const target = relative(ROOT, resolve(ROOT, dirname(file), specifier));
    if (target === "cli" || target.startsWith("cli/")) at(node, `imports ${target}`);
    if (file.startsWith("flasher/") && target.startsWith("simulator/")) at(node, `flasher imports ${target}`);
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkImport(node, node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) checkImport(node, arg.text);
      else at(node, "dynamic import of a computed path");
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const object = node.expression.text;
      const property = node.name.text;
      if (object === "console") at(node, `console.${property}`);
      if (object === "process" && ["stdout", "stderr", "exit", "exitCode"].includes(property)) at(node, `process.${property}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings.filter((f) => !(f.file in MAY_PRINT) || f.what.startsWith("imports") || f.what.startsWith("flasher"));
}

test("library code does not import cli/, print, or choose exit codes", () => {
  const files = LIBRARY_FOLDERS.flatMap(sources);
  assert.ok(files.length > 50, `scanned ${files.length} files`);
  const findings = files.flatMap((f) => scan(f));
  assert.deepEqual(findings.map((f) => `${f.file}:${f.line}: ${f.what}`), []);
});

test("the scan sees what it must refuse", () => {
  // A deliberately bad module, checked through the same function, so the test above cannot pass vacuously.
  const findings = scanText("flasher/bad.ts", [
    `import { UserError } from "../cli/user-error.js";`,
    `import "../simulator/board.js";`,
    `const m = "../cli/x.js"; await import(m);`,
    `console.error("x"); process.stdout.write("y"); const s = process.stderr; process.exit(2);`,
    `// console.log in a comment and "process.stdout" in a string are fine`,
  ].join("\n"));
  assert.deepEqual(findings, [
    "1: imports cli/user-error.js", "2: flasher imports simulator/board.js", "3: dynamic import of a computed path",
    "4: console.error", "4: process.stdout", "4: process.stderr", "4: process.exit",
  ]);
});

function scanText(file: string, text: string): string[] {
  return scan(file, text).map((f) => `${f.line}: ${f.what}`);
}
