// The lx106-qemu target: builds a sketch folder (the compiler's output: <name>.ino + src/tsduino/*.cpp) for the
// ESP8266's own CPU with Debian's xtensa-lx106-elf-g++ and picolibc, linked with the emulated Arduino core
// (runtime/arduino/) and this target's platform layer, startup and arithmetic helpers (runtime/lx106-qemu/),
// then runs the ELF in QEMU (`qemu-system-xtensa -M sim -cpu lx106 -semihosting`) under -icount, which makes
// every run's timing deterministic. The program's CCOUNT ticks and peak heap come back as the last line of
// its stderr; this module strips that line and converts ticks to cycles: with `-icount shift=5` each
// instruction is 32 ns of virtual time and QEMU's lx106 CCOUNT counts at 40 MHz, i.e. 1.28 ticks per
// instruction, so cycles = ticks * 25 / 32 (one instruction = one cycle; the real chip also stalls on loads,
// branches and flash-cache misses, so these are lower bounds, comparable with each other).
// Object files are cached by content (source, every header in the include path, flags) under
// .tsduino-cache/lx106-objects, so rebuilding a sketch only compiles what changed.
import { SEMANTIC_CXX_FLAGS } from "./semantic-flags.js";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../shared/user-error.js";
import { findOnPath } from "./run-tool.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const LX106_RUNTIME_DIR = join(repoRoot, "runtime", "lx106-qemu");
const ARDUINO_CORE_DIR = join(repoRoot, "runtime", "arduino");
const OBJECT_CACHE_DIR = join(repoRoot, ".tsduino-cache", "lx106-objects");

const CXX = "xtensa-lx106-elf-g++";
const CC_LINK = "xtensa-lx106-elf-gcc";
const SIZE = "xtensa-lx106-elf-size";
const ADDR2LINE = "xtensa-lx106-elf-addr2line";
const QEMU = "qemu-system-xtensa";
const PICOLIBC_SPECS = "/usr/lib/xtensa-lx106-elf/picolibc.specs";

/** Code generation flags shared by the sketch, the runtime and the hand-written benchmark references. */
export const LX106_CODE_FLAGS = ["-O2", "-mlongcalls", "-mtext-section-literals", "-ffunction-sections", "-fdata-sections"];
// -g: debug info maps an out-of-memory error's code addresses back to TypeScript lines (no effect on the code).
const CXX_FLAGS = ["-g", "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-fno-threadsafe-statics", "-fwrapv", ...SEMANTIC_CXX_FLAGS, "-Wall", "-Wextra"];

/** -icount shift: 2^5 ns of virtual time per instruction; see the header comment for the tick conversion. */
const ICOUNT_SHIFT = 5;
const CCOUNT_HZ = 40_000_000;
export function ticksToCycles(ticks: number): number {
  return Math.round((ticks * 1e9) / (2 ** ICOUNT_SHIFT * CCOUNT_HZ));
}

export interface Lx106Sizes {
  /** Code: the reset stub, vectors and .text. */
  text: number;
  rodata: number;
  data: number;
  bss: number;
}

export interface Lx106BuildOptions {
  /** Where the ELF goes; default <sketchDir>/build-lx106/<name>.elf. */
  outFile?: string;
  /** Extra source files (C++ or assembler) to compile and link. */
  extraSources?: string[];
  /** Extra include directories. */
  includeDirs?: string[];
  /** Link the emulated Arduino core (runtime/arduino); default true. Hand-written benchmark references that
   *  only use the platform layer set it to false. */
  arduinoCore?: boolean;
  /** Extra preprocessor definitions, e.g. ["TSD_BENCH=1"]. */
  defines?: string[];
  /** Parallel compiler processes (default 2: the machine is shared). */
  jobs?: number;
}

export interface Lx106Build {
  elf: string;
  sizes: Lx106Sizes;
}

export interface Lx106RunOptions {
  /** Report cycles (always measured; this only asks for them in the result). */
  cycles?: boolean;
  /** Kill QEMU after this long (default 60 s; 0 = never); the result then has timedOut = true. */
  timeoutMs?: number;
  /** Bytes for the program's stdin (Serial.read). */
  input?: string;
  /** Stream the program's output while it runs (the CLI passes its stdout/stderr writers; the stats line is
   *  held back from stderr), and give it this process's stdin unless `input` is set. */
  live?: { stdout: (text: string) => void; stderr: (text: string) => void };
  /** Semihosting command line (QEMU's -append): argv[1] of the program (the test harness's batch index). */
  append?: string;
}

