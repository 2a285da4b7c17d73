// JSON.stringify, typed JSON.parse and console.log of records, classes and arrays against Node: a generated
// program (test/json/generate.ts: 150 random nested values with escapes, special numbers and optional
// members) is compiled by tsduino and run on the host; its output must equal Node's byte for byte.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { differenceFromOracle } from "./helpers/corpus.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runOnHost } from "./helpers/host-run.js";
import { jsonProgram } from "./json/generate.js";

const VALUES = 150;

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
});
