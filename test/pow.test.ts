// `**` and Math.pow (runtime/core/ts_pow.cpp, V8's fdlibm pow) against Node's own `**`: Node computes the
// results of a few hundred thousand (x, y) pairs (random doubles of every magnitude, small integers,
// negative bases with integer exponents, +-0, +-Infinity, NaN, subnormals, huge and tiny results, x near 1
// with large y) and test/runtime-cpp/pow.cpp compares ts::pow with them bit for bit.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./helpers/paths.js";

// xorshift-style PRNG so the pairs are the same on every run.
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function pairs(): [number, number][] {
  const rnd = prng(720);
  const buf = new DataView(new ArrayBuffer(8));
  const anyDouble = (): number => {
    buf.setUint32(0, (rnd() * 4294967296) >>> 0);
    buf.setUint32(4, (rnd() * 4294967296) >>> 0);
    return buf.getFloat64(0);
  };
  const out: [number, number][] = [];
  const edges = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 10, -10, Infinity, -Infinity, NaN, 5e-324, -5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 1 + 2 ** -52, 1 - 2 ** -53, 2 ** 31, 2 ** 31 + 1, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 1e300, 1e-300, 1024, -1075, 1023.5, 0.1, 7];
  for (const x of edges) for (const y of edges) out.push([x, y]);
  for (let i = 0; i < 60000; i++) out.push([anyDouble(), anyDouble()]);
  for (let i = 0; i < 60000; i++) out.push([(rnd() - 0.5) * 200, (rnd() - 0.5) * 60]);
  for (let i = 0; i < 50000; i++) out.push([Math.floor((rnd() - 0.5) * 2000), Math.floor((rnd() - 0.5) * 80)]);
  for (let i = 0; i < 40000; i++) out.push([-(rnd() * 1e6), Math.floor((rnd() - 0.5) * 120)]);
  for (let i = 0; i < 30000; i++) out.push([rnd() * 1e-310, (rnd() - 0.5) * 4]);  // subnormal bases
  for (let i = 0; i < 30000; i++) out.push([2 ** ((rnd() - 0.5) * 2000), (rnd() - 0.5) * 3]);  // huge and tiny results
  for (let i = 0; i < 40000; i++) out.push([1 + (rnd() - 0.5) * 2 ** -(10 + Math.floor(rnd() * 40)), (rnd() - 0.5) * 2 ** (20 + Math.floor(rnd() * 50))]);
  for (let i = 0; i < 20000; i++) out.push([10, Math.round((rnd() - 0.5) * 8000) / 100]);  // dB conversions
  for (let i = 0; i < 20000; i++) out.push([(rnd() - 0.5) * 20, Math.round((rnd() - 0.5) * 400) / 2]);  // half-integer exponents
  for (let i = 0; i < 20000; i++) out.push([rnd() * 50, Math.floor(rnd() * 7) - 3 + (rnd() < 0.2 ? 0.5 : 0)]);
  return out;
}

describe("** / Math.pow", () => {
  it("gives Node's result bit for bit on a few hundred thousand (x, y) pairs", () => {
    const work = mkdtempSync(join(tmpdir(), "tsd-pow-"));
    try {
      const list = pairs();
      const data = new Float64Array(list.length * 3);
      list.forEach(([x, y], i) => {
        data[i * 3] = x;
        data[i * 3 + 1] = y;
        data[i * 3 + 2] = x ** y;
      });
      const file = join(work, "pairs.bin");
      writeFileSync(file, new Uint8Array(data.buffer));
      const exe = join(work, "pow");
      const core = join(repoRoot, "runtime", "core");
      const build = spawnSync("g++", ["-std=gnu++17", "-O2", "-Wall", "-Wextra", "-Werror", "-I", join(repoRoot, "runtime", "arduino"), "-I", core,
        join(repoRoot, "test", "runtime-cpp", "pow.cpp"), join(core, "ts_pow.cpp"), "-o", exe], { encoding: "utf8" });
      assert.equal(build.status, 0, build.stderr);
      const run = spawnSync(exe, [file], { encoding: "utf8" });
      assert.equal(run.status, 0, run.stdout);
      assert.equal(run.stdout, `checked ${list.length}\nfails=0\n`);
      assert.ok(list.length > 300_000);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