export interface Lx106Run {
  stdout: string;
  stderr: string;
  /** The program's exit status; null when QEMU was killed (timeout) or never reported an exit. */
  exitCode: number | null;
  timedOut: boolean;
  cycles?: number;
  /** Largest heap extent malloc reached, in bytes (includes allocator headers and fragmentation). */
  peakHeap?: number;
  /** Most stack the program used, in bytes (the ESP8266 gives loop() 4096). */
  peakStack?: number;
  /** The longest stretch the program ran without yielding, in ms of cycles at 80 MHz (the end of the run and,
   *  after a --timeout, the stretch reported last included). */
  longestWithoutYieldMs?: number;
  /** The watchdog model ended the run: a stretch without a yield reached 3.2 s ("Soft WDT reset"). */
  watchdogReset?: boolean;
}

function requireTool(name: string, pkg: string): string {
  const path = findOnPath(name);
  if (!path) throw new UserError(`${name} not found: install the Debian package ${pkg} (apt-get install ${pkg})`);
  return path;
}

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

interface SpawnOptions {
  timeoutMs?: number;
  input?: string;
  /** Give the child this process's stdin (a terminal: Serial.read in `tsduino run`). */
  inheritStdin?: boolean;
  onStdout?: (s: string) => void;
  onStderr?: (s: string) => void;
}

function spawnCollect(command: string, args: string[], options: SpawnOptions = {}): Promise<Spawned> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { stdio: [options.inheritStdin ? "inherit" : "pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = !options.timeoutMs || !Number.isFinite(options.timeoutMs) ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.stdout!.on("data", (b: Buffer) => {
      out.push(b);
      options.onStdout?.(b.toString("utf8"));
    });
    child.stderr!.on("data", (b: Buffer) => {
      err.push(b);
      options.onStderr?.(b.toString("utf8"));
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      resolveRun({ code: -1, stdout: "", stderr: e.message, timedOut: false });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), timedOut });
    });
    if (child.stdin) {
      child.stdin.on("error", () => undefined);
      child.stdin.end(options.input ?? "");
    }
  });
}

async function mapLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => pattern.test(f)).map((f) => join(dir, f)).filter((f) => statSync(f).isFile()).sort();
}

/** Digest of every header under the include directories, by position in the search order, name and content
 *  (not by path: every `tsduino run` writes its sketch to a new temporary folder, and the runtime copied
 *  there must still hit the cache). A change to any header rebuilds every object. */
function headersDigest(dirs: string[]): string {
  const hash = createHash("sha256");
  dirs.forEach((dir, i) => {
    hash.update(`#${i}\0`);
    for (const file of listFiles(dir, /\.(h|hpp)$/)) hash.update(basename(file)).update("\0").update(readFileSync(file));
  });
  return hash.digest("hex");
}

/** Compilations under way in this process, by object path: concurrent builds share them. */
const inFlight = new Map<string, Promise<string>>();

/** `flagsKey` is the flags without the include directories' paths (the headers digest stands for them). */
async function compileObject(source: string, flags: string[], flagsKey: string, headers: string): Promise<string> {
  const key = createHash("sha256").update(flagsKey).update(headers).update(basename(source)).update(readFileSync(source)).digest("hex").slice(0, 32);
  const object = join(OBJECT_CACHE_DIR, `${basename(source).replace(/[^\w.-]/g, "_")}-${key}.o`);
  if (existsSync(object)) return object;
  let pending = inFlight.get(object);
  if (!pending) {
    pending = compileUncached(source, flags, object).finally(() => inFlight.delete(object));
    inFlight.set(object, pending);
  }
  return pending;
}

