// The oracle rule for mutants of programs that declare AssemblyScript's fixed-width types (`i32`, `u8`, `f64` …).
// Those types have AssemblyScript's semantics (wrapping, truncating division; checked against `asc` by
// test/fixed-width.test.ts), while Node computes the same program in doubles: the two agree only while every
// fixed-width value stays representable, which a corpus program is written to do and a mutation may undo
// (m-660-…-43000360: `-` → `/` makes an i32 fraction; m-660-…-43001067: `*` → `**` overflows a u8).
//
// Rule: a mutant that declares fixed-width types and differs from Node (MISMATCH or TIMEOUT) is run again with
// every fixed-width annotation read as `number` (`bool` as `boolean`). If that reading matches Node, the
// difference is fixed-width arithmetic alone and the mutant is classed FIXEDWIDTH: not a failure, counted and
// listed by id in the SUMMARY. The same holds when the number reading stops at one of the documented limits
// (LIMIT: it printed a prefix of Node's output, then a documented RangeError): m-664-…-91000437 made a loop
// counter `let i: i32 = 1.5`, which AssemblyScript truncates to 1 (so the loop reads runs[1], runs[2] …) while
// Node reads runs[1.5] (undefined); read as number, our boolean[] read at 1.5 is the documented RangeError.
// The mutant itself must then print what Node prints up to where the number reading stopped, so that a
// difference before that stop is still a failure.
// If the number reading differs from Node in any other way, the mutant stays a failure.
// What the rule cannot tell apart is a bug of the fixed-width lowering itself that only a mutant reaches; the
// fixed-width corpus (asc as oracle) covers that lowering.
import ts from "typescript";
import type { Program } from "./batch.js";
import type { Outcome } from "./harness.js";

const FIXED_WIDTH = new Set(["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64", "isize", "usize", "bool"]);

/** The type references to fixed-width types in `text` (annotations, array element types, generic arguments). */
function fixedWidthReferences(text: string): ts.TypeReferenceNode[] {
  const source = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true);
  const found: ts.TypeReferenceNode[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && FIXED_WIDTH.has(node.typeName.text)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function declaresFixedWidth(text: string): boolean {
  return fixedWidthReferences(text).length > 0;
}

/** The program with every fixed-width annotation read as `number` (`bool` as `boolean`). */
export function readAsNumber(text: string): string {
  let out = text;
  for (const ref of fixedWidthReferences(text).reverse()) {
    const name = (ref.typeName as ts.Identifier).text;
    out = out.slice(0, ref.getStart()) + (name === "bool" ? "boolean" : "number") + out.slice(ref.end);
  }
  return out;
}

/** How many leading lines of `a` and `b` are equal. */
function commonLines(a: string, b: string): number {
  const x = a.split("\n"), y = b.split("\n");
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k;
}

/** `o` prints Node's lines at least as far as the number reading `reading` did before it stopped. */
function samePrefix(o: Outcome, reading: Outcome): boolean {
  if (o.node === undefined || o.ours === undefined || reading.node === undefined || reading.ours === undefined) return false;
  return commonLines(o.node, o.ours) >= commonLines(reading.node, reading.ours);
}

const JUDGED: Outcome["cls"][] = ["MISMATCH", "TIMEOUT"];

/**
 * Reclassifies the mutants among `outcomes` that the rule above takes out of Node's oracle. `run` runs
 * programs as the harness does (the number readings declare no fixed-width type, so they are judged plainly).
 */
export async function judgeFixedWidth(programs: Program[], outcomes: Outcome[], run: (ps: Program[]) => Promise<Outcome[]>): Promise<Outcome[]> {
  const candidates = programs.filter((p, k) => !p.id.startsWith("g") && JUDGED.includes(outcomes[k].cls) && declaresFixedWidth(p.text));
  if (!candidates.length) return outcomes;
  const readings = await run(candidates.map((p) => ({ id: `${p.id}~number`, text: readAsNumber(p.text) })));
  const byId = new Map(readings.map((o, k) => [candidates[k].id, o]));
  return outcomes.map((o) => {
    const reading = byId.get(o.id);
    if (!reading) return o;
    if (reading.cls === "match") {
      return { ...o, cls: "FIXEDWIDTH", detail: `fixed-width arithmetic outside Node's oracle (with its types read as number it prints what Node prints; ${o.cls}: ${o.detail.split("\n")[0].slice(0, 200)})` };
    }
    if (reading.cls === "LIMIT" && samePrefix(o, reading)) {
      return { ...o, cls: "FIXEDWIDTH", detail: `fixed-width arithmetic outside Node's oracle (with its types read as number it stops at a documented limit: ${reading.detail.split("\n")[0].slice(0, 200)}; ${o.cls}: ${o.detail.split("\n")[0].slice(0, 200)})` };
    }
    return { ...o, detail: `${o.detail}\n(read as number it is ${reading.cls} too: ${reading.detail.split("\n")[0].slice(0, 200)})` };
  });
}
