// The mutation fuzzer: small edits of the corpus programs (test/corpus/NN-*.ts): swap an operator, change a
// literal, duplicate/delete a statement, make a property access optional (`a?.b`), change a compound
// assignment, log a variable. Edits are syntactic; mutants that tsc rejects (INVALID) or that hang or fail
// under Node (NODEFAIL) are discarded by the harness. Sketches and programs with imports are not mutated.
import ts from "typescript";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { corpusDir } from "../helpers/paths.js";
import { isSketch, listPrograms } from "../helpers/corpus.js";
import { Rng } from "./random.js";

export interface Mutant {
  id: string;
  text: string;
  origin: string;
}

const GROUPS = [
  [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken, ts.SyntaxKind.AsteriskAsteriskToken],
  [ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken, ts.SyntaxKind.LessThanLessThanToken, ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken],
  [ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken],
  [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken],
  [ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken, ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.CaretEqualsToken, ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.PercentEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken],
];
const NUMBERS = ["0", "-0", "1", "-1", "2", "3", "7", "0.5", "1e21", "255", "256", "65536", "2147483648", "-2147483649", "4294967295", "NaN", "Infinity", "1.5", "100", "9007199254740993"];
const STRINGS = ['""', '"a"', '"ab,cd"', '"ü"', '"😀x"', '"  x "', '"-1"', '"0x10"', '"é"', '"Σ"', '"a\\u0000b"'];

interface Edit {
  start: number;
  end: number;
  text: string;
}

function mutableCorpus(): { name: string; text: string }[] {
  return listPrograms(corpusDir)
    .filter((f) => !isSketch(f))
    .map((f) => ({ name: basename(f, ".ts"), text: readFileSync(f, "utf8") }))
    .filter((p) => !/^\s*import\s/m.test(p.text));
}

/** `count` mutants, mutant i made from seed `seed + i` (1–2 edits of one corpus program). */
export function mutants(count: number, seed: number): Mutant[] {
  if (count <= 0) return [];
  const corpus = mutableCorpus();
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    const s = seed + i;
    const rng = new Rng(s);
    const base = rng.pick(corpus);
    let text = base.text;
    const done: string[] = [];
    for (let n = rng.chance(0.35) ? 2 : 1; n > 0; n--) {
      const m = mutateOnce(text, rng);
      if (!m) break;
      text = m.text;
      done.push(m.what);
    }
    out.push({ id: `m-${base.name}-${s}`, text, origin: `mutant of test/corpus/${base.name}.ts, mutant seed ${s}: ${done.join("; ")}` });
  }
  return out;
}

