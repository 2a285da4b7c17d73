// Running a corpus program on the lx106-qemu target in this process, as `tsduino run --target lx106-qemu`
// does after starting (resolve the project, compile with the board's pin names, write the sketch to a new
// temporary folder, build with xtensa-lx106-elf-g++, run in QEMU; a run stopped by --timeout counts as exit
// 0). Starting the CLI costs ~1.5 s of CPU per program (Node, TypeScript's lib files), more than the build
// itself; the CLI path is covered by lx106-cli.test.ts and by the programs that still go through it. Anything
// unusual (compiler diagnostics, library bindings) falls back to the CLI, which prints it as a user sees it.
//
// Batches (prepareLx106Batches, helpers/sketch-batch.ts): as the host corpus test does, programs are also
// built 24 to an ELF (one translation unit, each program in a namespace of its own), which saves about a
// quarter of the xtensa g++ time and all but one link per batch; QEMU still runs each program alone, told
// which one by its semihosting argument (`-append <index>`). A batch that does not build is dropped (its
// programs are built alone); a caller whose batched run differs reruns the program built alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, type CompiledSketch } from "../../compiler/src/index.js";
import { boardPins, getBoard } from "../../boards/index.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildLx106, runLx106, runOnLx106, type Lx106Run } from "../../builders/lx106-qemu.js";
import { resolveProject } from "../../cli/project.js";
import type { ProcessResult } from "./process.js";
import { runTsduino } from "./tsduino-cli.js";
import { batchable, batchSource, intoBatches, LX106_SELECTOR, runtimeKey } from "./sketch-batch.js";

const PROGRAM_LIMIT_MS = 120_000;

export const LX106_BATCH_SIZE = 24;

/** The program's sketch as the CLI compiles it, when it can be built here (no diagnostics, no bindings). */
function compileLikeCli(entry: string): { sketch: CompiledSketch; monitorBaud: number | undefined } | undefined {
  const project = resolveProject(entry, {});
  const result = compile({ entry: project.entry!, board: boardPins(getBoard(project.board)) });
  if (!result.sketch || result.diagnostics.length > 0 || result.sketch.bindings.length > 0) return undefined;
  return { sketch: result.sketch, monitorBaud: project.monitorBaud };
}

/** Batch ELFs of this process, by entry: the ELF and the program's index in it. */
const batched = new Map<string, { elf: string; index: number }>();
let batchWork: string | undefined;

/** Builds `entries` LX106_BATCH_SIZE to an ELF, two builds at a time; runOnLx106LikeCli then runs them from
 * their batch. Call removeLx106Batches() when done. */
export async function prepareLx106Batches(entries: string[]): Promise<void> {
  const groups = new Map<string, { entry: string; sketch: CompiledSketch; monitorBaud: number | undefined }[]>();
  for (const entry of entries) {
    const compiled = compileLikeCli(entry);
    if (!compiled || !batchable(compiled.sketch)) continue;
    const group = `${runtimeKey(compiled.sketch)} ${compiled.monitorBaud}`;
    groups.set(group, [...(groups.get(group) ?? []), { entry, ...compiled }]);
  }
  batchWork ??= mkdtempSync(join(tmpdir(), "tsd-lx106-batches-"));
  const work = batchWork;
  const batches = intoBatches(groups.values(), LX106_BATCH_SIZE);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const n = next++;
      const members = batches[n];
      const first = members[0];
      try {
        const out = join(work, `b${n}`);
        mkdirSync(out, { recursive: true });
        const dir = writeSketch(first.sketch, out, { monitorBaud: first.monitorBaud });
        writeFileSync(join(dir, `${first.sketch.name}.ino`), batchSource(members.map((m) => m.sketch), LX106_SELECTOR));
        const { elf } = await buildLx106(dir, { jobs: 1 });
        members.forEach((m, index) => batched.set(m.entry, { elf, index }));
      } catch {
        // Dropped: its programs are built alone when they run, and one that fails names itself.
      }
    }
  };
  await Promise.all([worker(), worker()]);
}

export function removeLx106Batches(): void {
  batched.clear();
  if (batchWork) rmSync(batchWork, { recursive: true, force: true });
  batchWork = undefined;
}

function asProcessResult(run: Lx106Run, stopAfterSeconds: number | undefined, started: number): ProcessResult & { longestWithoutYieldMs?: number } {
  const stopped = run.timedOut && stopAfterSeconds !== undefined;
  return {
    longestWithoutYieldMs: run.longestWithoutYieldMs,
    stdout: Buffer.from(run.stdout, "utf8"),
    stderr: run.stderr,
    code: stopped ? 0 : (run.exitCode ?? 1),
    signal: null,
    timedOut: run.timedOut && !stopped,
    wallMs: performance.now() - started,
  };
}

/** Runs `entry` like `tsduino run entry --target lx106-qemu [--timeout stopAfterSeconds]`; from its batch ELF
 * when prepareLx106Batches built one, unless `batch` is false. The result says whether it ran batched. */
export async function runOnLx106LikeCli(entry: string, stopAfterSeconds?: number, options: { batch?: boolean } = {}): Promise<ProcessResult & { batched?: boolean; longestWithoutYieldMs?: number }> {
  // A program (no --timeout) that never ends is a failure, reported as timed out instead of hanging the test.
  const timeoutMs = stopAfterSeconds ? stopAfterSeconds * 1000 : PROGRAM_LIMIT_MS;
  const fromBatch = options.batch ?? true ? batched.get(entry) : undefined;
  if (fromBatch) {
    const started = performance.now();
    const run = await runLx106(fromBatch.elf, { timeoutMs, append: String(fromBatch.index) });
    return { ...asProcessResult(run, stopAfterSeconds, started), batched: true };
  }
  const viaCli = () => runTsduino(["run", entry, "--target", "lx106-qemu", ...(stopAfterSeconds ? ["--timeout", String(stopAfterSeconds)] : [])], 240_000);
  const compiled = compileLikeCli(entry);
  if (!compiled) return viaCli();
  const work = mkdtempSync(join(tmpdir(), "tsd-lx106-run-"));
  const started = performance.now();
  try {
    const dir = writeSketch(compiled.sketch, work, { monitorBaud: compiled.monitorBaud });
    return asProcessResult(await runOnLx106(dir, { timeoutMs }), stopAfterSeconds, started);
  } catch (e) {
    // A failed build: the builder's message is what the CLI would print.
    return { stdout: Buffer.alloc(0), stderr: e instanceof Error ? e.message : String(e), code: 1, signal: null, timedOut: false, wallMs: performance.now() - started };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
