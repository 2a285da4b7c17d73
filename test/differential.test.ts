// The differential test: every program in test/corpus/ runs under Node (the oracle: esbuild-transpiled,
// with the Arduino shim) and through `tsduino run` (compiled to C++, built with g++ for the host, run
// natively); stdout must be identical byte for byte and both must end the same way (exit 0, or both
// failing with the same uncaught error). Two programs run at a time; the programs are built 24 to a g++
// binary, each still run alone in its own process, and cached by content (helpers/host-run.ts); a program
// whose batched run differs is built and run alone, and that run is what the test reports. A few programs
// also go through the real `tsduino run` command to show that the cached path runs what the CLI runs.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { basename } from "node:path";
import { corpusDir } from "./helpers/paths.js";
import { differenceFromOracle, isSketch, listPrograms, selectedPrograms, SKETCH_SECONDS } from "./helpers/corpus.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runTsduino } from "./helpers/tsduino-cli.js";
import { prepareHostBatches, runOnHost } from "./helpers/host-run.js";

const only = process.env.TSD_CORPUS_ONLY;
const programs = selectedPrograms(corpusDir, only);

describe("differential corpus: Node output equals host target output", { concurrency: 2 }, () => {
  before(() => prepareHostBatches(programs));
  it("has at least 70 programs", () => {
    assert.ok(listPrograms(corpusDir).length >= 70, `only ${listPrograms(corpusDir).length} programs`);
  });
  for (const program of programs) {
    it(basename(program), async () => {
      const sketch = isSketch(program);
      const node = await runUnderNode(program);
      assert.ok(!node.timedOut, "the Node run timed out");
      const batched = await runOnHost(program, sketch ? SKETCH_SECONDS : undefined);
      // A difference is always judged on the program built alone, exactly as `tsduino run` builds it.
      const host = batched.batched && differenceFromOracle(node, batched) ? await runOnHost(program, sketch ? SKETCH_SECONDS : undefined, { batch: false }) : batched;
      const difference = differenceFromOracle(node, host);
      if (difference) assert.fail(difference);
    });
  }
});

const THROUGH_CLI = ["01-hello.ts", "66-throw-error.ts", "69-sketch-counter.ts"];

describe("`tsduino run` (the CLI itself) matches Node on a program, a throwing program and a sketch", { concurrency: 2 }, () => {
  for (const name of THROUGH_CLI.filter((n) => !only || n.includes(only))) {
    it(name, async () => {
      const program = `${corpusDir}/${name}`;
      const sketch = isSketch(program);
      const node = await runUnderNode(program);
      const host = await runTsduino(["run", program, ...(sketch ? ["--timeout", String(SKETCH_SECONDS)] : [])], 240_000);
      const difference = differenceFromOracle(node, host);
      if (difference) assert.fail(difference);
    });
  }
});
