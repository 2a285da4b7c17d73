// Running a corpus program on the host target with its native build cached by content: the program is
// compiled to C++ by the real compiler (fast), and the g++ build (slow) is reused from
// .tsduino-cache/corpus-host/<hash> when the generated sketch, the runtime sources and the host builder are
// unchanged. The executable is then run exactly as `tsduino run` runs it (a sketch is stopped with SIGTERM
// after its timeout and counts as exit 0). Anything unusual (diagnostics, libraries) falls back to the CLI.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "../../compiler/src/index.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildHost } from "../../builders/host.js";
import { cacheDir, repoRoot } from "./paths.js";
import { runProcess, type ProcessResult } from "./process.js";
import { runTsduino } from "./tsduino-cli.js";

const binaries = join(cacheDir, "corpus-host");

/** Hashes every file under `dir` (names and contents), recursively, in a stable order. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) hashTree(hash, path);
    else if (e.isFile()) hash.update(path).update(readFileSync(path));
  }
}

function buildKey(files: { path: string; content: string }[]): string {
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.path).update("\0").update(f.content).update("\0");
  for (const dir of ["core", "arduino", "host"]) hashTree(hash, join(repoRoot, "runtime", dir));
  hashTree(hash, join(repoRoot, "dist", "builders"));
  return hash.digest("hex").slice(0, 32);
}

function failure(message: string): ProcessResult {
  return { stdout: Buffer.alloc(0), stderr: message, code: 1, signal: null, timedOut: false, wallMs: 0 };
}

/** The host executable for `entry`, from the cache or freshly built; a ProcessResult describing a failed
 * build; or undefined when the program needs the CLI itself (diagnostics to print, library bindings). */
async function hostExecutable(entry: string): Promise<string | ProcessResult | undefined> {
  const result = compile({ entry });
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (!result.sketch || errors.length > 0 || result.sketch.bindings.length > 0) return undefined;
  const sketch = result.sketch;
  const cached = join(binaries, buildKey(sketch.files));
  if (existsSync(cached)) return cached;
  const work = mkdtempSync(join(tmpdir(), "tsd-host-"));
  try {
    const dir = writeSketch(sketch, work);
    const { executable } = await buildHostRetrying(dir, sketch);
    mkdirSync(binaries, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    copyFileSync(executable, tmp);
    renameSync(tmp, cached);
    return cached;
  } catch (e) {
    return failure(e instanceof Error ? e.message : String(e));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** buildHost names its temporary object files by process id, so two builds of this one process may race
 * on the same runtime object (rename → ENOENT) when the runtime just changed; the second attempt finds
 * the object in the cache. */
async function buildHostRetrying(dir: string, sketch: Parameters<typeof buildHost>[1]): ReturnType<typeof buildHost> {
  try {
    return await buildHost(dir, sketch);
  } catch (e) {
    if (!(e instanceof Error && /ENOENT.*rename/.test(e.message))) throw e;
    return buildHost(dir, sketch);
  }
}

/** Runs `entry` on the host like `tsduino run entry [--timeout stopAfterSeconds]`. */
export async function runOnHost(entry: string, stopAfterSeconds?: number): Promise<ProcessResult> {
  const executable = await hostExecutable(entry);
  if (executable === undefined) return runTsduino(["run", entry, ...(stopAfterSeconds ? ["--timeout", String(stopAfterSeconds)] : [])], 240_000);
  if (typeof executable !== "string") return executable;
  const r = await runProcess(executable, [], { timeoutMs: stopAfterSeconds ? stopAfterSeconds * 1000 : 60_000, killSignal: stopAfterSeconds ? "SIGTERM" : "SIGKILL" });
  // `tsduino run --timeout` reports a sketch stopped by its timeout as a normal end (exit 0).
  return stopAfterSeconds && r.timedOut ? { ...r, code: 0, timedOut: false } : r;
}
