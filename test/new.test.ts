// `tsduino new`: the files it writes, that the project type-checks with the real TypeScript compiler through
// its tsconfig (tsduino linked as node_modules/tsduino), and that its src/main.ts builds and runs on the host
// and builds for the board (real compiler, stand-in arduino-cli). Also the CLI's errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createProject } from "../cli/commands/new.js";
import { loadConfig } from "../cli/config.js";
import { UserError } from "../cli/user-error.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const CLI = join(ROOT, "bin/tsduino.js");

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "tsd-new-"));
}

/** Type-checks a generated project the way the user's editor / `npm run typecheck` does. */
function typecheck(project: string): { status: number | null; output: string } {
  mkdirSync(join(project, "node_modules"), { recursive: true });
  if (!existsSync(join(project, "node_modules/tsduino"))) symlinkSync(ROOT, join(project, "node_modules/tsduino"));
  const r = spawnSync(process.execPath, [TSC, "-p", project], { encoding: "utf8" });
  return { status: r.status, output: r.stdout + r.stderr };
}

test("new writes package.json, tsconfig.json, tsduino.json, .gitignore, src/main.ts and the board's pin typings", () => {
  const base = tempDir();
  const dir = createProject(join(base, "my-project"), { board: "d1_mini" });
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  assert.equal(pkg.name, "my-project");
  assert.equal(pkg.type, "module");
  // made from this checkout: tsduino and TypeScript come from it (tsduino is not on the registry)
  assert.equal(pkg.devDependencies.tsduino, `file:${ROOT}`);
  assert.equal(pkg.devDependencies.typescript, `file:${realpathSync(join(ROOT, "node_modules/typescript"))}`);
  assert.equal(pkg.scripts.build, "tsduino build src/main.ts", "the board comes from tsduino.json");
  assert.equal(pkg.scripts["build:host"], "tsduino build src/main.ts --target host");
  assert.equal(pkg.scripts.test, "tsc -p . && tsduino build src/main.ts --target host && tsduino build src/main.ts");
  const tsconfig = JSON.parse(readFileSync(join(dir, "tsconfig.json"), "utf8"));
  assert.ok(tsconfig.include.includes("node_modules/tsduino/runtime/typings/*.d.ts"));
  assert.ok(tsconfig.include.includes("node_modules/tsduino/runtime/libraries/*/*.d.ts"));
  assert.equal(tsconfig.compilerOptions.strict, true);
  assert.deepEqual(loadConfig(join(dir, "tsduino.json")), { board: "d1_mini", builder: "arduino-cli", monitorBaud: 115200, outDir: join(dir, "build") });
  assert.equal(readFileSync(join(dir, ".gitignore"), "utf8"), "node_modules/\nbuild/\n.pio/\n");
  assert.match(readFileSync(join(dir, "src/main.ts"), "utf8"), /digitalWrite\(LED_BUILTIN/);
  const pins = readFileSync(join(dir, "tsduino-board.d.ts"), "utf8");
  assert.match(pins, /^\/\*\* GPIO2 \*\/\ndeclare const D4: number;$/m);
  assert.match(pins, /^declare const TX: number;$/m);
  assert.ok(!readFileSync(join(dir, "README.md"), "utf8").includes("{{"), "every placeholder replaced");
  rmSync(base, { recursive: true, force: true });
});

test("the new project type-checks through its tsconfig, and a pin the board lacks is an editor error", () => {
  const base = tempDir();
  const dir = createProject(join(base, "blinky"), { board: "nodemcuv2" });
  const ok = typecheck(dir);
  assert.equal(ok.status, 0, ok.output);
  writeFileSync(join(dir, "src/main.ts"), "export function setup(): void { pinMode(D4, OUTPUT); digitalWrite(D11, HIGH); }\nexport function loop(): void {}\n");
  const bad = typecheck(dir);
  assert.equal(bad.status, 2);
  assert.match(bad.output, /src\/main\.ts\(1,\d+\): error TS2304: Cannot find name 'D11'/);
  assert.ok(!/D4/.test(bad.output), "D4 exists on the NodeMCU");
  rmSync(base, { recursive: true, force: true });
});

test("the secure-websocket template type-checks against the WiFi and WebSockets bindings", () => {
  const base = tempDir();
  const dir = createProject(join(base, "wss-client"), { template: "secure-websocket" });
  assert.match(readFileSync(join(dir, "src/main.ts"), "utf8"), /beginSslWithCA\(SERVER_HOST, SERVER_PORT, "\/", ENDPOINT_CA_CERT\)/);
  const r = typecheck(dir);
  assert.equal(r.status, 0, r.output);
  rmSync(base, { recursive: true, force: true });
});

test("the new project's main.ts builds and runs on the host, and builds for its board", async () => {
  const base = tempDir();
  const dir = createProject(join(base, "blink-board"), { board: "huzzah" });
  const entry = join(dir, "src/main.ts");

  // host: `tsduino run` compiles with g++ and runs; blink prints its first lines within a few seconds
  const run = spawn(process.execPath, [CLI, "run", entry, "--timeout", "3"], { cwd: dir });
  let stdout = "";
  let stderr = "";
  run.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  run.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((done) => run.on("close", done));
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^blink: LED on pin \d+\r?\nLED on\r?\n/);

  // `npm test` of the project: its steps, through the CLI, in the project folder (stand-in arduino-cli)
  const env = { ...process.env, PATH: `${join(ROOT, "test/fixtures/fake-tools")}:${process.env.PATH}` };
  const host = spawnSync(process.execPath, [CLI, "build", "src/main.ts", "--target", "host"], { cwd: dir, env, encoding: "utf8" });
  assert.equal(host.status, 0, host.stderr);
  assert.match(host.stdout, /^host executable: /m);
  // the editor's pin typings follow the board a build uses
  writeFileSync(join(dir, "tsduino-board.d.ts"), readFileSync(join(dir, "tsduino-board.d.ts"), "utf8").replace(/huzzah/g, "nodemcuv2") + "declare const D4: number;\n");
  const board = spawnSync(process.execPath, [CLI, "build", "src/main.ts"], { cwd: dir, env, encoding: "utf8" });
  assert.equal(board.status, 0, board.stderr);
  const lines = board.stdout.trimEnd().split("\n");
  assert.equal(lines.shift(), "tsduino-board.d.ts now declares the pins of huzzah");
  assert.ok(!readFileSync(join(dir, "tsduino-board.d.ts"), "utf8").includes("D4"));
  assert.equal(lines[0], "building firmware for huzzah with arduino-cli (the first build compiles the ESP8266 core: a minute or two)");
  assert.equal(lines[1], `sketch written to ${join(dir, "build/main")}`, "tsduino.json: board huzzah, outDir build");
  assert.equal(lines[2], `firmware: ${join(dir, "build/firmware.bin")} (elf: ${join(dir, "build/firmware.elf")})`);
  assert.match(lines[3], /^Flash: \d+ of 1044464 bytes \(\d+%\) for the sketch on Adafruit Feather HUZZAH ESP8266 \(4 MB chip, layout 4M2M\)$/);
  assert.match(lines[4], /^RAM: +\d+ of 81920 bytes/);
  assert.equal(readFileSync(join(dir, "build/firmware.bin"))[0], 0xe9);
  assert.match(readFileSync(join(dir, "build/main/main.ino"), "utf8"), /#line \d+ ".*main\.ts"/);
  assert.match(readFileSync(join(dir, "build/main/platformio.ini"), "utf8"), /^board = huzzah$/m);
  rmSync(base, { recursive: true, force: true });
});

test("new refuses a non-empty folder, a bad name, an unknown board or template with one line", () => {
  const base = tempDir();
  writeFileSync(join(base, "README"), "x");
  assert.throws(() => createProject(base), (e: unknown) => e instanceof UserError && /already exists and is not an empty folder/.test(e.message));
  assert.throws(() => createProject(join(base, "My Project")), (e: unknown) => e instanceof UserError && /cannot be a project name/.test(e.message));
  assert.throws(() => createProject(join(base, "p"), { board: "esp32" }), (e: unknown) => e instanceof UserError && /^unknown board 'esp32'/.test(e.message));
  const cli = spawnSync(process.execPath, [CLI, "new", join(base, "q"), "--template", "nope"], { encoding: "utf8" });
  assert.equal(cli.status, 1);
  assert.match(cli.stderr, /Invalid values:\n\s+Argument: template, Given: "nope", Choices: "blink", "secure-websocket"/);
  const ok = spawnSync(process.execPath, [CLI, "new", join(base, "cli-made"), "--board", "generic"], { encoding: "utf8" });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^Created .*cli-made \(blink for Generic ESP8266 Module\)\. Next:$/m);
  assert.equal(JSON.parse(readFileSync(join(base, "cli-made/tsduino.json"), "utf8")).board, "generic");
  rmSync(base, { recursive: true, force: true });
});
