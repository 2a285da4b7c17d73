// DTR/RTS reset sequences of the usual USB-serial auto-reset circuit (NodeMCU, Wemos D1): RTS drives EN (reset)
// and DTR drives GPIO0 (boot mode), both through transistors so that "asserted" pulls the pin low. The classic
// sequence holds the chip in reset, releases it with GPIO0 low (serial bootloader), then lets GPIO0 go high.
import type { Transport } from "./transport.js";

export type BeforeReset = "default_reset" | "no_reset";
export type AfterReset = "hard_reset" | "no_reset";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** esptool's ClassicReset: EN low for 100 ms, release with GPIO0 low, after 50 ms release GPIO0. */
export async function resetIntoBootloader(transport: Transport, resetDelayMs = 50): Promise<void> {
  await transport.setSignals(false, true); // GPIO0 high, EN low: chip in reset
  await sleep(100);
  await transport.setSignals(true, false); // GPIO0 low, EN high: chip boots into the ROM loader
  await sleep(resetDelayMs);
  await transport.setSignals(false, false); // GPIO0 high again
}

/** esptool's HardReset: pulse EN low with GPIO0 high so the chip boots the application. */
export async function hardReset(transport: Transport): Promise<void> {
  await transport.setSignals(false, true);
  await sleep(100);
  await transport.setSignals(false, false);
}
