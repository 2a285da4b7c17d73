// `npm run fuzz -- --count N --seed S [--everyday] [--lx106] [--mutants M] [--batch B] [--no-minimize]`
// Generates N programs (seeds S … S+N-1) and M mutants of the corpus, runs each under Node and on the host
// (or lx106 under QEMU), classifies them, minimises every failure and writes it to
// test/generator/findings/<class>-<seed>.ts. Prints counts per class and programs per second.
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { fuzz, minimizeFrom } from "../test/generator/fuzz.js";

const argv = yargs(hideBin(process.argv))
  .scriptName("npm run fuzz --")
  .option("count", { type: "number", default: 200, describe: "generated programs" })
  .option("seed", { type: "number", default: 1, describe: "first seed (program i uses seed+i)" })
  .option("seeds", { type: "string", describe: "re-run these generated programs (comma-separated seeds) instead of --count/--seed" })
  .option("mutants", { type: "number", default: 0, describe: "mutants of test/corpus programs" })
  .option("mutant-seed", { type: "number", describe: "first mutant seed (default: --seed)" })
  .option("lx106", { type: "boolean", default: false, describe: "run on lx106 under QEMU instead of the host" })
  .option("everyday", { type: "boolean", default: false, describe: "generate issue 11's constructs too: try/catch, destructuring, spread, tuples, unions, JSON, regex, timers" })
  .option("batch", { type: "number", default: 100, describe: "programs per compiled binary" })
  .option("minimize", { type: "boolean", default: true, describe: "minimise failures and write findings" })
  .option("max-findings", { type: "number", default: 40, describe: "findings to minimise per run" })
  .option("findings", { type: "string", describe: "folder for findings (default test/generator/findings)" })
  .option("opt", { choices: ["O0", "O1", "O2"], default: "O0", describe: "host g++ optimisation (O2 = exactly as tsduino run builds, -O2 -g)" })
  .option("jobs", { type: "number", default: 2, describe: "batches built at a time" })
  .option("from", { type: "string", describe: "only minimise the failures recorded in an earlier run's --json file (or its streamed <json>l)" })
  .option("only", { choices: ["MISMATCH", "G++FAIL", "CRASH", "TIMEOUT"], describe: "with --from: only this class" })
  .option("newest-first", { type: "boolean", default: false, describe: "with --from: minimise the last failures first" })
  .option("json", { type: "string", describe: "write every outcome to this JSON file (and, as they come, one per line to <file>l)" })
  .strict()
  .parseSync();

if (!Number.isInteger(argv.count) || argv.count < 0 || !Number.isInteger(argv.mutants) || argv.mutants < 0) {
  console.error("--count and --mutants must be non-negative integers");
  process.exit(1);
}

if (argv.from) {
  await minimizeFrom(argv.from, {
    count: 0, seed: 0, mutants: 0, mutantSeed: 0, target: argv.lx106 ? "lx106" : "host", batchSize: argv.batch, minimize: true,
    maxFindings: argv["max-findings"], findingsDir: argv.findings, opt: `-${argv.opt}`, log: (line) => console.log(line),
    only: argv.only, newestFirst: argv["newest-first"], everyday: argv.everyday || undefined,
  });
  process.exit(0);
}

const seeds = argv.seeds?.split(",").map((x) => Number(x.trim().replace(/^g/, "")));
if (seeds?.some((x) => !Number.isInteger(x))) {
  console.error("--seeds takes comma-separated integer seeds, e.g. --seeds 6000709,6000935");
  process.exit(1);
}
const summary = await fuzz({
  count: seeds ? seeds.length : argv.count,
  seed: argv.seed,
  seeds,
  mutants: argv.mutants,
  mutantSeed: argv["mutant-seed"] ?? argv.seed,
  target: argv.lx106 ? "lx106" : "host",
  batchSize: argv.batch,
  minimize: argv.minimize,
  maxFindings: argv["max-findings"],
  findingsDir: argv.findings,
  json: argv.json,
  opt: `-${argv.opt}`,
  jobs: argv.jobs,
  everyday: argv.everyday,
  log: (line) => console.log(line),
});
process.exit(summary.failures > 0 || summary.generatorBugs > 0 ? 1 : 0);
