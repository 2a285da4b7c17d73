// Fixed-width types against AssemblyScript itself: each test/fixed program is compiled by asc and run as
// WebAssembly in Node; the same file compiled by tsduino must print exactly the same on the host and on
// the ESP8266's CPU (lx106 in QEMU). Wrapping, truncating division, logical shifts, conversions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, cliEntry } from "./helpers/paths.js";
import { runProcess } from "./helpers/process.js";
import { runWithAssemblyScript } from "./helpers/assemblyscript-oracle.js";

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
      const r = await runProcess(process.execPath, [cliEntry, "run", file, "--target", target], { timeoutMs: 300_000 });
      assert.equal(r.code, 0, `${target}: exit ${r.code}\n${r.stderr}`);
      assert.equal(r.stdout.toString(), expected, `${target} output differs from AssemblyScript's`);
    }
  });
}
