// Board definitions: one JSON file per ESP8266 board in this folder (values taken from the ESP8266 Arduino
// core's tools/boards.txt.py / boards.txt and variants/*/pins_arduino.h, each file's "sources" says where),
// loaded and checked here. Everything else asks this module for a board: the device builders (FQBN and
// PlatformIO settings), the compiler (the pin names the sketch may use) and the host build (pin macros).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { BoardPins } from "../compiler/src/index.js";
import { UserError } from "../shared/user-error.js";

export interface Board {
  /** tsduino's board id, also the file name: "nodemcuv2". */
  id: string;
  /** Display name as the Arduino IDE shows it. */
  name: string;
  arduino: {
    /** Fully qualified board name without options: "esp8266:esp8266:nodemcuv2". */
    fqbn: string;
    /** Board menu options passed after the FQBN (menu id → value), the core's defaults made explicit. */
    options: Record<string, string>;
  };
  platformio: {
    /** PlatformIO board id (platform-espressif8266 boards/<id>.json). */
    board: string;
    /** Linker script so the flash layout matches the Arduino default for the board. */
    ldscript: string;
    buildFlags: string[];
    /** Overrides where PlatformIO's board manifest differs from the Arduino core's default. */
    flashMode?: string;
    resetMethod?: string;
  };
  /** Variant folder of the core (variants/<variant>/pins_arduino.h). */
  variant: string;
  cpuMHz: number;
  flash: {
    sizeBytes: number;
    mode: "qio" | "qout" | "dio" | "dout";
    frequencyMHz: number;
    /** boards.txt flash size menu entry (sketch / file system split), e.g. "4M2M". */
    layout: string;
    /** Largest sketch the layout allows (boards.txt upload.maximum_size). */
    sketchMaxBytes: number;
  };
  /** RAM for globals + heap + stack (boards.txt upload.maximum_data_size). */
  ramBytes: number;
  resetMethod: "nodemcu" | "ck" | "none" | "dtrset" | "nodtr_nosync";
  uploadSpeed: number;
  ledBuiltin: number;
  /** Pin names the core's variant header declares → GPIO number. */
  pins: Record<string, number>;
  /** Where each value comes from. */
  sources: Record<string, string>;
}

const BOARDS_DIR = fileURLToPath(new URL("../../boards/", import.meta.url));

let cache: Board[] | undefined;

/** Every board, sorted by id. */
export function listBoards(): Board[] {
  if (!cache) {
    cache = readdirSync(BOARDS_DIR)
      .filter((f) => f.endsWith(".json"))
      .map((f) => parseBoard(join(BOARDS_DIR, f)))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
  return cache;
}

export function findBoard(id: string): Board | undefined {
  return listBoards().find((b) => b.id === id);
}

/** The board with this id, or a UserError naming the boards that exist. */
export function getBoard(id: string): Board {
  const board = findBoard(id);
  if (!board) {
    throw new UserError(`unknown board '${id}'; known boards: ${listBoards().map((b) => b.id).join(", ")} (see 'tsduino boards')`);
  }
  return board;
}

/** What the compiler needs to type the sketch's pin constants. */
export function boardPins(board: Board): BoardPins {
  return { id: board.id, pins: { ...board.pins }, ledBuiltin: board.ledBuiltin };
}

/** `-D` flags giving the host build the board's pin constants as macros (and LED_BUILTIN). */
export function boardDefines(board: Board): string[] {
  const defines = Object.entries(board.pins).map(([name, gpio]) => `-D${name}=${gpio}`);
  defines.push(`-DLED_BUILTIN=${board.ledBuiltin}`, `-DTSDUINO_BOARD_${board.id.toUpperCase()}=1`);
  return defines;
}

/** The same constants as a C++ header, declared the way the core's pins_arduino.h declares them. */
export function boardPinsHeader(board: Board): string {
  const guard = `TSDUINO_BOARD_PINS_H`;
  const lines = [
    `// Pin names of ${board.name} (${board.id}), from the ESP8266 core's variants/${board.variant}/pins_arduino.h.`,
    `#ifndef ${guard}`,
    `#define ${guard}`,
    `#include <stdint.h>`,
    `#ifndef LED_BUILTIN`,
    `#define LED_BUILTIN ${board.ledBuiltin}`,
    `#endif`,
    ...Object.entries(board.pins).map(([name, gpio]) => `static const uint8_t ${name} = ${gpio};`),
    `#endif`,
    ``,
  ];
  return lines.join("\n");
}

/** FQBN with every board option: "esp8266:esp8266:nodemcuv2:xtal=80,eesz=4M2M,baud=115200". */
export function fqbnWithOptions(board: Board): string {
  const options = Object.entries(board.arduino.options).map(([k, v]) => `${k}=${v}`);
  return options.length ? `${board.arduino.fqbn}:${options.join(",")}` : board.arduino.fqbn;
}

function parseBoard(file: string): Board {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`board file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const b = data as Board;
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
  need(typeof b.id === "string" && file.endsWith(`/${b.id}.json`), "id (must match the file name)");
  need(typeof b.name === "string", "name");
  need(typeof b.arduino?.fqbn === "string" && b.arduino.fqbn.split(":").length === 3, "arduino.fqbn");
  need(typeof b.platformio?.board === "string", "platformio.board");
  need(Number.isInteger(b.cpuMHz), "cpuMHz");
  need(Number.isInteger(b.flash?.sizeBytes) && Number.isInteger(b.flash?.sketchMaxBytes), "flash");
  need(Number.isInteger(b.ramBytes), "ramBytes");
  need(Number.isInteger(b.uploadSpeed), "uploadSpeed");
  need(Number.isInteger(b.ledBuiltin), "ledBuiltin");
  need(typeof b.pins === "object" && Object.values(b.pins ?? {}).every((g) => Number.isInteger(g) && g >= 0 && g <= 17), "pins (GPIO 0..17)");
  if (problems.length) throw new Error(`board file ${file} has missing or bad fields: ${problems.join(", ")}`);
  return b;
}
