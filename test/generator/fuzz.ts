// The fuzzing campaign behind `npm run fuzz`: generated programs and corpus mutants, run in batches of
// `batchSize` (two batches at a time), tallied per class, failures minimised and written as findings.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../helpers/paths.js";
import type { Program } from "./batch.js";
import { generateProgram } from "./generate.js";
import { runPrograms, stats, type HarnessOptions, type Outcome, type OutcomeClass } from "./harness.js";
import { minimize } from "./minimize.js";
import { mutants } from "./mutate.js";

export const FINDINGS_DIR = join(repoRoot, "test", "generator", "findings");
const FAILURES: OutcomeClass[] = ["MISMATCH", "G++FAIL", "CRASH", "TIMEOUT"];

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Explicit seeds of the generated programs (then `count` is their number and `seed` unused). */
  seeds?: number[];
  mutants: number;
  mutantSeed: number;
  target: "host" | "lx106";
  batchSize: number;
  minimize: boolean;
  maxFindings: number;
  findingsDir?: string;
  json?: string;
  jobs?: number;
  opt?: string;
  /** With --from: only failures of this class, and/or the newest first. */
  only?: string;
  newestFirst?: boolean;
  /** Generate with issue 11's constructs too (test/generator/everyday.ts). */
  everyday?: boolean;
  log: (line: string) => void;
}

export interface FuzzSummary {
  counts: Record<string, number>;
  failures: number;
  /** Generated programs that tsc rejected or Node could not finish (INVALID/NODEFAIL). */
  generatorBugs: number;
  seconds: number;
  outcomes: (Outcome & { origin: string })[];
}

