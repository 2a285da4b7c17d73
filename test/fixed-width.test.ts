// Fixed-width types against AssemblyScript itself: each test/fixed program is compiled by asc and run as
// WebAssembly in Node; the same file compiled by tsduino must print exactly the same on the host and on
// the ESP8266's CPU (lx106 in QEMU). Wrapping, truncating division, logical shifts, conversions. The first
// program goes through the real `tsduino run --target host|lx106-qemu`; the others are built and run in this
// process as the CLI does (helpers/host-run.ts, helpers/lx106-run.ts), which saves starting the CLI 8 times.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, cliEntry } from "./helpers/paths.js";
import { runProcess } from "./helpers/process.js";
import { runWithAssemblyScript } from "./helpers/assemblyscript-oracle.js";
import { runOnHost } from "./helpers/host-run.js";
import { runOnLx106LikeCli } from "./helpers/lx106-run.js";

const dir = join(repoRoot, "test", "fixed");
const programs = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();

test("the fixed-width corpus has programs", () => {
  assert.ok(programs.length >= 5, `only ${programs.length} programs in test/fixed`);
});

for (const name of programs) {
  test(`fixed-width ${name}: host and lx106 print what AssemblyScript prints`, { timeout: 600_000 }, async () => {
    const file = join(dir, name);
    const expected = await runWithAssemblyScript(file);
    assert.ok(expected.length > 0, "AssemblyScript printed nothing");
    for (const target of ["host", "lx106-qemu"]) {
      const r = name === programs[0]
        ? await runProcess(process.execPath, [cliEntry, "run", file, "--target", target], { timeoutMs: 300_000 })
        : target === "host" ? await runOnHost(file) : await runOnLx106LikeCli(file);
      assert.equal(r.code, 0, `${target}: exit ${r.code}\n${r.stderr}`);
      assert.equal(r.stdout.toString(), expected, `${target} output differs from AssemblyScript's`);
    }
  });
}
