// One project model for every command: board, builder, port, upload/monitor baud and output folder come from
// the flags, then tsduino.json (found from the entry's folder, or the current folder for `monitor`), then the
// defaults. Each command's real yargs options are parsed in-process (so a yargs default that would hide
// tsduino.json is caught) and handed to the function its handler uses. End to end through the CLI: `run`
// (the board decides which pin names a sketch may use) and `flash` (port and baud, on the simulated board).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yargs, { type CommandModule } from "yargs";
import { resolveProject, PROJECT_DEFAULTS, type Project } from "../cli/project.js";
import { buildCommand, buildProject, type BuildArgs } from "../cli/commands/build.js";
import { runCommand, runProject, type RunArgs } from "../cli/commands/run.js";
import { flashCommand, flashProject, tsEntry, type FlashArgs } from "../cli/commands/flash.js";
import { uploadCommand, uploadProject, type UploadArgs } from "../cli/commands/upload.js";
import { monitorCommand, monitorProject, type MonitorArgs } from "../cli/commands/monitor.js";
import { UserError } from "../shared/user-error.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(ROOT, "bin/tsduino.js");

const SETTINGS = { board: "d1_mini", builder: "pio", port: "/dev/ttyFROMJSON", uploadBaud: 921600, monitorBaud: 74880, outDir: "out" };

/** A project folder with tsduino.json (when `settings` given) and src/main.ts; returns [dir, entry]. */
function project(settings?: object, source = "console.log(D4);\n"): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), "tsd-project-"));
  if (settings) writeFileSync(join(dir, "tsduino.json"), JSON.stringify(settings));
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src/main.ts"), source);
  return [dir, join(dir, "src/main.ts")];
}

/** Parses argv with the command's own yargs options (handler replaced) and returns the parsed arguments. */
async function parse<A>(command: CommandModule<object, A>, argv: string[], cwd: string): Promise<A> {
  let parsed: A | undefined;
  const saved = process.cwd();
  process.chdir(cwd);
  try {
    await yargs().command({ ...command, handler: (a) => void (parsed = a as A) }).strict().fail((msg, err) => { throw err ?? new Error(msg); }).parseAsync(argv);
  } finally {
    process.chdir(saved);
  }
  assert.ok(parsed, `${argv.join(" ")} did not reach the handler`);
  return parsed;
}

function inDir<T>(dir: string, f: () => T): T {
  const saved = process.cwd();
  process.chdir(dir);
  try {
    return f();
  } finally {
    process.chdir(saved);
  }
}

function pick(p: Project) {
  return { board: p.board, builder: p.builder, port: p.port, uploadBaud: p.uploadBaud, monitorBaud: p.monitorBaud, outDir: p.outDir };
}

const fromJson = (dir: string) => ({ ...SETTINGS, outDir: join(dir, "out") });
const defaults = (cwd: string) => ({ ...PROJECT_DEFAULTS, port: undefined, outDir: join(cwd, "build") });

test("resolveProject: flags, then tsduino.json (nearest at or above the entry), then defaults", () => {
  const [dir, entry] = project(SETTINGS);
  const p = resolveProject(entry, {}, { cwd: tmpdir() });
  assert.deepEqual(pick(p), fromJson(dir));
  assert.equal(p.configFile, join(dir, "tsduino.json"));
  assert.deepEqual(p.from, { board: "tsduino.json", builder: "tsduino.json", port: "tsduino.json", uploadBaud: "tsduino.json", monitorBaud: "tsduino.json", outDir: "tsduino.json" });
  const flagged = resolveProject(entry, { board: "huzzah", port: "/dev/ttyFLAG", uploadBaud: 115200, outDir: "elsewhere" }, { cwd: dir });
  assert.deepEqual(pick(flagged), { ...fromJson(dir), board: "huzzah", port: "/dev/ttyFLAG", uploadBaud: 115200, outDir: join(dir, "elsewhere") });
  assert.equal(flagged.from.board, "flag");
  const [bare, bareEntry] = project();
  assert.deepEqual(pick(resolveProject(bareEntry, {}, { cwd: bare })), defaults(bare));
  assert.throws(() => resolveProject(entry, { board: "esp32" }), (e: unknown) => e instanceof UserError && /^--board esp32: unknown board 'esp32'/.test(e.message));
  assert.throws(() => resolveProject(undefined, { monitorBaud: 12 }, { cwd: bare, flagNames: { monitorBaud: "--baud" } }), (e: unknown) => e instanceof UserError && /^--baud 12: must be a whole number of baud/.test(e.message));
  rmSync(dir, { recursive: true, force: true });
  rmSync(bare, { recursive: true, force: true });
});