async function compileUncached(source: string, flags: string[], object: string): Promise<string> {
  mkdirSync(OBJECT_CACHE_DIR, { recursive: true });
  const temp = `${object}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const language = /\.ino$/.test(source) ? ["-x", "c++"] : [];
  const r = await spawnCollect("nice", ["-n", "10", CXX, ...flags, ...language, "-c", source, "-o", temp]);
  if (r.code !== 0) {
    const lines = (r.stderr || r.stdout).trim().split("\n");
    const shown = lines.slice(0, 30).join("\n") + (lines.length > 30 ? `\n... (${lines.length - 30} more lines)` : "");
    throw new UserError(`lx106 build failed compiling ${source}:\n${shown}`);
  }
  renameSync(temp, object);
  return object;
}

/** Sections of the ELF as `xtensa-lx106-elf-size -A` prints them, summed into code / constants / RAM. */
export async function lx106Sizes(elf: string): Promise<Lx106Sizes> {
  const r = await spawnCollect(SIZE, ["-A", elf]);
  if (r.code !== 0) throw new UserError(`${SIZE} failed on ${elf}: ${r.stderr.trim()}`);
  const sizes: Lx106Sizes = { text: 0, rodata: 0, data: 0, bss: 0 };
  for (const line of r.stdout.split("\n")) {
    const m = /^(\.\S+)\s+(\d+)\s+\d+/.exec(line.trim());
    if (!m) continue;
    const [, name, size] = m;
    if (name === ".reset" || name === ".vectors" || name === ".text") sizes.text += Number(size);
    else if (name === ".rodata") sizes.rodata += Number(size);
    else if (name === ".data") sizes.data += Number(size);
    else if (name === ".bss") sizes.bss += Number(size);
  }
  return sizes;
}

/** Sources of the target itself: reset stub, startup, platform layer, heap, C++ support, arithmetic. */
export function lx106RuntimeSources(): string[] {
  return listFiles(LX106_RUNTIME_DIR, /\.(cpp|S)$/);
}

/** Builds a sketch folder written by the compiler (or any folder of C++ sources given as extraSources). */
export async function buildLx106(sketchDir: string, options: Lx106BuildOptions = {}): Promise<Lx106Build> {
  requireTool(CXX, "gcc-xtensa-lx106");
  requireTool(SIZE, "binutils-xtensa-lx106");
  if (!existsSync(PICOLIBC_SPECS)) throw new UserError(`picolibc for the lx106 is missing: install the Debian package picolibc-xtensa-lx106-elf`);
  const dir = resolve(sketchDir);
  const name = basename(dir);
  const useCore = options.arduinoCore ?? true;
  const coreDir = join(dir, "src", "tsduino");
  const ino = join(dir, `${name}.ino`);
  const libraries = join(dir, "src", "libraries");
  if (existsSync(libraries) && readdirSync(libraries).length) {
    throw new UserError(`the lx106-qemu target has no network or library support; this sketch uses ${readdirSync(libraries).join(", ")} (run it with --target host or on the board)`);
  }
  const sources = [
    ...(existsSync(ino) ? [ino] : []),
    ...listFiles(coreDir, /\.cpp$/),
    ...(useCore ? listFiles(ARDUINO_CORE_DIR, /\.cpp$/) : []),
    ...lx106RuntimeSources(),
    ...(options.extraSources ?? []).map((s) => resolve(s)),
  ];
  if (!existsSync(ino) && !options.extraSources?.length) throw new UserError(`no sketch found in ${dir} (expected ${name}.ino)`);
  const includeDirs = [...(useCore ? [ARDUINO_CORE_DIR] : []), coreDir, LX106_RUNTIME_DIR, ...(options.includeDirs ?? []).map((d) => resolve(d))].filter((d) => existsSync(d));
  const flags = [
    `-specs=${PICOLIBC_SPECS}`, ...LX106_CODE_FLAGS, ...CXX_FLAGS,
    ...(options.defines ?? []).map((d) => `-D${d}`), "-DTSDUINO_LX106_QEMU=1",
    ...includeDirs.map((d) => `-I${d}`),
  ];
  const headers = headersDigest(includeDirs);
  const flagsKey = flags.filter((f) => !f.startsWith("-I")).join("\0");
  const objects = new Array<string>(sources.length);
  await mapLimited(sources.map((s, i) => ({ s, i })), options.jobs ?? 2, async ({ s, i }) => {
    objects[i] = await compileObject(s, flags, flagsKey, headers);
  });
  const elf = resolve(options.outFile ?? join(dir, "build-lx106", `${name}.elf`));
  mkdirSync(dirname(elf), { recursive: true });
  const link = await spawnCollect(CC_LINK, [
    `-specs=${PICOLIBC_SPECS}`, ...LX106_CODE_FLAGS, "-nostartfiles", "-T", join(LX106_RUNTIME_DIR, "lx106-qemu.ld"),
    "-Wl,--gc-sections", ...objects, "-lm", "-o", elf,
  ]);
  if (link.code !== 0) throw new UserError(`lx106 link failed:\n${link.stderr.trim().split("\n").slice(0, 30).join("\n")}`);
  return { elf, sizes: await lx106Sizes(elf) };
}

const STATS_LINE = /(?:^|\n)tsduino-lx106: ccount=(\d+) peak-heap=(\d+) peak-stack=(\d+)(?: longest-no-yield=(\d+))?\n$/;
/** Printed after an out-of-memory error (runtime/lx106-qemu/startup.cpp): code addresses on the stack. */
const CODE_TRACE_LINE = /^tsduino-lx106: code-trace=([0-9a-f,]*)\n/m;
/** Printed by the watchdog model (runtime/lx106-qemu/watchdog.cpp) at each new longest stretch without a yield. */
const YIELD_GAP_LINE = /^tsduino-lx106: yield-gap=0x([0-9a-f]+)\n/gm;
/** The clock the watchdog model and "longest without yield" count in: the ESP8266 Arduino core's default F_CPU,
 *  one instruction per cycle (as the cycle figure). */
export const LX106_F_CPU_HZ = 80_000_000;
/** The ESP8266 core's software watchdog resets the chip after about this long without a yield. */
export const ESP8266_SOFT_WDT_MS = 3200;
/** Longer stretches without a yield get a warning: WiFi and TCP stall while the sketch runs. */
const LONG_STRETCH_WARN_MS = 1000;
/** The stack the ESP8266 Arduino core gives setup()/loop() (its "cont" task). */
export const ESP8266_LOOP_STACK_BYTES = 4096;
/** Roughly the free heap of an ESP8266 Arduino sketch before WiFi starts (80 KB RAM minus the core's globals). */
export const ESP8266_FREE_HEAP_BYTES = 50 * 1024;

/** Runs an lx106 ELF in QEMU and returns its output, exit status and (from the stats line) cycles and heap. */
export async function runLx106(elf: string, options: Lx106RunOptions = {}): Promise<Lx106Run> {
  requireTool(QEMU, "qemu-system-misc");
  if (!existsSync(elf)) throw new UserError(`no such ELF file: ${elf}`);
  const args = [
    "-M", "sim", "-cpu", "lx106", "-semihosting", "-display", "none", "-monitor", "none", "-serial", "none",
    "-icount", `shift=${ICOUNT_SHIFT},sleep=off`, "-kernel", elf, ...(options.append !== undefined ? ["-append", options.append] : []),
  ];
  // In live mode stderr is forwarded line by line so the stats line can be held back.
  let pendingErr = "";
  const forwardErr = (text: string) => {
    pendingErr += text;
    const lines = pendingErr.split("\n");
    pendingErr = lines.pop() ?? "";
    for (const line of lines) if (!line.startsWith("tsduino-lx106: ")) options.live?.stderr(`${line}\n`);
  };
  const r = await spawnCollect(QEMU, args, {
    timeoutMs: options.timeoutMs ?? 60_000,
    input: options.input,
    inheritStdin: options.live !== undefined && options.input === undefined,
    onStdout: options.live?.stdout,
    onStderr: options.live ? forwardErr : undefined,
  });
  if (options.live && pendingErr) options.live.stderr(pendingErr);
  let longestGapTicks: number | undefined;
  for (const m of r.stderr.matchAll(YIELD_GAP_LINE)) longestGapTicks = Math.max(longestGapTicks ?? 0, parseInt(m[1], 16));
  const trace = CODE_TRACE_LINE.exec(r.stderr);
  // The TypeScript line under the out-of-memory error, as `throw` prints its own ("    at file.ts:line").
  const where = trace ? await typeScriptLocation(elf, trace[1].split(",").filter(Boolean).map((a) => parseInt(a, 16))) : undefined;
  if (where) {
    r.stdout += `    at ${where}\n`;
    options.live?.stdout(`    at ${where}\n`);
  }
  const rawErr = r.stderr.replace(YIELD_GAP_LINE, "").replace(CODE_TRACE_LINE, "");
  const stats = STATS_LINE.exec(rawErr);
  const stderr = stats ? rawErr.slice(0, stats.index + (rawErr[stats.index] === "\n" ? 1 : 0)) : rawErr;
  const result: Lx106Run = {
    stdout: r.stdout,
    stderr,
    exitCode: r.timedOut ? null : r.code,
    timedOut: r.timedOut,
  };
  if (stats) {
    if (options.cycles !== false) result.cycles = ticksToCycles(Number(stats[1]));
    result.peakHeap = Number(stats[2]);
    result.peakStack = Number(stats[3]);
    if (stats[4] !== undefined) longestGapTicks = Number(stats[4]);
  }
  // Without the stats line (a run that --timeout killed) the last reported stretch is the longest so far.
  if (longestGapTicks !== undefined) result.longestWithoutYieldMs = (ticksToCycles(longestGapTicks) * 1000) / LX106_F_CPU_HZ;
  result.watchdogReset = /(?:^|\n)Soft WDT reset\n/.test(stderr);
  return result;
}

/** The first of `addresses` (return addresses, innermost first) whose call, inlined functions included, lies
 *  in a .ts file: "file.ts:line" (the path as the sketch's #line directives give it). */
async function typeScriptLocation(elf: string, addresses: number[]): Promise<string | undefined> {
  if (addresses.length === 0 || !findOnPath(ADDR2LINE)) return undefined;
  // A return address points after the call instruction: the byte before is the call itself.
  const r = await spawnCollect(ADDR2LINE, ["-a", "-i", "-e", elf, ...addresses.map((a) => `0x${(a - 1).toString(16)}`)]);
  if (r.code !== 0) return undefined;
  for (const chain of r.stdout.split(/^0x[0-9a-f]+\n/m)) {
    for (const line of chain.split("\n")) {
      const m = /^(.*\.ts):(\d+)/.exec(line);
      if (m && Number(m[2]) > 0) return `${relativeToSketch(m[1], dirname(dirname(elf)))}:${m[2]}`;
    }
  }
  return undefined;
}

/** addr2line joins the #line file name to the compiler's working folder; show it as the sketch wrote it. */
function relativeToSketch(file: string, sketchDir: string): string {
  for (const dir of [sketchDir, process.cwd()]) if (file.startsWith(dir + "/")) return file.slice(dir.length + 1);
  return file;
}

export interface Lx106Result extends Lx106Run {
  elf: string;
  sizes: Lx106Sizes;
}

/** Builds the sketch folder and runs it: what `tsduino run --target lx106-qemu` does after compiling. */
export async function runOnLx106(sketchDir: string, options: Lx106RunOptions & Lx106BuildOptions = {}): Promise<Lx106Result> {
  const built = await buildLx106(sketchDir, options);
  const run = await runLx106(built.elf, options);
  return { ...run, elf: built.elf, sizes: built.sizes };
}

/** The CLI's report: cycles, code and static RAM, peak heap and stack; further lines warn when the stack or
 *  heap use would not fit an ESP8266 (the emulator gives 16 KB of stack and 2 MB of heap). */
export function formatLx106Report(result: { cycles?: number; sizes: Lx106Sizes; peakHeap?: number; peakStack?: number; longestWithoutYieldMs?: number }): string {
  const code = result.sizes.text + result.sizes.rodata;
  const ram = result.sizes.data + result.sizes.bss;
  const parts = [
    ...(result.cycles !== undefined ? [`${result.cycles} cycles`] : []),
    `code ${code} B (.text ${result.sizes.text} + .rodata ${result.sizes.rodata})`,
    `static RAM ${ram} B (.data ${result.sizes.data} + .bss ${result.sizes.bss})`,
    ...(result.peakHeap !== undefined ? [`peak heap ${result.peakHeap} B`] : []),
    ...(result.peakStack !== undefined ? [`peak stack ${result.peakStack} B`] : []),
    ...(result.longestWithoutYieldMs !== undefined ? [`longest without yield ${formatMs(result.longestWithoutYieldMs)} ms`] : []),
  ];
  const lines = [`lx106-qemu: ${parts.join(", ")}`];
  if (result.peakStack !== undefined && result.peakStack > ESP8266_LOOP_STACK_BYTES) {
    lines.push(`warning: the program used ${result.peakStack} B of stack; the ESP8266 Arduino core gives setup()/loop() ${ESP8266_LOOP_STACK_BYTES} B, so it would crash on the board`);
  }
  if (result.peakHeap !== undefined && result.peakHeap > ESP8266_FREE_HEAP_BYTES) {
    lines.push(`warning: the heap peaked at ${result.peakHeap} B; an ESP8266 sketch has about ${ESP8266_FREE_HEAP_BYTES} B of free heap (less with WiFi and TLS), so it would run out of memory on the board`);
  }
  const stretch = result.longestWithoutYieldMs;
  if (stretch !== undefined && stretch >= LONG_STRETCH_WARN_MS && stretch < ESP8266_SOFT_WDT_MS) {
    lines.push(`warning: the program ran ${formatMs(stretch)} ms without yielding; WiFi and TCP stall meanwhile on an ESP8266, and its watchdog resets the chip at about ${ESP8266_SOFT_WDT_MS} ms`);
  }
  return lines.join("\n");
}

function formatMs(ms: number): string {
  return ms >= 10 ? String(Math.round(ms)) : ms.toFixed(1);
}
