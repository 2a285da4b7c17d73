// Building and running a sketch folder through the ESP8266 core's own host emulation (esp8266/Arduino
// tests/host: the real core and libraries compiled for Linux, Serial on stdout, TCP/TLS over the PC's
// sockets). tests/host compiles only the .ino; the sketch's src/ .cpp files are passed as USERCXXSOURCES,
// as arduino-cli compiles src/ recursively. Builds run one at a time: every sketch shares the core archive.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { run, type Ran } from "./process.js";

export interface Checkouts {
  /** esp8266/Arduino work tree (tag 3.1.2) with its submodules. */
  core: string;
  /** Links2004/arduinoWebSockets work tree. */
  websockets: string;
  /** knolleary/pubsubclient work tree (tag v2.8); optional: without it PubSubClient programs are skipped. */
  pubsubclient?: string;
}

export const SHIMS_DIR = new URL("../../../scripts/real-core/shims/", import.meta.url).pathname;

/** Every .cpp under dir, recursively (what arduino-cli compiles from a sketch's src/). */
export function cppUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".cpp"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function emulationBinary(checkouts: Checkouts, sketchDir: string): string {
  const name = basename(sketchDir);
  return join(checkouts.core, "tests", "host", "bin", name, name);
}

/**
 * The sketch's src/ as the emulation compiles it: a copy under <work>/src-<hash of every file in src/>, so
 * sketches whose src/ is byte-identical (the runtime is the same in every sketch) share one compilation.
 */
function sharedSources(sketchDir: string, work: string): string[] {
  const src = join(sketchDir, "src");
  if (!existsSync(src)) return [];
  const hash = createHash("sha256");
  const files = readdirSync(src, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name)).sort();
  for (const f of files) hash.update(relative(src, f)).update("\0").update(readFileSync(f)).update("\0");
  const copy = join(work, `src-${hash.digest("hex").slice(0, 16)}`);
  if (!existsSync(copy)) cpSync(src, copy, { recursive: true });
  return cppUnder(copy);
}

/** Builds <sketchDir>/<name>.ino (plus src/**.cpp and the ets_timer and emulation-gaps shims) with tests/host; returns make's result. */
export async function buildInEmulation(checkouts: Checkouts, sketchDir: string, work: string): Promise<Ran> {
  const sources = [...sharedSources(sketchDir, work), join(SHIMS_DIR, "ets_timer.cpp"), join(SHIMS_DIR, "emulation-gaps.cpp")];
  const target = join(sketchDir, basename(sketchDir)); // tests/host's rule: <dir>/<name> builds <dir>/<name>.ino
  return run("make", [
    "-C", join(checkouts.core, "tests", "host"), "-j2", "FORCE32=0",
    // The emulation compiles ESP8266WiFi, LittleFS, ESP8266mDNS, ArduinoOTA, ESP8266HTTPClient and (its
    // header-only) ESP8266WebServer itself, EEPROM as its own mock; Ticker and the third-party libraries are added.
    `ULIBDIRS=${[checkouts.websockets, join(checkouts.core, "libraries", "Ticker"), ...(checkouts.pubsubclient ? [checkouts.pubsubclient] : [])].join(":")}`,
    `USERCXXSOURCES=${sources.join(" ")}`,
    `USERCFLAGS=-include ${join(SHIMS_DIR, "nodemcuv2.h")}`,
    target,
  ], { timeoutMs: 900_000 });
}

/** nodemcuv2's LittleFS with eesz=4M2M (boards.txt: spiffs_start 0x200000 .. spiffs_end 0x3FA000), in KB. */
export const NODEMCU_LITTLEFS_KB = (0x3fa000 - 0x200000) / 1024;

/**
 * Runs the emulated sketch for `seconds`, then SIGINT (the emulator ignores SIGTERM while in setup()).
 * With `flashDir` the emulated LittleFS has the board's size and persists in that folder between runs
 * (the emulation's EEPROM is kept in memory only); without it there is no file system.
 */
export function runInEmulation(binary: string, seconds: number, env: NodeJS.ProcessEnv = process.env, until?: string, flashDir?: string, extra: string[] = []): Promise<Ran> {
  const fs = flashDir ? ["-L", String(NODEMCU_LITTLEFS_KB), "-P", flashDir] : ["-L", "0"];
  return run(binary, ["-S", "0", ...fs, ...extra], { timeoutMs: seconds * 1000, signal: "SIGINT", env, until });
}
