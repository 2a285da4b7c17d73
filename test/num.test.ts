// ts::Num, the int32-or-double representation of integral `number` values (issue 12), against double
// arithmetic itself: test/runtime-cpp/num.cpp compares every operator on edge values (±0, ±2^31, ±2^53, NaN,
// ±Infinity, fractions) and 300 000 pseudo-random int32 pairs with the same operation done in double, bit
// for bit, and checks that a result is stored as int32 exactly when it is an int32 other than -0.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./helpers/paths.js";

describe("ts::Num", () => {
  it("gives every operator the exact double result and stores int32 values as int32", () => {
    const work = mkdtempSync(join(tmpdir(), "tsd-num-"));
    try {
      const exe = join(work, "num");
      const core = join(repoRoot, "runtime", "core");
      const build = spawnSync("g++", ["-std=gnu++17", "-O2", "-Wall", "-Wextra", "-Werror", "-I", join(repoRoot, "runtime", "arduino"), "-I", core,
        join(repoRoot, "test", "runtime-cpp", "num.cpp"), join(core, "ts_num.cpp"), "-o", exe], { encoding: "utf8" });
      assert.equal(build.status, 0, build.stderr);
      const run = spawnSync(exe, [], { encoding: "utf8" });
      assert.equal(run.status, 0, run.stdout);
      assert.match(run.stdout, /^checked (\d+)\nfails=0\n$/);
      assert.ok(Number(/checked (\d+)/.exec(run.stdout)![1]) > 4_000_000);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
