// What keeps generated sketches honest against the real ESP8266 core when CI has no core checkout:
// - the real core's macro names (runtime/device/real-core-macros.h, collected from esp8266/Arduino 3.1.2)
//   turn a clashing runtime identifier into an xtensa compile error, as the real debug.h did to ts::panic;
// - Serial behaves as on the board on both emulated targets: writes before Serial.begin() are lost,
//   console.log and uncaught errors open Serial themselves;
// - `tsduino build --board B --sketch-only` writes the sketch and project files and exits 0 without a builder;
// - `npm run check:real-core` without checkouts says in one line what is missing and exits 0;
// - the pure parts of that check (output comparison, the IDE preprocessing verdict).
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./helpers/paths.js";
import { runProcess } from "./helpers/process.js";
import { hasStackTrace, runTsduino } from "./helpers/tsduino-cli.js";
import { compareOutputs } from "../scripts/real-core/compare.js";
import { sameMeaning } from "../scripts/real-core/ide.js";

const XTENSA = "/usr/bin/xtensa-lx106-elf-g++";
const dir = mkdtempSync(join(tmpdir(), "tsd-real-core-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("the real core's macro names in the xtensa check", { skip: !existsSync(XTENSA) && `${XTENSA} is not installed` }, () => {
  test("the guard header names its source version and lists debug.h's panic() and binary.h's B1", () => {
    const guard = readFileSync(join(repoRoot, "runtime", "device", "real-core-macros.h"), "utf8");
    assert.match(guard, /esp8266\/Arduino 3\.1\.2 \+ arduinoWebSockets 2\.7\.2 \+ PubSubClient 2\.8/);
    assert.match(guard, /^#define panic\(\) \(0\)$/m);
    assert.match(guard, /^#define B1 \(0\)$/m);
    assert.match(readFileSync(join(repoRoot, "runtime", "device", "Arduino.h"), "utf8"), /#include "real-core-macros.h"/);
  });

  test("a runtime function named like a real-core macro does not compile against runtime/device", async () => {
    const clash = file("clash.cpp", "#include <Arduino.h>\nnamespace ts { void panic(const char* m, const char* f = nullptr, int l = 0); }\n");
    const r = await runProcess(XTENSA, ["-std=gnu++17", "-fsyntax-only", "-I", join(repoRoot, "runtime", "device"), clash], { timeoutMs: 60_000 });
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /macro "panic" passed 3 arguments, but takes just 0/);
    const renamed = file("renamed.cpp", "#include <Arduino.h>\nnamespace ts { void uncaught(const char* m, const char* f = nullptr, int l = 0); }\n");
    const ok = await runProcess(XTENSA, ["-std=gnu++17", "-fsyntax-only", "-I", join(repoRoot, "runtime", "device"), renamed], { timeoutMs: 60_000 });
    assert.equal(ok.code, 0, ok.stderr);
  });
});

const SERIAL_PROGRAM = `Serial.print("lost before begin\\n");
console.log("console opens Serial");
Serial.print("kept\\n");
`;
const THROWING_PROGRAM = `Serial.print("lost\\n");
throw new Error("boom");
`;

for (const target of ["host", "lx106-qemu"] as const) {
  describe(`Serial on ${target} as on the board`, () => {
    test("Serial.print before Serial.begin is lost; console.log opens Serial", async () => {
      const r = await runTsduino(["run", file(`serial-${target}.ts`, SERIAL_PROGRAM), "--target", target]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.toString(), "console opens Serial\nkept\n");
    });

    test("an uncaught error is printed even when the program never called Serial.begin", async () => {
      const r = await runTsduino(["run", file(`throws-${target}.ts`, THROWING_PROGRAM), "--target", target]);
      assert.equal(r.code, 1);
      assert.match(r.stdout.toString(), /^Uncaught Error: boom\n/);
    });
  });
}

test("build --board nodemcuv2 --sketch-only writes the sketch, sketch.yaml and platformio.ini and exits 0", async () => {
  const entry = file("sketch-only.ts", "export function setup(): void { Serial.begin(74880); }\nexport function loop(): void {}\n");
  const out = join(dir, "sketch-only-out");
  const r = await runTsduino(["build", entry, "--board", "nodemcuv2", "--sketch-only", "--out", out]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!hasStackTrace(r.stderr));
  for (const f of ["sketch-only/sketch-only.ino", "sketch-only/sketch.yaml", "sketch-only/platformio.ini", "sketch-only/src/tsduino/tsduino_config.h"]) {
    assert.ok(existsSync(join(out, f)), `${f} missing`);
  }
  assert.match(readFileSync(join(out, "sketch-only", "src", "tsduino", "tsduino_config.h"), "utf8"), /^#define TSD_MONITOR_BAUD 115200$/m);
  assert.match(r.stdout.toString(), /sketch written to .*sketch-only/);
});

test("check:real-core without checkouts prints one line naming what is missing and the git clone commands", async () => {
  const r = await runProcess(process.execPath, [join(repoRoot, "dist", "scripts", "real-core", "main.js")], { timeoutMs: 60_000 });
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.toString().trim().split("\n");
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^real-core check skipped: missing --core .*--websockets .*git clone --branch 3\.1\.2 .*esp8266\/Arduino.*git clone --branch 2\.7\.2 .*arduinoWebSockets.*git clone --branch v2\.8 .*pubsubclient/);
});

describe("the check's verdicts", () => {
  test("programs must match exactly; timed sketches up to the shorter output; IP addresses are the machine's", () => {
    assert.equal(compareOutputs("a\r\nb\r\n", "a\r\nb\r\n", false).same, true);
    assert.match(compareOutputs("a\r\nb\r\n", "a\r\nc\r\n", false).summary, /^no: line 2/);
    assert.equal(compareOutputs("tick\ntick\ntick\nti", "tick\ntick\n", true).same, true);
    assert.equal(compareOutputs("tick\ntock\n", "tick\ntick\n", true).same, false);
    assert.equal(compareOutputs("IP 192.0.2.2\n", "IP 127.0.0.1\n", false).same, true);
    assert.equal(compareOutputs("", "x\n", true).same, false);
  });

  test("the IDE may add #include <Arduino.h>, #line and Arduino.h's own prototypes, nothing else", () => {
    const ino = "#include \"src/tsduino/tsduino.h\"\n#line 3 \"main.ts\"\nvoid setup() {}\nvoid loop() {}\n";
    const path = "/s/main/main.ino";
    const ok = `#include <Arduino.h>\n#line 1 "${path}"\n#line 1 "${path}"\n${ino}\n`;
    assert.match(sameMeaning(ino, ok, path), /^yes/);
    const setupPrototype = `#include <Arduino.h>\n#line 1 "${path}"\n#include "src/tsduino/tsduino.h"\n#line 3 "${path}"\nvoid setup();\n#line 3 "${path}"\n#line 3 "main.ts"\nvoid setup() {}\nvoid loop() {}\n`;
    assert.match(sameMeaning(ino, setupPrototype, path), /^yes: .*void setup\(\);/);
    const other = `#include <Arduino.h>\n#line 1 "${path}"\n#include "src/tsduino/tsduino.h"\nts::String name();\n#line 3 "main.ts"\nvoid setup() {}\nvoid loop() {}\n`;
    assert.match(sameMeaning(ino, other, path), /^no: the IDE inserted 1 line\(s\), first "ts::String name\(\);"/);
  });
});
