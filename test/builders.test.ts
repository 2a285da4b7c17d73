// Device builders against stand-in arduino-cli and pio executables (test/fixtures/fake-tools, put first on
// the PATH): the arguments they receive, the files collected, the size report, the messages for a missing
// tool / core / library, and g++ errors mapped to the TypeScript file through #line (a real
// xtensa-lx106-elf-g++ run inside the stand-in).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledSketch } from "../compiler/src/index.js";
import { buildCompiledSketch } from "../builders/device.js";
import { UserError } from "../cli/user-error.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const FAKE_TOOLS = join(ROOT, "test/fixtures/fake-tools");
const NODE_DIR = dirname(process.execPath);

function sketch(body: string, libraries: string[] = []): CompiledSketch {
  return { name: "main", libraries, bindings: [], files: [{ path: "main.ino", content: body }] };
}

const BLINK = [
  `#line 1 "main.ts"`,
  `void setup() {}`,
  `#line 4 "main.ts"`,
  `void loop() {}`,
  ``,
].join("\n");

const WS_SKETCH = [`#include "src/libraries/WebSocketsClient/adapter.h"`, `void setup() {}`, `void loop() {}`, ``].join("\n");

interface Invocation { tool: string; args: string[] }

/** Runs fn with the stand-in tools first on the PATH and the given variables set; returns what they recorded. */
async function withTools<T>(env: Record<string, string | undefined>, fn: () => Promise<T>, path = `${FAKE_TOOLS}:${NODE_DIR}:/usr/bin:/bin`): Promise<{ result: T; calls: Invocation[] }> {
  const dir = mkdtempSync(join(tmpdir(), "tsd-tools-"));
  const log = join(dir, "calls.jsonl");
  const saved = { ...process.env };
  Object.assign(process.env, { PATH: path, FAKE_TOOLS_LOG: log });
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
  try {
    const result = await fn();
    const calls = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Invocation) : [];
    return { result, calls };
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function rejection(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof UserError, `expected a UserError, got ${(error as Error).stack}`);
    return error;
  }
  assert.fail("expected the build to fail");
}

function outDir(): string {
  return mkdtempSync(join(tmpdir(), "tsd-build-"));
}

test("arduino-cli: compiles with the board's full FQBN and collects firmware.bin, .elf and sizes", async () => {
  const out = outDir();
  const { result, calls } = await withTools({}, () => buildCompiledSketch(sketch(BLINK), { entry: "main.ts", board: "nodemcuv2", outDir: out }));
  const compile = calls.find((c) => c.tool === "arduino-cli" && c.args[0] === "compile");
  assert.ok(compile, "arduino-cli compile was run");
  assert.equal(compile.args[compile.args.indexOf("--fqbn") + 1], "esp8266:esp8266:nodemcuv2:xtal=80,eesz=4M2M,baud=115200");
  assert.equal(compile.args[compile.args.length - 1], join(out, "main"));
  assert.equal(result.sketchDir, join(out, "main"));
  assert.equal(result.bin, join(out, "firmware.bin"));
  assert.equal(readFileSync(result.bin)[0], 0xe9, "firmware.bin starts with the ESP8266 image magic");
  assert.equal(readFileSync(result.elf).subarray(0, 4).toString("latin1"), "\x7fELF");
  assert.equal(result.sizes.flashMax, 1044464);
  assert.equal(result.sizes.ramMax, 81920);
  assert.ok(result.sizes.flashUsed > 200000 && result.sizes.ramUsed > 20000);
  assert.match(result.report[0], /^Flash: \d+ of 1044464 bytes \(\d+%\)/);
  assert.match(result.report[1], /^RAM: +\d+ of 81920 bytes \(\d+%\) used by globals; \d+ bytes \([\d.]+ KB\) left for heap and stack$/);
  assert.equal(result.report.length, 2, "no RAM warning for a small sketch");
  assert.ok(existsSync(join(out, "main", "sketch.yaml")) && existsSync(join(out, "main", "platformio.ini")));
  rmSync(out, { recursive: true, force: true });
});

test("arduino-cli: the generic-FQBN boards pass their menu options (esp01_1m: 1 MB layout, LED on GPIO1)", async () => {
  const out = outDir();
  const { result, calls } = await withTools({}, () => buildCompiledSketch(sketch(BLINK), { entry: "main.ts", board: "esp01_1m", outDir: out }));
  const compile = calls.find((c) => c.args[0] === "compile")!;
  assert.equal(compile.args[compile.args.indexOf("--fqbn") + 1],
    "esp8266:esp8266:generic:xtal=80,CrystalFreq=26,FlashFreq=40,FlashMode=dout,eesz=1M64,led=1,ResetMethod=ck,baud=115200");
  assert.equal(result.sizes.flashMax, 958448);
  rmSync(out, { recursive: true, force: true });
});

