#!/usr/bin/env node
// Entry point of the `tsduino` command: runs the compiled CLI from dist/.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const main = join(root, "dist", "cli", "main.js");
if (!existsSync(main)) {
  console.error(`tsduino: the CLI is not built yet; run 'npm run build' in ${root}`);
  process.exit(1);
}
await import(pathToFileURL(main).href);
