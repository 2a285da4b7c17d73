// Helpers the flasher/simulator/monitor tests share: a simulated board in a temp folder with its flash
// pre-filled with a known pattern, test images containing every byte value (so SLIP escapes are exercised), and
// a check that the flash holds the images where they were written and the pattern everywhere else.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SimulatedBoard, type SimulatedBoardOptions } from "./board.js";

export const FLASH_SIZE = 4 << 20;

/** Deterministic bytes covering all 256 values, with runs of the SLIP special bytes 0xC0 and 0xDB. */
export function testImage(size: number, seed = 1): Buffer {
  const b = Buffer.alloc(size);
  let x = seed * 2654435761 >>> 0;
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = i % 512 < 256 ? i % 256 : x >>> 24;
  }
  for (let i = 300; i + 8 < size; i += 4099) b.fill(i % 2 ? 0xc0 : 0xdb, i, i + 8);
  return b;
}

/** The pre-fill pattern: differs from both 0xFF (erased) and the test images at almost every byte. */
export function prefillByte(offset: number): number {
  return (offset * 7 + 0x35) & 0xff;
}

export interface TestBoard {
  board: SimulatedBoard;
  dir: string;
  cleanup(): Promise<void>;
}

export async function startTestBoard(options: Partial<SimulatedBoardOptions> = {}, prefill = true): Promise<TestBoard> {
  const dir = mkdtempSync(join(tmpdir(), "tsduino-flash-test-"));
  const board = await SimulatedBoard.start({ flashFile: join(dir, "flash.bin"), flashSize: FLASH_SIZE, ...options });
  if (prefill) fillPattern(board);
  return {
    board,
    dir,
    cleanup: async () => {
      await board.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function fillPattern(board: SimulatedBoard): void {
  const data = Buffer.alloc(board.flash.size);
  for (let i = 0; i < data.length; i++) data[i] = prefillByte(i);
  board.flash.replace(data);
}

/** First offset where the flash differs from "images written over the pattern", or -1. */
export function firstMismatch(board: SimulatedBoard, images: { address: number; data: Buffer }[]): number {
  const expected = Buffer.alloc(board.flash.size);
  for (let i = 0; i < expected.length; i++) expected[i] = prefillByte(i);
  for (const img of images) img.data.copy(expected, img.address);
  const actual = board.flash.data;
  if (actual.equals(expected)) return -1;
  for (let i = 0; i < expected.length; i++) if (actual[i] !== expected[i]) return i;
  return -1;
}
