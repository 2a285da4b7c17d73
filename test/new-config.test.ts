// tsduino.json: found by walking up from the entry, unknown keys and bad values reported with the file and
// the key (one line each, no stack trace through the CLI), command-line flags override the file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findConfig, loadConfig, resolveSettings } from "../cli/config.js";
import { UserError } from "../cli/user-error.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function project(config: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "tsd-config-"));
  mkdirSync(join(dir, "src"));
  const file = join(dir, "tsduino.json");
  writeFileSync(file, config);
  return { dir, file };
}

function userErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof UserError, String(error));
    return error.message;
  }
  assert.fail("expected a UserError");
}

test("a valid tsduino.json is found from a nested folder; outDir is relative to the file", () => {
  const { dir, file } = project(JSON.stringify({ board: "d1_mini", port: "/dev/ttyUSB0", uploadBaud: 460800, monitorBaud: 74880, builder: "pio", outDir: "out" }));
  assert.equal(findConfig(join(dir, "src")), file);
  assert.deepEqual(loadConfig(file), { board: "d1_mini", port: "/dev/ttyUSB0", uploadBaud: 460800, monitorBaud: 74880, builder: "pio", outDir: join(dir, "out") });
  rmSync(dir, { recursive: true, force: true });
});

test("flags override the file; flag values are checked too", () => {
  const { dir } = project(JSON.stringify({ board: "d1_mini", builder: "pio" }));
  const { settings, configFile } = resolveSettings({ board: "huzzah", builder: undefined, outDir: "x" }, join(dir, "src"));
  assert.equal(configFile, join(dir, "tsduino.json"));
  assert.equal(settings.board, "huzzah");
  assert.equal(settings.builder, "pio");
  assert.equal(settings.outDir, resolve("x"));
  assert.equal(userErrorOf(() => resolveSettings({ board: "uno" }, dir)),
    "--board uno: unknown board 'uno' (known boards: d1_mini, esp01_1m, generic, huzzah, nodemcuv2)");
  rmSync(dir, { recursive: true, force: true });
});

test("unknown keys and bad values: one line each naming the file and the key", () => {
  const { dir, file } = project(JSON.stringify({ bord: "nodemcuv2", board: "esp32dev", uploadBaud: 9600, monitorBaud: "fast", builder: "make", colour: "red" }, null, 2));
  const lines = userErrorOf(() => loadConfig(file)).split("\n");
  assert.deepEqual(lines, [
    `${file}: "bord" is not a tsduino setting (did you mean "board"?); known settings: board, port, uploadBaud, monitorBaud, builder, outDir`,
    `${file}: "board": "esp32dev" unknown board 'esp32dev' (known boards: d1_mini, esp01_1m, generic, huzzah, nodemcuv2)`,
    `${file}: "uploadBaud": 9600 must be one of 57600, 115200, 230400, 256000, 460800, 512000, 921600, 3000000`,
    `${file}: "monitorBaud": "fast" must be a whole number of baud between 300 and 4000000, e.g. 115200`,
    `${file}: "builder": "make" must be one of "arduino-cli", "pio"`,
    `${file}: "colour" is not a tsduino setting; known settings: board, port, uploadBaud, monitorBaud, builder, outDir`,
  ]);
  rmSync(dir, { recursive: true, force: true });
});

test("broken JSON names the line and column; through the CLI it is one clear error, no stack trace", () => {
  const { dir, file } = project('{\n  "board": "nodemcuv2",\n  "port": /dev/ttyUSB0\n}\n');
  assert.match(userErrorOf(() => loadConfig(file)), new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:11: not valid JSON \\(`));
  writeFileSync(join(dir, "src", "main.ts"), "export function setup(): void {}\nexport function loop(): void {}\n");
  const r = spawnSync(process.execPath, [join(ROOT, "bin/tsduino.js"), "build", "src/main.ts"], { cwd: dir, encoding: "utf8" });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^tsduino: tsduino\.json:3:11: not valid JSON \(.*\)\n$/);
  rmSync(dir, { recursive: true, force: true });
});

test("templates/tsduino.schema.json (editor completion) agrees with the checks: same keys, boards and bauds", async () => {
  const schema = JSON.parse(readFileSync(join(ROOT, "templates/tsduino.schema.json"), "utf8"));
  const { listBoards } = await import("../boards/index.js");
  const { UPLOAD_BAUDS, BUILDER_NAMES } = await import("../cli/config.js");
  assert.deepEqual(schema.properties.board.enum, listBoards().map((b) => b.id));
  assert.deepEqual(schema.properties.uploadBaud.enum, UPLOAD_BAUDS);
  assert.deepEqual(schema.properties.builder.enum, [...BUILDER_NAMES]);
  assert.deepEqual(Object.keys(schema.properties).sort(), ["$schema", "board", "builder", "monitorBaud", "outDir", "port", "uploadBaud"]);
});
