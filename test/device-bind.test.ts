// `tsduino bind` on a REAL library header: Arduino's Wire.h (Debian's arduino-core-avr, installed by the
// bootstrap). The output names every public member of the header (the oracle: the header's own member
// list read with a regular expression here), turns overloads that TypeScript cannot tell apart into one,
// callbacks into function types and `extern TwoWire Wire` into a global; a sketch using it compiles to an
// xtensa object against the real header, unchanged. test/fixtures/projects/bind-wire holds that output
// plus what a human filled in (a host I2C bus): its typings and adapter are byte-for-byte the fresh output,
// and it runs with `tsduino run`. Also: user mistakes give one line and exit 1.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fixtureProject, hasXtensa, lines, tempDir, tsduinoRun, xtensaObject } from "./helpers/device-sketch.js";
import { hasStackTrace, runTsduino } from "./helpers/tsduino-cli.js";

const WIRE_H = "/usr/share/arduino/hardware/arduino/avr/libraries/Wire/src/Wire.h";
const haveHeader = existsSync(WIRE_H);

describe("tsduino bind", { skip: !haveHeader && `${WIRE_H} missing (Debian package arduino-core-avr)` }, () => {
  let project = "";

  test("binds Wire.h: every public member, overloads merged, callbacks typed, the Wire instance", async () => {
    project = tempDir("tsduino-bind-");
    const r = await runTsduino(["bind", WIRE_H, "--out", join(project, "libraries")]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout.toString(), /wrote .*libraries\/Wire: 1 class, \d+ method signatures, 2 constants/);
    const dts = readFileSync(join(project, "libraries/Wire/Wire.d.ts"), "utf8");
    // Public member names, straight from the header text.
    const header = readFileSync(WIRE_H, "utf8");
    const publicPart = header.slice(header.indexOf("public:"), header.indexOf("using Print::write"));
    const members = new Set([...publicPart.matchAll(/\b(\w+)\s*\(/g)].map((m) => m[1]).filter((n) => n !== "TwoWire" && n !== "void" && n !== "return"));
    for (const m of members) assert.match(dts, new RegExp(`\\b${m}\\(`), `${m} missing from the typings`);
    assert.match(dts, /export interface TwoWire \{/);
    assert.match(dts, /export const Wire: TwoWire;/);
    assert.match(dts, /export const BUFFER_LENGTH: number;/);
    assert.match(dts, /onReceive\(callback: \(arg1: number\) => void\): void;/);
    assert.match(dts, /onRequest\(callback: \(\) => void\): void;/);
    assert.match(dts, /write\(data: Uint8Array\): number;/);
    assert.match(dts, /setWireTimeout\(timeout\?: number, reset_with_timeout\?: boolean\): void;/);
    // begin(uint8_t) and begin(int) are one TS signature: exactly one survives.
    assert.equal(dts.match(/begin\(arg1: number\)/g)?.length, 1);
    assert.equal(dts.match(/requestFrom\(arg1: number, arg2: number\)/g)?.length, 1);
    const adapter = readFileSync(join(project, "libraries/Wire/tsduino_Wire.h"), "utf8");
    assert.match(adapter, /TODO: TwoWire derives from Stream/);
  });

  test("a sketch using the fresh binding compiles to an xtensa object against the real Wire.h", { skip: !hasXtensa && "xtensa missing" }, async () => {
    assert.ok(project, "the bind test ran first");
    const sketch = join(project, "main.ts");
    cpSync(join(fixtureProject("bind-wire"), "main.ts"), sketch);
    const r = await xtensaObject(sketch, [dirname(WIRE_H)]);
    assert.ok(r.object, r.log);
  });

  test("the completed fixture is the fresh output plus a host implementation, and runs", async () => {
    assert.ok(project, "the bind test ran first");
    const filled = join(fixtureProject("bind-wire"), "libraries/Wire");
    for (const f of ["Wire.d.ts", "tsduino_Wire.h"]) {
      assert.equal(readFileSync(join(filled, f), "utf8"), readFileSync(join(project, "libraries/Wire", f), "utf8"), `${f} differs from the fresh output`);
    }
    const fresh = JSON.parse(readFileSync(join(project, "libraries/Wire/binding.json"), "utf8")) as Record<string, unknown>;
    const done = JSON.parse(readFileSync(join(filled, "binding.json"), "utf8")) as Record<string, unknown>;
    assert.deepEqual({ ...done, hostSources: [] }, fresh, "only hostSources was filled in");
    const r = await tsduinoRun([join(fixtureProject("bind-wire"), "main.ts"), "--timeout", "0.5"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(r), ["write: 0", "read 3: 7 42 255", "no device at 0x50: 2, buffer 32"]);
  });

  test("the Debouncer fixture's header bound by tsduino bind runs the user project unchanged", async () => {
    const fixture = fixtureProject("user-binding");
    const dir = tempDir("tsduino-bind-debouncer-");
    const r = await runTsduino(["bind", join(fixture, "libraries/Debouncer/Debouncer.h"), "--out", join(dir, "libraries")]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout.toString(), /all Debouncer objects share one callback slot/);
    const dts = readFileSync(join(dir, "libraries/Debouncer/Debouncer.d.ts"), "utf8");
    for (const line of ["export type DebounceEdge = number;", "export const DEBOUNCE_FALLING: DebounceEdge;", "export class Debouncer {", "constructor(pin: number, ms: number);",
      "begin(mode?: number, edge?: DebounceEdge): void;", "onPress(cb: (arg1: number) => void): void;", "reset(to: number): void;"]) {
      assert.ok(dts.includes(line), `${line} missing:\n${dts}`);
    }
    // The human's part: the library itself next to the binding (a header-only library needs nothing else).
    cpSync(join(fixture, "libraries/Debouncer/Debouncer.h"), join(dir, "libraries/Debouncer/Debouncer.h"));
    cpSync(join(fixture, "main.ts"), join(dir, "main.ts"));
    const run = await tsduinoRun([join(dir, "main.ts"), "--stimulus", join(fixture, "bouncy-presses.txt"), "--timeout", "1"]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(lines(run).filter((l) => l.startsWith("count")), ["count 1", "count 2"]);
  });

  test("strings, enum class, std::function callbacks and free functions: a made-up header's binding compiles for xtensa", { skip: !hasXtensa && "xtensa missing" }, async () => {
    const fixture = fixtureProject("bind-gadget");
    const dir = tempDir("tsduino-bind-gadget-");
    const r = await runTsduino(["bind", join(fixture, "Gadget.h"), "--out", join(dir, "libraries")]);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.toString();
    assert.match(out, /template void put\(T value\): not read/);
    assert.match(out, /Gadget::read\(int&\): an out-parameter/);
    const dts = readFileSync(join(dir, "libraries/Gadget/Gadget.d.ts"), "utf8");
    for (const line of ["export const Active: GadgetMode;", "onEvent(handler: (arg1: string, arg2: number) => void): void;", "onByte(filter: (arg1: number) => boolean): void;",
      "send(text: string): gadget_status_t;", "label(): string;", "export function gadgetAdd(a: number, b?: number): number;", "constructor(name: string, mode: GadgetMode);"]) {
      assert.ok(dts.includes(line), `${line} missing:\n${dts}`);
    }
    cpSync(join(fixture, "main.ts"), join(dir, "main.ts"));
    const o = await xtensaObject(join(dir, "main.ts"), [fixture]);
    assert.ok(o.object, o.log);
  });

  test("user mistakes: a missing header, not a header, an existing binding: one line, exit 1", async () => {
    const dir = tempDir("tsduino-bind-errors-");
    const missing = await runTsduino(["bind", join(dir, "Nope.h"), "--out", dir]);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim(), `tsduino: cannot read '${join(dir, "Nope.h")}': no such file`);
    writeFileSync(join(dir, "notes.txt"), "hello");
    const notHeader = await runTsduino(["bind", join(dir, "notes.txt"), "--out", dir]);
    assert.equal(notHeader.code, 1);
    assert.match(notHeader.stderr, /is not a C\+\+ header/);
    const first = await runTsduino(["bind", WIRE_H, "--out", dir]);
    assert.equal(first.code, 0, first.stderr);
    const again = await runTsduino(["bind", WIRE_H, "--out", dir]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds a binding/);
    for (const r of [missing, notHeader, again]) assert.ok(!hasStackTrace(r.stderr), r.stderr);
  });
});
