// Soak tests of the cycle collector (issue 16): each program in test/cycles/ rebuilds a cyclic structure
// thousands of times. Node is the oracle of the output. On lx106-qemu the heap must peak at ≤ 16 KB (before
// the collector: 168 KB to 1.4 MB); on the host each program runs ten times as many rounds under a 16 MB data
// limit (`ulimit -d`), which the leaking version exceeds (its allocation fails: "out of memory", exit 1).
// Builds are shared (test/helpers): the host programs go into one g++ batch binary, lx106 objects and Node's
// results are cached by content.
// reachable.ts checks the other half: cycles still held by a global, a local, a closure, an array, a map and a
// cell survive collections forced while they are held.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { writeSketch } from "../builders/sketch.js";
import { runOnLx106 } from "../builders/lx106-qemu.js";
import { cacheDir, repoRoot } from "./helpers/paths.js";
import { differenceFromOracle, isSketch } from "./helpers/corpus.js";
import { runUnderNode, uncaughtErrorLine } from "./helpers/node-oracle.js";
import { compileCached } from "./helpers/compile-cache.js";
import { prepareHostBatches, runOnHost } from "./helpers/host-run.js";
import type { ProcessResult } from "./helpers/process.js";
import { hasXtensa } from "./helpers/device-sketch.js";

const programsDir = join(repoRoot, "test", "cycles");
const programs = ["tree", "listener", "queue", "map-owner", "event-emitter", "closures", "reachable", "loop-sketch", "union"].map((n) => join(programsDir, `${n}.ts`));
const PEAK_HEAP_LIMIT = 16 * 1024;
const HOST_DATA_LIMIT_KB = 16 * 1024;
const HOST_ROUNDS_FACTOR = 10;
const SKETCH_SECONDS = 1;
/** The host soak's programs (ROUNDS scaled) live at a fixed path, so that the compile and build caches hit. */
const scaledDir = join(cacheDir, "cycles-host");

/** The program with ROUNDS multiplied (host soak). */
function scaled(program: string): string {
  const text = readFileSync(program, "utf8").replace(/^const ROUNDS = (\d+);/m, (_, n: string) => `const ROUNDS = ${Number(n) * HOST_ROUNDS_FACTOR};`);
  const out = join(scaledDir, basename(program));
  mkdirSync(scaledDir, { recursive: true });
  let old: string | undefined;
  try {
    old = readFileSync(out, "utf8");
  } catch {
    old = undefined;
  }
  if (old !== text) writeFileSync(out, text);
  return out;
}

const outOfMemory = join(programsDir, "out-of-memory.ts");

describe("cycle collector soak: Node's output, bounded memory", { concurrency: 2 }, () => {
  const hostEntries = programs.map(scaled);
  before(() => prepareHostBatches([...hostEntries, outOfMemory]));
  programs.forEach((program, i) => {
    const sketch = isSketch(program);
    it(`${basename(program)} on the host (x${HOST_ROUNDS_FACTOR} rounds, ulimit -d ${HOST_DATA_LIMIT_KB} KB)`, async () => {
      const entry = hostEntries[i];
      const node = await runUnderNode(entry, { timeoutMs: 60_000 });
      assert.ok(!node.timedOut, "the Node run timed out");
      const run = (batch: boolean) => runOnHost(entry, sketch ? SKETCH_SECONDS : undefined, { batch, dataLimitKb: HOST_DATA_LIMIT_KB });
      const batched = await run(true);
      // A batched run that differs is rerun from the program built alone, and that run is what counts.
      const host = batched.batched && differenceFromOracle(node, batched) ? await run(false) : batched;
      const difference = differenceFromOracle(node, host);
      assert.equal(difference, undefined, `${difference}\n${host.stderr.slice(0, 500)}`);
    });
    it(`${basename(program)} on lx106-qemu (peak heap ≤ ${PEAK_HEAP_LIMIT} B)`, { skip: !hasXtensa && "xtensa-lx106-elf-g++ not installed" }, async () => {
      const work = mkdtempSync(join(tmpdir(), "tsd-cycles-lx106-"));
      try {
        const result = compileCached({ entry: program });
        assert.ok(result.sketch, result.diagnostics.map((d) => d.message).join("\n"));
        const dir = writeSketch(result.sketch, work);
        const run = await runOnLx106(dir, { cycles: true, timeoutMs: sketch ? SKETCH_SECONDS * 1000 : 120_000 });
        const node = await runUnderNode(program);
        const lx106: ProcessResult = {
          stdout: Buffer.from(run.stdout), stderr: run.stderr, code: run.timedOut && sketch ? 0 : run.exitCode, signal: null, timedOut: run.timedOut && !sketch, wallMs: 0,
        };
        const difference = differenceFromOracle(node, lx106);
        assert.equal(difference, undefined, `${difference}\n${run.stderr.slice(0, 500)}`);
        // A sketch stopped by its timeout reports no peak; the programs that end do.
        if (!sketch) {
          assert.ok(run.peakHeap !== undefined, "no peak heap reported");
          assert.ok(run.peakHeap <= PEAK_HEAP_LIMIT, `the heap peaked at ${run.peakHeap} B`);
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});

/** The line of the statement marked `// @oom` in the out-of-memory program. */
function markedLine(program: string): number {
  return readFileSync(program, "utf8").split("\n").findIndex((l) => l.includes("// @oom")) + 1;
}

/** What a user sees when memory runs out: Node's output up to the error, then the RangeError and its .ts line. */
function checkOutOfMemory(node: ProcessResult, target: ProcessResult): void {
  assert.notEqual(node.code, 0, "Node ends with an uncaught error");
  assert.match(uncaughtErrorLine(node.stderr) ?? "", /^RangeError: /, "Node's error is a RangeError");
  assert.notEqual(target.code, 0, "the program ends with an error");
  const out = target.stdout.toString("utf8");
  const expected = node.stdout.toString("utf8");
  assert.ok(out.startsWith(expected), `output before the error differs from Node's: ${JSON.stringify(out.slice(0, 200))}`);
  const [error, where] = out.slice(expected.length).split("\n");
  assert.match(error, /^Uncaught RangeError: /);
  assert.match(where ?? "", new RegExp(`^    at (.*/)?out-of-memory\\.ts:${markedLine(outOfMemory)}$`), `the error names the .ts line: ${JSON.stringify(out.slice(expected.length))}`);
}

describe("out of memory: a RangeError with the .ts line, after a collection", { concurrency: 2 }, () => {
  it("on the host (ulimit -d)", async () => {
    const node = await runUnderNode(outOfMemory);
    checkOutOfMemory(node, await runOnHost(outOfMemory, undefined, { dataLimitKb: HOST_DATA_LIMIT_KB }));
  });
  it("on lx106-qemu (the 2 MB heap)", { skip: !hasXtensa && "xtensa-lx106-elf-g++ not installed" }, async () => {
    const work = mkdtempSync(join(tmpdir(), "tsd-cycles-oom-"));
    try {
      const result = compileCached({ entry: outOfMemory });
      assert.ok(result.sketch);
      const run = await runOnLx106(writeSketch(result.sketch, work), { timeoutMs: 120_000 });
      assert.equal(run.stderr, "", "no fatal error of the target, only the program's RangeError");
      const node = await runUnderNode(outOfMemory);
      checkOutOfMemory(node, { stdout: Buffer.from(run.stdout), stderr: run.stderr, code: run.exitCode, signal: null, timedOut: run.timedOut, wallMs: 0 });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
