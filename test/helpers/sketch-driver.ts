// Runs one esbuild bundle of a corpus program under Node the way the board runs a sketch: importing it runs
// the module-level code; if it exports setup/loop, setup() runs once and loop() a fixed number of times
// (a sketch loops forever on the board; corpus sketches only print during their first iterations).
// Usage: node --import arduino-shim.js sketch-driver.js <bundle.mjs> [loops]
import { pathToFileURL } from "node:url";

// `node --test dist/test/` also loads this file as a test file, without arguments: then it does nothing.
const bundle = process.argv[2];
const loops = Number(process.argv[3] ?? "200");
if (bundle !== undefined && bundle.endsWith(".mjs")) {
  const program = (await import(pathToFileURL(bundle).href)) as { setup?: () => void; loop?: () => void };
  if (typeof program.setup === "function" || typeof program.loop === "function") {
    program.setup?.();
    for (let i = 0; i < loops; i++) program.loop?.();
  }
}
