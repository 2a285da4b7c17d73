// The differential test: every program in test/corpus/ runs under Node (the oracle: esbuild-transpiled,
// with the Arduino shim) and through `tsduino run` (compiled to C++, built with g++ for the host, run
// natively); stdout must be identical byte for byte and both must end the same way (exit 0, or both
// failing with the same uncaught error). Two programs run at a time.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { basename } from "node:path";
import { corpusDir } from "./helpers/paths.js";
import { differenceFromOracle, isSketch, listPrograms, SKETCH_SECONDS } from "./helpers/corpus.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runTsduino } from "./helpers/tsduino-cli.js";

const only = process.env.TSD_CORPUS_ONLY;
const programs = listPrograms(corpusDir).filter((p) => !only || basename(p).includes(only));

describe("differential corpus: Node output equals host target output", { concurrency: 2 }, () => {
  it("has at least 70 programs", () => {
    assert.ok(listPrograms(corpusDir).length >= 70, `only ${listPrograms(corpusDir).length} programs`);
  });
  for (const program of programs) {
    it(basename(program), async () => {
      const sketch = isSketch(program);
      const node = await runUnderNode(program);
      assert.ok(!node.timedOut, "the Node run timed out");
      const args = ["run", program, ...(sketch ? ["--timeout", String(SKETCH_SECONDS)] : [])];
      const host = await runTsduino(args, 240_000);
      const difference = differenceFromOracle(node, host);
      if (difference) {
        const compileError = host.stderr.trim().split("\n").slice(0, 12).join("\n");
        assert.fail(`${difference}${host.code !== 0 && compileError ? `\n--- tsduino stderr:\n${compileError}` : ""}`);
      }
    });
  }
});
