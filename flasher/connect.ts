// Opening a session with a board: open the port, reset it into the ROM loader, SYNC (with retries), make sure it
// is an ESP8266, read its MAC, start the flasher stub and switch to a faster baud rate (or, ROM only, attach the
// flash with an empty FLASH_BEGIN as esptool does), then read the flash size.
// Everything after this talks to a ready `Session`.
import { Loader, LoaderError } from "./loader.js";
import { Transport } from "./transport.js";
import { resetIntoBootloader, type BeforeReset } from "./reset.js";
import {
  EFUSE_BASE, ESP8266_MAGIC, chipDescription, flashSizeFromJedec, formatSize, macFromEfuses,
} from "./targets/esp8266.js";
import type { BindingInterface } from "./transport.js";

export const ROM_BAUD = 115200;

export interface ConnectOptions {
  port: string;
  /** Baud rate for the transfer; the ROM talks at 115200, only the stub can switch to another rate. */
  baud?: number;
  before?: BeforeReset;
  stub?: boolean;
  connectAttempts?: number;
  binding?: BindingInterface;
  log?: (line: string) => void;
}

export interface Session {
  loader: Loader;
  transport: Transport;
  chip: string;
  mac: string;
  flashId: number;
  /** Detected flash size in bytes (4 MB assumed if the id is unknown). */
  flashSize: number;
  close(): Promise<void>;
}

export async function connect(options: ConnectOptions): Promise<Session> {
  const log = options.log ?? (() => {});
  const transport = await Transport.open({ path: options.port, baudRate: ROM_BAUD, binding: options.binding });
  try {
    const loader = new Loader(transport);
    log(`Connecting to ${options.port}...`);
    await sync(loader, options.before ?? "default_reset", options.connectAttempts ?? 7);
    const magic = await loader.chipMagic();
    if (magic !== ESP8266_MAGIC) {
      throw new LoaderError(`the board on ${options.port} is not an ESP8266 (chip magic 0x${magic.toString(16)})`);
    }
    const efuse = [];
    for (let i = 0; i < 4; i++) efuse.push(await loader.readReg(EFUSE_BASE + 4 * i));
    const chip = chipDescription(efuse[0]!, efuse[2]!);
    const mac = macFromEfuses(efuse[0]!, efuse[1]!, efuse[3]!);
    log(`Chip is ${chip}, MAC ${mac}`);
    if (options.stub !== false) {
      log("Uploading the flasher stub...");
      await loader.runStub();
      const baud = options.baud ?? ROM_BAUD;
      if (baud !== ROM_BAUD) {
        log(`Changing baud rate to ${baud}`);
        await loader.changeBaud(baud);
      }
    } else {
      if (options.baud !== undefined && options.baud !== ROM_BAUD) {
        log(`The ESP8266 ROM cannot change its baud rate: staying at ${ROM_BAUD} (drop --no-stub for ${options.baud})`);
      }
      // esptool's attach_flash: the ROM does not talk to the flash chip until a FLASH_BEGIN (of nothing) attaches it.
      await loader.romAttachFlash();
    }
    const flashId = await loader.flashId();
    const detected = flashSizeFromJedec(flashId);
    const flashSize = detected ?? 4 << 20;
    log(detected
      ? `Flash: manufacturer 0x${(flashId & 0xff).toString(16)}, device 0x${((((flashId >> 8) & 0xff) << 8) | ((flashId >> 16) & 0xff)).toString(16)}, size ${formatSize(flashSize)}`
      : `Flash id 0x${flashId.toString(16)} is unknown: assuming 4 MB`);
    // esptool's ESP8266ROM.flash_set_parameters only acts with the stub: the ROM has no SPI_SET_PARAMS.
    if (loader.isStub) await loader.spiSetParams(flashSize);
    return { loader, transport, chip, mac, flashId, flashSize, close: () => transport.close() };
  } catch (e) {
    await transport.close();
    throw e;
  }
}

async function sync(loader: Loader, before: BeforeReset, attempts: number): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (before === "default_reset") await resetIntoBootloader(loader.transport);
    loader.transport.flushInput();
    for (let i = 0; i < 5; i++) if (await loader.syncOnce()) return;
  }
  const hint = before === "no_reset" ? "put it in bootloader mode (hold FLASH/GPIO0 low, press RESET)" : "check the port, or hold FLASH/GPIO0 low while pressing RESET";
  throw new LoaderError(`no answer from an ESP8266 bootloader on ${loader.transport.path}: ${hint}`);
}
