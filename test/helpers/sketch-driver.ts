// Runs one esbuild bundle of a corpus program under Node the way the board runs a sketch: importing it runs
// the module-level code; if it exports setup/loop, setup() runs once and loop() a fixed number of times, and
// then on while a timer is pending (a sketch loops forever on the board; corpus sketches only print during
// their first iterations or when their timers run).
// Usage: node --import arduino-shim.js sketch-driver.js <bundle.mjs> [loops]
import { pathToFileURL } from "node:url";

// `node --test dist/test/` also loads this file as a test file, without arguments: then it does nothing.
const bundle = process.argv[2];
const loops = Number(process.argv[3] ?? "200");
if (bundle !== undefined && bundle.endsWith(".mjs")) {
  const program = (await import(pathToFileURL(bundle).href)) as { setup?: () => void; loop?: () => void };
  if (typeof program.setup === "function" || typeof program.loop === "function") {
    program.setup?.();
    // As on the board, timers run between two loop() calls: one turn of Node's event loop (its timers phase)
    // between loop() calls, and the sketch keeps looping while a timer is pending.
    const timerPending = (): boolean => process.getActiveResourcesInfo().includes("Timeout");
    for (let i = 1; ; i++) {
      program.loop?.();
      const pending = timerPending();
      if (i >= loops && !pending) break;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}
