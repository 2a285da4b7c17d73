// Explanations for the lines an ESP8266 prints when it boots: the ROM's " ets Jan  8 2013,rst cause:2, boot
// mode:(3,6)" banner and the Arduino core's "Reset reason:"-style and watchdog lines. Returns a sentence to show
// under the line, or undefined for ordinary output.
const ROM_CAUSES: Record<number, string> = {
  0: "unknown cause",
  1: "power-on (the board was powered up)",
  2: "external reset: the RESET/EN pin was pulled low (reset button, the flasher's RTS line) or a deep-sleep wake-up",
  3: "software reset",
  4: "watchdog reset: the hardware watchdog fired because the program blocked for too long (a loop without delay()/yield()?)",
  5: "deep-sleep wake-up",
};

const BOOT_MODES: Record<number, string> = {
  1: "UART download mode: GPIO0 was low at reset, the chip waits for a flasher (release GPIO0/FLASH and reset to run the firmware)",
  3: "boot from flash (normal start)",
  2: "boot mode 2: check the GPIO0/GPIO2/GPIO15 wiring",
};

export function explainBootLine(line: string): string | undefined {
  const banner = /rst cause:(\d+), boot mode:\((\d+),(\d+)\)/.exec(line);
  if (banner) {
    const cause = Number(banner[1]);
    const mode = Number(banner[2]);
    const causeText = ROM_CAUSES[cause] ?? `cause ${cause}`;
    const modeText = BOOT_MODES[mode] ?? (mode >= 4 ? "SDIO boot mode: GPIO15 was high at reset (it must be pulled low)" : `boot mode ${mode}`);
    return `reset: ${causeText}; ${modeText}`;
  }
  if (/^\s*Soft WDT reset/.test(line)) {
    return "the software watchdog fired: loop() or a callback ran for more than ~3 s without returning, delay() or yield()";
  }
  if (/^\s*wdt reset/.test(line)) return "the hardware watchdog fired: interrupts were blocked for too long";
  const reason = /^\s*Reset reason:\s*(.+)$/i.exec(line);
  if (reason) return `the firmware reports its last reset reason: ${reason[1]}`;
  return undefined;
}
