// `npm run bench`: runs every benchmark suite, i.e. each bench/<suite>/run.ts (compiled to
// dist/bench/<suite>/run.js), one after the other in alphabetical order, each as its own Node process so
// that one suite's memory and timing do not disturb the next. Exits non-zero if any suite failed.
import { existsSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const suites = readdirSync(here, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(here, e.name, "run.js")))
  .map((e) => e.name)
  .sort();

let failed = 0;
for (const suite of suites) {
  console.log(`\n=== bench/${suite} ===`);
  const r = spawnSync(process.execPath, [join(here, suite, "run.js")], { stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    console.log(`bench/${suite} failed (exit ${r.status ?? r.signal})`);
  }
}
if (suites.length === 0) console.log("no benchmark suites found under dist/bench/");
process.exit(failed === 0 ? 0 : 1);
