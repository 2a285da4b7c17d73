// The real core's macros, as a sketch sees them: every header a binding adapter or a runtime/device stand-in
// stands for (SKETCH_HEADERS) preprocessed (`-E -dD`) with xtensa-lx106-elf-g++ and the nodemcuv2 flags of the core's
// platform.txt/boards.txt. Used to
//  - compare every macro runtime/device/ defines with the real definition (stand-ins must not lie), and
//  - write runtime/device/real-core-macros.h (--write-guard): every other real macro name, so that a
//    runtime or generated identifier that the real core would turn into a macro expansion fails the CI
//    xtensa check too (e.g. ts::panic against debug.h's `#define panic()`).
// Debian's xtensa compiler has no libstdc++ headers: a target bits/ folder is made from the host's (threads,
// TLS and NLS off), and the newlib-only <sys/pgmspace.h> is runtime/device's stand-in (its macros are the
// toolchain's, not the core's, and are not compared).
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Checkouts } from "./emulation.js";
import { run } from "./process.js";
import { REPO } from "./common.js";

export const XTENSA_CXX = "xtensa-lx106-elf-g++";
const HOST_BITS = "/usr/include/x86_64-linux-gnu/c++/12/bits";
const CXX_HEADERS = "/usr/include/c++/12";

export interface MacroDef {
  name: string;
  /** "(a,b)" for function-like macros, "" for object-like ones. */
  params: string;
  body: string;
  file: string;
}

/** The core libraries (their header folders) that the bindings' headers live in or include. */
export const REAL_LIBRARY_DIRS = ["ESP8266WiFi/src", "Ticker/src", "Hash/src", "LittleFS/src", "EEPROM", "ESP8266mDNS/src",
  "ArduinoOTA", "ESP8266HTTPClient/src", "ESP8266WebServer/src"];

/** The nodemcuv2 compile flags of esp8266/Arduino 3.1.2 (platform.txt recipe.cpp.o.pattern + boards.txt menus). */
export function realCoreFlags(c: Checkouts): string[] {
  const core = c.core;
  return [
    "-D__ets__", "-DICACHE_FLASH", "-U__STRICT_ANSI__", "-D_GNU_SOURCE", "-DESP8266",
    `-I${core}/tools/sdk/include`, `-I${core}/tools/sdk/lwip2/include`, `-I${core}/tools/sdk/libc/xtensa-lx106-elf/include`,
    "-mlongcalls", "-mtext-section-literals", "-fno-rtti", "-std=gnu++17", "-fno-exceptions",
    "-DMMU_IRAM_SIZE=0x8000", "-DMMU_ICACHE_SIZE=0x8000", "-DNONOSDK22x_190703=1", "-DF_CPU=80000000L",
    "-DLWIP_OPEN_SRC", "-DTCP_MSS=536", "-DLWIP_FEATURES=1", "-DLWIP_IPV6=0", "-DARDUINO=10819",
    "-DARDUINO_ESP8266_NODEMCU_ESP12E", "-DARDUINO_ARCH_ESP8266", '-DARDUINO_BOARD="ESP8266_NODEMCU_ESP12E"',
    '-DARDUINO_BOARD_ID="nodemcuv2"', "-DLED_BUILTIN=2", "-DFLASHMODE_DIO",
    `-I${core}/cores/esp8266`, `-I${core}/variants/nodemcu`, `-I${core}/libraries/ESP8266WiFi/src`,
    ...REAL_LIBRARY_DIRS.map((d) => `-I${core}/libraries/${d}`), `-I${c.websockets}/src`,
    ...(c.pubsubclient ? [`-I${c.pubsubclient}/src`] : []),
  ];
}

