// Runs programs differentially in batches: Node (the oracle) and the tsduino host build (or lx106 under
// QEMU) of one module holding many programs, then classifies each program:
//   match     same output
//   MISMATCH  different output (or the host died where Node did not)
//   G++FAIL   the compiler accepted the program and g++ rejected the C++ (a compiler bug)
//   CRASH     the compiler threw
//   REJECTED  the compiler printed a diagnostic (not a bug by itself; the construct is reported)
//   TIMEOUT   the native program ran past the time limit where Node finished
//   INVALID   tsc rejects the program (a generator bug, or a mutant to discard)
//   NODEFAIL  outside the Node oracle (a mutant to discard): Node timed out or reached one of V8's limits (stack
//             depth, string length, heap)
//   LIMIT     a mutant that reached one of the compiler's documented runtime limits (docs/language.md): ours
//             printed a prefix of Node's output, then stopped with that limit's exact error (not a failure;
//             counted and listed in the SUMMARY so a run shows how often mutants hit them)
//   FIXEDWIDTH a mutant of a program with fixed-width types whose difference from Node is that arithmetic alone
//             (fixed-width-rule.ts: read as number it matches Node; not a failure, listed in the SUMMARY)
// A failure of the batch is narrowed to its program: compiler diagnostics and g++ errors name lines of the
// batch (the generated C++ carries #line directives), a crash is bisected, a run that dies or hangs stops at
// a marker; the other programs are re-run in a new batch.
import { SEMANTIC_CXX_FLAGS } from "../../builders/semantic-flags.js";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { pathToFileURL } from "node:url";
import { compile } from "../../compiler/src/index.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildHost } from "../../builders/host.js";
import { buildLx106, runLx106 } from "../../builders/lx106-qemu.js";
import { mapWithConcurrency, runProcess, type ProcessResult } from "../helpers/process.js";
import { cacheDir, repoRoot, shimModule, sketchDriver } from "../helpers/paths.js";
import { differenceFromOracle } from "../helpers/corpus.js";
import { assemble, programAtLine, splitOutput, typeCheckAndRename, type Batch, type CheckedProgram, type Program } from "./batch.js";
import { timerDifference, timerOutput, timerTag } from "./timer-tail.js";
import { judgeFixedWidth } from "./fixed-width-rule.js";

export type OutcomeClass = "match" | "MISMATCH" | "G++FAIL" | "CRASH" | "REJECTED" | "TIMEOUT" | "INVALID" | "NODEFAIL" | "LIMIT" | "FIXEDWIDTH";

export interface Outcome {
  id: string;
  cls: OutcomeClass;
  /** What differs / the first g++ error / the crash / the diagnostic. */
  detail: string;
  node?: string;
  ours?: string;
}

export interface HarnessOptions {
  target: "host" | "lx106";
  /** Node's time limit for a whole batch. */
  nodeTimeoutMs?: number;
  /** The native program's time limit for a whole batch. */
  nativeTimeoutMs?: number;
  log?: (line: string) => void;
  /** Host optimisation level: "-O2" builds exactly as `tsduino run` does (-O2 -g); "-O0"/"-O1" are faster. */
  opt?: string;
  batchSize?: number;
  jobs?: number;
  /** Only ask g++ whether it accepts the C++ (G++FAIL or match, nothing is run): minimising a G++FAIL. */
  syntaxOnly?: boolean;
  /** Skip the per-program type check (generated programs); the compiler's check of the batch remains. */
  trusted?: boolean;
  /** Called with each program's outcome as soon as it is known. */
  onOutcome?: (o: Outcome) => void;
}

export interface HarnessStats {
  compiles: number;
  builds: number;
  nodeRuns: number;
  nativeRuns: number;
  buildMs: number;
  checkMs: number;
  nodeMs: number;
  compileMs: number;
  runMs: number;
}

export const stats: HarnessStats = { compiles: 0, builds: 0, nodeRuns: 0, nativeRuns: 0, buildMs: 0, checkMs: 0, nodeMs: 0, compileMs: 0, runMs: 0 };

async function timed<T>(key: "checkMs" | "nodeMs" | "compileMs" | "runMs", fn: () => Promise<T> | T): Promise<T> {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    stats[key] += Date.now() - t0;
  }
}

