// The oracle of the differential test: a corpus program bundled by esbuild (types stripped, imports of
// test/corpus/lib resolved) and run by Node with the Arduino shim preloaded. Whatever Node prints is by
// definition the right output. Results are cached by content (the bundle, the shim, the driver, the loop
// count and Node's version) under .tsduino-cache/node-oracle: the host and lx106 corpus tests, running in
// two processes, ask for the same 150 programs.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runProcess, type ProcessResult } from "./process.js";
import { cacheDir, shimModule, sketchDriver } from "./paths.js";

const oracleCache = join(cacheDir, "node-oracle");

/**
 * Turns `entry` (a .ts program) into one ESM file at `outfile`. A program without imports is only stripped of
 * its types: bundling rewrites top-level `let`/`const`/`class` into `var` (a read before the declaration runs
 * gives undefined instead of Node's ReferenceError) and renames self-referring classes (`class _Point2`).
 * A program importing test/corpus/lib is bundled, with its names kept.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<void> {
  const bundle = /^\s*import\s/m.test(readFileSync(entry, "utf8"));
  await build({ entryPoints: [entry], outfile, bundle, keepNames: bundle, format: "esm", platform: "node", target: "node20", logLevel: "silent" });
}

export async function runUnderNode(entry: string, options: { loops?: number; timeoutMs?: number } = {}): Promise<ProcessResult> {
  const dir = mkdtempSync(join(tmpdir(), "tsd-node-"));
  try {
    const bundle = join(dir, "program.mjs");
    await bundleForNode(entry, bundle);
    const loops = String(options.loops ?? 200);
    const key = createHash("sha256").update(process.version).update("\0").update(loops).update("\0")
      .update(readFileSync(shimModule)).update("\0").update(readFileSync(sketchDriver)).update("\0").update(readFileSync(bundle))
      .digest("hex").slice(0, 32);
    const cached = join(oracleCache, `${key}.json`);
    if (existsSync(cached)) {
      const saved = JSON.parse(readFileSync(cached, "utf8")) as { stdout: string; stderr: string; code: number | null; signal: NodeJS.Signals | null };
      return { ...saved, stdout: Buffer.from(saved.stdout, "base64"), timedOut: false, wallMs: 0 };
    }
    const result = await runProcess(process.execPath, ["--import", pathToFileURL(shimModule).href, sketchDriver, bundle, loops], { timeoutMs: options.timeoutMs ?? 30_000 });
    if (!result.timedOut) {
      mkdirSync(oracleCache, { recursive: true });
      const tmp = `${cached}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ stdout: result.stdout.toString("base64"), stderr: result.stderr, code: result.code, signal: result.signal }));
      renameSync(tmp, cached);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `Error: message` line of an uncaught exception in Node's stderr (e.g. "RangeError: Invalid count"). */
export function uncaughtErrorLine(stderr: string): string | undefined {
  // "Failure [Error]: m": util.inspect's form for a class whose name does not contain its `name` (corpus 463).
  // An empty message has no ": " (`Failure [Error]`, `Error`): the line right before the stack's first frame.
  // An error whose `name` the program set to something else (`this.name = "a"`: Node prints `a: m`): the line
  // right before the first frame.
  return /^(\w+ \[\w*Error\]|\w*Error): (.*)$/m.exec(stderr)?.[0] ?? /^(\w+ \[\w*Error\]|\w*Error)$(?=\n\s+at )/m.exec(stderr)?.[0] ?? /^(\S.*)$(?=\n {4}at )/m.exec(stderr)?.[0];
}
