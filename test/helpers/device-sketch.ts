// Shared by the device-library tests: `tsduino run` as a user runs it, and the xtensa object check of a
// sketch (the compiler's board output compiled by xtensa-lx106-elf-g++ against the declaration-only
// headers in runtime/device, plus any real library headers).
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compile, formatDiagnostic } from "../../compiler/src/index.js";
import { boardPins, getBoard } from "../../boards/index.js";
import { writeSketch } from "../../builders/sketch.js";
import { runProcess, type ProcessResult } from "./process.js";
import { cliEntry, repoRoot } from "./paths.js";

export const XTENSA = "/usr/bin/xtensa-lx106-elf-g++";
export const hasXtensa = existsSync(XTENSA);

export function tsduinoRun(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 300_000): Promise<ProcessResult> {
  return runProcess(process.execPath, [cliEntry, "run", ...args], { cwd: repoRoot, timeoutMs, env: { ...process.env, ...env } });
}

export function example(name: string): string {
  return join(repoRoot, "examples", name, "main.ts");
}

export function fixtureProject(name: string): string {
  return join(repoRoot, "test", "fixtures", "projects", name);
}

/** Lines of a run's stdout, CR LF as LF. */
export function lines(r: ProcessResult): string[] {
  return r.stdout.toString("utf8").replace(/\r/g, "").split("\n").filter((l) => l !== "");
}

/** Compiles the sketch for the board and then to an xtensa object file; returns the object's path. */
export async function xtensaObject(entry: string, extraIncludes: string[] = [], board = "nodemcuv2"): Promise<{ object?: string; log: string }> {
  const result = compile({ entry: resolve(entry), board: boardPins(getBoard(board)) });
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (!result.sketch || errors.length) return { log: result.diagnostics.map((d) => formatDiagnostic(d)).join("\n") };
  const dir = writeSketch(result.sketch, mkdtempSync(join(tmpdir(), "tsduino-xtensa-")));
  const libs = existsSync(join(dir, "src/libraries")) ? readdirSync(join(dir, "src/libraries")).map((l) => join(dir, "src/libraries", l)) : [];
  const includes = [join(repoRoot, "runtime/device"), join(dir, "src/tsduino"), ...libs, ...extraIncludes].flatMap((d) => ["-I", d]);
  const object = join(dir, "sketch.o");
  const args = [XTENSA, "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-Os", "-Wall", "-Wextra", "-Werror", "-c", ...includes, "-x", "c++", join(dir, `${result.sketch.name}.ino`), "-o", object];
  const log = await new Promise<string>((done) =>
    execFile("nice", args, { maxBuffer: 1 << 24 }, (error, stdout, stderr) => done(error ? `${stdout}${stderr}` || String(error) : "")),
  );
  return log ? { log } : { object, log: "" };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
