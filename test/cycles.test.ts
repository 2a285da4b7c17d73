// Soak tests of the cycle collector (issue 16): each program in test/cycles/ rebuilds a cyclic structure
// thousands of times. Node is the oracle of the output. On lx106-qemu the heap must peak at ≤ 16 KB (before
// the collector: 168 KB to 1.4 MB); on the host each program runs ten times as many rounds under a 16 MB data
// limit (`ulimit -d`), which the leaking version exceeds (its allocation fails: "out of memory", exit 1).
// reachable.ts checks the other half: cycles still held by a global, a local, a closure, an array, a map and a
// cell survive collections forced while they are held.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { compile } from "../compiler/src/index.js";
import { writeSketch } from "../builders/sketch.js";
import { buildHost } from "../builders/host.js";
import { runOnLx106 } from "../builders/lx106-qemu.js";
import { repoRoot } from "./helpers/paths.js";
import { differenceFromOracle, isSketch } from "./helpers/corpus.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runProcess, type ProcessResult } from "./helpers/process.js";
import { hasXtensa } from "./helpers/device-sketch.js";

const programsDir = join(repoRoot, "test", "cycles");
const programs = ["tree", "listener", "queue", "map-owner", "closures", "reachable", "loop-sketch"].map((n) => join(programsDir, `${n}.ts`));
const PEAK_HEAP_LIMIT = 16 * 1024;
const HOST_DATA_LIMIT_KB = 16 * 1024;
const HOST_ROUNDS_FACTOR = 10;
const SKETCH_SECONDS = 1;

/** The program with ROUNDS multiplied (host soak), in a temporary folder. */
function scaled(program: string, dir: string): string {
  const text = readFileSync(program, "utf8").replace(/^const ROUNDS = (\d+);/m, (_, n: string) => `const ROUNDS = ${Number(n) * HOST_ROUNDS_FACTOR};`);
  const out = join(dir, basename(program));
  writeFileSync(out, text);
  return out;
}

async function buildForHost(entry: string, dir: string): Promise<string> {
  const result = compile({ entry });
  assert.ok(result.sketch, result.diagnostics.map((d) => d.message).join("\n"));
  const sketchDir = writeSketch(result.sketch, dir);
  return (await buildHost(sketchDir, result.sketch)).executable;
}

function stopped(r: ProcessResult, sketch: boolean): ProcessResult {
  return sketch && r.timedOut ? { ...r, code: 0, timedOut: false } : r;
}

describe("cycle collector soak: Node's output, bounded memory", { concurrency: 2 }, () => {
  for (const program of programs) {
    const sketch = isSketch(program);
    it(`${basename(program)} on the host (x${HOST_ROUNDS_FACTOR} rounds, ulimit -d ${HOST_DATA_LIMIT_KB} KB)`, async () => {
      const work = mkdtempSync(join(tmpdir(), "tsd-cycles-host-"));
      try {
        const entry = scaled(program, work);
        const executable = await buildForHost(entry, join(work, "sketch"));
        const node = await runUnderNode(entry, { timeoutMs: 60_000 });
        assert.ok(!node.timedOut, "the Node run timed out");
        const host = stopped(await runProcess("sh", ["-c", `ulimit -d ${HOST_DATA_LIMIT_KB} && exec "$0"`, executable], {
          timeoutMs: sketch ? SKETCH_SECONDS * 1000 : 60_000,
          killSignal: sketch ? "SIGTERM" : "SIGKILL",
        }), sketch);
        const difference = differenceFromOracle(node, host);
        assert.equal(difference, undefined, `${difference}\n${host.stderr.slice(0, 500)}`);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
    it(`${basename(program)} on lx106-qemu (peak heap ≤ ${PEAK_HEAP_LIMIT} B)`, { skip: !hasXtensa && "xtensa-lx106-elf-g++ not installed" }, async () => {
      const work = mkdtempSync(join(tmpdir(), "tsd-cycles-lx106-"));
      try {
        const result = compile({ entry: program });
        assert.ok(result.sketch);
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
  }
});