test("build: --board/--builder/--port/--out over tsduino.json over defaults", async () => {
  const [dir] = project(SETTINGS);
  const none = await parse<BuildArgs>(buildCommand, ["build", "src/main.ts"], dir);
  assert.deepEqual(pick(inDir(dir, () => buildProject(none))), fromJson(dir));
  const flags = await parse<BuildArgs>(buildCommand, ["build", "src/main.ts", "--board", "huzzah", "--builder", "arduino-cli", "--port", "/dev/ttyB", "--out", "o2"], dir);
  assert.deepEqual(pick(inDir(dir, () => buildProject(flags))), { ...fromJson(dir), board: "huzzah", builder: "arduino-cli", port: "/dev/ttyB", outDir: join(dir, "o2") });
  const [bare] = project();
  assert.deepEqual(pick(inDir(bare, () => buildProject(none))), defaults(bare));
});

test("run: --board (new) over tsduino.json over nodemcuv2", async () => {
  const [dir] = project(SETTINGS);
  const none = await parse<RunArgs>(runCommand, ["run", "src/main.ts"], dir);
  assert.equal(inDir(dir, () => runProject(none)).board, "d1_mini");
  const flag = await parse<RunArgs>(runCommand, ["run", "src/main.ts", "--board", "huzzah"], dir);
  assert.equal(inDir(dir, () => runProject(flag)).board, "huzzah");
  const [bare] = project();
  assert.equal(inDir(bare, () => runProject(none)).board, "nodemcuv2");
});

test("flash: --port/--baud/--board/--builder/--out over tsduino.json (no more nodemcuv2/460800 yargs defaults)", async () => {
  const [dir] = project(SETTINGS);
  const none = await parse<FlashArgs>(flashCommand, ["flash", "src/main.ts"], dir);
  assert.deepEqual(pick(inDir(dir, () => flashProject(none, tsEntry(none.files)))), fromJson(dir));
  // a .bin has no entry: tsduino.json is looked up from the current folder
  const bin = await parse<FlashArgs>(flashCommand, ["flash", "build/firmware.bin"], dir);
  assert.deepEqual(pick(inDir(dir, () => flashProject(bin, tsEntry(bin.files)))), fromJson(dir));
  const flags = await parse<FlashArgs>(flashCommand, ["flash", "src/main.ts", "-p", "/dev/ttyF", "-b", "115200", "--board", "generic", "--builder", "arduino-cli", "--out", "o3"], dir);
  assert.deepEqual(pick(inDir(dir, () => flashProject(flags, tsEntry(flags.files)))),
    { ...fromJson(dir), port: "/dev/ttyF", uploadBaud: 115200, board: "generic", builder: "arduino-cli", outDir: join(dir, "o3") });
  const [bare] = project();
  assert.deepEqual(pick(inDir(bare, () => flashProject(none, tsEntry(none.files)))), defaults(bare));
});

