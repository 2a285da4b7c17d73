// The host target: compiles a sketch folder with the PC's g++ against the emulated Arduino core
// (runtime/arduino/) and the POSIX platform layer (runtime/host/), plus the host implementations of the
// libraries the sketch uses, into a native executable. Object files of the runtime are cached by content
// under .tsduino-cache/host-objects so that only the sketch itself is recompiled on each build.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { CompiledSketch } from "../compiler/src/index.js";
import { PROJECT_ROOT, RUNTIME_DIR } from "../compiler/src/program.js";
import { UserError } from "../shared/user-error.js";
import { SEMANTIC_CXX_FLAGS } from "./semantic-flags.js";

const CACHE = join(PROJECT_ROOT, ".tsduino-cache", "host-objects");
const FLAGS = ["-std=gnu++17", "-O2", "-g", "-fwrapv", ...SEMANTIC_CXX_FLAGS, "-fno-exceptions", "-fno-rtti", "-Wno-unused-parameter", "-Wno-unused-label", "-Wno-unused-variable"];
// libstdc++ and libgcc linked in: the dynamic loader has fewer symbols to look up at every start.
const LINK_FLAGS = ["-static-libstdc++", "-static-libgcc"];

export interface HostBuild {
  executable: string;
  /** g++ diagnostics, which name the .ts files through the #line directives. */
  log: string;
}

function run(cmd: string, args: string[], cwd?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", (e: NodeJS.ErrnoException) => resolve({ code: e.code === "ENOENT" ? 127 : 1, output: e.message }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function cppFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".cpp")).map((f) => join(dir, f));
}

function includeDirs(sketchDir: string, sketch: CompiledSketch): string[] {
  const dirs = [join(RUNTIME_DIR, "arduino"), join(RUNTIME_DIR, "host"), join(sketchDir, "src", "tsduino")];
  for (const lib of sketch.bindings) dirs.push(join(sketchDir, "src", "libraries", lib.module), join(lib.dir, "host"), lib.dir);
  return dirs;
}

/** "host/*.cpp" or a plain relative path (Node 20 has no fs.globSync). */
function expandPattern(dir: string, pattern: string): string[] {
  const star = pattern.lastIndexOf("*");
  if (star < 0) return [join(dir, pattern)];
  const folder = join(dir, pattern.slice(0, pattern.lastIndexOf("/", star) + 1));
  const suffix = pattern.slice(star + 1);
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(suffix)).sort().map((f) => join(folder, f)) : [];
}

/** Compiles one source to a cached object file keyed by its content, its headers' content and the flags. */
async function cachedObject(source: string, includes: string[], extra: string[]): Promise<string> {
  const hash = createHash("sha256");
  hash.update(readFileSync(source));
  for (const dir of includes) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (/\.(h|hpp)$/.test(f)) hash.update(f).update(readFileSync(join(dir, f)));
  }
  hash.update(FLAGS.join(" ") + extra.join(" "));
  const object = join(CACHE, `${hash.digest("hex").slice(0, 24)}.o`);
  if (existsSync(object)) return object;
  // Concurrent builds in one process share the compilation; other processes write their own temporary file.
  let pending = inFlight.get(object);
  if (!pending) {
    pending = compileObject(source, object, includes, extra).finally(() => inFlight.delete(object));
    inFlight.set(object, pending);
  }
  return pending;
}

const inFlight = new Map<string, Promise<string>>();

async function compileObject(source: string, object: string, includes: string[], extra: string[]): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${object}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const r = await run("g++", [...FLAGS, ...extra, ...includes.map((d) => `-I${d}`), "-c", source, "-o", tmp]);
  if (r.code !== 0) throw new UserError(`g++ failed on ${source}:\n${r.output}`);
  renameSync(tmp, object);
  return object;
}

export async function buildHost(sketchDir: string, sketch: CompiledSketch): Promise<HostBuild> {
  const includes = includeDirs(sketchDir, sketch);
  // A set: bindings may share host sources (the TCP/TLS transport under WiFiClient and WebSocketsClient).
  const runtimeSources = [...new Set([
    ...cppFiles(join(sketchDir, "src", "tsduino")),
    ...cppFiles(join(RUNTIME_DIR, "arduino")),
    ...cppFiles(join(RUNTIME_DIR, "host")),
    ...sketch.bindings.flatMap((lib) => lib.hostSources.flatMap((pattern) => expandPattern(lib.dir, pattern))),
  ])];
  const linkFlags = [...new Set(sketch.bindings.flatMap((lib) => lib.hostFlags))];
  const check = await run("g++", ["--version"]);
  if (check.code === 127) throw new UserError("g++ is not installed: run 'apt-get install g++' (or 'sudo apt-get install g++')");
  const objects: string[] = [];
  // Two at a time: the machine this runs on may have only two cores.
  for (let i = 0; i < runtimeSources.length; i += 2) {
    objects.push(...(await Promise.all(runtimeSources.slice(i, i + 2).map((s) => cachedObject(s, includes, [])))));
  }
  const executable = join(sketchDir, sketch.name);
  const ino = join(sketchDir, `${sketch.name}.ino`);
  const r = await run("g++", [...FLAGS, ...includes.map((d) => `-I${d}`), "-x", "c++", ino, "-x", "none", ...objects, ...linkFlags, ...LINK_FLAGS, "-o", executable]);
  if (r.code !== 0) throw new HostCompileError(r.output);
  return { executable, log: r.output };
}

/** g++ rejected the generated sketch: a compiler bug (the compiler promises valid C++), shown with its output. */
export class HostCompileError extends UserError {
  constructor(readonly output: string) {
    super(`g++ could not compile the generated sketch (this is a tsduino bug; please report it):\n${output.split("\n").slice(0, 40).join("\n")}`);
  }
}
