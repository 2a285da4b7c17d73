// JSON.stringify, typed JSON.parse and console.log of records, classes and arrays against Node: a generated
// program (test/json/generate.ts: 150 random nested values with escapes, special numbers and optional
// members) is compiled by tsduino and run on the host; its output must equal Node's byte for byte. A parse
// driver (test/json/parse-driver.ts) reads texts JSON.parse rejects (test/json/syntax-errors.ts: hand-picked
// and generated) from stdin; each run must end with Node's own SyntaxError message for that text.
import { describe, it } from "node:test";
import { inspect } from "node:util";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { differenceFromOracle } from "./helpers/corpus.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runOnHost } from "./helpers/host-run.js";
import { jsonProgram } from "./json/generate.js";
import { HAND_PICKED, mutatedTexts, TYPE_MISMATCHES, VALID } from "./json/syntax-errors.js";
import { compile } from "../compiler/src/index.js";
import { writeSketch } from "../builders/sketch.js";
import { buildHost } from "../builders/host.js";
import { mapWithConcurrency, runProcess } from "./helpers/process.js";
import { repoRoot } from "./helpers/paths.js";

const VALUES = 150;
const MUTATED = 150;

describe("JSON and console.log of structures against Node", () => {
  it(`${VALUES} generated nested values print what Node prints (console.log, JSON.stringify, JSON.parse round trip)`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "tsd-json-"));
    try {
      const program = join(dir, "json-values.ts");
      writeFileSync(program, jsonProgram(20261130, VALUES).source);
      const node = await runUnderNode(program);
      assert.equal(node.code, 0, node.stderr);
      const host = await runOnHost(program);
      const difference = differenceFromOracle(node, host);
      if (difference) assert.fail(difference);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`JSON.parse of ${HAND_PICKED.length} hand-picked and ${MUTATED} generated invalid texts fails with Node's SyntaxError message; mismatched shapes name the member`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "tsd-json-driver-"));
    try {
      const result = compile({ entry: join(repoRoot, "test", "json", "parse-driver.ts") });
      assert.ok(result.sketch, result.diagnostics.map((d) => d.message).join("\n"));
      const build = await buildHost(writeSketch(result.sketch, dir), result.sketch);
      const texts = [...HAND_PICKED, ...mutatedTexts(20261130, MUTATED)];
      const failures: string[] = [];
      const run = async (text: string) => {
        const r = await runProcess(build.executable, [], { input: `${text}\u0004`, timeoutMs: 20_000 });
        return { code: r.code, out: r.stdout.toString("utf8") };
      };
      const uncaught = (r: { code: number | null; out: string }) => r.out.split("\n").find((l) => l.startsWith("Uncaught")) ?? `(exit ${r.code}) ${r.out.slice(0, 200)}`;
      await mapWithConcurrency(texts, 2, async (text) => {
        let expected = "";
        try {
          JSON.parse(text);
        } catch (e) {
          expected = `Uncaught SyntaxError: ${(e as Error).message}`;
        }
        const got = uncaught(await run(text));
        if (got !== expected) failures.push(`${JSON.stringify(text)}:\n  node: ${expected}\n  ours: ${got}`);
      });
      // Well-formed JSON of the wrong shape: tsduino's documented TypeError naming the member.
      for (const [text, message] of TYPE_MISMATCHES) {
        const got = uncaught(await run(text));
        if (got !== `Uncaught TypeError: ${message}`) failures.push(`${text}:\n  want: Uncaught TypeError: ${message}\n  ours: ${got}`);
      }
      // Texts of the right shape print what Node's console.log prints for them.
      for (const text of VALID) {
        const r = await run(text);
        const expected = `${inspect(JSON.parse(text))}\n`;
        if (r.code !== 0 || r.out !== expected) failures.push(`${text}:\n  node: ${expected}  ours: (exit ${r.code}) ${r.out}`);
      }
      assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${texts.length} differ`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
