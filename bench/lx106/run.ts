// The lx106 benchmark: each program in bench/lx106/programs/ (plain `number` in <name>.ts, fixed-width types
// in <name>.fixed.ts) is compiled by tsduino for the lx106-qemu target and run in QEMU next to a hand-written
// C++ Arduino sketch of the same algorithm (bench/lx106/reference/<name>.cpp, the physical-limit reference),
// built with the same compiler, flags and Arduino core. Prints cycles and sizes as ratios to the reference,
// checks that both print the same thing, and measures the runtime's fixed cost: flash and RAM of a compiled
// empty sketch minus a hand-written empty sketch. Goals (issue 6): fixed-width ≤ 1.2x the C++ cycles (issue 12),
// plain number ≤ 2x, fixed cost < 8 KB flash and < 1 KB RAM. Each TypeScript variant is also built with its
// yield checks compiled out (-DTSD_NO_LOOP_YIELD, issue 17): "no-yield cycles" and "yield" show their cost
// side by side (goal ≤ 2%), "gap ms" the longest stretch without a yield at 80 MHz.
// Usage: node dist/bench/lx106/run.js [--json] [--only name]
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../../compiler/src/index.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildLx106, runLx106, type Lx106Sizes } from "../../builders/lx106-qemu.js";

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "bench", "lx106");
const programsDir = join(benchDir, "programs");
const referenceDir = join(benchDir, "reference");

export const BENCHMARKS = ["hello", "fib", "sieve", "sort", "strings", "classes"] as const;
export type Variant = "C++" | "number" | "fixed";

export interface Measurement {
  benchmark: string;
  variant: Variant;
  /** Why there is no measurement (compile error, wrong output, crash). */
  error?: string;
  output?: string;
  cycles?: number;
  sizes?: Lx106Sizes;
  peakHeap?: number;
  peakStack?: number;
  /** TypeScript variants: cycles of the same sketch with the yield checks compiled out (-DTSD_NO_LOOP_YIELD). */
  cyclesWithoutYields?: number;
  /** The longest stretch without a yield, in ms at 80 MHz. */
  longestWithoutYieldMs?: number;
}

export interface BenchReport {
  rows: Measurement[];
  emptyOverhead?: { flash: number; ram: number; ts: Lx106Sizes; cpp: Lx106Sizes };
}

const code = (s: Lx106Sizes) => s.text + s.rodata;
const ram = (s: Lx106Sizes) => s.data + s.bss;
const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";

async function buildTs(entry: string, work: string, defines: string[] = []): Promise<{ elf: string; sizes: Lx106Sizes } | string> {
  let result;
  try {
    result = compile({ entry });
  } catch (error) {
    return `compiler crashed: ${firstLine(String(error))}`;
  }
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (!result.sketch || errors.length) return `not compiled: ${errors[0]?.message ?? "no sketch"}`;
  const dir = writeSketch(result.sketch, work);
  try {
    return await buildLx106(dir, { defines, outFile: join(dir, "build-lx106", `${defines.length ? "noyield" : "sketch"}.elf`) });
  } catch (error) {
    return `build failed: ${firstLine((error as Error).message.split("\n").slice(1).join("\n") || (error as Error).message)}`;
  }
}

async function buildReference(name: string, work: string): Promise<{ elf: string; sizes: Lx106Sizes } | string> {
  const dir = join(work, `${name}-ref`);
  try {
    return await buildLx106(dir, { extraSources: [join(referenceDir, `${name}.cpp`)], includeDirs: [referenceDir], outFile: join(dir, `${name}.elf`) });
  } catch (error) {
    return `build failed: ${(error as Error).message.split("\n").slice(0, 3).join(" ")}`;
  }
}

async function measure(benchmark: string, variant: Variant, built: { elf: string; sizes: Lx106Sizes } | string): Promise<Measurement> {
  if (typeof built === "string") return { benchmark, variant, error: built };
  const run = await runLx106(built.elf, { cycles: true, timeoutMs: 300_000 });
  const row: Measurement = { benchmark, variant, output: run.stdout, cycles: run.cycles, sizes: built.sizes, peakHeap: run.peakHeap, peakStack: run.peakStack, longestWithoutYieldMs: run.longestWithoutYieldMs };
  if (run.timedOut) row.error = "timed out";
  else if (run.exitCode !== 0) row.error = `exit ${run.exitCode}: ${firstLine(run.stderr || run.stdout)}`;
  return row;
}

