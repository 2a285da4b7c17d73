// Running a corpus program on the lx106-qemu target in this process, as `tsduino run --target lx106-qemu`
// does after starting (resolve the project, compile with the board's pin names, write the sketch to a new
// temporary folder, build with xtensa-lx106-elf-g++, run in QEMU; a run stopped by --timeout counts as exit
// 0). Starting the CLI costs ~1.5 s of CPU per program (Node, TypeScript's lib files), more than the build
// itself; the CLI path is covered by lx106-cli.test.ts and by the programs that still go through it. Anything
// unusual (compiler diagnostics, library bindings) falls back to the CLI, which prints it as a user sees it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "../../compiler/src/index.js";
import { boardPins, getBoard } from "../../boards/index.js";
import { writeSketch } from "../../builders/sketch.js";
import { runOnLx106 } from "../../builders/lx106-qemu.js";
import { resolveProject } from "../../cli/project.js";
import type { ProcessResult } from "./process.js";
import { runTsduino } from "./tsduino-cli.js";

const PROGRAM_LIMIT_MS = 120_000;

/** Runs `entry` like `tsduino run entry --target lx106-qemu [--timeout stopAfterSeconds]`. */
export async function runOnLx106LikeCli(entry: string, stopAfterSeconds?: number): Promise<ProcessResult> {
  const viaCli = () => runTsduino(["run", entry, "--target", "lx106-qemu", ...(stopAfterSeconds ? ["--timeout", String(stopAfterSeconds)] : [])], 240_000);
  const project = resolveProject(entry, {});
  const result = compile({ entry: project.entry!, board: boardPins(getBoard(project.board)) });
  if (!result.sketch || result.diagnostics.length > 0 || result.sketch.bindings.length > 0) return viaCli();
  const work = mkdtempSync(join(tmpdir(), "tsd-lx106-run-"));
  const started = performance.now();
  try {
    const dir = writeSketch(result.sketch, work, { monitorBaud: project.monitorBaud });
    // A program (no --timeout) that never ends is a failure, reported as timed out instead of hanging the test.
    const run = await runOnLx106(dir, { timeoutMs: stopAfterSeconds ? stopAfterSeconds * 1000 : PROGRAM_LIMIT_MS });
    const stopped = run.timedOut && stopAfterSeconds !== undefined;
    return {
      stdout: Buffer.from(run.stdout, "utf8"),
      stderr: run.stderr,
      code: stopped ? 0 : (run.exitCode ?? 1),
      signal: null,
      timedOut: run.timedOut && !stopped,
      wallMs: performance.now() - started,
    };
  } catch (e) {
    // A failed build: the builder's message is what the CLI would print.
    return { stdout: Buffer.alloc(0), stderr: e instanceof Error ? e.message : String(e), code: 1, signal: null, timedOut: false, wallMs: performance.now() - started };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
