// Flash and RAM use of a firmware image, parsed from the builders' own size reports, and the text tsduino
// prints about it. The ESP8266 has 80 KB of RAM for globals, heap and stack together, and WiFi + TLS need a
// good part of the heap at run time, so the report warns well before the builder's hard limit.
import type { Board } from "../boards/index.js";

export interface FirmwareSizes {
  flashUsed: number;
  flashMax: number;
  ramUsed: number;
  ramMax: number;
}

/** Heap the sketch should keep free: BearSSL's TLS session needs roughly 20 KB, the WiFi stack a few more. */
export const RAM_HEADROOM_BYTES = 24 * 1024;

const num = (s: string) => Number(s.replace(/[,.](?=\d{3}\b)/g, ""));

/** arduino-cli / Arduino IDE: "Sketch uses N bytes (P%) of program storage space. Maximum is M bytes." */
export function parseArduinoSizes(output: string): FirmwareSizes | undefined {
  const flash = /Sketch uses ([\d,.]+) bytes \(\d+%\) of program storage space\. Maximum is ([\d,.]+) bytes\./.exec(output);
  const ram = /Global variables use ([\d,.]+) bytes \(\d+%\) of dynamic memory, leaving -?[\d,.]+ bytes for local variables\. Maximum is ([\d,.]+) bytes\./.exec(output);
  if (!flash || !ram) return undefined;
  return { flashUsed: num(flash[1]), flashMax: num(flash[2]), ramUsed: num(ram[1]), ramMax: num(ram[2]) };
}

/** PlatformIO: "RAM:   [===       ]  34.3% (used 28096 bytes from 81920 bytes)" and the same for "Flash:". */
export function parsePioSizes(output: string): FirmwareSizes | undefined {
  const ram = /RAM:\s+\[[^\]]*\]\s+[\d.]+% \(used (\d+) bytes from (\d+) bytes\)/.exec(output);
  const flash = /Flash:\s+\[[^\]]*\]\s+[\d.]+% \(used (\d+) bytes from (\d+) bytes\)/.exec(output);
  if (!flash || !ram) return undefined;
  return { flashUsed: Number(flash[1]), flashMax: Number(flash[2]), ramUsed: Number(ram[1]), ramMax: Number(ram[2]) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (used: number, max: number) => `${Math.round((used / max) * 100)}%`;

/** Lines printed after a device build; the last one is a warning when RAM is close to the limit. */
export function formatSizes(sizes: FirmwareSizes, board: Board): string[] {
  const free = sizes.ramMax - sizes.ramUsed;
  const lines = [
    `Flash: ${sizes.flashUsed} of ${sizes.flashMax} bytes (${pct(sizes.flashUsed, sizes.flashMax)}) for the sketch on ${board.name} (${board.flash.sizeBytes / 1048576} MB chip, layout ${board.flash.layout})`,
    `RAM:   ${sizes.ramUsed} of ${sizes.ramMax} bytes (${pct(sizes.ramUsed, sizes.ramMax)}) used by globals; ${free} bytes (${kb(free)}) left for heap and stack`,
  ];
  if (free < RAM_HEADROOM_BYTES) {
    lines.push(`warning: only ${kb(free)} of the ESP8266's ${kb(sizes.ramMax)} RAM is left for heap and stack; ` +
      `WiFi and TLS need about ${kb(RAM_HEADROOM_BYTES)} at run time, so this firmware may crash or fail to connect. ` +
      `Move constant data to flash (string literals already are) or use fewer/smaller globals.`);
  }
  return lines;
}