test("arduino-cli missing: names the tool and its install command, still writes the sketch", async () => {
  const out = outDir();
  const { result: error } = await withTools({}, () => rejection(buildCompiledSketch(sketch(BLINK), { entry: "main.ts", board: "d1_mini", outDir: out })), `${NODE_DIR}`);
  assert.match(error.message, /^arduino-cli is not on the PATH\. Install it with:\n {2}curl -fsSL https:\/\/raw\.githubusercontent\.com\/arduino\/arduino-cli\/master\/install\.sh \| /);
  assert.match(error.message, /arduino-cli core install esp8266:esp8266 --additional-urls https:\/\/arduino\.esp8266\.com\/stable\/package_esp8266com_index\.json/);
  assert.ok(existsSync(join(out, "main", "main.ino")), "the sketch folder is written anyway");
  rmSync(out, { recursive: true, force: true });
});

test("ESP8266 core and WebSockets library missing: one line each with the command that installs it", async () => {
  const out = outDir();
  const { result: error, calls } = await withTools({ FAKE_ARDUINO_CORE: "missing", FAKE_ARDUINO_LIBS: "" },
    () => rejection(buildCompiledSketch(sketch(WS_SKETCH, ["WebSockets", "ESP8266WiFi"]), { entry: "main.ts", board: "nodemcuv2", outDir: out })));
  const lines = error.message.split("\n");
  assert.equal(lines[0], "the ESP8266 core (esp8266:esp8266) is not installed: arduino-cli core install esp8266:esp8266 --additional-urls https://arduino.esp8266.com/stable/package_esp8266com_index.json");
  assert.equal(lines[1], "the Arduino library 'WebSockets' is not installed: arduino-cli lib install WebSockets");
  assert.equal(lines[2], `The sketch was written to ${join(out, "main")}`);
  assert.equal(lines.length, 3, "ESP8266WiFi ships with the core and is not reported");
  assert.ok(!calls.some((c) => c.args[0] === "compile"), "no compile attempted");
  rmSync(out, { recursive: true, force: true });
});

test("a library missing at compile time (g++ 'No such file') is reported with its install command", async () => {
  const out = outDir();
  // the inventory says WebSockets is installed but the sketch needs it; the compile then fails the real way
  const { result: error } = await withTools({ FAKE_ARDUINO_LIBS: "" }, () => rejection(buildCompiledSketch(
    { name: "main", libraries: [], bindings: [], files: [{ path: "main.ino", content: `#include <WebSocketsClient.h>\nvoid setup() {}\nvoid loop() {}\n` }] },
    { entry: "main.ts", board: "nodemcuv2", outDir: out })));
  assert.match(error.message, /^the Arduino library providing WebSocketsClient\.h is missing: arduino-cli lib install WebSockets\n/);
  rmSync(out, { recursive: true, force: true });
});

test("compiler errors from the builder point at the TypeScript file and line (#line, real xtensa g++)", async () => {
  const out = outDir();
  const src = mkdtempSync(join(tmpdir(), "tsd-src-"));
  const ts = ["let counter = 0;", "", "", "", "", "", "export function setup(): void { counter = notDeclaredAnywhere + 1; }", ""].join("\n");
  writeFileSync(join(src, "main.ts"), ts);
  const body = [
    `#include <stdint.h>`,
    `#line 1 "main.ts"`,
    `int32_t counter = 0;`,
    `#line 7 "main.ts"`,
    `void setup() { counter = notDeclaredAnywhere + 1; }`,
    `void loop() {}`,
    ``,
  ].join("\n");
  const { result: error } = await withTools({ FAKE_CXX_CHECK: "1" },
    () => rejection(buildCompiledSketch(sketch(body), { entry: join(src, "main.ts"), board: "nodemcuv2", outDir: out })));
  const lines = error.message.split("\n");
  assert.equal(lines[0], "the ESP8266 build failed:");
  assert.match(lines[1], new RegExp(`^${join(src, "main.ts").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:7: error: 'notDeclaredAnywhere' was not declared in this scope$`));
  assert.equal(lines[2], "  7 | export function setup(): void { counter = notDeclaredAnywhere + 1; }");
  assert.equal(lines.length, 3);
  rmSync(out, { recursive: true, force: true });
  rmSync(src, { recursive: true, force: true });
});

