// What try/catch costs on the ESP8266's CPU (issue 11), from QEMU lx106 with -icount (cycles = instructions):
// a function that could throw but does not, called in a loop, in programs that differ only in their try
// statements (bench/errors/programs). Pairs: the program without any try (nothing is tested: the code
// before try/catch existed) against the same loop inside one try, a try around each call, and a try elsewhere
// in the program (the loop's function then returns a pending error to its caller). Once with a realistic
// function (software-double arithmetic, ~935 cycles a call) and once with a trivial i32 one (~12 cycles), whose
// argument g++ either bounds (i & 4095: it drops the unreachable throw and the test with it) or cannot bound
// (-unproven: readings from an array, so the throw and the test stay in the loop).
// Goal: ≤ 5% more cycles than without try. Flash: code bytes (.text + .rodata) added.
// Usage: node dist/bench/errors/run.js
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../../compiler/src/index.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildLx106, runLx106 } from "../../builders/lx106-qemu.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const programs = join(root, "bench", "errors", "programs");

const PAIRS: [baseline: string, variant: string][] = [
  ["no-try", "try-around-loop"],
  ["no-try", "try-in-loop"],
  ["no-try-function", "try-elsewhere"],
  ["no-try-i32", "try-around-loop-i32"],
  ["no-try-i32", "try-in-loop-i32"],
  ["no-try-i32-unproven", "try-around-loop-i32-unproven"],
  ["no-try-i32-unproven", "try-in-loop-i32-unproven"],
];

async function measure(work: string, name: string): Promise<{ cycles: number; code: number; output: string }> {
  const result = compile({ entry: join(programs, `${name}.ts`) });
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (!result.sketch || errors.length) throw new Error(`${name}: not compiled: ${errors[0]?.message ?? "no sketch"}`);
  const built = await buildLx106(writeSketch(result.sketch, join(work, name)), {});
  const r = await runLx106(built.elf, { cycles: true, timeoutMs: 300_000 });
  if (r.exitCode !== 0) throw new Error(`${name}: exit ${r.exitCode}: ${r.stderr.slice(0, 300)}`);
  return { cycles: r.cycles ?? 0, code: built.sizes.text + built.sizes.rodata, output: r.stdout };
}

const work = mkdtempSync(join(tmpdir(), "tsduino-errors-bench-"));
try {
  const runs = new Map<string, { cycles: number; code: number; output: string }>();
  for (const name of new Set(PAIRS.flat())) runs.set(name, await measure(work, name));
  console.log("variant                       vs baseline                  cycles     baseline   added   flash B added");
  for (const [base, variant] of PAIRS) {
    const a = runs.get(variant)!;
    const b = runs.get(base)!;
    if (a.output.split("\n").at(-2) !== b.output.split("\n").at(-2)) throw new Error(`${variant} prints ${a.output} but ${base} prints ${b.output}`);
    const added = (((a.cycles - b.cycles) / b.cycles) * 100).toFixed(2);
    console.log(`${variant.padEnd(29)} ${base.padEnd(25)} ${String(a.cycles).padStart(10)} ${String(b.cycles).padStart(12)} ${`${added}%`.padStart(7)} ${String(a.code - b.code).padStart(15)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
