// The serial monitor over a real pty pair: lines appear as the board prints them, typed lines reach the board,
// the monitor reconnects by itself when the port disappears and comes back, boot banners are explained, and an
// ESP8266 crash dump is decoded against a real xtensa-lx106-elf ELF whose code carries `#line` directives into a
// TypeScript file: the faulting address and the caller resolve to the right main.ts lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Monitor } from "../monitor/monitor.js";
import { CrashDecoder } from "../monitor/crash-decoder.js";
import { explainBootLine } from "../monitor/reset-reason.js";
import { startTestBoard } from "../simulator/test-support.js";
import { compile } from "../compiler/src/index.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

test("shows lines, sends input, and reconnects when the port vanishes and comes back", async () => {
  const tb = await startTestBoard({}, false);
  const dir = mkdtempSync(join(tmpdir(), "tsduino-monitor-"));
  let output = "";
  const statuses: string[] = [];
  const monitor = new Monitor({
    port: tb.board.hostPath, baud: 115200, logFile: join(dir, "log.txt"), write: (t) => (output += t), status: (t) => statuses.push(t), reconnectIntervalMs: 50,
  });
  try {
    await monitor.start();
    await monitor.connected;
    tb.board.print("hello from the board\r\nprompt> ");
    await until("the first line", () => output.includes("hello from the board\n"));
    await until("the partial prompt", () => output.endsWith("prompt> "));
    await monitor.send("led on");
    await until("the typed line at the board", () => tb.board.received.includes("led on\r\n"));
    await tb.board.unplug();
    await until("the disconnect notice", () => statuses.some((s) => s.includes("disconnected")));
    await sleep(200);
    await tb.board.plugIn();
    await until("the reconnection", () => monitor.reconnects === 1, 5000);
    tb.board.print("back again\r\n");
    await until("output after reconnecting", () => output.includes("back again\n"));
    assert.ok(statuses.some((s) => s.includes("reconnected to")));
    assert.match(readFileSync(join(dir, "log.txt"), "utf8"), /hello from the board\n[\s\S]*back again\n/);
  } finally {
    await monitor.stop();
    await tb.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("boot banners are explained", () => {
  assert.match(explainBootLine(" ets Jan  8 2013,rst cause:2, boot mode:(3,6)")!, /external reset.*boot from flash/);
  assert.match(explainBootLine(" ets Jan  8 2013,rst cause:4, boot mode:(3,7)")!, /watchdog/);
  assert.match(explainBootLine(" ets Jan  8 2013,rst cause:2, boot mode:(1,7)")!, /UART download mode/);
  assert.match(explainBootLine("Soft WDT reset")!, /software watchdog/);
  assert.equal(explainBootLine("temperature: 21.5"), undefined);
});

/** A minimal linked lx106 ELF whose functions carry #line directives into main.ts. */
function buildCrashElf(dir: string): { elf: string; faultPc: number; returnAddress: number } {
  const src = join(dir, "crash.cpp");
  writeFileSync(src, [
    '#line 3 "main.ts"',
    'extern "C" int readSensor(volatile int* p) {',
    '#line 5 "main.ts"',
    "  int v = *p;",
    '#line 6 "main.ts"',
    "  return v + 1;",
    "}",
    '#line 12 "main.ts"',
    'extern "C" void loop(void) {',
    '#line 13 "main.ts"',
    "  readSensor((volatile int*)0);",
    "}",
    'extern "C" void _start(void) { for (;;) loop(); }',
    "",
  ].join("\n"));
  const elf = join(dir, "firmware.elf");
  const cc = spawnSync("xtensa-lx106-elf-g++", ["-g", "-gdwarf-4", "-O0", "-mlongcalls", "-nostdlib", "-Wl,-e,_start", "-Wl,-Ttext=0x40201000", "crash.cpp", "-o", elf], { encoding: "utf8", cwd: dir });
  assert.equal(cc.status, 0, cc.stderr);
  const dump = spawnSync("xtensa-lx106-elf-objdump", ["-d", elf], { encoding: "utf8" }).stdout;
  // The load through the null pointer in readSensor, and the instruction after loop's call to it.
  const fault = /^([0-9a-f]{8}):\s+\S+\s+l32i(?:\.n)?\s+a\d+, a\d+, 0$/m.exec(dump.slice(dump.indexOf("<readSensor>:")));
  const call = /^([0-9a-f]{8}):\s+\S+\s+call0\s+[0-9a-f]+ <readSensor>\n\s*([0-9a-f]{8}):/m.exec(dump);
  assert.ok(fault && call, dump);
  return { elf, faultPc: parseInt(fault[1]!, 16), returnAddress: parseInt(call[2]!, 16) };
}

test("a crash dump resolves to TypeScript lines through the ELF", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tsduino-crash-"));
  const tb = await startTestBoard({}, false);
  let output = "";
  let m: Monitor | undefined;
  try {
    const { elf, faultPc, returnAddress } = buildCrashElf(dir);
    const hex = (n: number) => n.toString(16).padStart(8, "0");
    const dumpLines = [
      "",
      "--------------- CUT HERE FOR EXCEPTION DECODER ---------------",
      "",
      "Exception (28):",
      `epc1=0x${hex(faultPc)} epc2=0x00000000 epc3=0x00000000 excvaddr=0x00000000 depc=0x00000000`,
      "",
      ">>>stack>>>",
      "",
      "ctx: cont",
      "sp: 3ffffe00 end: 3fffffc0 offset: 0190",
      `3fffff90:  3fffdad0 00000000 3ffee6a0 ${hex(returnAddress)}`,
      "3fffffa0:  feefeffe feefeffe 3ffee6a0 40100bb9",
      "<<<stack<<<",
    ];
    // Decoder alone.
    const decoder = new CrashDecoder({ elf, cwd: dir });
    const notes = dumpLines.flatMap((l) => decoder.feed(l));
    assert.match(notes[0]!, /Exception 28 LoadProhibited: a read from an invalid address at 0x00000000, near 0: a null pointer/);
    assert.match(notes[1]!, /crashed in readSensor at main\.ts:5$/);
    assert.match(notes[2]!, /called from loop at main\.ts:13 /);
    // Through the monitor, as the board prints it.
    m = new Monitor({ port: tb.board.hostPath, baud: 115200, elf, write: (t) => (output += t), status: () => {} });
    await m.start();
    await m.connected;
    tb.board.print(` ets Jan  8 2013,rst cause:2, boot mode:(3,6)\r\n${dumpLines.join("\r\n")}\r\n`);
    await until("the decoded dump", () => output.includes("called from loop"));
    assert.match(output, /rst cause:2.*\n\s+~ reset: external reset/);
    assert.match(output, /<<<stack<<<\n\s+~ Exception 28 LoadProhibited[^\n]*\n\s+~ crashed in readSensor at \S*main\.ts:5\n\s+~\s+called from loop at \S*main\.ts:13/);
  } finally {
    await m?.stop();
    await tb.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a crash address in a compiled TypeScript program resolves to its main.ts line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tsduino-crash-ts-"));
  try {
    const entry = join(dir, "main.ts");
    writeFileSync(entry, [
      "let count = 0;",
      "",
      "function average(values: number[]): number {",
      "  let sum = 0;",
      "  for (const v of values) sum += v;",
      "  return sum / values.length;",
      "}",
      "",
      "export function setup(): void {",
      "  Serial.begin(115200);",
      "}",
      "",
      "export function loop(): void {",
      "  count++;",
      "  Serial.println(average([count, count * 2]));",
      "  delay(1000);",
      "}",
      "",
    ].join("\n"));
    const result = await compile({ entry });
    assert.ok(result.sketch, JSON.stringify(result.diagnostics));
    const sketchDir = join(dir, "build", result.sketch.name);
    for (const f of result.sketch.files) {
      mkdirSync(join(sketchDir, f.path, ".."), { recursive: true });
      writeFileSync(join(sketchDir, f.path), f.content);
    }
    const root = process.cwd();
    cpSync(join(root, "runtime/core"), join(sketchDir, "src/tsduino"), { recursive: true });
    // The sketch's own object, with debug info, linked at the ESP8266's flash-mapped code address (runtime
    // symbols left unresolved: only the addresses of the TypeScript code matter here).
    const elf = join(dir, "firmware.elf");
    const cc = spawnSync("xtensa-lx106-elf-g++", [
      "-specs=/usr/lib/xtensa-lx106-elf/picolibc.specs", "-g", "-gdwarf-4", "-O0", "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-mlongcalls", "-mtext-section-literals",
      "-I", join(root, "runtime/arduino"), "-I", join(sketchDir, "src/tsduino"), "-I", join(root, "runtime/lx106-qemu"),
      "-x", "c++", "-c", `${result.sketch.name}.ino`, "-o", "sketch.o",
    ], { encoding: "utf8", cwd: sketchDir });
    assert.equal(cc.status, 0, cc.stderr);
    const ld = spawnSync("xtensa-lx106-elf-g++", [
      "-nostdlib", "-Wl,--unresolved-symbols=ignore-all", "-Wl,-e,_Z5setupv", "-Wl,-Ttext=0x40201000", "sketch.o", "-o", elf,
    ], { encoding: "utf8", cwd: sketchDir });
    assert.equal(ld.status, 0, ld.stderr);
    // Where main.ts line 6 (`return sum / values.length`) starts, from the ELF's line table.
    const table = spawnSync("xtensa-lx106-elf-objdump", ["--dwarf=decodedline", elf], { encoding: "utf8" }).stdout;
    const row = /^main\.ts\s+6\s+(0x[0-9a-f]+)/m.exec(table);
    assert.ok(row, table.slice(0, 2000));
    const pc = parseInt(row[1]!, 16);
    const decoder = new CrashDecoder({ elf, cwd: dir });
    const notes = [
      "Exception (0):",
      `epc1=0x${pc.toString(16).padStart(8, "0")} epc2=0x00000000 epc3=0x00000000 excvaddr=0x00000000 depc=0x00000000`,
      ">>>stack>>>",
      "<<<stack<<<",
    ].flatMap((l) => decoder.feed(l));
    assert.match(notes[0]!, /Exception 0 IllegalInstruction/);
    assert.match(notes[1]!, /crashed in average\(ts::Array<double>\) at main\.ts:6$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
