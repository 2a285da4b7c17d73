// The simulated board's SPI flash, kept in a file so tests and users can inspect it: NOR semantics (erase sets a
// 4 KB sector to 0xFF, programming can only clear bits), so a flasher that forgets to erase produces wrong bytes
// exactly as on a real chip. All content is also held in memory; every change is written through to the file.
import { closeSync, existsSync, openSync, readSync, statSync, writeSync } from "node:fs";

export const SECTOR = 0x1000;

export class FlashStore {
  readonly data: Buffer;
  private fd: number;

  /** Opens (or creates, filled with 0xFF) a flash file of `size` bytes. */
  constructor(readonly path: string, readonly size: number) {
    const fresh = !existsSync(path) || statSync(path).size !== size;
    this.fd = openSync(path, fresh ? "w+" : "r+");
    this.data = Buffer.alloc(size, 0xff);
    if (fresh) writeSync(this.fd, this.data, 0, size, 0);
    else readSync(this.fd, this.data, 0, size, 0);
  }

  read(offset: number, length: number): Buffer {
    return Buffer.from(this.data.subarray(offset, Math.min(this.size, offset + length)));
  }

  eraseSector(sector: number): void {
    const offset = sector * SECTOR;
    if (offset >= this.size) return;
    this.data.fill(0xff, offset, offset + SECTOR);
    this.flush(offset, SECTOR);
  }

  eraseAll(): void {
    this.data.fill(0xff);
    this.flush(0, this.size);
  }

  /** Page programming: each bit can only go from 1 to 0. */
  program(offset: number, bytes: Uint8Array): void {
    const end = Math.min(this.size, offset + bytes.length);
    for (let i = offset; i < end; i++) this.data[i] = this.data[i]! & bytes[i - offset]!;
    this.flush(offset, end - offset);
  }

  /** Sets one byte regardless of NOR rules (a cell that flipped on its own). */
  replaceByte(offset: number, value: number): void {
    this.data[offset] = value;
    this.flush(offset, 1);
  }

  /** Replaces the whole content (tests pre-fill the flash with a pattern). */
  replace(content: Uint8Array): void {
    this.data.set(content.subarray(0, this.size));
    this.flush(0, this.size);
  }

  close(): void {
    closeSync(this.fd);
  }

  private flush(offset: number, length: number): void {
    if (length > 0) writeSync(this.fd, this.data, offset, length, offset);
  }
}