export async function runLx106Bench(options: { only?: string; onRow?: (row: Measurement) => void } = {}): Promise<BenchReport> {
  const work = mkdtempSync(join(tmpdir(), "tsd-bench-lx106-"));
  const rows: Measurement[] = [];
  try {
    for (const name of BENCHMARKS.filter((b) => !options.only || b === options.only)) {
      const reference = await measure(name, "C++", await buildReference(name, work));
      rows.push(reference);
      options.onRow?.(reference);
      for (const [variant, file] of [["number", `${name}.ts`], ["fixed", `${name}.fixed.ts`]] as const) {
        const entry = join(programsDir, file);
        if (!existsSync(entry)) continue;
        const row = await measure(name, variant, await buildTs(entry, join(work, `${name}-${variant}`)));
        // The cost of the yield checks (issue 17): the same sketch with TSD_LOOP_YIELD compiled out.
        const bare = await measure(name, variant, await buildTs(entry, join(work, `${name}-${variant}`), ["TSD_NO_LOOP_YIELD=1"]));
        if (!bare.error) row.cyclesWithoutYields = bare.cycles;
        if (!row.error && reference.output !== undefined && row.output !== reference.output) {
          row.error = `prints ${JSON.stringify(firstLine(row.output ?? ""))}, the C++ reference ${JSON.stringify(firstLine(reference.output))}`;
        }
        rows.push(row);
        options.onRow?.(row);
      }
    }
    const emptyTs = await buildTs(join(programsDir, "empty.ts"), join(work, "empty-ts"));
    const emptyCpp = await buildReference("empty", work);
    const report: BenchReport = { rows };
    if (typeof emptyTs !== "string" && typeof emptyCpp !== "string") {
      report.emptyOverhead = {
        flash: code(emptyTs.sizes) - code(emptyCpp.sizes),
        ram: ram(emptyTs.sizes) - ram(emptyCpp.sizes),
        ts: emptyTs.sizes,
        cpp: emptyCpp.sizes,
      };
    } else {
      rows.push({ benchmark: "empty", variant: typeof emptyTs === "string" ? "number" : "C++", error: typeof emptyTs === "string" ? emptyTs : String(emptyCpp) });
    }
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? "" : `${(a / b).toFixed(2)}x`);

/** Extra cycles of the yield checks, in percent of the cycles without them. */
function yieldCost(row: Measurement): number | undefined {
  if (row.cycles === undefined || !row.cyclesWithoutYields) return undefined;
  return ((row.cycles - row.cyclesWithoutYields) / row.cyclesWithoutYields) * 100;
}

/** The table and the goal lines, as printed by `npm run bench`. */
export function formatBench(report: BenchReport): string[] {
  const lines = [
    "lx106 benchmark (QEMU lx106, -icount: cycles = instructions; ratios are TypeScript / hand-written C++)",
    `${pad("benchmark", 10)}${pad("variant", 8)}${lpad("cycles", 12)}${lpad("ratio", 8)}${lpad("code B", 9)}${lpad("ratio", 7)}${lpad("RAM B", 7)}${lpad("ratio", 7)}${lpad("heap B", 8)}${lpad("stack B", 9)}` +
      `${lpad("no-yield cycles", 17)}${lpad("yield", 8)}${lpad("gap ms", 8)}`,
  ];
  const goals: string[] = [];
  for (const row of report.rows) {
    const ref = report.rows.find((r) => r.benchmark === row.benchmark && r.variant === "C++");
    if (row.error) {
      lines.push(`${pad(row.benchmark, 10)}${pad(row.variant, 8)}  ${row.error}`);
      continue;
    }
    const s = row.sizes!;
    const isRef = row.variant === "C++";
    const cyclesRatio = isRef ? "" : ratio(row.cycles, ref?.cycles);
    lines.push(
      `${pad(row.benchmark, 10)}${pad(row.variant, 8)}${lpad(String(row.cycles ?? ""), 12)}${lpad(cyclesRatio, 8)}` +
        `${lpad(String(code(s)), 9)}${lpad(isRef ? "" : ratio(code(s), ref?.sizes && code(ref.sizes)), 7)}` +
        `${lpad(String(ram(s)), 7)}${lpad(isRef ? "" : ratio(ram(s), ref?.sizes && ram(ref.sizes)), 7)}${lpad(String(row.peakHeap ?? ""), 8)}${lpad(String(row.peakStack ?? ""), 9)}` +
        `${lpad(String(row.cyclesWithoutYields ?? ""), 17)}${lpad(yieldCost(row) === undefined ? "" : `${yieldCost(row)!.toFixed(2)}%`, 8)}` +
        `${lpad(row.longestWithoutYieldMs === undefined ? "" : row.longestWithoutYieldMs.toFixed(1), 8)}`,
    );
    const cost = yieldCost(row);
    if (cost !== undefined) goals.push(`${cost <= 2 ? "meets" : "misses"} goal: ${row.benchmark} (${row.variant}) yield checks cost ${cost.toFixed(2)}% cycles (goal ≤ 2%)`);
    if (!isRef && ref?.cycles && row.cycles) {
      const limit = row.variant === "fixed" ? 1.2 : 2;
      const r = row.cycles / ref.cycles;
      goals.push(`${r <= limit ? "meets" : "misses"} goal: ${row.benchmark} (${row.variant}) ${r.toFixed(2)}x the C++ cycles (goal ≤ ${limit}x)`);
    }
  }
  const e = report.emptyOverhead;
  if (e) {
    lines.push(
      `empty sketch: TypeScript ${code(e.ts)} B code / ${ram(e.ts)} B RAM, hand-written ${code(e.cpp)} B / ${ram(e.cpp)} B ` +
        `→ runtime fixed cost ${e.flash} B flash, ${e.ram} B RAM`,
    );
    goals.push(`${e.flash < 8192 ? "meets" : "misses"} goal: empty-sketch overhead ${e.flash} B flash (goal < 8192 B)`);
    goals.push(`${e.ram < 1024 ? "meets" : "misses"} goal: empty-sketch overhead ${e.ram} B RAM (goal < 1024 B)`);
  }
  return [...lines, ...goals];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const onlyIndex = process.argv.indexOf("--only");
  const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;
  const report = await runLx106Bench({ only, onRow: (r) => process.stderr.write(`  ${r.benchmark} ${r.variant}: ${r.error ?? `${r.cycles} cycles`}\n`) });
  if (process.argv.includes("--json")) console.log(JSON.stringify(report, null, 2));
  else for (const line of formatBench(report)) console.log(line);
}
