// Board definitions checked against the ESP8266 Arduino core: the pin declarations below are copied from
// esp8266/Arduino variants/*/pins_arduino.h and variants/generic/common.h, the flash figures recomputed with
// tools/boards.txt.py's flash_map arithmetic. Also: the project files each board produces, the pin header
// compiled for the ESP8266 CPU with the real xtensa-lx106-elf-g++, and `tsduino boards`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { boardDefines, boardPins, boardPinsHeader, fqbnWithOptions, getBoard, listBoards } from "../boards/index.js";
import { platformioIni, sketchYaml } from "../builders/project-files.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

// variants/generic/common.h (included by every variant below except d1_mini and adafruit, which repeat it)
const COMMON_H = `
#define PIN_SPI_SS   (15)
#define PIN_SPI_MOSI (13)
#define PIN_SPI_MISO (12)
#define PIN_SPI_SCK  (14)
static const uint8_t SS    = PIN_SPI_SS;
static const uint8_t MOSI  = PIN_SPI_MOSI;
static const uint8_t MISO  = PIN_SPI_MISO;
static const uint8_t SCK   = PIN_SPI_SCK;
#define PIN_A0 (17)
static const uint8_t A0 = PIN_A0;
`;

const VARIANTS: Record<string, string> = {
  // variants/nodemcu/pins_arduino.h
  nodemcu: `
#define PIN_WIRE_SDA (4)
#define PIN_WIRE_SCL (5)
static const uint8_t SDA = PIN_WIRE_SDA;
static const uint8_t SCL = PIN_WIRE_SCL;
#define LED_BUILTIN 2
#define LED_BUILTIN_AUX 16
static const uint8_t D0   = 16;
static const uint8_t D1   = 5;
static const uint8_t D2   = 4;
static const uint8_t D3   = 0;
static const uint8_t D4   = 2;
static const uint8_t D5   = 14;
static const uint8_t D6   = 12;
static const uint8_t D7   = 13;
static const uint8_t D8   = 15;
static const uint8_t D9   = 3;
static const uint8_t D10  = 1;
${COMMON_H}`,
  // variants/d1_mini/pins_arduino.h
  d1_mini: `
static const uint8_t SDA = 4;
static const uint8_t SCL = 5;
static const uint8_t SS    = 15;
static const uint8_t MOSI  = 13;
static const uint8_t MISO  = 12;
static const uint8_t SCK   = 14;
static const uint8_t LED_BUILTIN = 2;
static const uint8_t BUILTIN_LED = 2;
static const uint8_t A0 = 17;
static const uint8_t D0   = 16;
static const uint8_t D1   = 5;
static const uint8_t D2   = 4;
static const uint8_t D3   = 0;
static const uint8_t D4   = 2;
static const uint8_t D5   = 14;
static const uint8_t D6   = 12;
static const uint8_t D7   = 13;
static const uint8_t D8   = 15;
static const uint8_t RX   = 3;
static const uint8_t TX   = 1;
`,
  // variants/adafruit/pins_arduino.h
  adafruit: `
static const uint8_t SDA = 4;
static const uint8_t SCL = 5;
static const uint8_t SS    = 15;
static const uint8_t MOSI  = 13;
static const uint8_t MISO  = 12;
static const uint8_t SCK   = 14;
static const uint8_t LED_BUILTIN = 0;
static const uint8_t BUILTIN_LED = 0;
static const uint8_t A0 = 17;
`,
  // variants/generic/pins_arduino.h
  generic: `
${COMMON_H}
#define PIN_WIRE_SDA (4)
#define PIN_WIRE_SCL (5)
static const uint8_t SDA = PIN_WIRE_SDA;
static const uint8_t SCL = PIN_WIRE_SCL;
#ifndef LED_BUILTIN
#define LED_BUILTIN 1
#endif
`,
};

