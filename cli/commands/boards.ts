// `tsduino boards [id]`: lists the supported ESP8266 boards (FQBN, PlatformIO id, flash, RAM, LED), or one
// board's details and the pin names a sketch may use on it.
import type { CommandModule } from "yargs";
import { getBoard, listBoards, type Board } from "../../boards/index.js";

interface BoardsArgs { board?: string }

export const boardsCommand: CommandModule<object, BoardsArgs> = {
  command: "boards [board]",
  describe: "List the supported boards, or show one board's pins",
  builder: (y) => y.positional("board", { type: "string", describe: "board id, e.g. nodemcuv2" }),
  handler: (args) => {
    console.log(args.board ? describeBoard(getBoard(args.board)) : boardTable(listBoards()));
  },
};

export function boardTable(boards: Board[]): string {
  const rows = [["ID", "NAME", "ARDUINO FQBN", "PLATFORMIO", "FLASH", "SKETCH MAX", "RAM", "LED"]];
  for (const b of boards) {
    rows.push([b.id, b.name, b.arduino.fqbn, b.platformio.board, `${b.flash.sizeBytes / 1048576} MB ${b.flash.mode}`,
      String(b.flash.sketchMaxBytes), String(b.ramBytes), String(b.ledBuiltin)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join("  "));
  return [...lines, "", "Pins of one board: tsduino boards <id>   Use one: tsduino build src/main.ts --board <id>"].join("\n");
}

export function describeBoard(b: Board): string {
  const width = Math.max(...Object.keys(b.pins).map((p) => p.length));
  return [
    `${b.name} (${b.id})`,
    `  arduino-cli:  ${b.arduino.fqbn}  options ${Object.entries(b.arduino.options).map(([k, v]) => `${k}=${v}`).join(",")}`,
    `  PlatformIO:   board = ${b.platformio.board}`,
    `  CPU:          ${b.cpuMHz} MHz`,
    `  flash:        ${b.flash.sizeBytes / 1048576} MB, ${b.flash.mode} at ${b.flash.frequencyMHz} MHz, layout ${b.flash.layout} (sketch up to ${b.flash.sketchMaxBytes} bytes)`,
    `  RAM:          ${b.ramBytes} bytes for globals, heap and stack`,
    `  upload:       ${b.uploadSpeed} baud, reset method ${b.resetMethod}`,
    `  LED_BUILTIN:  GPIO${b.ledBuiltin}`,
    `Pin names (variants/${b.variant}/pins_arduino.h):`,
    // pin 17 is the core's number for the ADC input, not a GPIO
    ...Object.entries(b.pins).map(([name, pin]) => `  ${name.padEnd(width)} = ${pin === 17 ? "17 (ADC input)" : `GPIO${pin}`}`),
  ].join("\n");
}
