// `npm run check:real-core -- --core DIR --websockets DIR [--pubsubclient DIR] [--only TEXT] [--corpus sketch|all] [--seconds N]`
//
// Builds every example, template and sketch-form corpus program, unmodified, as the sketch folder
// `tsduino build --board nodemcuv2 --sketch-only` writes, through the real ESP8266 core's host emulation
// (tests/host of esp8266/Arduino 3.1.2 with arduinoWebSockets and PubSubClient), runs it and compares its Serial output line
// for line with `tsduino run` on the host target. Then runs the secure-websocket example against a local
// wss echo server with the right CA and with a wrong one. Prints a table and exits 1 when a row fails.
// Without the checkouts it prints one line saying what is missing and how to get it (CI has no network and
// skips this check; see docs/testing.md).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { writeSketchForBoard } from "../../builders/device.js";
import { buildInEmulation, emulationBinary, runInEmulation, type Checkouts } from "./emulation.js";
import { compareOutputs, saveOutputs, type Comparison } from "./compare.js";
import { run } from "./process.js";
import { secureWebSocketRuns } from "./websocket.js";
import { httpClientRuns } from "./httpclient.js";
import { serviceRuns, SERVICE_PROGRAMS, webServerRuns } from "./services.js";
import { checkDeviceMacros, writeGuardHeader } from "./macros.js";
import { arduinoBuilderCheck } from "./ide.js";
import { BOARD, firstError, firstLine, REPO, type Program, type Row } from "./common.js";

const CLI = join(REPO, "bin", "tsduino.js");

export const CLONE_COMMANDS = [
  "git clone --branch 3.1.2 --recurse-submodules --shallow-submodules --depth 1 https://github.com/esp8266/Arduino esp8266-arduino",
  "git clone --branch 2.7.2 --depth 1 https://github.com/Links2004/arduinoWebSockets",
  "git clone --branch v2.8 --depth 1 https://github.com/knolleary/pubsubclient",
];

interface Args {
  core?: string;
  websockets?: string;
  pubsubclient?: string;
  only?: string;
  corpus: "sketch" | "all";
  seconds: number;
  work: string;
  writeGuard: boolean;
  ide: boolean;
  emulation: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: "sketch", seconds: 3, work: join(tmpdir(), "tsduino-real-core"), writeGuard: false, ide: true, emulation: true };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    switch (argv[i]) {
      case "--core": args.core = resolve(value()); break;
      case "--websockets": args.websockets = resolve(value()); break;
      case "--pubsubclient": args.pubsubclient = resolve(value()); break;
      case "--only": args.only = value(); break;
      case "--corpus": args.corpus = value() === "all" ? "all" : "sketch"; break;
      case "--seconds": args.seconds = Number(value()); break;
      case "--work": args.work = resolve(value()); break;
      case "--write-guard": args.writeGuard = true; break;
      case "--no-ide": args.ide = false; break;
      case "--no-emulation": args.emulation = false; break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return args;
}

/**
 * What is missing, in one line, or undefined when the checkouts look usable. --pubsubclient is optional (the
 * PubSubClient programs are then skipped) but, when given, must be a checkout.
 */
export function missingCheckouts(core: string | undefined, websockets: string | undefined, pubsubclient?: string): string | undefined {
  const problems: string[] = [];
  if (!core) problems.push("--core <esp8266/Arduino 3.1.2 checkout>");
  else if (!existsSync(join(core, "tests", "host", "Makefile"))) problems.push(`${core} has no tests/host/Makefile (not an esp8266/Arduino checkout)`);
  else if (!existsSync(join(core, "libraries", "LittleFS", "lib", "littlefs", "lfs.c")) || !existsSync(join(core, "tools", "sdk", "ssl", "bearssl", "Makefile")))
    problems.push(`${core} lacks its submodules (git submodule update --init)`);
  if (!websockets) problems.push("--websockets <Links2004/arduinoWebSockets checkout>");
  else if (!existsSync(join(websockets, "src", "WebSocketsClient.h"))) problems.push(`${websockets} has no src/WebSocketsClient.h`);
  if (pubsubclient && !existsSync(join(pubsubclient, "src", "PubSubClient.h"))) problems.push(`${pubsubclient} has no src/PubSubClient.h (not a knolleary/pubsubclient checkout)`);
  if (!problems.length) return undefined;
  return `real-core check skipped: missing ${problems.join(", ")}; get them with: ${CLONE_COMMANDS.join(" && ")}`;
}

