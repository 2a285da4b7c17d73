// The host benchmark: each program in bench/host/programs/ exists as TypeScript and as hand-written C++.
// It measures, side by side in one run, the tsduino host binary, Node running the esbuild-transpiled
// TypeScript, and the C++ reference built with g++ -O2: best wall and CPU time, peak resident memory (from
// /usr/bin/time -f %M), the tsduino compile time (TypeScript → C++ → g++), and checks that all three print
// the same thing. Prints a table with the ratios. Runs are interleaved so machine load hits all alike, and
// each measurement runs the program RUNS_PER_MEASURE times back to back and takes the mean: the programs
// run for 10–40 ms, where the 1 ms resolution of the CPU times and one-off scheduling delays moved a single
// run's ratio by 10% and more.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { repoRoot, cliEntry } from "../../test/helpers/paths.js";
import { runProcess } from "../../test/helpers/process.js";
import { bundleForNode } from "../../test/helpers/node-oracle.js";

const programsDir = join(repoRoot, "bench", "host", "programs");
const ROUNDS = 5;
const RUNS_PER_MEASURE = 10;

interface Variant {
  name: "tsduino" | "node" | "c++";
  command?: string[];
  best?: number;
  /** Best user + system CPU time of the process (bash's `times`, 1 ms resolution): steadier than wall time on a
   *  loaded machine, and what the tsduino/C++ ratio is taken from (both are single-threaded; Node's JIT and GC
   *  threads would count against it, so Node is compared by wall time). */
  bestCpu?: number;
  peakKb?: number;
  output?: string;
  problem?: string;
}

interface Row {
  program: string;
  compileSeconds?: number;
  variants: Variant[];
}

async function measure(variant: Variant): Promise<void> {
  if (!variant.command) return;
  const [cmd, ...args] = variant.command;
  // bash runs the program under /usr/bin/time (peak RSS, the output that is compared), then RUNS_PER_MEASURE - 1
  // times more, and prints its children's CPU times (all the runs) to stderr; times are per run.
  const script = `/usr/bin/time -f %M "$@"; code=$?; for ((n = 1; n < ${RUNS_PER_MEASURE}; n++)); do "$@" >/dev/null 2>&1; done; times >&2; exit $code`;
  const r = await runProcess("bash", ["-c", script, "bench", cmd, ...args], { timeoutMs: 120_000 * RUNS_PER_MEASURE });
  const lines = r.stderr.trim().split("\n");
  const peak = Number(lines[lines.length - 3]);
  const cpu = cpuMs(lines[lines.length - 1]) / RUNS_PER_MEASURE;
  const wall = r.wallMs / RUNS_PER_MEASURE;
  if (r.code !== 0) {
    variant.problem = `exit ${r.code}: ${lines.slice(0, 3).join(" ")}`;
    variant.command = undefined;
    return;
  }
  if (variant.best === undefined || wall < variant.best) {
    variant.best = wall;
    variant.peakKb = peak;
  }
  if (variant.bestCpu === undefined || cpu < variant.bestCpu) variant.bestCpu = cpu;
  variant.output = r.stdout.toString("utf8");
}

/** `0m0.017s 0m0.003s` (user, system) as milliseconds. */
function cpuMs(timesLine: string | undefined): number {
  const parts = [...(timesLine ?? "").matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  return parts.reduce((a, b) => a + b, 0);
}

async function prepare(program: string, work: string): Promise<Row> {
  const name = basename(program, ".ts");
  const row: Row = { program: name, variants: [{ name: "tsduino" }, { name: "node" }, { name: "c++" }] };
  const [tsd, node, cpp] = row.variants;
  const started = performance.now();
  const built = await runProcess("nice", [process.execPath, cliEntry, "build", program, "--target", "host", "--out", work], { cwd: repoRoot, timeoutMs: 300_000 });
  if (built.code === 0) {
    row.compileSeconds = (performance.now() - started) / 1000;
    tsd.command = [join(work, name, name)];
  } else {
    tsd.problem = `tsduino build failed: ${built.stderr.trim().split("\n")[0] ?? ""}`;
  }
  const bundle = join(work, `${name}.mjs`);
  await bundleForNode(program, bundle);
  node.command = [process.execPath, bundle];
  const reference = join(work, `${name}-ref`);
  const gpp = await runProcess("nice", ["g++", "-std=gnu++17", "-O2", "-o", reference, join(programsDir, `${name}.cpp`)], { timeoutMs: 300_000 });
  if (gpp.code === 0) cpp.command = [reference];
  else cpp.problem = `g++ failed: ${gpp.stderr.split("\n")[0]}`;
  return row;
}

function ratio(a?: number, b?: number): string {
  return a !== undefined && b !== undefined && b > 0 ? (a / b).toFixed(2) + "x" : "-";
}

function ms(v?: number): string {
  return v === undefined ? "-" : v.toFixed(0);
}

function ms1(v?: number): string {
  return v === undefined ? "-" : v.toFixed(1);
}

function mb(kb?: number): string {
  return kb === undefined || Number.isNaN(kb) ? "-" : (kb / 1024).toFixed(1);
}

function printTable(rows: Row[]): void {
  const header = ["program", "tsduino ms", "node ms", "c++ ms", "node/tsd", "tsd cpu ms", "c++ cpu ms", "tsd/c++ cpu", "tsd MB", "node MB", "c++ MB", "compile s", "same output"];
  const body = rows.map((r) => {
    const [t, n, c] = r.variants;
    const outputs = r.variants.filter((v) => v.output !== undefined).map((v) => v.output);
    const same = outputs.length < 2 ? "-" : outputs.every((o) => o === outputs[0]) ? "yes" : "NO";
    return [r.program, ms(t.best), ms(n.best), ms(c.best), ratio(n.best, t.best), ms1(t.bestCpu), ms1(c.bestCpu), ratio(t.bestCpu, c.bestCpu), mb(t.peakKb), mb(n.peakKb), mb(c.peakKb), r.compileSeconds?.toFixed(1) ?? "-", same];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const b of body) console.log(line(b));
  for (const r of rows) for (const v of r.variants) if (v.problem) console.log(`${r.program} ${v.name}: ${v.problem}`);
}

const work = mkdtempSync(join(tmpdir(), "tsd-bench-host-"));
try {
  const programs = readdirSync(programsDir).filter((f) => f.endsWith(".ts")).sort().map((f) => join(programsDir, f));
  console.log(`host benchmark: ${programs.length} programs, best of ${ROUNDS} measurements of ${RUNS_PER_MEASURE} runs each (mean per run): wall time, CPU time (user + system) and peak RSS`);
  const rows: Row[] = [];
  for (const p of programs) rows.push(await prepare(p, work));
  for (let round = 0; round < ROUNDS; round++) for (const row of rows) for (const v of row.variants) await measure(v);
  printTable(rows);
  console.log("node/tsd (wall time) > 1 means the tsduino binary is faster than Node; tsd/c++ cpu is the cost over hand-written C++.");
} finally {
  rmSync(work, { recursive: true, force: true });
}
