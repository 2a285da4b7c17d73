// ts::Num, the int32-or-double representation of integral `number` values (issue 12), against double
// arithmetic itself: test/runtime-cpp/num.cpp compares every operator on edge values (±0, ±2^31, ±2^53, NaN,
// ±Infinity, fractions) and 300 000 pseudo-random int32 pairs with the same operation done in double, bit
// for bit, and checks that a result is stored as int32 exactly when it is an int32 other than -0. The int32
// copies of recursive functions (ts_int_clone.h, compiler int-clones.ts): test/runtime-cpp/int_clone.cpp
// checks that each of their operations gives JavaScript's result when it is an int32 and abandons otherwise.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./helpers/paths.js";
import { compile } from "../compiler/src/index.js";

function buildAndRun(source: string, runtime: string[]): string {
  const work = mkdtempSync(join(tmpdir(), "tsd-num-"));
  try {
    const exe = join(work, "num");
    const core = join(repoRoot, "runtime", "core");
    const build = spawnSync("g++", ["-std=gnu++17", "-O2", "-Wall", "-Wextra", "-Werror", "-I", join(repoRoot, "runtime", "arduino"), "-I", core,
      join(repoRoot, "test", "runtime-cpp", source), ...runtime.map((f) => join(core, f)), "-o", exe], { encoding: "utf8" });
    assert.equal(build.status, 0, build.stderr);
    const run = spawnSync(exe, [], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stdout);
    return run.stdout;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe("ts::Num", () => {
  it("gives every operator the exact double result and stores int32 values as int32", () => {
    const out = buildAndRun("num.cpp", ["ts_num.cpp"]);
    assert.match(out, /^checked (\d+)\nfails=0\n$/);
    assert.ok(Number(/checked (\d+)/.exec(out)![1]) > 4_000_000);
  });

  it("int32 copies: every operation gives JavaScript's int32 result or abandons the copy", () => {
    const out = buildAndRun("int_clone.cpp", ["ts_num.cpp", "ts_int_clone.cpp"]);
    assert.match(out, /^checked (\d+)\nfails=0\n$/);
    assert.ok(Number(/checked (\d+)/.exec(out)![1]) > 2_000_000);
  });

  it("a recursive function on number (the lx106 bench's fib) runs on an int32 copy, entered from the program", () => {
    const result = compile({ entry: join(repoRoot, "bench", "lx106", "programs", "fib.ts") });
    const ino = result.sketch ? JSON.stringify(result.sketch) : "";
    assert.match(ino, /static int32_t fib_i32c\(int32_t n\)/);
    assert.match(ino, /console_log\([^;]*fib_i32e\(/);
  });
});
