// Everything specific to the ESP8266 that the loader protocol does not say by itself: the chip-detect magic
// value, where the MAC lives in the OTP efuse words, the SPI controller registers used to ask the flash chip
// for its JEDEC id, the flash sizes that id encodes, the ROM's FLASH_BEGIN erase bug and how to plan writes
// around it, and the flasher stub image (taken from Espressif's esptool-js package, Apache-2.0).
import { readFileSync } from "node:fs";

export const CHIP_DETECT_MAGIC_REG = 0x40001000;
export const ESP8266_MAGIC = 0xfff0c101;
export const EFUSE_BASE = 0x3ff00050;
export const UART_CLKDIV_REG = 0x60000014;

export const SPI_BASE = 0x60000200;
export const SPI_CMD_REG = SPI_BASE + 0x00;
export const SPI_USR_REG = SPI_BASE + 0x1c;
export const SPI_USR1_REG = SPI_BASE + 0x20;
export const SPI_USR2_REG = SPI_BASE + 0x24;
export const SPI_W0_REG = SPI_BASE + 0x40;
export const SPI_CMD_USR = 1 << 18;
export const SPI_USR_COMMAND = 1 << 31;
export const SPI_USR_MISO = 1 << 28;
export const SPIFLASH_RDID = 0x9f;

export const SECTOR_SIZE = 0x1000;
export const SECTORS_PER_BLOCK = 16;
/** FLASH_DATA payload per packet: the ROM takes 1 KB, the stub 16 KB. */
export const ROM_WRITE_BLOCK = 0x400;
export const STUB_WRITE_BLOCK = 0x4000;
export const MEM_WRITE_BLOCK = 0x1800;

export function flashSizeFromJedec(jedecId: number): number | undefined {
  const capacity = (jedecId >> 16) & 0xff;
  return capacity >= 0x12 && capacity <= 0x18 ? 1 << capacity : undefined;
}

export function formatSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MB` : `${bytes / 1024} KB`;
}

/** esptool's ESP8266 read_mac: OUI from efuse word 3, or a fixed Espressif OUI chosen by word 1. */
export function macFromEfuses(e0: number, e1: number, e3: number): string {
  const mac: number[] = [];
  if (e3 !== 0) mac.push((e3 >>> 16) & 0xff, (e3 >>> 8) & 0xff, e3 & 0xff);
  else if (((e1 >>> 16) & 0xff) === 0) mac.push(0x18, 0xfe, 0x34);
  else if (((e1 >>> 16) & 0xff) === 1) mac.push(0xac, 0xd0, 0x74);
  else return "unknown (unrecognised OUI in the efuses)";
  mac.push((e1 >>> 8) & 0xff, e1 & 0xff, (e0 >>> 24) & 0xff);
  return mac.map((b) => b.toString(16).padStart(2, "0")).join(":");
}

export function chipDescription(e0: number, e2: number): string {
  return (e0 & (1 << 4)) !== 0 || (e2 & (1 << 16)) !== 0 ? "ESP8285" : "ESP8266EX";
}

/**
 * How many sectors the ROM really erases when FLASH_BEGIN asks for `sectors` sectors at `startSector`
 * (reverse-engineered SPIEraseArea: it erases up to the next 64 KB boundary and then the full count again).
 */
export function romErasedSectors(startSector: number, sectors: number): number {
  if (sectors === 0) return 0;
  const head = Math.min(SECTORS_PER_BLOCK - (startSector % SECTORS_PER_BLOCK), sectors);
  return head + sectors;
}

/** The erase size to give the ROM so that it erases exactly `sectors` sectors, or undefined if it cannot. */
export function romEraseRequest(startSector: number, sectors: number): number | undefined {
  const toBoundary = SECTORS_PER_BLOCK - (startSector % SECTORS_PER_BLOCK);
  let x: number;
  if (sectors >= 2 * toBoundary) x = sectors - toBoundary;
  else if (sectors % 2 === 0) x = sectors / 2;
  else return undefined;
  return romErasedSectors(startSector, x) === sectors ? x * SECTOR_SIZE : undefined;
}

export interface RomSegment {
  offset: number;
  /** Bytes of image data in this segment (whole sectors except possibly the last segment). */
  length: number;
  /** Value for FLASH_BEGIN's erase-size field. */
  eraseSize: number;
}

/**
 * Splits a write at a sector-aligned `offset` into ROM FLASH_BEGIN segments that together erase exactly the
 * sectors the data covers. An odd count inside one 64 KB block cannot be erased exactly in one go; writing the
 * first sector alone (whose overshoot lands in the next segment, erased and written right after) fixes that.
 * A lone sector cannot be erased alone by the ROM at all: that throws.
 */
export function planRomSegments(offset: number, length: number): RomSegment[] {
  const start = offset / SECTOR_SIZE;
  const sectors = Math.ceil(length / SECTOR_SIZE);
  const exact = romEraseRequest(start, sectors);
  if (exact !== undefined) return [{ offset, length, eraseSize: exact }];
  if (sectors === 1) {
    throw new RomEraseError(
      `the ESP8266 ROM loader cannot erase the single sector at 0x${offset.toString(16)} without also erasing the next one; ` +
        "flash without --no-stub (the stub erases exactly)",
    );
  }
  const first = { offset, length: SECTOR_SIZE, eraseSize: SECTOR_SIZE };
  return [first, ...planRomSegments(offset + SECTOR_SIZE, length - SECTOR_SIZE)];
}

export class RomEraseError extends Error {}

export interface StubImage {
  entry: number;
  text: Buffer;
  textStart: number;
  data: Buffer;
  dataStart: number;
}

let stub: StubImage | undefined;
export function esp8266Stub(): StubImage {
  if (stub) return stub;
  const json = JSON.parse(readFileSync(new URL("../../../flasher/targets/esp8266-stub.json", import.meta.url), "utf8")) as {
    entry: number; text: string; text_start: number; data: string; data_start: number;
  };
  stub = {
    entry: json.entry,
    text: Buffer.from(json.text, "base64"),
    textStart: json.text_start,
    data: Buffer.from(json.data, "base64"),
    dataStart: json.data_start,
  };
  return stub;
}
