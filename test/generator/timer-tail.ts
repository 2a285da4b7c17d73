// What the programs of a batch print after its end marker: the timer callbacks, which run only once the
// whole batch's top-level code is done. Generated programs tag each callback's line with `T<seed>`
// (test/generator/everyday.ts), so each program's timer output can be compared on its own: lines of
// different programs interleave by time, which differs between Node and the native run, but a program's
// own lines keep their order. A line without a tag continues the tagged line before it (a string with a
// newline); lines before the first tag are not attributed.
import { MARKER } from "./batch.js";

/** The tag a generated program's timer lines start with, or undefined for other programs. */
export function timerTag(id: string): string | undefined {
  return /^g\d+$/.test(id) ? `T${id.slice(1)}` : undefined;
}

/** The output after the batch's end marker, grouped by tag. */
export function timerOutput(stdout: Buffer): Map<string, string> {
  const text = stdout.toString("utf8");
  const end = text.indexOf(`${MARKER}end`);
  const groups = new Map<string, string>();
  if (end < 0) return groups;
  const tail = text.slice(text.indexOf("\n", end) + 1);
  let current: string | undefined;
  for (const line of tail.split("\n")) {
    const m = /^(T\d+) /.exec(line);
    if (m) current = m[1];
    if (current !== undefined && (m || line !== "")) groups.set(current, (groups.get(current) ?? "") + line + "\n");
  }
  return groups;
}

/** The first difference between Node's and our timer output of one program, or undefined. */
export function timerDifference(tag: string, node: Map<string, string>, ours: Map<string, string>): string | undefined {
  const a = (node.get(tag) ?? "").split("\n");
  const b = (ours.get(tag) ?? "").split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `timer output line ${i + 1}: node ${JSON.stringify(a[i] ?? "<end>")} ours ${JSON.stringify(b[i] ?? "<end>")}`;
  }
  return undefined;
}
