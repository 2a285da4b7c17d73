// Shared by the cost benches (bench/json, bench/regex): builds programs for lx106, runs them under QEMU with
// -icount (cycles = instructions) and reads their code size (.text + .rodata: flash), so that a feature's
// cost is a difference between two programs that differ only in using it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "../compiler/src/index.js";
import { writeSketch } from "../builders/sketch.js";
import { buildLx106, runLx106 } from "../builders/lx106-qemu.js";

export interface Lx106Cost {
  cycles: number;
  /** Code bytes in flash: .text + .rodata. */
  code: number;
  output: string;
}

/** Builds and runs each program (`<dir>/<name>.ts`) once; the callback gets them by name. */
export async function measurePrograms(dir: string, names: readonly string[]): Promise<Map<string, Lx106Cost>> {
  const work = mkdtempSync(join(tmpdir(), "tsduino-cost-bench-"));
  try {
    const runs = new Map<string, Lx106Cost>();
    for (const name of names) {
      process.stderr.write(`${name}…\n`);
      const result = compile({ entry: join(dir, `${name}.ts`) });
      const errors = result.diagnostics.filter((d) => d.category === "error");
      if (!result.sketch || errors.length) throw new Error(`${name}: not compiled: ${errors[0]?.message ?? "no sketch"}`);
      const built = await buildLx106(writeSketch(result.sketch, join(work, name)), {});
      const r = await runLx106(built.elf, { cycles: true, timeoutMs: 300_000 });
      if (r.exitCode !== 0) throw new Error(`${name}: exit ${r.exitCode}: ${r.stderr.slice(0, 300)}`);
      runs.set(name, { cycles: r.cycles ?? 0, code: built.sizes.text + built.sizes.rodata, output: r.stdout });
    }
    return runs;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The last line a program printed (its result: the pair's programs must agree on it). */
export function result(run: Lx106Cost): string {
  return run.output.trimEnd().split("\n").at(-1) ?? "";
}

export const group = (n: number): string => Math.round(n).toLocaleString("en-US");