/** A libstdc++ target folder for xtensa-lx106-elf-g++ made from the host's (see the file comment). */
export function prepareXtensaSysroot(work: string): string[] {
  const root = join(work, "xtensa-cxx");
  const bits = join(root, "bits");
  if (!existsSync(join(bits, "c++config.h"))) {
    mkdirSync(bits, { recursive: true });
    cpSync(HOST_BITS, bits, { recursive: true });
    copyFileSync(join(bits, "gthr-single.h"), join(bits, "gthr-default.h"));
    writeFileSync(join(bits, "os_defines.h"), "#ifndef _GLIBCXX_OS_DEFINES\n#define _GLIBCXX_OS_DEFINES 1\n#endif\n");
    let config = readFileSync(join(bits, "c++config.h"), "utf8");
    for (const name of ["_GLIBCXX_HAS_GTHREADS", "_GLIBCXX_HAVE_TLS", "_GLIBCXX_USE_NLS", "_GLIBCXX_HAVE_TIMESPEC_GET", "_GLIBCXX_USE_FUTEX",
      "_GLIBCXX_HAVE_LINUX_FUTEX", "_GLIBCXX_ATOMIC_BUILTINS", "_GLIBCXX_USE_DECIMAL_FLOAT", "_GLIBCXX_USE_FLOAT128", "_GLIBCXX_HAVE_UCHAR_H"]) {
      config = config.replace(new RegExp(`^#define ${name}\\b.*$`, "gm"), `/* #undef ${name} */`);
    }
    writeFileSync(join(bits, "c++config.h"), config);
    // newlib's ctype classification (_U, _L, _N ... from picolibc's <ctype.h>) instead of glibc's
    writeFileSync(join(bits, "ctype_base.h"), CTYPE_BASE);
    writeFileSync(join(bits, "ctype_inline.h"), CTYPE_INLINE);
  }
  // Headers only the official newlib-xtensa toolchain has: its flash-access header (runtime/device's
  // stand-in has the same macros and *_P functions) and sys/config.h with the CPU's XCHAL_* constants.
  mkdirSync(join(root, "stubs", "sys"), { recursive: true });
  writeFileSync(join(root, "stubs", "sys", "pgmspace.h"), `#pragma once\n#include "${join(REPO, "runtime", "device", "pgmspace.h")}"\n`);
  writeFileSync(join(root, "stubs", "sys", "config.h"), "#pragma once\n#include_next <sys/config.h>\n#include <machine/core-isa.h>\n");
  // gcc 12's <new> no longer pulls in <exception>, which the core's headers expect
  return ["-isystem", root, "-isystem", CXX_HEADERS, "-I", join(root, "stubs"), "-include", "exception"];
}

const CTYPE_BASE = `namespace std _GLIBCXX_VISIBILITY(default) {
_GLIBCXX_BEGIN_NAMESPACE_VERSION
struct ctype_base {
  typedef const int* __to_type;
  typedef char mask;
  static const mask upper = _U, lower = _L, alpha = _U | _L, digit = _N, xdigit = _X | _N, space = _S;
  static const mask print = _P | _U | _L | _N | _B, graph = _P | _U | _L | _N, cntrl = _C, punct = _P;
  static const mask alnum = _U | _L | _N, blank = space;
};
_GLIBCXX_END_NAMESPACE_VERSION
}
`;

const CTYPE_INLINE = `namespace std _GLIBCXX_VISIBILITY(default) {
_GLIBCXX_BEGIN_NAMESPACE_VERSION
bool ctype<char>::is(mask m, char c) const { return _M_table[static_cast<unsigned char>(c)] & m; }
const char* ctype<char>::is(const char* lo, const char* hi, mask* v) const {
  while (lo < hi) *v++ = _M_table[static_cast<unsigned char>(*lo++)];
  return hi;
}
const char* ctype<char>::scan_is(mask m, const char* lo, const char* hi) const {
  while (lo < hi && !this->is(m, *lo)) ++lo;
  return lo;
}
const char* ctype<char>::scan_not(mask m, const char* lo, const char* hi) const {
  while (lo < hi && this->is(m, *lo)) ++lo;
  return lo;
}
_GLIBCXX_END_NAMESPACE_VERSION
}
`;

/** Parses `-E -dD` output into macro definitions with the file that defined each (last definition wins). */
export function parseDefines(preprocessed: string): Map<string, MacroDef> {
  const defs = new Map<string, MacroDef>();
  let file = "";
  for (const line of preprocessed.split("\n")) {
    const marker = /^# \d+ "([^"]+)"/.exec(line);
    if (marker) { file = marker[1]; continue; }
    const def = /^#define (\w+)(\([^)]*\))?(?: (.*))?$/.exec(line);
    if (def) { defs.set(def[1], { name: def[1], params: (def[2] ?? "").replace(/\s+/g, ""), body: (def[3] ?? "").trim(), file }); continue; }
    const undef = /^#undef (\w+)/.exec(line);
    if (undef) defs.delete(undef[1]);
  }
  return defs;
}

