// The corpus as data: which programs exist, which are sketches (they export setup/loop and so never end on
// their own), and the comparison rule between the Node oracle's run and the host target's run.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ProcessResult } from "./process.js";
import { uncaughtErrorLine } from "./node-oracle.js";

/** Programs are test/corpus/NN-name.ts; test/corpus/lib/ holds imported helper modules, not programs. */
export function listPrograms(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d+-[\w-]+\.ts$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

// TSD_CORPUS_ONLY: comma-separated program numbers ("680,681") or name fragments ("json"); a number selects
// exactly that program (680 does not select 1680 or 68).
export function selectedPrograms(dir: string, only: string | undefined): string[] {
  const all = listPrograms(dir);
  if (!only) return all;
  const wanted = only.split(",").map((w) => w.trim()).filter((w) => w !== "");
  return all.filter((p) => {
    const name = basename(p);
    const number = Number(name.slice(0, name.indexOf("-")));
    return wanted.some((w) => (/^\d+$/.test(w) ? Number(w) === number : name.includes(w)));
  });
}

export function isSketch(file: string): boolean {
  return /^export\s+function\s+(setup|loop)\b/m.test(readFileSync(file, "utf8"));
}

/** How long `tsduino run --timeout` lets a sketch run on the host (sketches print only in early loops). */
export const SKETCH_SECONDS = 1;

/** Why the host run differs from the Node run, or undefined when they agree. */
export function differenceFromOracle(node: ProcessResult, host: ProcessResult): string | undefined {
  if (host.timedOut) return "the host run timed out";
  const nodeOut = node.stdout.toString("utf8");
  const hostOut = host.stdout.toString("utf8");
  if (node.code === 0) {
    if (host.code !== 0) return `host exit code ${host.code ?? host.signal}, Node exited 0; stderr:\n${host.stderr.slice(0, 2000)}`;
    return node.stdout.equals(host.stdout) ? undefined : firstDifference(nodeOut, hostOut);
  }
  // The program throws: Node prints the stack on stderr; the host prints "Uncaught Error: msg" (and the
  // TypeScript position) on stdout after everything printed before the throw, and exits non-zero.
  if (host.code === 0) return "Node exited non-zero (uncaught error) but the host exited 0";
  if (!hostOut.startsWith(nodeOut)) return firstDifference(nodeOut, hostOut.slice(0, nodeOut.length));
  const errorLine = uncaughtErrorLine(node.stderr) ?? "Error";
  const tail = hostOut.slice(nodeOut.length).split("\n")[0].replace(/\r$/, "");
  const accepted = [`Uncaught ${errorLine}`, `Uncaught Error: ${errorLine}`];
  return accepted.includes(tail) ? undefined : `after the common output the host printed ${JSON.stringify(tail)}, expected ${JSON.stringify(accepted[0])}`;
}

/** A readable description of the first line where two outputs differ. */
export function firstDifference(expected: string, actual: string): string {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1} differs:\n  node: ${JSON.stringify(e[i] ?? "<end of output>")}\n  host: ${JSON.stringify(a[i] ?? "<end of output>")}`;
    }
  }
  return "outputs differ";
}
