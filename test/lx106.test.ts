// The differential corpus on the ESP8266's CPU: every program in test/corpus/ runs under Node (the oracle)
// and through `tsduino run --target lx106-qemu` (compiled to C++, built with xtensa-lx106-elf-g++ against
// the emulated Arduino core and the lx106 platform layer, run in QEMU); stdout must be identical byte for
// byte and both must end the same way, by the same rule as the host differential test. Two at a time, in
// this process (helpers/lx106-run.ts does what the CLI does after it starts); three programs (a plain one, a
// throwing one, a sketch) also go through the real `tsduino run --target lx106-qemu`. The others are built 24
// to an ELF, each still run alone in its own QEMU; a program whose batched run differs is built and run alone,
// exactly as `tsduino run` builds it, and that run is what the test reports.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { basename } from "node:path";
import { corpusDir } from "./helpers/paths.js";
import { differenceFromOracle, isSketch, listPrograms, selectedPrograms, SKETCH_SECONDS } from "./helpers/corpus.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runTsduino } from "./helpers/tsduino-cli.js";
import { prepareLx106Batches, removeLx106Batches, runOnLx106LikeCli } from "./helpers/lx106-run.js";

const only = process.env.TSD_CORPUS_ONLY;
const programs = selectedPrograms(corpusDir, only);

describe("differential corpus on lx106-qemu: Node output equals the emulated ESP8266's output", { concurrency: 2 }, () => {
  before(() => prepareLx106Batches(programs.filter((p) => !THROUGH_CLI.includes(basename(p)))));
  after(() => removeLx106Batches());
  for (const program of programs) {
    it(basename(program), async () => {
      const sketch = isSketch(program);
      const node = await runUnderNode(program);
      assert.ok(!node.timedOut, "the Node run timed out");
      const seconds = sketch ? SKETCH_SECONDS : undefined;
      const batched = THROUGH_CLI.includes(basename(program))
        ? await runTsduino(["run", program, "--target", "lx106-qemu", ...(sketch ? ["--timeout", String(SKETCH_SECONDS)] : [])], 240_000)
        : await runOnLx106LikeCli(program, seconds);
      // A difference is always judged on the program built alone, exactly as `tsduino run` builds it.
      const lx106 = "batched" in batched && batched.batched && differenceFromOracle(node, batched) ? await runOnLx106LikeCli(program, seconds, { batch: false }) : batched;
      const difference = differenceFromOracle(node, lx106);
      if (difference) {
        const log = lx106.stderr.trim().split("\n").slice(0, 12).join("\n");
        assert.fail(`${difference}${lx106.code !== 0 && log ? `\n--- tsduino stderr:\n${log}` : ""}`);
      }
      // Issue 17: no corpus program runs longer than 100 ms of the board's 80 MHz without yielding.
      if ("longestWithoutYieldMs" in lx106) {
        const stretch = (lx106 as { longestWithoutYieldMs?: number }).longestWithoutYieldMs;
        // A sketch stopped by --timeout has no final stats line: only a stretch reported so far is known.
        assert.ok(stretch !== undefined || sketch, "the run reported no longest stretch without a yield");
        if (stretch !== undefined) assert.ok(stretch <= MAX_STRETCH_MS, `ran ${stretch.toFixed(1)} ms without yielding (at most ${MAX_STRETCH_MS} ms)`);
      }
    });
  }
});

const MAX_STRETCH_MS = 100;

/** These go through the real CLI (node bin/tsduino.js run --target lx106-qemu), the others in-process. */
const THROUGH_CLI = ["01-hello.ts", "66-throw-error.ts", "69-sketch-counter.ts"];