function mutateOnce(text: string, rng: Rng): { text: string; what: string } | undefined {
  const source = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true);
  const binaries: ts.BinaryExpression[] = [];
  const numbers: ts.NumericLiteral[] = [];
  const strings: ts.StringLiteral[] = [];
  const statements: ts.Statement[] = [];
  const accesses: ts.PropertyAccessExpression[] = [];
  const identifiers: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    // Not inside a sort comparator: an inconsistent comparator makes the order implementation-defined.
    if (ts.isBinaryExpression(node) && GROUPS.some((g) => g.includes(node.operatorToken.kind)) && !insideSort(node)) binaries.push(node);
    else if (ts.isNumericLiteral(node) && !insideSort(node)) numbers.push(node);  // m-589-…-85000177: `-1` → `NaN`
    else if (ts.isStringLiteral(node) && !ts.isImportDeclaration(node.parent) && !ts.isPropertyAssignment(node.parent) && !ts.isEnumMember(node.parent)) strings.push(node);
    else if (ts.isPropertyAccessExpression(node) && !node.questionDotToken && !ts.isCallExpression(node.parent) && node.expression.kind !== ts.SyntaxKind.ThisKeyword) accesses.push(node);
    if (ts.isIdentifier(node) && ts.isExpressionStatement(node.parent.parent ?? node) === false && ts.isVariableDeclaration(node.parent) && node.parent.name === node && !isTimerHandle(node.parent)) identifiers.push(node);
    if (ts.isStatement(node) && (ts.isBlock(node.parent) || ts.isSourceFile(node.parent) || ts.isCaseClause(node.parent)) && !ts.isFunctionDeclaration(node) && !ts.isClassDeclaration(node) && !ts.isInterfaceDeclaration(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const kinds: [number, () => { edit: Edit; what: string } | undefined][] = [
    [binaries.length ? 5 : 0, () => {
      const b = rng.pick(binaries);
      const group = GROUPS.find((g) => g.includes(b.operatorToken.kind))!;
      const op = ts.tokenToString(rng.pick(group.filter((k) => k !== b.operatorToken.kind)))!;
      return { edit: { start: b.operatorToken.getStart(source), end: b.operatorToken.end, text: op }, what: `operator ${b.operatorToken.getText(source)} → ${op} at line ${line(source, b)}` };
    }],
    [numbers.length ? 4 : 0, () => {
      const n = rng.pick(numbers);
      const v = rng.pick(NUMBERS);
      return { edit: { start: n.getStart(source), end: n.end, text: v.startsWith("-") ? `(${v})` : v }, what: `number ${n.text} → ${v} at line ${line(source, n)}` };
    }],
    [strings.length ? 2 : 0, () => {
      const s = rng.pick(strings);
      const v = rng.pick(STRINGS);
      return { edit: { start: s.getStart(source), end: s.end, text: v }, what: `string ${s.getText(source)} → ${v} at line ${line(source, s)}` };
    }],
    [statements.length ? 2 : 0, () => {
      const s = rng.pick(statements);
      return { edit: { start: s.end, end: s.end, text: "\n" + s.getText(source) }, what: `duplicate statement at line ${line(source, s)}` };
    }],
    [statements.length ? 2 : 0, () => {
      const s = rng.pick(statements);
      return { edit: { start: s.getStart(source), end: s.end, text: "" }, what: `delete statement at line ${line(source, s)}` };
    }],
    [accesses.length ? 2 : 0, () => {
      const a = rng.pick(accesses);
      const dot = a.getText(source).lastIndexOf(".");
      const at = a.getStart(source) + dot;
      return { edit: { start: at, end: at + 1, text: "?." }, what: `optional chain ${a.getText(source)} at line ${line(source, a)}` };
    }],
    [identifiers.length && statements.length ? 2 : 0, () => {
      const id = rng.pick(identifiers);
      const stmt = statements.filter((s) => s.getStart(source) > id.end);
      if (!stmt.length) return undefined;
      const s = rng.pick(stmt);
      // Printing a Math.random() value compares two random numbers (mutant m-09-21217).
      if (source.text.includes("Math.random")) return undefined;
      return { edit: { start: s.end, end: s.end, text: `\nconsole.log(String(${id.text}));` }, what: `log ${id.text} after line ${line(source, s)}` };
    }],
  ];
  const pick = rng.weighted(kinds);
  const result = pick?.();
  if (!result) return undefined;
  const { edit, what } = result;
  return { text: text.slice(0, edit.start) + edit.text + text.slice(edit.end), what };
}

/** A `setTimeout`/`setInterval` handle: printed, Node gives its timer's async id, which counts every async
 *  resource the process made before (m-604-…-75001052 printed 33 in one run and 22 in another). */
function isTimerHandle(decl: ts.VariableDeclaration): boolean {
  const isTimerCall = (e: ts.Expression | undefined): boolean => !!e && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && /^set(Timeout|Interval)$/.test(e.expression.text);
  if (isTimerCall(decl.initializer)) return true;
  // `let t = 0; … t = setTimeout(…)` (m-600-…-85000412).
  const name = decl.name.getText();
  let assigned = false;
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left) && n.left.text === name && isTimerCall(n.right)) assigned = true;
    if (!assigned) ts.forEachChild(n, visit);
  };
  visit(decl.getSourceFile());
  return assigned;
}

function insideSort(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "sort") return true;
    // A comparator passed by name, `xs.sort(byLength)` (m-731-…-83000057 made it `a.length / b.length`).
    if (ts.isFunctionDeclaration(n) && n.name && sortsWith(n.getSourceFile(), n.name.text)) return true;
  }
  return false;
}

function sortsWith(source: ts.SourceFile, name: string): boolean {
  return new RegExp(`\\.sort\\(\\s*${name}\\s*\\)`).test(source.text);
}

function line(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}
