// Writers for the two project files that make a generated sketch folder open unchanged in the Arduino tools
// and in PlatformIO: `sketch.yaml` (arduino-cli sketch project file with a build profile, see
// https://arduino.github.io/arduino-cli/latest/sketch-project-file/) and `platformio.ini` (one [env] per
// board, see https://docs.platformio.org/en/latest/projectconf/). Both pin the board options to the values
// in boards/*.json so the Arduino and PlatformIO builds produce the same flash layout.
import { SEMANTIC_CXX_FLAGS } from "./semantic-flags.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { fqbnWithOptions, type Board } from "../boards/index.js";

/** The Boards Manager index that provides esp8266:esp8266 (from the core's README). */
export const ESP8266_INDEX_URL = "https://arduino.esp8266.com/stable/package_esp8266com_index.json";
export const ESP8266_PLATFORM = "esp8266:esp8266";
/** Versions written into the reproducible-build profile. */
export const ESP8266_PLATFORM_VERSION = "3.1.2";
// arduinoWebSockets 2.7.2 (Dec 2025) is the newest release tag; the real-core check (scripts/real-core) runs against it.
const LIBRARY_VERSIONS: Record<string, string> = { WebSockets: "2.7.2", PubSubClient: "2.8" };
/** Arduino library name → PlatformIO registry name, for libraries without a binding.json. */
const KNOWN_PIO_LIBRARIES: Record<string, string> = { WebSockets: "links2004/WebSockets", PubSubClient: "knolleary/PubSubClient" };

/** Libraries that ship inside the ESP8266 core (its libraries/ folder): never installed separately. */
export const CORE_BUNDLED_LIBRARIES = new Set([
  "ArduinoOTA", "DNSServer", "EEPROM", "ESP8266AVRISP", "ESP8266HTTPClient", "ESP8266HTTPUpdateServer", "ESP8266LLMNR",
  "ESP8266NetBIOS", "ESP8266SSDP", "ESP8266WebServer", "ESP8266WiFi", "ESP8266WiFiMesh", "ESP8266httpUpdate",
  "ESP8266mDNS", "Ethernet", "Hash", "LittleFS", "SD", "SDFS", "Servo", "SoftwareSerial", "SPI", "SPISlave",
  "Ticker", "Wire", "lwIP_PPP", "Netdump", "I2S",
]);

/** The libraries a user installs (or a profile / lib_deps lists): the sketch's libraries minus the core's own. */
export function externalLibraries(libraries: string[]): string[] {
  return [...new Set(libraries)].filter((l) => !CORE_BUNDLED_LIBRARIES.has(l));
}

const LIBRARIES_DIR = fileURLToPath(new URL("../../runtime/libraries/", import.meta.url));

export interface ProjectSettings {
  /** Serial port for upload/monitor, when known (tsduino.json "port" or --port). */
  port?: string;
  /** Serial monitor speed (tsduino.json "monitorBaud"); 115200 when absent. */
  monitorBaud?: number;
  /** Upload speed override (tsduino.json "uploadBaud"); the board's default when absent. */
  uploadBaud?: number;
}

export function sketchYaml(board: Board, libraries: string[], settings: ProjectSettings = {}): string {
  const fqbn = fqbnWithOptions(withUploadBaud(board, settings.uploadBaud));
  const lines = [
    `# arduino-cli sketch project file, written by tsduino for ${board.name}. Regenerated on every build.`,
    `# Reproducible build: arduino-cli compile --profile ${board.id}`,
    `profiles:`,
    `  ${board.id}:`,
    `    notes: ${board.name} (tsduino board '${board.id}')`,
    `    fqbn: ${fqbn}`,
    `    platforms:`,
    `      - platform: ${ESP8266_PLATFORM} (${ESP8266_PLATFORM_VERSION})`,
    `        platform_index_url: ${ESP8266_INDEX_URL}`,
  ];
  if (libraries.length) {
    lines.push(`    libraries:`);
    for (const lib of libraries) lines.push(`      - ${lib}${LIBRARY_VERSIONS[lib] ? ` (${LIBRARY_VERSIONS[lib]})` : ""}`);
  }
  if (settings.port) lines.push(`    port: ${settings.port}`);
  lines.push(`default_fqbn: ${fqbn}`);
  if (settings.port) lines.push(`default_port: ${settings.port}`);
  return lines.join("\n") + "\n";
}

export function platformioIni(board: Board, libraries: string[], settings: ProjectSettings = {}): string {
  const pio = board.platformio;
  const flags = [...pio.buildFlags, ...SEMANTIC_CXX_FLAGS];
  const lines = [
    `; PlatformIO project, written by tsduino for ${board.name}. Regenerated on every build.`,
    `; Build with: pio run   (the sketch is main .ino + src/, compiled in place)`,
    `[platformio]`,
    `src_dir = .`,
    `default_envs = ${board.id}`,
    ``,
    `[env:${board.id}]`,
    `platform = espressif8266`,
    `board = ${pio.board}`,
    `framework = arduino`,
    `board_build.f_cpu = ${board.cpuMHz}000000L`,
    `board_build.f_flash = ${board.flash.frequencyMHz}000000L`,
    `board_build.flash_mode = ${pio.flashMode ?? board.flash.mode}`,
    `board_build.ldscript = ${pio.ldscript}`,
    `upload_speed = ${settings.uploadBaud ?? board.uploadSpeed}`,
    `upload_resetmethod = ${pio.resetMethod ?? board.resetMethod}`,
    `monitor_speed = ${settings.monitorBaud ?? 115200}`,
    // PlatformIO turns <name>.ino into <name>.ino.cpp next to it (pioino.py) and compiles what the filter matches
    `build_src_filter = +<*.ino.cpp> +<src/>`,
  ];
  if (settings.port) lines.push(`upload_port = ${settings.port}`, `monitor_port = ${settings.port}`);
  if (flags.length) lines.push(`build_flags = ${flags.join(" ")}`);
  if (libraries.length) {
    lines.push(`lib_deps =`);
    for (const lib of libraries) {
      const name = pioLibraryFor(lib);
      lines.push(`    ${name}${LIBRARY_VERSIONS[lib] ? `@${LIBRARY_VERSIONS[lib]}` : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** PlatformIO registry name of an Arduino library: from runtime/libraries/<M>/binding.json, else a known table. */
export function pioLibraryFor(arduinoLibrary: string): string {
  if (existsSync(LIBRARIES_DIR)) {
    for (const dir of readdirSync(LIBRARIES_DIR)) {
      const file = join(LIBRARIES_DIR, dir, "binding.json");
      if (!existsSync(file)) continue;
      try {
        const binding = JSON.parse(readFileSync(file, "utf8")) as { arduinoLibrary?: string | null; pioLibrary?: string | null };
        if (binding.arduinoLibrary === arduinoLibrary && binding.pioLibrary) return binding.pioLibrary;
      } catch {
        // a broken binding.json is the library engineer's test failure, not a build stopper
      }
    }
  }
  return KNOWN_PIO_LIBRARIES[arduinoLibrary] ?? arduinoLibrary;
}

function withUploadBaud(board: Board, uploadBaud: number | undefined): Board {
  if (uploadBaud === undefined || !("baud" in board.arduino.options)) return board;
  return { ...board, arduino: { ...board.arduino, options: { ...board.arduino.options, baud: String(uploadBaud) } } };
}