async function preprocess(source: string, flags: string[], work: string): Promise<Map<string, MacroDef>> {
  const file = join(work, `macros-${Math.random().toString(36).slice(2)}.cpp`);
  writeFileSync(file, source);
  const r = await run(XTENSA_CXX, [...flags, "-E", "-dD", file], { timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(`${XTENSA_CXX} -E failed: ${r.stderr.split("\n").slice(0, 5).join(" ")}`);
  return parseDefines(r.stdout);
}

/** Every header a binding adapter includes and runtime/device has a stand-in for. */
export const SKETCH_HEADERS = ["Arduino.h", "Esp.h", "Schedule.h", "FS.h", "LittleFS.h", "EEPROM.h", "ESP8266WiFi.h",
  "ESP8266WiFiMulti.h", "WiFiClient.h", "WiFiClientSecure.h", "ESP8266mDNS.h", "ArduinoOTA.h", "ESP8266HTTPClient.h",
  "ESP8266WebServer.h", "Ticker.h", "WebSocketsClient.h", "PubSubClient.h"];

/** Macros the real core and libraries define (their own headers and the command line), by name. */
export async function realCoreMacros(c: Checkouts, work: string): Promise<Map<string, MacroDef>> {
  const headers = c.pubsubclient ? SKETCH_HEADERS : SKETCH_HEADERS.filter((h) => h !== "PubSubClient.h");
  const all = await preprocess(headers.map((h) => `#include <${h}>`).join("\n") + "\n", [...realCoreFlags(c), ...prepareXtensaSysroot(work)], work);
  const own = new Map<string, MacroDef>();
  for (const [name, def] of all) {
    if (def.file === "<command-line>" || def.file.startsWith(c.core) || def.file.startsWith(c.websockets) ||
      (c.pubsubclient !== undefined && def.file.startsWith(c.pubsubclient))) own.set(name, def);
  }
  return own;
}

const DEVICE_DIR = join(REPO, "runtime", "device");
const GUARD = "real-core-macros.h";

/** Macros runtime/device/ itself defines (its headers, without the guard header). */
export async function deviceMacros(work: string): Promise<Map<string, MacroDef>> {
  const headers = readdirSync(DEVICE_DIR).filter((f) => f.endsWith(".h") && f !== GUARD && f !== "tsd_std_function.h").sort();
  const all = await preprocess(headers.map((h) => `#include "${join(DEVICE_DIR, h)}"`).join("\n") + "\n",
    ["-std=gnu++17", "-DTSD_NO_REAL_CORE_GUARD", "-I", DEVICE_DIR], work);
  const own = new Map<string, MacroDef>();
  for (const [name, def] of all) if (def.file.startsWith(DEVICE_DIR)) own.set(name, def);
  return own;
}

const normalize = (body: string) => body.replace(/\s+/g, " ").replace(/\s*([(),*&<>|?:+-])\s*/g, "$1").trim();

/** Differences between runtime/device's macros and the real ones; an empty list when they agree. */
export async function checkDeviceMacros(c: Checkouts, work: string): Promise<string[]> {
  const real = await realCoreMacros(c, work);
  const device = await deviceMacros(work);
  const problems: string[] = [];
  for (const [name, d] of device) {
    if (name.startsWith("TSD_") || name.startsWith("_TSD")) continue;
    const r = real.get(name);
    if (!r) {
      if (!TOOLCHAIN_MACROS.has(name)) problems.push(`${name}: defined in runtime/device but not by the real core or its libraries`);
      continue;
    }
    if (r.params !== d.params || normalize(r.body) !== normalize(d.body)) {
      problems.push(`${name}: runtime/device has #define ${name}${d.params} ${d.body}; the real core (${r.file.replace(c.core + "/", "")}) has #define ${name}${r.params} ${r.body}`);
    }
  }
  return problems;
}

/** Defined by the toolchain's newlib (sys/pgmspace.h, string.h, sys/cdefs.h), not by the core: not comparable here. */
const TOOLCHAIN_MACROS = new Set(["__STRINGIFY", "PROGMEM", "PGM_P", "PGM_VOID_P", "PSTR", "PSTR_ALIGN", "__STRINGIZE", "__STRINGIZE_NX",
  "pgm_read_byte", "pgm_read_word", "pgm_read_dword", "pgm_read_float", "pgm_read_ptr", "ICACHE_RODATA_ATTR"]);

/** runtime/device/real-core-macros.h: every real macro name that runtime/device does not define itself. */
export async function writeGuardHeader(c: Checkouts, work: string, version: string): Promise<{ file: string; count: number }> {
  const real = await realCoreMacros(c, work);
  const device = await deviceMacros(work);
  const names = [...real.values()].filter((d) => !device.has(d.name) && !d.name.startsWith("__") && !d.name.startsWith("_GLIBCXX"))
    .sort((a, b) => a.name.localeCompare(b.name));
  const lines = [
    `// The macro names a sketch sees from the real ESP8266 Arduino core and the libraries tsduino binds:`,
    `// ${version}, nodemcuv2 flags. Collected by scripts/real-core (npm run check:real-core -- --write-guard ...)`,
    `// from the real headers: names and parameter lists only; every body is the placeholder (0), which no`,
    `// declaration or member name survives. runtime/device/Arduino.h includes this first, so the xtensa object`,
    `// check fails when a runtime or generated identifier is one of these names (the real core would expand it:`,
    `// ts::panic against debug.h's \`#define panic()\`). Macros that runtime/device defines itself are not listed`,
    `// here; the real-core check compares those with the real definitions. Do not edit: regenerate.`,
    `#pragma once`,
    `#ifndef TSD_NO_REAL_CORE_GUARD`,
  ];
  for (const d of names) lines.push(`#define ${d.name}${d.params} (0)`);
  lines.push(`#endif`, ``);
  const file = join(DEVICE_DIR, GUARD);
  writeFileSync(file, lines.join("\n"));
  return { file, count: names.length };
}
