// Running a corpus program on the host target with its native build cached by content: the program is
// compiled to C++ by the real compiler (fast), and the g++ build (slow) is reused from
// .tsduino-cache/corpus-host/<hash> when the generated sketch, the runtime sources and the host builder are
// unchanged. The executable is then run exactly as `tsduino run` runs it (a sketch is stopped with SIGTERM
// after its timeout and counts as exit 0). Anything unusual (diagnostics, libraries) falls back to the CLI.
//
// Batches (prepareHostBatches, helpers/sketch-batch.ts): g++ spends most of a corpus program's build on the
// runtime's headers and templates, the same in every program, so programs are also built 24 to a binary: each
// program's .ino, unchanged but for its `#include` of the runtime, inside a namespace of its own, and a
// setup()/loop() that call the program named by TSD_BATCH_PROGRAM. Every program still runs alone, in its own process (its
// own runtime state, Serial, heap, exit status). A batch that does not compile is dropped and its programs
// are built one by one, so a program g++ rejects names itself; a caller whose batched run fails reruns the
// program built alone (runOnHost with { batch: false }) and reports that run.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CompiledSketch } from "../../compiler/src/index.js";
import { compileCached } from "./compile-cache.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildHost } from "../../builders/host.js";
import { cacheDir, repoRoot } from "./paths.js";
import { runProcess, type ProcessResult } from "./process.js";
import { runTsduino } from "./tsduino-cli.js";
import { batchable, batchSource, HOST_SELECTOR, intoBatches, runtimeKey } from "./sketch-batch.js";

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

/** The program's sketch when it can be built here (no errors, no library bindings), else undefined. */
function compileForHost(entry: string): CompiledSketch | undefined {
  const result = compileCached({ entry });
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (!result.sketch || errors.length > 0 || result.sketch.bindings.length > 0) return undefined;
  return result.sketch;
}

interface BatchedProgram {
  executable: string;
  index: number;
}

/** Where a program's batch binary is recorded: <binaries>/<program key>.batch holds "<binary name> <index>". */
function batchPointer(key: string): string {
  return join(binaries, `${key}.batch`);
}

function batchedProgram(key: string): BatchedProgram | undefined {
  const pointer = batchPointer(key);
  if (!existsSync(pointer)) return undefined;
  const [name, index] = readFileSync(pointer, "utf8").trim().split(" ");
  const executable = join(binaries, name);
  return existsSync(executable) ? { executable, index: Number(index) } : undefined;
}

export const BATCH_SIZE = 24;

async function buildBatch(members: { key: string; sketch: CompiledSketch }[]): Promise<void> {
  const batchKey = createHash("sha256").update(members.map((m) => m.key).join(",")).digest("hex").slice(0, 32);
  const name = `batch-${batchKey}`;
  const work = mkdtempSync(join(tmpdir(), "tsd-host-batch-"));
  try {
    const first = members[0].sketch;
    const dir = writeSketch(first, work);
    writeFileSync(join(dir, `${first.name}.ino`), batchSource(members.map((m) => m.sketch), HOST_SELECTOR));
    const { executable } = await buildHostRetrying(dir, first);
    mkdirSync(binaries, { recursive: true });
    const tmp = join(binaries, `${name}.${process.pid}.tmp`);
    copyFileSync(executable, tmp);
    renameSync(tmp, join(binaries, name));
    members.forEach((m, i) => writeFileSync(batchPointer(m.key), `${name} ${i}\n`));
  } catch {
    // Dropped: its programs are built one by one when they run, and a failing one names itself.
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Builds the programs that are neither cached nor batched yet, BATCH_SIZE to a binary, two builds at a time. */
export async function prepareHostBatches(entries: string[]): Promise<void> {
  const groups = new Map<string, { key: string; sketch: CompiledSketch }[]>();
  for (const entry of entries) {
    const sketch = compileForHost(entry);
    if (!sketch || !batchable(sketch)) continue;
    const key = buildKey(sketch.files);
    if (existsSync(join(binaries, key)) || batchedProgram(key)) continue;
    const group = runtimeKey(sketch);
    groups.set(group, [...(groups.get(group) ?? []), { key, sketch }]);
  }
  const batches = intoBatches(groups.values(), BATCH_SIZE);
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await buildBatch(batches[next++]);
  };
  await Promise.all([worker(), worker()]);
}

/** The host executable for `entry` (with the program's index when it is a batch), from the cache or freshly
 * built; a ProcessResult describing a failed build; or undefined when the program needs the CLI itself
 * (diagnostics to print, library bindings). */
async function hostExecutable(entry: string, useBatch: boolean): Promise<string | BatchedProgram | ProcessResult | undefined> {
  const sketch = compileForHost(entry);
  if (!sketch) return undefined;
  const key = buildKey(sketch.files);
  const cached = join(binaries, key);
  if (existsSync(cached)) return cached;
  const batched = useBatch ? batchedProgram(key) : undefined;
  if (batched) return batched;
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

/** Runs `entry` on the host like `tsduino run entry [--timeout stopAfterSeconds]`; from its batch binary
 * when prepareHostBatches built one, unless `batch` is false. The result says whether it ran batched.
 * `dataLimitKb` runs the executable under `ulimit -d` (memory soaks: a leak makes malloc fail). */
export async function runOnHost(entry: string, stopAfterSeconds?: number, options: { batch?: boolean; dataLimitKb?: number } = {}): Promise<ProcessResult & { batched?: boolean }> {
  const executable = await hostExecutable(entry, options.batch ?? true);
  if (executable === undefined) return runTsduino(["run", entry, ...(stopAfterSeconds ? ["--timeout", String(stopAfterSeconds)] : [])], 240_000);
  if (typeof executable !== "string" && !("index" in executable)) return executable;
  const batched = typeof executable !== "string";
  const path = batched ? executable.executable : executable;
  const [command, args] = options.dataLimitKb ? ["sh", ["-c", `ulimit -d ${options.dataLimitKb} && exec "$0"`, path]] : [path, []];
  const r = await runProcess(command, args, {
    timeoutMs: stopAfterSeconds ? stopAfterSeconds * 1000 : 60_000,
    killSignal: stopAfterSeconds ? "SIGTERM" : "SIGKILL",
    env: batched ? { ...process.env, TSD_BATCH_PROGRAM: String(executable.index) } : undefined,
  });
  // `tsduino run --timeout` reports a sketch stopped by its timeout as a normal end (exit 0).
  return { ...(stopAfterSeconds && r.timedOut ? { ...r, code: 0, timedOut: false } : r), batched };
}
