// Where things are: the repository root (found from this file's location in dist/test/helpers/), the
// corpus folders and the CLI entry, so tests and the bench never depend on the current directory.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const corpusDir = join(repoRoot, "test", "corpus");
export const rejectsDir = join(repoRoot, "test", "rejects");
export const cliEntry = join(repoRoot, "bin", "tsduino.js");
export const cacheDir = join(repoRoot, ".tsduino-cache");
/** Compiled helper scripts that run as separate Node processes. */
export const shimModule = join(repoRoot, "dist", "test", "helpers", "arduino-shim.js");
export const sketchDriver = join(repoRoot, "dist", "test", "helpers", "sketch-driver.js");