/** name → value of every `static const uint8_t NAME = VALUE;`, resolving `#define X (n)` values. */
function declaredPins(header: string): Record<string, number> {
  const macros: Record<string, number> = {};
  for (const m of header.matchAll(/#define (\w+)\s+\(?(\d+)\)?/g)) macros[m[1]] = Number(m[2]);
  const pins: Record<string, number> = {};
  for (const m of header.matchAll(/static const uint8_t (\w+)\s*=\s*(\w+);/g)) {
    pins[m[1]] = /^\d+$/.test(m[2]) ? Number(m[2]) : macros[m[2]];
  }
  return pins;
}

/** tools/boards.txt.py flash_map(): upload.maximum_size for a flash size and file system size in KB. */
function maxUploadSize(flashKb: number, fsKb: number): number {
  return flashKb <= 1024 ? (flashKb - (fsKb + 4 + 4 + 12)) * 1024 - 4112 : 1024 * 1024 - 4112;
}

test("the five boards of the issue exist, with the core's FQBNs and PlatformIO ids", () => {
  assert.deepEqual(listBoards().map((b) => b.id), ["d1_mini", "esp01_1m", "generic", "huzzah", "nodemcuv2"]);
  const fqbns = Object.fromEntries(listBoards().map((b) => [b.id, b.arduino.fqbn]));
  assert.deepEqual(fqbns, {
    d1_mini: "esp8266:esp8266:d1_mini", esp01_1m: "esp8266:esp8266:generic", generic: "esp8266:esp8266:generic",
    huzzah: "esp8266:esp8266:huzzah", nodemcuv2: "esp8266:esp8266:nodemcuv2",
  });
  assert.equal(getBoard("nodemcuv2").name, "NodeMCU 1.0 (ESP-12E Module)");
  assert.equal(getBoard("d1_mini").name, "LOLIN(WEMOS) D1 R2 & mini");
  assert.equal(getBoard("huzzah").name, "Adafruit Feather HUZZAH ESP8266");
  assert.equal(getBoard("generic").name, "Generic ESP8266 Module");
});

test("every board's pins are exactly the pin constants its core variant declares, with the same GPIOs", () => {
  for (const board of listBoards()) {
    const declared = declaredPins(VARIANTS[board.variant]);
    delete declared.LED_BUILTIN;
    delete declared.BUILTIN_LED;
    assert.deepEqual(board.pins, declared, `${board.id} (variant ${board.variant})`);
    for (const source of Object.keys(board.sources)) assert.ok(board.sources[source].length > 10, `${board.id}: source of ${source}`);
  }
});

test("LED_BUILTIN matches the variant header or the boards.txt led menu default", () => {
  assert.equal(getBoard("nodemcuv2").ledBuiltin, 2); // nodemcu/pins_arduino.h #define LED_BUILTIN 2, led216 default 2
  assert.equal(getBoard("d1_mini").ledBuiltin, declaredPins(VARIANTS.d1_mini).LED_BUILTIN);
  assert.equal(getBoard("huzzah").ledBuiltin, declaredPins(VARIANTS.adafruit).LED_BUILTIN);
  assert.equal(getBoard("generic").ledBuiltin, 2); // boards.txt.py led_default = 2
  assert.equal(getBoard("generic").arduino.options.led, "2");
  assert.equal(getBoard("esp01_1m").ledBuiltin, 1); // generic/pins_arduino.h fallback, passed as led=1
  assert.equal(getBoard("esp01_1m").arduino.options.led, "1");
});

test("flash layout, sketch maximum, RAM and defaults follow boards.txt.py", () => {
  const expected: Record<string, { mode: string; layout: string; reset: string; baud: number }> = {
    nodemcuv2: { mode: "dio", layout: "4M2M", reset: "nodemcu", baud: 115200 },
    d1_mini: { mode: "dio", layout: "4M2M", reset: "nodemcu", baud: 921600 },
    huzzah: { mode: "qio", layout: "4M2M", reset: "nodemcu", baud: 115200 },
    generic: { mode: "dout", layout: "1M64", reset: "nodemcu", baud: 115200 },
    esp01_1m: { mode: "dout", layout: "1M64", reset: "ck", baud: 115200 },
  };
  for (const board of listBoards()) {
    const e = expected[board.id];
    assert.equal(board.flash.mode, e.mode, board.id);
    assert.equal(board.flash.layout, e.layout, board.id);
    assert.equal(board.arduino.options.eesz, e.layout, board.id);
    assert.equal(board.resetMethod, e.reset, board.id);
    assert.equal(board.uploadSpeed, e.baud, board.id);
    assert.equal(board.arduino.options.baud, String(e.baud), board.id);
    assert.equal(board.flash.frequencyMHz, 40, board.id);
    assert.equal(board.cpuMHz, 80, board.id);
    assert.equal(board.ramBytes, 81920, board.id);
    const [, flashMb, fs, unit] = /^(\d+)M(\d+)(M?)$/.exec(board.flash.layout)!;
    assert.equal(board.flash.sizeBytes, Number(flashMb) * 1048576, board.id);
    assert.equal(board.flash.sketchMaxBytes, maxUploadSize(Number(flashMb) * 1024, Number(fs) * (unit ? 1024 : 1)), board.id);
    assert.equal(board.platformio.ldscript, `eagle.flash.${board.flash.layout.toLowerCase()}.ld`, board.id);
  }
  assert.equal(getBoard("nodemcuv2").flash.sketchMaxBytes, 1044464);
  assert.equal(getBoard("generic").flash.sketchMaxBytes, 958448);
});

test("the compiler and host build get the board's pins", () => {
  assert.deepEqual(boardPins(getBoard("nodemcuv2")).pins.D4, 2);
  assert.equal(boardPins(getBoard("huzzah")).ledBuiltin, 0);
  assert.ok(!("D4" in boardPins(getBoard("huzzah")).pins), "the Feather has no D4");
  assert.ok(boardDefines(getBoard("d1_mini")).includes("-DD4=2"));
  assert.ok(boardDefines(getBoard("d1_mini")).includes("-DLED_BUILTIN=2"));
  assert.equal(fqbnWithOptions(getBoard("d1_mini")), "esp8266:esp8266:d1_mini:xtal=80,eesz=4M2M,baud=921600");
});

test("each board's pin header compiles for the ESP8266 CPU (xtensa-lx106-elf-g++) and the host g++ with the right values", () => {
  const dir = mkdtempSync(join(tmpdir(), "tsd-pins-"));
  for (const board of listBoards()) {
    const checks = Object.entries(board.pins).map(([n, g]) => `static_assert(${n} == ${g}, "${n}");`).join("\n");
    const file = join(dir, `${board.id}.cpp`);
    const count = Object.keys(board.pins).length;
    writeFileSync(file, `${boardPinsHeader(board)}\nstatic_assert(LED_BUILTIN == ${board.ledBuiltin}, "led");\n${checks}\nint pinCount() { return ${count}; }\n`);
    for (const cxx of ["xtensa-lx106-elf-g++", "g++"]) {
      const r = spawnSync(cxx, ["-std=gnu++17", "-Wall", "-Wextra", "-Werror", "-Wno-unused-const-variable", "-fsyntax-only", file], { encoding: "utf8" });
      assert.equal(r.status, 0, `${cxx} ${board.id}: ${r.stderr}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

test("sketch.yaml follows arduino-cli's sketch project file format", () => {
  const yaml = sketchYaml(getBoard("nodemcuv2"), ["WebSockets"], { port: "/dev/ttyUSB0" });
  assert.equal(yaml.split("\n").filter((l) => !l.startsWith("#")).join("\n"), [
    "profiles:",
    "  nodemcuv2:",
    "    notes: NodeMCU 1.0 (ESP-12E Module) (tsduino board 'nodemcuv2')",
    "    fqbn: esp8266:esp8266:nodemcuv2:xtal=80,eesz=4M2M,baud=115200",
    "    platforms:",
    "      - platform: esp8266:esp8266 (3.1.2)",
    "        platform_index_url: https://arduino.esp8266.com/stable/package_esp8266com_index.json",
    "    libraries:",
    "      - WebSockets (2.7.2)",
    "    port: /dev/ttyUSB0",
    "default_fqbn: esp8266:esp8266:nodemcuv2:xtal=80,eesz=4M2M,baud=115200",
    "default_port: /dev/ttyUSB0",
    "",
  ].join("\n"));
  assert.ok(!sketchYaml(getBoard("huzzah"), []).includes("libraries:"), "no library list without libraries");
  // every value is a plain YAML scalar: no ': ' inside values that would start a nested map
  for (const line of yaml.split("\n")) {
    const m = /^\s*(?:- )?[\w_]+: (.*)$/.exec(line);
    if (m) assert.ok(!m[1].includes(": "), line);
  }
});

test("platformio.ini follows PlatformIO's project configuration format", () => {
  const ini = platformioIni(getBoard("generic"), ["WebSockets"], { monitorBaud: 74880 });
  const sections: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  let last = "";
  for (const line of ini.split("\n")) {
    if (!line.trim() || line.startsWith(";")) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) { current = sections[section[1]] = {}; continue; }
    if (/^\s/.test(line)) { current![last] += "\n" + line.trim(); continue; }
    const kv = /^([\w.]+) =(?: (.*))?$/.exec(line);
    assert.ok(kv && current, `key = value line: ${line}`);
    current[(last = kv[1])] = kv[2] ?? "";
  }
  assert.deepEqual(sections.platformio, { src_dir: ".", default_envs: "generic" });
  assert.deepEqual(sections["env:generic"], {
    platform: "espressif8266",
    board: "esp01_1m",
    framework: "arduino",
    "board_build.f_cpu": "80000000L",
    "board_build.f_flash": "40000000L",
    "board_build.flash_mode": "dout",
    "board_build.ldscript": "eagle.flash.1m64.ld",
    upload_speed: "115200",
    upload_resetmethod: "nodemcu",
    monitor_speed: "74880",
    build_src_filter: "+<*.ino.cpp> +<src/>",
    build_flags: "-DLED_BUILTIN=2 -fsignaling-nans",  // builders/semantic-flags.ts
    lib_deps: "\nlinks2004/WebSockets@2.7.2",
  });
});

test("`tsduino boards` lists every board with FQBN, PlatformIO id, flash and RAM", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/tsduino.js"), "boards"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split("\n");
  assert.match(lines[0], /^ID\s+NAME\s+ARDUINO FQBN\s+PLATFORMIO\s+FLASH\s+SKETCH MAX\s+RAM\s+LED$/);
  assert.equal(lines.length, 1 + listBoards().length + 2);
  assert.match(r.stdout, /^nodemcuv2\s+NodeMCU 1\.0 \(ESP-12E Module\)\s+esp8266:esp8266:nodemcuv2\s+nodemcuv2\s+4 MB dio\s+1044464\s+81920\s+2$/m);
  const pins = spawnSync(process.execPath, [join(ROOT, "bin/tsduino.js"), "boards", "d1_mini"], { encoding: "utf8" });
  assert.equal(pins.status, 0, pins.stderr);
  assert.match(pins.stdout, /^ {2}D4 += GPIO2$/m);
  assert.match(pins.stdout, /^ {2}TX += GPIO1$/m);
  const bad = spawnSync(process.execPath, [join(ROOT, "bin/tsduino.js"), "boards", "uno"], { encoding: "utf8" });
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, "tsduino: unknown board 'uno'; known boards: d1_mini, esp01_1m, generic, huzzah, nodemcuv2 (see 'tsduino boards')\n");
});
