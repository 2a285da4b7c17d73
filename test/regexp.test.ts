// The regular expression engine against Node: generated and hand-picked pattern × input pairs are compiled
// by our pattern compiler (compiler/src/regexp) and run through the runtime's VM (runtime/core/
// ts_regexp_vm.cpp) in one host binary; every match, with the indices of every capture group, must equal
// what Node's RegExp gives (exec from lastIndex, repeated with g or y). A generated TypeScript program runs
// the String members that take a RegExp (replace/replaceAll with patterns and a function, split, search,
// match, matchAll, exec/test with lastIndex) through tsduino on the host, compared with Node. Syntax tsduino
// does not compile is rejected with a message naming it.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileRegExp, RegExpSyntaxError } from "../compiler/src/regexp/index.js";
import { cacheDir, repoRoot } from "./helpers/paths.js";
import { runProcess } from "./helpers/process.js";
import { TRICKY } from "./regexp/cases.js";
import { generateCases, type RegExpCase } from "./regexp/generate.js";
import { driverLine, nodeMatches } from "./regexp/oracle.js";
import { stringMethodsProgram } from "./regexp/program.js";
import { differenceFromOracle } from "./helpers/corpus.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runOnHost } from "./helpers/host-run.js";

const CORE = join(repoRoot, "runtime", "core");
const SOURCES = [join(repoRoot, "test", "runtime-cpp", "regexp.cpp"), join(CORE, "ts_regexp_vm.cpp")];
const HEADERS = [join(CORE, "ts_regexp_vm.h"), join(CORE, "ts_regexp_tables.h"), join(CORE, "ts_base.h")];
const FLAGS = ["-std=gnu++17", "-O2", "-Wall", "-Wextra", "-Werror", "-I", join(repoRoot, "runtime", "arduino"), "-I", CORE];
const GENERATED_PATTERNS = 1000;
const INPUTS_PER_PATTERN = 4;
const PROGRAM_PATTERNS = 150;

let driver = "";

async function buildDriver(): Promise<string> {
  const hash = createHash("sha256").update(FLAGS.join(" "));
  for (const f of [...SOURCES, ...HEADERS]) hash.update(readFileSync(f));
  const dir = join(cacheDir, "regexp-driver");
  mkdirSync(dir, { recursive: true });
  const exe = join(dir, hash.digest("hex").slice(0, 16));
  if (existsSync(exe)) return exe;
  const tmp = `${exe}.${process.pid}.tmp`;
  const r = await runProcess("nice", ["g++", ...FLAGS, ...SOURCES, "-o", tmp], { timeoutMs: 600_000 });
  assert.equal(r.code, 0, `building the regexp driver failed:\n${r.stderr}`);
  renameSync(tmp, exe);
  return exe;
}

async function runCases(cases: RegExpCase[]): Promise<{ total: number; failures: string[] }> {
  const lines: string[] = [];
  const failures: string[] = [];
  const runnable: RegExpCase[] = [];
  for (const c of cases) {
    try {
      lines.push(driverLine(compileRegExp(c.pattern, c.flags).program, c));
      runnable.push(c);
    } catch (e) {
      failures.push(`/${c.pattern}/${c.flags}: our compiler rejects it: ${(e as Error).message}`);
    }
  }
  const r = await runProcess(driver, [], { input: lines.join("\n") + "\n", timeoutMs: 60_000 });
  assert.equal(r.code, 0, `driver exited ${r.code}: ${r.stdout.toString().slice(-500)}${r.stderr}`);
  const got = r.stdout.toString("utf8").split("\n");
  runnable.forEach((c, i) => {
    const expected = nodeMatches(c);
    if (got[i] !== expected) failures.push(`/${c.pattern}/${c.flags} on ${JSON.stringify(c.input)}: Node ${expected || "(no match)"}, tsduino ${got[i] || "(no match)"}`);
  });
  return { total: cases.length, failures };
}

describe("regular expressions against Node", () => {
  before(async () => {
    driver = await buildDriver();
  });

  it("hand-picked corner cases match exactly as in Node", async () => {
    const cases = TRICKY.flatMap(([pattern, flags, inputs]) => inputs.map((input) => ({ pattern, flags, input })));
    const { total, failures } = await runCases(cases);
    assert.ok(total >= 190, `only ${total} cases`);
    assert.deepEqual(failures.slice(0, 30), [], `${failures.length} of ${total} differ`);
  });

  it(`${GENERATED_PATTERNS} generated patterns × ${INPUTS_PER_PATTERN} inputs match exactly as in Node`, async () => {
    const cases = generateCases(20261130, GENERATED_PATTERNS, INPUTS_PER_PATTERN);
    const { total, failures } = await runCases(cases);
    assert.deepEqual(failures.slice(0, 30), [], `${failures.length} of ${total} differ`);
  });

  it(`String members with ${PROGRAM_PATTERNS} generated RegExps × 3 inputs print what Node prints (compiled program on the host)`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "tsd-regexp-"));
    try {
      const program = join(dir, "regexp-strings.ts");
      writeFileSync(program, stringMethodsProgram(20261130, PROGRAM_PATTERNS, 3));
      const node = await runUnderNode(program);
      assert.equal(node.code, 0, node.stderr);
      const host = await runOnHost(program);
      const difference = differenceFromOracle(node, host);
      if (difference) assert.fail(difference);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects syntax tsduino does not compile, naming it", () => {
    const reject = (pattern: string, flags: string, text: RegExp) =>
      assert.throws(() => compileRegExp(pattern, flags), (e: unknown) => e instanceof RegExpSyntaxError && text.test(e.message));
    reject("\\p{L}", "u", /Unicode property escapes/);
    reject("[a]", "v", /v flag/);
    reject("a**", "", /nothing to repeat/);
  });
});