/** Classifies every program; the result has one outcome per program, in input order. With `batchSize`, the
 * programs are split into batches of that size, `jobs` (default 2) at a time. */
export async function runPrograms(programs: Program[], options: HarnessOptions): Promise<Outcome[]> {
  if (options.batchSize && programs.length > options.batchSize) {
    const chunks: Program[][] = [];
    for (let i = 0; i < programs.length; i += options.batchSize) chunks.push(programs.slice(i, i + options.batchSize));
    const one = { ...options, batchSize: undefined };
    return (await mapWithConcurrency(chunks, options.jobs ?? 2, (c) => runPrograms(c, one))).flat();
  }
  const outcomes = new Map<string, Outcome>();
  const checked = await timed("checkMs", () => typeCheckAndRename(programs, { check: !options.trusted }));
  for (const { program, error } of checked.invalid) {
    outcomes.set(program.id, { id: program.id, cls: "INVALID", detail: error });
    options.onOutcome?.({ id: program.id, cls: "INVALID", detail: error });
  }
  const work = mkdtempSync(join(tmpdir(), "tsd-fuzz-"));
  try {
    let pool = checked.valid;
    let round = 0;
    while (pool.length) {
      const next = await runRound(pool, options, outcomes, join(work, String(round++)));
      pool = next;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const results = programs.map((p) => outcomes.get(p.id) ?? { id: p.id, cls: "CRASH" as const, detail: "harness: no outcome" });
  const judged = await judgeFixedWidth(programs, results, (ps) => runPrograms(ps, { ...options, onOutcome: undefined }));
  return retryTimeoutsAtO2(programs, judged, options);
}

/** A TIMEOUT of a fast (-O0) host build is run again alone, built as `tsduino run` builds (-O2), with a minute:
 *  -O0 calls every ts::Num operator, so a loop of 2^31 double iterations (m-360-…-75001001) outlasts any limit
 *  there and finishes at -O2. Its outcome at -O2 is the program's. */
async function retryTimeoutsAtO2(programs: Program[], results: Outcome[], options: HarnessOptions): Promise<Outcome[]> {
  if (options.target !== "host" || options.opt === "-O2" || options.syntaxOnly) return results;
  const out = [...results];
  for (let k = 0; k < out.length; k++) {
    if (out[k].cls !== "TIMEOUT") continue;
    const [again] = await runPrograms([programs[k]], { ...options, opt: "-O2", nativeTimeoutMs: 60_000, batchSize: undefined, onOutcome: undefined });
    out[k] = { ...again, detail: `${again.detail ? again.detail + " " : ""}(run again alone at -O2: TIMEOUT at ${options.opt ?? "-O0"})` };
  }
  return out;
}

/** One batch: returns the programs that still need a run (those after a program that stopped the batch). */
async function runRound(pool: CheckedProgram[], options: HarnessOptions, outcomes: Map<string, Outcome>, dir: string): Promise<CheckedProgram[]> {
  mkdirSync(dir, { recursive: true });
  const set = (p: CheckedProgram, cls: OutcomeClass, detail: string, extra: Partial<Outcome> = {}): void => {
    outcomes.set(p.id, { id: p.id, cls, detail, ...extra });
    options.onOutcome?.({ id: p.id, cls, detail, ...extra });
  };

  // 1. Node. A program that hangs is dropped; one that throws must be the last of its batch.
  let programs = pool;
  let rest: CheckedProgram[] = [];
  let node: ProcessResult;
  let alone = false;
  for (;;) {
    const limit = options.nodeTimeoutMs ?? 10_000 + 250 * programs.length;
    node = await timed("nodeMs", () => runNode(assemble(programs), dir, alone ? Math.max(limit, options.trusted ? 60_000 : 20_000) : limit));
    const seg = splitOutput(node.stdout, programs.length);
    if (seg.last === programs.length && !programs.some((p, j) => ENGINE_LIMIT.test((seg.parts[j] ?? Buffer.alloc(0)).toString("utf8")))) break; // all finished (a timeout after the end marker does not matter)
    const k = Math.max(seg.last, 0);
    if (node.timedOut && !alone) {
      // On a loaded machine a whole batch can outlast its limit: the programs that finished are kept, the one
      // that was running is retried alone with a longer limit (a generated program terminates by construction;
      // a mutant may well loop forever), the others go into the next batch.
      if (k > 0) {
        rest = [...programs.slice(k), ...rest];
        programs = programs.slice(0, k);
      } else {
        rest = [...programs.slice(1), ...rest];
        programs = programs.slice(0, 1);
        alone = true;
      }
      continue;
    }
    if (node.timedOut) {
      set(programs[k], "NODEFAIL", "Node timed out");
      rest = [...programs.slice(k + 1), ...rest];
      programs = programs.slice(0, k);
      if (!programs.length) return rest;
      continue;
    }
    // Program k threw an uncaught error: it must end its batch. A program that reached one of V8's own limits
    // is not comparable (see engineLimit): such a mutant is discarded.
    const reached = ENGINE_LIMIT.exec(node.stderr);
    if (reached) {
      set(programs[k], "NODEFAIL", `Node: ${reached[0]}`);
      rest = [...programs.slice(k + 1), ...rest];
      programs = programs.slice(0, k);
      if (!programs.length) return rest;
      continue;
    }
    // The same limit reached and caught (`catch (e) { console.log(e.message) }`): the programs are dropped and
    // the batch runs again without them.
    const caught = programs.filter((p, j) => j < k && ENGINE_LIMIT.test((seg.parts[j] ?? Buffer.alloc(0)).toString("utf8")));
    if (caught.length) {
      for (const p of caught) set(p, "NODEFAIL", `Node: ${ENGINE_LIMIT.exec((seg.parts[programs.indexOf(p)] ?? Buffer.alloc(0)).toString("utf8"))![0]} (caught)`);
      programs = programs.filter((p) => !caught.includes(p));
      if (!programs.length) return rest;
      continue;
    }
    if (k === programs.length - 1) break;
    rest = [...programs.slice(k + 1), ...rest];
    programs = programs.slice(0, k + 1);
  }
  // Node's output per program, by id: the compile step below may drop programs from the batch.
  const nodeAll = splitOutput(node.stdout, programs.length);
  const nodeOf = new Map(programs.map((p, k) => [p.id, nodeAll.parts[k] ?? Buffer.alloc(0)]));
  const thrower = nodeAll.last !== programs.length ? programs[programs.length - 1].id : undefined;

  // 2. Compile; drop programs with diagnostics (REJECTED) or that crash the compiler.
  let compiled: { batch: Batch; sketchDir: string; result: ReturnType<typeof compile> } | undefined;
  while (programs.length) {
    const batch = assemble(programs);
    const file = join(dir, "fuzzbatch.ts");
    writeFileSync(file, batch.text);
    let result: ReturnType<typeof compile>;
    try {
      stats.compiles++;
      result = await timed("compileMs", () => compile({ entry: file }));
    } catch {
      const crashing = await bisectCrash(programs, dir, options);
      for (const [p, detail] of crashing) set(p, "CRASH", detail);
      const bad = new Set(crashing.map(([p]) => p.id));
      programs = programs.filter((p) => !bad.has(p.id));
      continue;
    }
    const errors = result.diagnostics.filter((d) => d.category === "error");
    if (errors.length) {
      const bad = new Set<number>();
      for (const e of errors) {
        const k = e.line !== undefined ? programAtLine(batch, e.line) : -1;
        if (k < 0) continue;
        if (!bad.has(k)) set(programs[k], /^TS\d+:/.test(e.message) ? "INVALID" : "REJECTED", `line ${e.line! - batch.startLines[k] + 1}: ${e.message}`);
        bad.add(k);
      }
      if (!bad.size) {
        // A diagnostic without a usable line: narrow it down by halves.
        if (programs.length === 1) {
          set(programs[0], "REJECTED", errors[0].message);
          return rest;
        }
        return splitRun(programs, rest, options, outcomes, dir);
      }
      programs = programs.filter((_, k) => !bad.has(k));
      continue;
    }
    compiled = { batch, sketchDir: "", result };
    break;
  }
  if (!programs.length || !compiled) return rest;

  // 3. g++ (host or xtensa); errors name batch lines through the #line directives.
  let executable: string | undefined;
  for (;;) {
    const built = await buildNative(compiled.result, dir, options);
    if (built.ok) {
      executable = built.path;
      break;
    }
    const bad = new Set<number>();
    for (const m of built.log.matchAll(/fuzzbatch\.ts:(\d+)(?::\d+)?: (?:error|required from here)/g)) {
      const k = programAtLine(compiled.batch, Number(m[1]));
      if (k >= 0) bad.add(k);
    }
    if (!bad.size) {
      // No line names a program: run the halves as separate batches to narrow it down.
      if (programs.length === 1) {
        set(programs[0], "G++FAIL", firstGppError(built.log));
        return rest;
      }
      return splitRun(programs, rest, options, outcomes, dir);
    }
    for (const k of bad) set(programs[k], "G++FAIL", firstGppError(built.log, compiled.batch.startLines[k], (compiled.batch.startLines[k + 1] ?? Infinity) - 1));
    const keep = programs.filter((_, k) => !bad.has(k));
    if (!keep.length) return rest;
    // The others go into the next round (recompiled without the failing ones).
    return [...keep, ...rest];
  }

  if (options.syntaxOnly) {
    for (const p of programs) set(p, "match", "g++ accepts it (not run)");
    return rest;
  }
  // 4. Run natively and compare segment by segment.
  const native = await timed("runMs", () => runNative(executable!, options, node.wallMs));
  const nodeSeg = { parts: programs.map((p) => nodeOf.get(p.id)!) };
  const nodeThrew = thrower !== undefined && programs[programs.length - 1].id === thrower;
  const ours = splitOutput(native.stdout, programs.length);
  const stopped = ours.last < programs.length ? Math.max(ours.last, 0) : programs.length;
  const extra = (k: number): Partial<Outcome> => ({ node: (nodeSeg.parts[k] ?? Buffer.alloc(0)).toString("utf8"), ours: (ours.parts[k] ?? Buffer.alloc(0)).toString("utf8") });
  for (let k = 0; k < Math.min(stopped, programs.length); k++) {
    const a = nodeSeg.parts[k] ?? Buffer.alloc(0);
    const b = ours.parts[k] ?? Buffer.alloc(0);
    if (nodeThrew && k === programs.length - 1) set(programs[k], "MISMATCH", `Node threw ${uncaught(node.stderr)}, ours finished`, extra(k));
    else if (a.equals(b)) set(programs[k], "match", "");
    else set(programs[k], "MISMATCH", describe(a, b), extra(k));
  }
  // Timer callbacks print after the batch's end marker: compare each generated program's tagged lines.
  if (stopped >= programs.length && !nodeThrew) {
    const nodeTimers = timerOutput(node.stdout);
    const ourTimers = timerOutput(native.stdout);
    for (const p of programs) {
      const tag = timerTag(p.id);
      const diff = tag && outcomes.get(p.id)?.cls === "match" ? timerDifference(tag, nodeTimers, ourTimers) : undefined;
      if (diff) set(p, "MISMATCH", diff, { node: nodeTimers.get(tag!) ?? "", ours: ourTimers.get(tag!) ?? "" });
    }
  }
  if (stopped >= programs.length) return rest;
  // The native run stopped inside program k: a panic, an uncaught error, or a hang.
  const p = programs[stopped];
  const a = nodeSeg.parts[stopped] ?? Buffer.alloc(0);
  const b = ours.parts[stopped] ?? Buffer.alloc(0);
  if (native.timedOut) set(p, "TIMEOUT", "the native run did not finish", extra(stopped));
  else if (!p.id.startsWith("g") && documentedLimit(a, b, native.stderr, nodeThrew && stopped === programs.length - 1, node.stderr) !== undefined) {
    set(p, "LIMIT", documentedLimit(a, b, native.stderr, true)!, extra(stopped));
  } else if (!(nodeThrew && stopped === programs.length - 1)) {
    set(p, "MISMATCH", `ours stopped (exit ${native.code ?? native.signal}) where Node went on: ${JSON.stringify(b.toString("utf8").split("\n").slice(-2).join("\n"))} ${native.stderr.slice(0, 300)}`, extra(stopped));
  } else {
    // Both name a thrown class (or a callee) by its name in the batch: z48_VersionError is VersionError.
    const unbatched = (out: Buffer): Buffer => (/^Uncaught .*\bz\d+_/m.test(out.toString("latin1")) ? Buffer.from(out.toString("latin1").replace(/^Uncaught .*$/gm, (l) => l.replace(/\bz\d+_/g, "")), "latin1") : out);
    const diff = differenceFromOracle({ ...node, stderr: node.stderr.replace(/\bz\d+_/g, ""), stdout: a, code: 1 }, { ...native, stdout: unbatched(b), code: native.code === 0 ? 1 : native.code });
    set(p, diff ? "MISMATCH" : "match", diff ?? "", diff ? extra(stopped) : {});
  }
  return [...programs.slice(stopped + 1), ...rest];
}

/**
 * V8's own limits: the depth of the call stack, the length of a string, the size of the heap or of one array, the
 * entries of one Map or Set (2^24: m-130-…-43000722 adds an entry per visited one in a for-of). Where a program
 * reaches one, Node's output depends on V8's numbers (~10,800 frames, 2^29 - 24 code units) and ours on the
 * device's (a 4 KB stack, ~50 KB of heap): the program is outside the oracle, like one Node cannot finish.
 */
const ENGINE_LIMIT = /Maximum call stack size exceeded|Invalid string length|JavaScript heap out of memory|Fatal JavaScript invalid size error|(?:Map|Set) maximum size exceeded/;

/**
 * The runtime stops documented in docs/language.md, each with its exact uncaught line:
 * - `RangeError: index out of range`: a fixed-width array (AssemblyScript's semantics, docs/testing.md "The
 *   fixed-width corpus") or a `boolean[]` read past its end, a store past its end or at a key that is not an index;
 * - `TypeError: Cannot spread undefined: the required member '…' would be missing`: a record cannot lack a
 *   required member that JavaScript's spread of undefined would leave out;
 * - `RangeError: map of an array with holes: only a number[] or string[] result can keep a hole`;
 * - `TypeError: JSON.parse: <member path>: expected <type>, got <what>`: parsed JSON that does not match the
 *   type it is read into (Node returns the mismatched value).
 * A mutant reaches one when ours printed a prefix of Node's output and then stopped with exactly that line
 * where Node went on. Anything else that differs stays a MISMATCH.
 */
const DOCUMENTED_LIMITS: { line: RegExp; what: string; memory?: boolean }[] = [
  { line: /^Uncaught RangeError: index out of range$/, what: "an array read or store out of range (RangeError, docs/language.md \"Arrays\")" },
  { line: /^Uncaught TypeError: Cannot spread undefined: the required member '[^']*' would be missing$/, what: "a spread of undefined leaving a required member out (docs/language.md \"Spread\")" },
  { line: /^Uncaught RangeError: map of an array with holes: only a number\[\] or string\[\] result can keep a hole$/, what: "a map of an array with holes into another element type (docs/language.md \"Arrays\")" },
  // m-505-…-64810061: a NaN member stringified to null, then parsed back as number[].
  { line: /^Uncaught TypeError: JSON\.parse: [^:]+: expected .+, got .+$/, what: "JSON.parse of well-formed JSON that does not match the declared type (docs/language.md \"JSON\")" },
  // m-665-…-83000311: `pool[2147483648] = c` makes Node's array sparse; ours would need 2^31 elements.
  // Node may throw later without printing more (there: reading a member of the next, undefined, element).
  { line: /^Uncaught RangeError: (?:out of memory|Invalid array length|Invalid string length)$/, what: "memory the device does not have (docs/language.md \"Memory\")", memory: true },
];

/** `nodeThrew`: Node's run ended with an uncaught error of its own; it went on past ours only if it printed
 *  more than ours did before stopping (m-466-…-64800055: a store at index -2147483649, then Node printed three
 *  lines before the program's last line threw). */
function documentedLimit(node: Buffer, ours: Buffer, stderr: string, nodeThrew = false, nodeStderr = ""): string | undefined {
  const text = ours.toString("latin1");
  const lastLine = /(?:^|\n)(Uncaught [^\n]*)\r?\n?$/.exec(text);
  if (!lastLine) return undefined;
  const limit = DOCUMENTED_LIMITS.find((l) => l.line.test(lastLine[1]));
  // stderr is the whole batch's: an earlier program's console.error lines come before the panic's line
  // (m-666-…-66200031 on lx106, after another program's console.error("to stderr", …)).
  const lastErr = stderr.trim().split("\n").pop()!.trim();
  if (!limit || (lastErr !== "" && lastErr !== lastLine[1])) return undefined;
  const printed = ours.subarray(0, lastLine.index + (lastLine[0].startsWith("\n") ? 1 : 0));
  if (!(node.length >= printed.length && node.subarray(0, printed.length).equals(printed))) return undefined;
  if (nodeThrew && node.length === printed.length && !limit.memory) return undefined;
  // Node threw the same error at the same point (m-239-…-92000457: `new Array(0.5)` is Node's RangeError too):
  // not a limit of ours, the two are compared as they are.
  if (nodeThrew && node.length === printed.length && `Uncaught ${uncaught(nodeStderr.replace(/\bz\d+_/g, ""))}` === lastLine[1]) return undefined;
  return `documented limit: ${limit.what}`;
}

function uncaught(stderr: string): string {
  return /^(\w*Error): (.*)$/m.exec(stderr)?.[0] ?? "an error";
}

/** The g++ failure had no line: run the two halves as separate batches. */
async function splitRun(programs: CheckedProgram[], rest: CheckedProgram[], options: HarnessOptions, outcomes: Map<string, Outcome>, dir: string): Promise<CheckedProgram[]> {
  const half = Math.ceil(programs.length / 2);
  let left = programs.slice(0, half);
  let i = 0;
  while (left.length) left = await runRound(left, options, outcomes, join(dir, `a${i++}`));
  return [...programs.slice(half), ...rest];
}

function describe(node: Buffer, ours: Buffer): string {
  const e = node.toString("utf8").split("\n");
  const a = ours.toString("utf8").split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `line ${i + 1}: node ${JSON.stringify(e[i] ?? "<end>")} ours ${JSON.stringify(a[i] ?? "<end>")}`;
  }
  return "outputs differ";
}

/** The first g++ error of the program whose lines start at `startLine` (up to `endLine`), or of the log. */
function firstGppError(log: string, startLine?: number, endLine = Infinity): string {
  const lines = log.split("\n");
  const clean = (l: string): string => l.replace(/^.*?fuzzbatch\.ts:(\d+):(\d+:)?/, "").replace(/^\/\S+\/(src\/tsduino\/)?/, "").trim().slice(0, 400);
  if (startLine !== undefined) {
    for (let i = 0; i < lines.length; i++) {
      const m = /fuzzbatch\.ts:(\d+)/.exec(lines[i]);
      if (!m || Number(m[1]) < startLine || Number(m[1]) > endLine) continue;
      if (/error:/.test(lines[i])) return clean(lines[i]);
      if (/required from/.test(lines[i])) {
        const next = lines.slice(i + 1).find((l) => /error:/.test(l));
        if (next) return clean(next);
      }
    }
  }
  return clean(lines.find((l) => /error:/.test(l)) ?? lines[0] ?? "");
}

async function runNode(batch: Batch, dir: string, timeoutMs: number): Promise<ProcessResult> {
  const file = join(dir, "node-batch.ts");
  const bundle = join(dir, "node-batch.mjs");
  writeFileSync(file, batch.text);
  // keepNames: esbuild renames a class that refers to itself (`class _C14`), which console.log would print.
  // Bundled only with imports: bundling makes a top-level let/const/class a `var`, so a read before its
  // declaration gave undefined instead of Node's ReferenceError (m-741-tdz-module-let-83000217).
  const bundled = /^\s*import\s/m.test(batch.text);
  await build({ entryPoints: [file], outfile: bundle, bundle: bundled, format: "esm", platform: "node", target: "node20", logLevel: "silent", keepNames: true });
  stats.nodeRuns++;
  return runProcess(process.execPath, ["--import", pathToFileURL(shimModule).href, sketchDriver, bundle, "0"], { timeoutMs });
}

/** Hashes the files under `dir` (names and contents) in a stable order. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) hashTree(hash, path);
    else if (e.isFile()) hash.update(path).update(readFileSync(path));
  }
}

const HOST_FLAGS = ["-std=gnu++17", "-fwrapv", ...SEMANTIC_CXX_FLAGS, "-fno-exceptions", "-fno-rtti", "-w"];
const objectCache = join(cacheDir, "fuzz-objects");
const headerHashes = new Map<string, string>();

function headersHash(dirs: string[]): string {
  const key = dirs.join("\0");
  let h = headerHashes.get(key);
  if (!h) {
    const hash = createHash("sha256");
    for (const d of dirs) hashTree(hash, d);
    h = hash.digest("hex");
    headerHashes.set(key, h);
  }
  return h;
}

const GPP_TIMEOUT_MS = 1_800_000;

function gpp(args: string[]): Promise<{ code: number; log: string }> {
  // A 100-program --everyday batch took over 10 minutes of wall time at load 20 (it is no compile error, and
  // splitting it only builds it again): a generous limit, and a timeout kills cc1plus too (killGroup).
  return runProcess("g++", args, { timeoutMs: GPP_TIMEOUT_MS, killGroup: true }).then((r) => ({ code: r.code ?? 1, log: (r.timedOut ? `g++ timed out after ${GPP_TIMEOUT_MS / 1000} s\n` : "") + r.stderr + r.stdout.toString() }));
}

const objectsInFlight = new Map<string, Promise<string>>();

/** The host runtime's object files at this optimisation level, compiled once and cached by content. */
async function runtimeObjects(includes: string[], opt: string): Promise<string[]> {
  const sources = [join(repoRoot, "runtime", "core"), join(repoRoot, "runtime", "arduino"), join(repoRoot, "runtime", "host")].flatMap((d) =>
    existsSync(d) ? readdirSync(d).filter((f) => f.endsWith(".cpp")).sort().map((f) => join(d, f)) : [],
  );
  const headers = headersHash(includes);
  mkdirSync(objectCache, { recursive: true });
  const objects: string[] = [];
  for (const source of sources) {
    const key = createHash("sha256").update(readFileSync(source)).update(headers).update(opt + HOST_FLAGS.join(" ")).digest("hex").slice(0, 24);
    const object = join(objectCache, `${key}.o`);
    if (!existsSync(object)) {
      let pending = objectsInFlight.get(object);
      if (!pending) {
        const tmp = `${object}.${process.pid}.tmp`;
        pending = gpp([...HOST_FLAGS, opt, ...includes.map((d) => `-I${d}`), "-c", source, "-o", tmp]).then((r) => {
          if (r.code !== 0) throw new Error(`g++ failed on the runtime ${source}:\n${r.log}`);
          renameSync(tmp, object);
          return object;
        });
        objectsInFlight.set(object, pending);
      }
      await pending;
    }
    objects.push(object);
  }
  return objects;
}

/** Builds the batch sketch for the host with our own g++ call, so that the optimisation level is ours to
 * choose (-O0 compiles the big batch modules 2–3x faster than the product's -O2 -g). */
async function buildHostFast(sketchDir: string, name: string, opt: string, syntaxOnly = false): Promise<{ ok: true; path: string } | { ok: false; log: string }> {
  const includes = [join(repoRoot, "runtime", "arduino"), join(repoRoot, "runtime", "host"), join(repoRoot, "runtime", "core")];
  const objects = await runtimeObjects(includes, opt);
  const exe = join(sketchDir, name);
  const sketchIncludes = [join(repoRoot, "runtime", "arduino"), join(repoRoot, "runtime", "host"), join(sketchDir, "src", "tsduino")];
  // No separate syntax-only pass: g++ generates no code for a translation unit with errors, so a failing
  // build costs what -fsyntax-only costs, and a passing one (most batches now) would pay the front end twice
  // (15 of 63 s of CPU for a 100-program everyday batch).
  if (syntaxOnly) {
    const check = await gpp([...HOST_FLAGS, "-fsyntax-only", ...sketchIncludes.map((d) => `-I${d}`), "-x", "c++", join(sketchDir, `${name}.ino`)]);
    return check.code === 0 ? { ok: true, path: "" } : { ok: false, log: check.log };
  }
  const r = await gpp([...HOST_FLAGS, opt, ...sketchIncludes.map((d) => `-I${d}`), "-x", "c++", join(sketchDir, `${name}.ino`), "-x", "none", ...objects, "-o", exe]);
  return r.code === 0 ? { ok: true, path: exe } : { ok: false, log: r.log };
}

async function buildNative(result: ReturnType<typeof compile>, dir: string, options: HarnessOptions): Promise<{ ok: true; path: string } | { ok: false; log: string }> {
  const sketch = result.sketch!;
  const out = join(dir, `build${stats.builds++}`);
  const sketchDir = writeSketch(sketch, out);
  const t0 = Date.now();
  try {
    if (options.target === "host") {
      if (options.syntaxOnly || (options.opt && options.opt !== "-O2")) return await buildHostFast(sketchDir, sketch.name, options.opt ?? "-O0", options.syntaxOnly);
      return { ok: true, path: (await buildHost(sketchDir, sketch)).executable };
    }
    // A syntax-only pass with the xtensa compiler first (the same flags as buildLx106), so that narrowing a
    // G++FAIL does not pay for -O2 code generation of the whole batch each round.
    const lx = join(repoRoot, "runtime", "lx106-qemu");
    const check = await runProcess("xtensa-lx106-elf-g++", [
      "-specs=/usr/lib/xtensa-lx106-elf/picolibc.specs", "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-fno-threadsafe-statics", "-fwrapv", ...SEMANTIC_CXX_FLAGS, "-w",
      "-fsyntax-only", "-DTSDUINO_LX106_QEMU=1", `-I${join(repoRoot, "runtime", "arduino")}`, `-I${join(sketchDir, "src", "tsduino")}`, `-I${lx}`,
      "-x", "c++", join(sketchDir, `${sketch.name}.ino`),
    ], { timeoutMs: GPP_TIMEOUT_MS, killGroup: true });
    if (check.code !== 0) return { ok: false, log: (check.timedOut ? "xtensa g++ timed out\n" : "") + check.stderr };
    if (options.syntaxOnly) return { ok: true, path: "" };
    return { ok: true, path: (await buildLx106(sketchDir, { jobs: 1 })).elf };
  } catch (e) {
    const message = e instanceof Error ? (e as Error & { output?: string }).output ?? e.message : String(e);
    return { ok: false, log: message };
  } finally {
    stats.buildMs += Date.now() - t0;
  }
}

/** TIMEOUT is for a run that hangs where Node finished, not for one slower than V8's JIT: a loop of 2^31 double
 *  iterations takes Node 3 s and ours, a tagged ts::Num at -O0, 13 s (m-360-…-75001001 timed out at 20 s on a
 *  loaded machine). On the host the limit is also ten times Node's own time for the batch. */
async function runNative(executable: string, options: HarnessOptions, nodeWallMs = 0): Promise<ProcessResult> {
  stats.nativeRuns++;
  if (options.target === "host") return runProcess(executable, [], { timeoutMs: Math.max(options.nativeTimeoutMs ?? 20_000, 10 * nodeWallMs) });
  const r = await runLx106(executable, { timeoutMs: options.nativeTimeoutMs ?? 120_000 });
  return { stdout: Buffer.from(r.stdout), stderr: r.stderr, code: r.exitCode, signal: null, timedOut: r.timedOut, wallMs: 0 };
}

/** The programs of a batch that make compile() throw, found by halving (compile is in-process and fast). */
async function bisectCrash(programs: CheckedProgram[], dir: string, options: HarnessOptions): Promise<[CheckedProgram, string][]> {
  const crashes = (ps: CheckedProgram[]): string | undefined => {
    const file = join(dir, "bisect.ts");
    writeFileSync(file, assemble(ps).text);
    try {
      stats.compiles++;
      compile({ entry: file });
      return undefined;
    } catch (e) {
      return e instanceof Error ? `${e.message} ${(e.stack ?? "").split("\n").slice(1, 3).join(" ").trim()}` : String(e);
    }
  };
  const found: [CheckedProgram, string][] = [];
  const search = (ps: CheckedProgram[]): void => {
    if (!ps.length) return;
    const why = crashes(ps);
    if (why === undefined) return;
    if (ps.length === 1) {
      found.push([ps[0], why.slice(0, 400)]);
      return;
    }
    const half = Math.ceil(ps.length / 2);
    search(ps.slice(0, half));
    search(ps.slice(half));
  };
  search(programs);
  if (!found.length) found.push(...programs.map((p): [CheckedProgram, string] => [p, "compiler crash only in combination"]));
  return found;
}