test("upload: flash settings plus --monitor-baud, over tsduino.json", async () => {
  const [dir] = project(SETTINGS);
  const none = await parse<UploadArgs>(uploadCommand, ["upload", "src/main.ts"], dir);
  assert.deepEqual(pick(inDir(dir, () => uploadProject(none))), fromJson(dir));
  const flags = await parse<UploadArgs>(uploadCommand, ["upload", "src/main.ts", "--port", "/dev/ttyU", "--baud", "230400", "--monitor-baud", "9600", "--board", "huzzah"], dir);
  assert.deepEqual(pick(inDir(dir, () => uploadProject(flags))), { ...fromJson(dir), port: "/dev/ttyU", uploadBaud: 230400, monitorBaud: 9600, board: "huzzah" });
  const [bare] = project();
  assert.deepEqual(pick(inDir(bare, () => uploadProject(none))), defaults(bare));
});

test("monitor: --port/--baud over tsduino.json of the current folder (or above) over auto-detect/115200", async () => {
  const [dir] = project(SETTINGS);
  const none = await parse<MonitorArgs>(monitorCommand, ["monitor"], dir);
  const p = inDir(join(dir, "src"), () => monitorProject(none));
  assert.equal(p.port, "/dev/ttyFROMJSON");
  assert.equal(p.monitorBaud, 74880);
  const flags = await parse<MonitorArgs>(monitorCommand, ["monitor", "-p", "/dev/ttyM", "-b", "9600"], dir);
  assert.deepEqual([inDir(dir, () => monitorProject(flags)).port, inDir(dir, () => monitorProject(flags)).monitorBaud], ["/dev/ttyM", 9600]);
  const [bare] = project();
  const d = inDir(bare, () => monitorProject(none));
  assert.deepEqual([d.port, d.monitorBaud], [undefined, 115200]);
});

test("tsduino run through the CLI: the board's pin names follow --board, then tsduino.json", () => {
  const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, "run", "src/main.ts", ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  // D4 is a pin of nodemcuv2 (the default) and d1_mini, not of huzzah
  const [bare] = project();
  const noPin = run(bare, "--board", "huzzah");
  assert.equal(noPin.status, 1);
  assert.match(noPin.stderr, /main\.ts:1:13: error TS2304: Cannot find name 'D4'/);
  const [huzzah] = project({ board: "huzzah" });
  assert.match(run(huzzah).stderr, /Cannot find name 'D4'/, "tsduino.json's board is used");
  const flagWins = run(huzzah, "--board", "d1_mini");
  assert.equal(flagWins.status, 0, flagWins.stderr);
  assert.equal(flagWins.stdout, "2\n", "D4 is GPIO2 on the D1 mini");
  // D9 exists on the NodeMCU only
  const [d1] = project({ board: "d1_mini" }, "console.log(D9);\n");
  assert.match(run(d1).stderr, /Cannot find name 'D9'/);
});

test("tsduino flash through the CLI: port and upload baud from tsduino.json, a flag overriding them", () => {
  const [dir] = project({ port: "sim:json-flash.bin", uploadBaud: 921600 });
  const firmware = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7 + 3) & 0xff));
  writeFileSync(join(dir, "fw.bin"), firmware);
  const flash = (...args: string[]) => spawnSync(process.execPath, [CLI, "flash", "fw.bin", ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  const fromJson = flash();
  assert.equal(fromJson.status, 0, fromJson.stderr);
  assert.match(fromJson.stderr, /^Simulated ESP8266 on .* \(flash kept in json-flash\.bin\)$/m);
  assert.match(fromJson.stderr, /^Changing baud rate to 921600$/m);
  assert.deepEqual(readFileSync(join(dir, "json-flash.bin")).subarray(0, firmware.length), firmware);
  const flagged = flash("--port", "sim:flag-flash.bin", "--baud", "230400");
  assert.equal(flagged.status, 0, flagged.stderr);
  assert.match(flagged.stderr, /\(flash kept in flag-flash\.bin\)/);
  assert.match(flagged.stderr, /^Changing baud rate to 230400$/m);
  rmSync(dir, { recursive: true, force: true });
});