function listPrograms(corpus: "sketch" | "all"): Program[] {
  const programs: Program[] = [];
  const examples = join(REPO, "examples");
  for (const dir of readdirSorted(examples)) programs.push({ name: `examples/${dir}`, entry: join(examples, dir, "main.ts") });
  const templates = join(REPO, "templates");
  for (const dir of readdirSorted(templates)) {
    const entry = join(templates, dir, "src", "main.ts");
    if (existsSync(entry)) programs.push({ name: `templates/${dir}`, entry });
  }
  const corpusDir = join(REPO, "test", "corpus");
  for (const file of readdirSorted(corpusDir).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(join(corpusDir, file), "utf8");
    const sketchForm = /export function (setup|loop)\b/.test(text) || /\bSerial\./.test(text);
    if (corpus === "all" || sketchForm) programs.push({ name: `test/corpus/${file}`, entry: join(corpusDir, file) });
  }
  return programs.filter((p) => existsSync(p.entry));
}

function readdirSorted(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

async function checkProgram(program: Program, checkouts: Checkouts, args: Args): Promise<Row[]> {
  const out = join(args.work, "sketches", program.name.replace(/[/.]/g, "_"));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let sketchDir: string;
  try {
    sketchDir = writeSketchForBoard({ entry: program.entry, board: BOARD, outDir: out }).sketchDir;
  } catch (e) {
    return [{ program: program.name, compiles: `no: tsduino rejects it (${firstLine(String((e as Error).message))})`, same: "-" }];
  }
  if (program.name === "examples/secure-websocket" || program.name === "templates/secure-websocket") {
    // long enough for a sketch that sets a 5 s reconnect interval to try once
    return secureWebSocketRuns(program, sketchDir, checkouts, args.work, Math.max(args.seconds, 8));
  }
  if (/from\s+["']EEPROM["']/.test(readFileSync(program.entry, "utf8"))) {
    // Not the library: tests/host/common/EEPROM.h replaces it (void end() where the library has bool end(),
    // get/put that ignore the address), so a sketch written against the real EEPROM.h cannot build there.
    return [{ program: program.name, compiles: "compile only (see its IDE row)", same: "skipped: the emulation's EEPROM is a mock with another API (tests/host/common/EEPROM.h)" }];
  }
  if (program.name === "examples/http-client") return httpClientRuns(program, sketchDir, checkouts, args.work, Math.max(args.seconds, 5));
  if (program.name === "examples/web-server") return webServerRuns(program, sketchDir, checkouts, args.work, Math.max(args.seconds, 8));
  if (SERVICE_PROGRAMS.has(program.name)) return serviceRuns(program, sketchDir, checkouts, args.work, Math.max(args.seconds, 4));
  const built = await buildInEmulation(checkouts, sketchDir, args.work);
  if (built.code !== 0) return [{ program: program.name, compiles: `no: ${firstError(built.stdout + built.stderr)}`, same: "-" }];
  const mock = MOCKED[program.name];
  if (mock?.skip) return [{ program: program.name, compiles: "yes", same: `skipped: ${mock.skip}` }];
  const hostArgs: string[] = [];
  if (mock?.stimulus) {
    const file = join(args.work, `${program.name.replace(/[/.]/g, "_")}.stimulus.txt`);
    writeFileSync(file, mock.stimulus);
    hostArgs.push("--stimulus", file);
  }
  // Flash starts erased on both sides (never the project's own .tsduino/flash); a program that keeps
  // files runs twice, so the second run shows what the first one left.
  const source = readFileSync(program.entry, "utf8");
  const runs = /from\s+["']LittleFS["']/.test(source) ? 2 : 1;
  const slug = program.name.replace(/[/.]/g, "_");
  const realFlash = join(args.work, "flash-real", slug);
  const hostFlash = join(args.work, "flash-host", slug);
  for (const dir of [realFlash, hostFlash]) { rmSync(dir, { recursive: true, force: true }); mkdirSync(dir, { recursive: true }); }
  const sketch = /export function (setup|loop)\b/.test(source);
  const summaries: string[] = [];
  for (let i = 1; i <= runs; i++) {
    const real = await runInEmulation(emulationBinary(checkouts, sketchDir), args.seconds, process.env, undefined, realFlash);
    const host = await run(process.execPath, [CLI, "run", program.entry, "--timeout", String(args.seconds), "--flash", hostFlash, ...hostArgs], { timeoutMs: 600_000 });
    saveOutputs(args.work, runs > 1 ? `${program.name}-run${i}` : program.name, real.stdout, host.stdout);
    const comparison: Comparison = compareOutputs(real.stdout, host.stdout, sketch);
    if (!comparison.same) return [{ program: program.name, compiles: "yes", same: runs > 1 ? `run ${i}: ${comparison.summary}` : comparison.summary }];
    summaries.push(runs > 1 ? `run ${i}: ${comparison.summary}` : comparison.summary);
  }
  return [{ program: program.name, compiles: "yes", same: runs > 1 ? `yes, both runs (${summaries.join("; ")})` : summaries[0] }];
}

/**
 * Where the emulation's mocks (tests/host/common) stand in for hardware with constants of their own: the
 * host target gets the same inputs (a pin stimulus), or the run is not comparable and says why.
 */
const MOCKED: Record<string, { stimulus?: string; skip?: string }> = {
  // HostWiring.cpp: analogRead() is always 512; no GPIO, so no button presses (emulation-gaps.cpp)
  "examples/button-interrupt": { stimulus: "0ms A0 512\n" },
  // MockEsp.cpp: getResetReason() "Power on" (the core's Esp.cpp says "Power On"), chip 0xee1337, no deep sleep
  "examples/esp-sleep": { skip: "the emulation's ESP is a mock (reset reason \"Power on\" where Esp.cpp says \"Power On\", chip ee1337, deep sleep ends the run)" },
  // no radio: scanNetworks() is WIFI_SCAN_FAILED (-2) and no station event ever fires
  "examples/wifi-events": { skip: "the emulation has no WiFi radio (scanNetworks() returns -2, no station events)" },
};

function printTable(rows: Row[]): void {
  const widths = [Math.max(7, ...rows.map((r) => r.program.length)), Math.max(8, ...rows.map((r) => r.compiles.length))];
  console.log(`| ${"program".padEnd(widths[0])} | ${"compiles".padEnd(widths[1])} | same output |`);
  console.log(`|${"-".repeat(widths[0] + 2)}|${"-".repeat(widths[1] + 2)}|-------------|`);
  for (const r of rows) console.log(`| ${r.program.padEnd(widths[0])} | ${r.compiles.padEnd(widths[1])} | ${r.same} |`);
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`check:real-core: ${(e as Error).message}`);
    return 1;
  }
  const missing = missingCheckouts(args.core, args.websockets, args.pubsubclient);
  if (missing) {
    console.log(missing);
    return 0;
  }
  if (args.writeGuard && !args.pubsubclient) {
    console.error("check:real-core: --write-guard needs --pubsubclient <knolleary/pubsubclient v2.8 checkout> (the guard lists its macros too)");
    return 1;
  }
  const checkouts: Checkouts = { core: args.core!, websockets: args.websockets!, pubsubclient: args.pubsubclient };
  if (!checkouts.pubsubclient) console.log("no --pubsubclient: programs that import PubSubClient are skipped");
  mkdirSync(args.work, { recursive: true });
  const busy = takeLock(join(args.work, "check.lock"));
  if (busy) {
    console.error(`check:real-core: ${busy}`);
    return 1;
  }
  if (!existsSync(join(checkouts.core, "tools", "sdk", "ssl", "bearssl", "build", "libbearssl.a"))) {
    console.log("building the core's BearSSL (once)...");
    const ssl = await run("make", ["-C", join(checkouts.core, "tools", "sdk", "ssl", "bearssl"), "-j2"], { timeoutMs: 900_000 });
    if (ssl.code !== 0) {
      console.error(`check:real-core: building BearSSL failed: ${firstError(ssl.stdout + ssl.stderr)}`);
      return 1;
    }
  }

  if (args.writeGuard) {
    const { file, count } = await writeGuardHeader(checkouts, args.work, await versions(checkouts));
    console.log(`wrote ${count} macro names to ${file}`);
  }
  console.log("runtime/device macros against the real headers:");
  const macroProblems = await checkDeviceMacros(checkouts, args.work);
  for (const p of macroProblems) console.log(`  ${p}`);
  if (!macroProblems.length) console.log("  every macro runtime/device defines has the real core's definition");

  const listed = listPrograms(args.corpus).filter((p) => !args.only || p.name.includes(args.only));
  const needsMqtt = (p: Program) => /from\s+["']PubSubClient["']/.test(readFileSync(p.entry, "utf8"));
  const programs = listed.filter((p) => checkouts.pubsubclient || !needsMqtt(p));
  if (args.emulation) console.log(`building ${programs.length} programs through ${checkouts.core}/tests/host (the first build compiles the core: a few minutes)`);
  const rows: Row[] = listed.filter((p) => !programs.includes(p))
    .map((p) => ({ program: p.name, compiles: "-", same: "skipped: imports PubSubClient and no --pubsubclient was given" }));
  for (const program of args.emulation ? programs : []) {
    for (const row of await checkProgram(program, checkouts, args)) {
      console.log(`  ${row.program}: compiles ${row.compiles}; same output: ${row.same}`);
      rows.push(row);
    }
  }
  if (args.ide) {
    console.log("the IDE's .ino preprocessing (Debian's arduino-builder):");
    for (const row of await arduinoBuilderCheck(checkouts, args.work, programs)) {
      console.log(`  ${row.program}: ${row.compiles}; ${row.same}`);
      rows.push(row);
    }
  }
  console.log("");
  printTable(rows);
  const failed = rows.filter((r) => !r.same.startsWith("skipped") && (!r.compiles.startsWith("yes") || !r.same.startsWith("yes"))).length + (macroProblems.length ? 1 : 0);
  console.log(failed ? `${failed} failing` : "all rows pass");
  return failed ? 1 : 0;
}

/** Two checks at once would share tests/host's core archive and binaries: one at a time per work folder. */
function takeLock(file: string): string | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      process.on("exit", () => rmSync(file, { force: true }));
      return undefined;
    } catch {
      const pid = Number(readFileSync(file, "utf8"));
      try {
        process.kill(pid, 0);
        return `another real-core check (pid ${pid}) is using ${dirname(file)}; wait for it or pass --work DIR`;
      } catch {
        rmSync(file, { force: true });  // left by a check that died
      }
    }
  }
  return `cannot lock ${file}`;
}

/** "esp8266/Arduino 3.1.2 + arduinoWebSockets 2.7.2 + PubSubClient 2.8", from the checkouts' own version files. */
async function versions(c: Checkouts): Promise<string> {
  const core = JSON.parse(readFileSync(join(c.core, "package.json"), "utf8")) as { version?: string };
  const ws = /^version=(.*)$/m.exec(readFileSync(join(c.websockets, "library.properties"), "utf8"))?.[1];
  const mqtt = c.pubsubclient ? /^version=(.*)$/m.exec(readFileSync(join(c.pubsubclient, "library.properties"), "utf8"))?.[1] : undefined;
  return `esp8266/Arduino ${core.version ?? "?"} + arduinoWebSockets ${ws ?? "?"}${c.pubsubclient ? ` + PubSubClient ${mqtt ?? "?"}` : ""}`;
}

if (process.argv[1] && basename(process.argv[1]) === "main.js") {
  main().then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 1; });
}