export async function fuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = Date.now();
  const harness: HarnessOptions = { target: options.target, opt: options.opt };
  const programs: (Program & { origin: string })[] = [];
  for (let i = 0; i < options.count; i++) {
    const seed = options.seeds ? options.seeds[i] : options.seed + i;
    programs.push({ id: `g${seed}`, text: generateProgram(seed, { everyday: options.everyday }), origin: `generated${options.everyday ? " (everyday)" : ""}, seed ${seed}` });
  }
  for (const m of mutants(options.mutants, options.mutantSeed)) programs.push({ id: m.id, text: m.text, origin: m.origin });
  options.log(`fuzz: ${options.count} generated + ${options.mutants} mutants on ${options.target}, batches of ${options.batchSize}`);

  const chunks: (typeof programs)[] = [];
  for (let i = 0; i < programs.length; i += options.batchSize) chunks.push(programs.slice(i, i + options.batchSize));
  const outcomes: (Outcome & { origin: string })[] = [];
  const counts: Record<string, number> = {};
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const chunk = chunks[next++];
      let results: Outcome[];
      try {
        results = await runPrograms(chunk, { ...harness, trusted: chunk.every((p) => p.id.startsWith("g")) });
      } catch (e) {
        // A harness bug must not end a long campaign: report it and go on with the next batch.
        options.log(`  harness error on ${chunk[0].id}…${chunk[chunk.length - 1].id}: ${e instanceof Error ? e.stack : String(e)}`);
        continue;
      }
      if (options.json) appendFileSync(`${options.json}l`, results.map((o, k) => JSON.stringify({ ...o, origin: chunk[k].origin }) + "\n").join(""));
      results.forEach((o, k) => {
        outcomes.push({ ...o, origin: chunk[k].origin });
        counts[o.cls] = (counts[o.cls] ?? 0) + 1;
      });
      done += chunk.length;
      const secs = (Date.now() - started) / 1000;
      options.log(`  ${done}/${programs.length} in ${secs.toFixed(0)} s (${(done / secs).toFixed(2)} programs/s): ${format(counts)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs ?? 2, chunks.length) }, worker));
  const runSeconds = (Date.now() - started) / 1000;

  const failing = outcomes.filter((o) => FAILURES.includes(o.cls));
  options.log(`\nran ${programs.length} programs in ${runSeconds.toFixed(0)} s = ${(programs.length / runSeconds).toFixed(2)} programs/s ` +
    `(${stats.compiles} compiles, ${stats.builds} g++ builds taking ${(stats.buildMs / 1000).toFixed(0)} s, ${stats.nodeRuns} Node runs, ${stats.nativeRuns} native runs)`);
  options.log(`time (summed over parallel jobs): tsc+rename ${(stats.checkMs / 1000).toFixed(0)} s, Node ${(stats.nodeMs / 1000).toFixed(0)} s, ` +
    `tsduino compile ${(stats.compileMs / 1000).toFixed(0)} s, g++ ${(stats.buildMs / 1000).toFixed(0)} s, native runs ${(stats.runMs / 1000).toFixed(0)} s`);
  options.log(`classes: ${format(counts)}`);
  for (const o of outcomes.filter((x) => x.cls === "NODEFAIL" && x.id.startsWith("g"))) options.log(`  generator bug (Node did not finish ${o.id})`);
  for (const o of failing) options.log(`  ${o.cls.padEnd(8)} ${o.id.padEnd(28)} ${o.detail.split("\n")[0].slice(0, 150)}`);
  const rejected = new Map<string, number>();
  for (const o of outcomes.filter((x) => x.cls === "REJECTED")) {
    const key = o.detail.replace(/^line \d+: /, "").replace(/\b[a-z]+\d+\b/g, "…").slice(0, 120);
    rejected.set(key, (rejected.get(key) ?? 0) + 1);
  }
  if (rejected.size) {
    options.log("rejected constructs:");
    for (const [k, n] of [...rejected].sort((a, b) => b[1] - a[1])) options.log(`  ${String(n).padStart(5)}  ${k}`);
  }
  const invalid = outcomes.filter((o) => o.cls === "INVALID" && o.id.startsWith("g"));
  for (const o of invalid.slice(0, 5)) options.log(`  generator bug (tsc rejects ${o.id}): ${o.detail}`);

  options.log(summaryLine(options, outcomes));

  const generatorBugs = outcomes.filter((o) => o.id.startsWith("g") && (o.cls === "INVALID" || o.cls === "NODEFAIL")).length;
  const summary = { counts, failures: failing.length, generatorBugs, seconds: (Date.now() - started) / 1000, outcomes };
  if (options.json) writeFileSync(options.json, JSON.stringify(summary, null, 1));
  if (options.minimize && failing.length) await writeFindings(failing, programs, harness, options);
  return summary;
}

/** Minimises the failures of an earlier run, read from its `--json` file or its streamed `<json>l` file. */
export async function minimizeFrom(file: string, options: FuzzOptions): Promise<void> {
  const text = readFileSync(file, "utf8");
  const outcomes: (Outcome & { origin: string })[] = file.endsWith("l") ? text.split("\n").filter(Boolean).map((l) => JSON.parse(l)) : JSON.parse(text).outcomes;
  let failing = outcomes.filter((o) => FAILURES.includes(o.cls) && (!options.only || o.cls === options.only));
  if (options.newestFirst) failing = failing.reverse();
  const programs = failing.map((o) => ({ ...programFor(o.id, options.everyday ?? o.origin.includes("(everyday)")), origin: o.origin }));
  options.log(`${failing.length} failures in ${file}`);
  await writeFindings(failing, programs, { target: options.target, opt: options.opt }, options);
}

/** The program behind an id: g<seed> is generated again, m-<name>-<seed> mutated again. */
function programFor(id: string, everyday = false): Program {
  if (/^g\d+$/.test(id)) return { id, text: generateProgram(Number(id.slice(1)), { everyday }) };
  const seed = Number(id.split("-").pop());
  const m = mutants(1, seed)[0];
  if (m.id !== id) throw new Error(`mutant ${id} cannot be made again (got ${m.id})`);
  return m;
}

/** One failure per signature (the same g++ error, the same crash), minimised and written as a finding. */
function signature(o: Outcome): string {
  const perProgram = (o.cls === "MISMATCH" && !o.detail.startsWith("ours stopped")) || o.cls === "TIMEOUT";
  return `${o.cls} ${perProgram ? o.id : o.detail.replace(/^ours stopped.*?: "/, "").replace(/\\n.*$/, "").replace(/\b\w*\d\w*\b/g, "#").replace(/‘[^’]*’/g, "‘…’").slice(0, 100)}`;
}

async function writeFindings(failing: Outcome[], programs: (Program & { origin: string })[], harness: HarnessOptions, options: FuzzOptions): Promise<void> {
  const dir = options.findingsDir ?? FINDINGS_DIR;
  mkdirSync(dir, { recursive: true });
  const known = knownFindings(dir);
  let written = 0;
  const seen = new Set<string>(known.signatures);
  const firsts = failing.filter((o) => !seen.has(signature(o)) && seen.add(signature(o)) !== undefined);
  options.log(`minimising ${Math.min(firsts.length, options.maxFindings)} of ${firsts.length} distinct failures`);
  for (const o of firsts.slice(0, options.maxFindings)) {
    const program = programs.find((p) => p.id === o.id)!;
    const m = await minimize(program, o, harness);
    const key = normalize(m.text);
    if (known.texts.has(key)) {
      options.log(`  ${o.id}: minimised to ${m.text.split("\n").length - 1} lines, same as an earlier finding`);
      continue;
    }
    known.texts.add(key);
    const file = join(dir, `${fileClass(o.cls)}-${o.id}.ts`);
    writeFileSync(file, findingText(program, m.outcome, m.text, options.target, signature(o)));
    written++;
    options.log(`  ${o.id}: minimised in ${m.steps} steps to ${m.text.split("\n").length - 1} lines → ${file}`);
  }
  options.log(`${written} new findings in ${dir}`);
}

/** One line to read or grep at the end of a run: what ran (seeds), each kind's classes, and the verdict. */
export function summaryLine(options: Pick<FuzzOptions, "count" | "seed" | "seeds" | "mutants" | "mutantSeed" | "target">, outcomes: Outcome[]): string {
  const tally = (os: Outcome[]): Record<string, number> => {
    const c: Record<string, number> = {};
    for (const o of os) c[o.cls] = (c[o.cls] ?? 0) + 1;
    return c;
  };
  const generated = outcomes.filter((o) => o.id.startsWith("g"));
  const mutated = outcomes.filter((o) => !o.id.startsWith("g"));
  const failures = outcomes.filter((o) => FAILURES.includes(o.cls)).length;
  // Generated programs are valid and terminate by construction: INVALID/NODEFAIL there is a generator bug.
  const generatorBugs = generated.filter((o) => o.cls === "INVALID" || o.cls === "NODEFAIL").length;
  const discarded = mutated.filter((o) => o.cls === "INVALID" || o.cls === "NODEFAIL").length;
  const parts = [`SUMMARY ${options.target}:`];
  const seeds = options.seeds ? options.seeds.join(",") : `${options.seed}..${options.seed + options.count - 1}`;
  if (options.count) parts.push(`generated ${options.count} (seeds ${seeds}): ${format(tally(generated)) || "none ran"};`);
  if (options.mutants) {
    parts.push(`mutants ${options.mutants} (mutant seeds ${options.mutantSeed}..${options.mutantSeed + options.mutants - 1}, ${options.mutants - discarded} valid): ${format(tally(mutated)) || "none ran"};`);
  }
  const limits = mutated.filter((o) => o.cls === "LIMIT").map((o) => o.id);
  if (limits.length) parts.push(`documented limits reached by ${limits.join(", ")};`);
  const fixedWidth = mutated.filter((o) => o.cls === "FIXEDWIDTH").map((o) => o.id);
  if (fixedWidth.length) parts.push(`fixed-width arithmetic outside Node's oracle in ${fixedWidth.join(", ")};`);
  const verdict = failures === 0 && generatorBugs === 0 ? "PASS" : "FAIL";
  parts.push(`failures ${failures} (MISMATCH/G++FAIL/CRASH/TIMEOUT), generator bugs ${generatorBugs} -> ${verdict}`);
  return parts.join(" ");
}

function format(counts: Record<string, number>): string {
  return Object.entries(counts).sort().map(([k, v]) => `${k} ${v}`).join(", ");
}

function fileClass(cls: OutcomeClass): string {
  return cls === "G++FAIL" ? "gpp" : cls.toLowerCase();
}

/** Text without names and numbers, so that one bug found twice is written once. */
function normalize(text: string): string {
  return text.replace(/^\/\/.*\n/gm, "").replace(/\b[A-Za-z]+\d+\b/g, "N").replace(/\d+(\.\d+)?/g, "0").replace(/\s+/g, " ");
}

function knownFindings(dir: string): { texts: Set<string>; signatures: Set<string> } {
  const known = { texts: new Set<string>(), signatures: new Set<string>() };
  if (!existsSync(dir)) return known;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith(".ts")) continue;
    const text = readFileSync(join(dir, f), "utf8");
    known.texts.add(normalize(text));
    const sig = /^\/\/ signature: (.*)$/m.exec(text);
    if (sig) known.signatures.add(sig[1]);
  }
  return known;
}

function findingText(program: Program & { origin: string }, outcome: Outcome, text: string, target: string, sig: string): string {
  const comment = (label: string, value: string | undefined): string[] => {
    if (value === undefined) return [];
    const lines = value.split("\n").slice(0, 12);
    return [`// ${label}:`, ...lines.map((l) => `//   ${l.replace(/\r/g, "\\r")}`)];
  };
  const reproduce = program.id.startsWith("g")
    ? `npm run fuzz -- --count 1 --seed ${program.id.slice(1)}${program.origin.includes("(everyday)") ? " --everyday" : ""}${target === "lx106" ? " --lx106" : ""}`
    : `npm run fuzz -- --count 0 --mutants 1 --mutant-seed ${program.id.split("-").pop()}${target === "lx106" ? " --lx106" : ""}`;
  return [
    `// tsduino fuzz finding: ${outcome.cls} on ${target}`,
    `// origin: ${program.origin} (minimised by statement deletion); reproduce the original: ${reproduce}`,
    `// ${outcome.detail.split("\n").join("\n// ")}`,
    ...comment("Node prints", outcome.node),
    ...comment("tsduino prints", outcome.ours),
    `// signature: ${sig}`,
    text,
  ].join("\n");
}