test("a sketch that compiles for real with xtensa g++ builds to firmware through the stand-in", async () => {
  const out = outDir();
  const { result } = await withTools({ FAKE_CXX_CHECK: "1" }, () => buildCompiledSketch(sketch(`#include <stdint.h>\n${BLINK}`), { entry: "main.ts", board: "huzzah", outDir: out }));
  assert.ok(existsSync(result.bin));
  rmSync(out, { recursive: true, force: true });
});

test("RAM near the ESP8266's limit is said clearly", async () => {
  const out = outDir();
  const { result } = await withTools({ FAKE_RAM_USED: "62000" }, () => buildCompiledSketch(sketch(BLINK), { entry: "main.ts", board: "nodemcuv2", outDir: out }));
  assert.equal(result.sizes.ramUsed, 62000);
  assert.match(result.report[2], /^warning: only 19\.5 KB of the ESP8266's 80\.0 KB RAM is left for heap and stack; WiFi and TLS need about 24\.0 KB/);
  rmSync(out, { recursive: true, force: true });
});

test("pio: runs `pio run` on the generated project and collects .pio/build/<env>/firmware.*", async () => {
  const out = outDir();
  const { result, calls } = await withTools({}, () => buildCompiledSketch(sketch(WS_SKETCH, ["WebSockets"]), { entry: "main.ts", board: "d1_mini", builder: "pio", outDir: out }));
  const run = calls.find((c) => c.tool === "pio")!;
  assert.deepEqual(run.args, ["run", "--project-dir", join(out, "main"), "--environment", "d1_mini"]);
  assert.equal(readFileSync(result.bin)[0], 0xe9);
  assert.equal(result.sizes.flashMax, 1044464, "flash maximum from the 4m2m ldscript, same as arduino-cli's");
  assert.ok(!calls.some((c) => c.tool === "arduino-cli"));
  rmSync(out, { recursive: true, force: true });
});

test("pio: a lib_deps package that cannot be installed is named with its install command", async () => {
  const out = outDir();
  const { result: error } = await withTools({ FAKE_PIO_LIB_MISSING: "1" }, () => rejection(buildCompiledSketch(sketch(WS_SKETCH, ["WebSockets"]), { entry: "main.ts", board: "nodemcuv2", builder: "pio", outDir: out })));
  assert.match(error.message, /^PlatformIO could not install the library links2004\/WebSockets@2\.7\.2; install it with: pio pkg install --library "links2004\/WebSockets@2\.7\.2"/);
  rmSync(out, { recursive: true, force: true });
});

test("pio missing: names PlatformIO and its install command", async () => {
  const out = outDir();
  const { result: error } = await withTools({}, () => rejection(buildCompiledSketch(sketch(BLINK), { entry: "main.ts", board: "nodemcuv2", builder: "pio", outDir: out })), NODE_DIR);
  assert.match(error.message, /^PlatformIO \('pio'\) is not on the PATH\. Install it with:\n {2}python3 -m pip install --user -U platformio/);
  rmSync(out, { recursive: true, force: true });
});

test("an unknown board or builder is one clear error", async () => {
  const out = outDir();
  const e1 = await rejection(buildCompiledSketch(sketch(BLINK), { entry: "main.ts", board: "uno", outDir: out }));
  assert.equal(e1.message, "unknown board 'uno'; known boards: d1_mini, esp01_1m, generic, huzzah, nodemcuv2 (see 'tsduino boards')");
  const e2 = await rejection(buildCompiledSketch(sketch(BLINK), { entry: "main.ts", board: "nodemcuv2", builder: "make" as never, outDir: out }));
  assert.equal(e2.message, "unknown builder 'make'; use one of: arduino-cli, pio");
  rmSync(out, { recursive: true, force: true });
});

test("when arduino-cli's JSON answers are unreadable the build does not guess: it compiles and lets the compile tell", async () => {
  const out = outDir();
  const { result, calls } = await withTools({ FAKE_ARDUINO_JSON: "broken" }, () => buildCompiledSketch(sketch(WS_SKETCH, ["WebSockets"]), { entry: "main.ts", board: "nodemcuv2", outDir: out }));
  assert.ok(calls.some((c) => c.args[0] === "compile"));
  assert.ok(calls.some((c) => c.args.includes("--format")), "fell back to arduino-cli 0.x's --format json");
  assert.equal(readFileSync(result.bin)[0], 0xe9);
  rmSync(out, { recursive: true, force: true });
});
