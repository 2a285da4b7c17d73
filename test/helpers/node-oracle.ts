// The oracle of the differential test: a corpus program bundled by esbuild (types stripped, imports of
// test/corpus/lib resolved) and run by Node with the Arduino shim preloaded. Whatever Node prints is by
// definition the right output.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runProcess, type ProcessResult } from "./process.js";
import { shimModule, sketchDriver } from "./paths.js";

/** Bundles `entry` (a .ts program) into one ESM file at `outfile`. */
export async function bundleForNode(entry: string, outfile: string): Promise<void> {
  await build({ entryPoints: [entry], outfile, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "silent" });
}

export async function runUnderNode(entry: string, options: { loops?: number; timeoutMs?: number } = {}): Promise<ProcessResult> {
  const dir = mkdtempSync(join(tmpdir(), "tsd-node-"));
  try {
    const bundle = join(dir, "program.mjs");
    await bundleForNode(entry, bundle);
    return await runProcess(
      process.execPath,
      ["--import", pathToFileURL(shimModule).href, sketchDriver, bundle, String(options.loops ?? 200)],
      { timeoutMs: options.timeoutMs ?? 30_000 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `Error: message` line of an uncaught exception in Node's stderr (e.g. "RangeError: Invalid count"). */
export function uncaughtErrorLine(stderr: string): string | undefined {
  return /^(\w*Error): (.*)$/m.exec(stderr)?.[0];
}
