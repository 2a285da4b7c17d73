// `tsduino doctor` on this machine: with the real PATH (no arduino-cli, no PlatformIO here) it must name each
// missing tool with its install command and exit 1; with the stand-in tools on the PATH it reports their
// versions, the installed ESP8266 core and WebSockets library, and exits 0.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(ROOT, "bin/tsduino.js");
const FAKE_TOOLS = join(ROOT, "test/fixtures/fake-tools");

function doctor(env: Record<string, string>): { status: number | null; lines: string[]; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, "doctor"], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status, lines: r.stdout.trimEnd().split("\n"), stderr: r.stderr };
}

const realPath = (process.env.PATH ?? "").split(":").filter((d) => d !== FAKE_TOOLS).join(":");

test("doctor on this machine: host tools found, device builders missing with their install commands", () => {
  const { status, lines, stderr } = doctor({ PATH: realPath });
  assert.equal(stderr, "");
  const line = (what: string) => lines.find((l) => l.slice(9).startsWith(`${what}:`)) ?? assert.fail(`no '${what}' line in:\n${lines.join("\n")}`);
  assert.match(line("Node.js"), /^ok {7}Node\.js: v2\d\.\d+\.\d+$/);
  assert.match(line("host g++"), /^ok {7}host g\+\+: g\+\+ .* \(\/usr\/bin\/g\+\+\)$/);
  assert.equal(line("BearSSL headers"), "ok       BearSSL headers: /usr/include/bearssl.h");
  assert.match(line("xtensa-lx106-elf-g++"), /^ok {7}xtensa-lx106-elf-g\+\+: xtensa-lx106-elf-g\+\+ .*\(\/usr\/bin\/xtensa-lx106-elf-g\+\+\)$/);
  assert.equal(line("arduino-cli"), "missing  arduino-cli: not on the PATH (the default device builder); install: " +
    "curl -fsSL https://raw.githubusercontent.com/arduino/arduino-cli/master/install.sh | BINDIR=~/.local/bin sh");
  assert.equal(line("ESP8266 core"), "missing  ESP8266 core: needs arduino-cli first, then: " +
    "arduino-cli core install esp8266:esp8266 --additional-urls https://arduino.esp8266.com/stable/package_esp8266com_index.json");
  assert.equal(line("WebSockets library"), "missing  WebSockets library: needs arduino-cli first, then: arduino-cli lib install WebSockets");
  assert.match(line("PlatformIO"), /^missing {2}PlatformIO: 'pio' not on the PATH \(optional builder, --builder pio\); install: python3 -m pip install --user -U platformio/);
  assert.match(line("serial ports"), /^(ok|warn) {5,6}serial ports: /);
  assert.match(line("dialout group"), /^(ok|missing) +dialout group: /);
  for (const l of lines) assert.match(l, /^(ok|missing|warn) +[^:]+: \S/, "every line is status, what, detail");
  assert.equal(status, 1, "no device builder is usable");
});

test("doctor with arduino-cli and pio present reports their versions, the core and the library", () => {
  const { status, lines } = doctor({ PATH: `${FAKE_TOOLS}:${realPath}` });
  assert.ok(lines.includes(`ok       arduino-cli: arduino-cli  Version: 1.1.1 Commit: fa6eafcb Date: 2024-11-22T09:31:36Z (${FAKE_TOOLS}/arduino-cli)`), lines.join("\n"));
  assert.ok(lines.includes("ok       ESP8266 core: esp8266:esp8266 3.1.2"));
  assert.ok(lines.includes("ok       WebSockets library: installed in arduino-cli"));
  assert.ok(lines.includes(`ok       PlatformIO: PlatformIO Core, version 6.1.16 (${FAKE_TOOLS}/pio)`));
  assert.equal(status, 0);

  const missing = doctor({ PATH: `${FAKE_TOOLS}:${realPath}`, FAKE_ARDUINO_CORE: "missing", FAKE_ARDUINO_LIBS: "" });
  assert.ok(missing.lines.includes("missing  ESP8266 core: not installed in arduino-cli; install: arduino-cli core install esp8266:esp8266 --additional-urls https://arduino.esp8266.com/stable/package_esp8266com_index.json"));
  assert.ok(missing.lines.includes("missing  WebSockets library: not installed in arduino-cli (needed by sketches that import \"WebSocketsClient\"); install: arduino-cli lib install WebSockets"));
  assert.equal(missing.status, 0, "PlatformIO alone is a usable builder");
});
