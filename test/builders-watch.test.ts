// `tsduino build --watch` for a board: watchFirmware rebuilds when a .ts file next to the entry is saved
// (real compiler, stand-in arduino-cli), reports compile errors without stopping, and builds again after
// the fix. Compile errors come back as a CompileError carrying the diagnostics: the library prints nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { watchFirmware, type FirmwareBuild } from "../builders/device.js";
import { CompileError } from "../builders/compile-sketch.js";
import { formatDiagnostic } from "../compiler/src/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BLINK = (message: string) =>
  `export function setup(): void { Serial.begin(115200); pinMode(D4, OUTPUT); }\n` +
  `export function loop(): void { digitalWrite(D4, LOW); Serial.println("${message}"); delay(500); }\n`;

test("--watch rebuilds on save, survives a compile error, and rebuilds after the fix", async () => {
  const src = mkdtempSync(join(tmpdir(), "tsd-watch-src-"));
  const out = mkdtempSync(join(tmpdir(), "tsd-watch-out-"));
  const entry = join(src, "main.ts");
  writeFileSync(entry, BLINK("first"));
  const saved = process.env.PATH;
  process.env.PATH = `${join(ROOT, "test/fixtures/fake-tools")}:${saved}`;
  const results: { at: number; result: FirmwareBuild | Error }[] = [];
  let wake: () => void = () => {};
  const next = (count: number) => new Promise<void>((done) => {
    wake = () => { if (results.length >= count) done(); };
    wake();
  });
  const start = Date.now();
  const stop = watchFirmware({ entry, board: "nodemcuv2", outDir: out }, (result) => { results.push({ at: Date.now(), result }); wake(); });
  try {
    await next(1);
    const first = results[0].result;
    assert.ok(!(first instanceof Error), String(first));
    assert.match(readFileSync(join(out, "main", "main.ino"), "utf8"), /first/);
    const firstMs = results[0].at - start;

    let t = Date.now();
    writeFileSync(entry, BLINK("second"));
    await next(2);
    assert.ok(!(results[1].result instanceof Error), String(results[1].result));
    assert.match(readFileSync(join(out, "main", "main.ino"), "utf8"), /second/);
    const rebuildMs = results[1].at - t;

    writeFileSync(entry, BLINK("third").replace("D4, LOW", "D4, LOUD"));
    await next(3);
    const failed = results[2].result;
    assert.ok(failed instanceof CompileError, `a compile error is reported, the watch goes on: ${String(failed)}`);
    const errors = failed.diagnostics.map((d) => formatDiagnostic(d));
    assert.ok(errors.some((e) => /main\.ts:2:\d+: error TSD?\d+: .*LOUD/.test(e)), errors.join("\n"));

    t = Date.now();
    writeFileSync(entry, BLINK("fourth"));
    await next(4);
    assert.ok(!(results[3].result instanceof Error), String(results[3].result));
    assert.match(readFileSync(join(out, "main", "main.ino"), "utf8"), /fourth/);
    console.log(`# watch: first build ${firstMs} ms, rebuild after save ${rebuildMs} ms, after fix ${results[3].at - t} ms`);
  } finally {
    stop();
    process.env.PATH = saved;
    rmSync(src, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
