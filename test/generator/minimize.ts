// Delta debugging by statements: removes chunks of statements (at any depth, and class members) while the
// program still fails the same way. All candidates of one step are run as one batch, so a step costs one
// g++ invocation however many candidates it has.
import ts from "typescript";
import { runPrograms, type HarnessOptions, type Outcome, type OutcomeClass } from "./harness.js";
import type { Program } from "./batch.js";

interface Span {
  start: number;
  end: number;
}

/** Statements and class members of `text`, outermost first, as removable spans. */
function removableSpans(text: string): Span[] {
  const source = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true);
  const spans: Span[] = [];
  const visit = (node: ts.Node): void => {
    const isStatementInList = ts.isStatement(node) && (ts.isSourceFile(node.parent) || ts.isBlock(node.parent) || ts.isCaseClause(node.parent) || ts.isDefaultClause(node.parent));
    const isMember = ts.isClassElement(node) && !ts.isConstructorDeclaration(node);
    const isEnumMember = ts.isEnumMember(node) && node.parent.members.length > 1;
    const isCase = ts.isCaseClause(node) || ts.isDefaultClause(node);
    if (isStatementInList || isMember || isCase || isEnumMember) spans.push({ start: node.getStart(source), end: node.end });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

function removeSpans(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    merged.push({ ...s });
  }
  let out = text;
  for (const s of merged.reverse()) {
    let end = s.end;
    if (out[end] === ",") end++;
    out = out.slice(0, s.start) + out.slice(end);
  }
  return out
    .split("\n")
    .filter((l) => l.trim() !== "")
    .join("\n") + "\n";
}

/** Compound statements replaced by one of their bodies: `if (c) { A } else { B }` → `A` or `B`, a loop by its
 * body, a switch by one case's statements, a labelled statement by its statement. */
function unwrapCandidates(text: string): string[] {
  const source = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const inner = (s: ts.Statement): string => (ts.isBlock(s) ? s.statements.map((x) => x.getText(source)).join("\n") : s.getText(source));
  const replace = (node: ts.Node, by: string): void => {
    out.push(text.slice(0, node.getStart(source)) + by + text.slice(node.end));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIfStatement(node)) {
      replace(node, inner(node.thenStatement));
      if (node.elseStatement) replace(node, inner(node.elseStatement));
    } else if (ts.isForStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForOfStatement(node)) {
      replace(node, inner(node.statement));
    } else if (ts.isLabeledStatement(node)) {
      replace(node, node.statement.getText(source));
    } else if (ts.isSwitchStatement(node)) {
      for (const c of node.caseBlock.clauses) replace(node, c.statements.map((x) => x.getText(source)).join("\n"));
    } else if (ts.isBlock(node) && ts.isBlock(node.parent)) {
      replace(node, inner(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

export interface Minimized {
  text: string;
  outcome: Outcome;
  steps: number;
}

/** The smallest variant of `program` found within `budgetMs` that still fails with class `cls`. */
export async function minimize(program: Program, failure: Outcome, options: HarnessOptions, budgetMs = 120_000): Promise<Minimized> {
  const deadline = Date.now() + budgetMs;
  if (failure.cls === "G++FAIL") options = { ...options, syntaxOnly: true };
  // The same class, and for a g++ failure or a stopped run the same error (names and numbers aside), so
  // that minimising does not drift from one bug to another.
  const shape = (o: Outcome): string => (o.cls === "G++FAIL" || o.detail.startsWith("ours stopped") ? o.detail.replace(/^ours stopped.*?: "/, "").replace(/\\n.*$/, "").replace(/\b\w*\d\w*\b/g, "#").replace(/‘[^’]*’/g, "‘…’").slice(0, 100) : "");
  const same = (o: Outcome, cls: OutcomeClass): boolean => o.cls === cls && shape(o) === shape(failure);
  let text = program.text;
  let outcome = failure;
  let steps = 0;
  let chunk = Math.ceil(removableSpans(text).length / 2);
  while (chunk >= 1 && Date.now() < deadline) {
    const spans = removableSpans(text);
    chunk = Math.min(chunk, Math.max(1, Math.ceil(spans.length / 2)));
    const candidates: Program[] = [];
    const seen = new Set<string>([text]);
    for (let i = 0; i < spans.length; i += chunk) {
      const candidate = removeSpans(text, spans.slice(i, i + chunk));
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      candidates.push({ id: `${program.id}~${steps}.${candidates.length}`, text: candidate });
    }
    if (chunk === 1) {
      for (const candidate of unwrapCandidates(text)) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        candidates.push({ id: `${program.id}~${steps}.${candidates.length}`, text: candidate });
      }
    }
    if (!candidates.length) break;
    const results: Outcome[] = [];
    for (let i = 0; i < candidates.length && Date.now() < deadline; i += 120) {
      results.push(...(await runPrograms(candidates.slice(i, i + 120), options)));
    }
    steps++;
    // The smallest candidate that still fails the same way.
    let best = -1;
    results.forEach((o, k) => {
      if (same(o, failure.cls) && (best < 0 || candidates[k].text.length < candidates[best].text.length)) best = k;
    });
    if (best >= 0) {
      text = candidates[best].text;
      outcome = results[best];
    } else if (chunk === 1) break;
    else chunk = Math.floor(chunk / 2);
  }
  return { text, outcome, steps };
}
