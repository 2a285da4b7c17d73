// Writing images to flash over a Session: with the stub, hash each 16 KB chunk on the board and skip chunks that
// already hold the right bytes (fast reflash), deflate what remains and send it in 16 KB blocks, then check the
// MD5 of the whole image. With the ROM alone, plan FLASH_BEGIN segments around its erase bug, send raw 1 KB
// blocks, and report that nothing could be verified. Errors are thrown, never returned as a partial success.
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { LoaderError, eraseTimeout } from "./loader.js";
import { Op } from "./protocol.js";
import { ROM_WRITE_BLOCK, SECTOR_SIZE, STUB_WRITE_BLOCK, planRomSegments } from "./targets/esp8266.js";
import { silentProgress, type Progress } from "./progress.js";
import type { Session } from "./connect.js";

export const CHUNK_SIZE = 0x4000;

export interface FlashImage {
  address: number;
  data: Buffer;
  /** Shown in messages, e.g. the file name. */
  name?: string;
}

export interface WriteOptions {
  compress?: boolean;
  verify?: boolean;
  /** Skip chunks whose MD5 on the board already matches (stub only). */
  skipIdentical?: boolean;
  progress?: Progress;
  log?: (line: string) => void;
}

export interface WriteReport {
  /** Image bytes actually sent (after skipping identical chunks), before compression. */
  bytesWritten: number;
  bytesSkipped: number;
  /** true when the board confirmed the MD5 of every image. */
  verified: boolean;
}

export class VerifyError extends Error {}

export function checkImages(images: FlashImage[], flashSize: number): void {
  const sorted = [...images].sort((a, b) => a.address - b.address);
  sorted.forEach((img, i) => {
    const name = img.name ?? `image at 0x${img.address.toString(16)}`;
    if (img.address % SECTOR_SIZE !== 0) throw new LoaderError(`${name}: address 0x${img.address.toString(16)} is not a multiple of 4 KB (0x1000)`);
    if (img.data.length === 0) throw new LoaderError(`${name} is empty`);
    if (img.address + img.data.length > flashSize) {
      throw new LoaderError(`${name} (${img.data.length} bytes at 0x${img.address.toString(16)}) does not fit in the ${flashSize >> 10} KB flash`);
    }
    const next = sorted[i + 1];
    const end = img.address + Math.ceil(img.data.length / SECTOR_SIZE) * SECTOR_SIZE;
    if (next && next.address < end) throw new LoaderError(`${name} overlaps the image at 0x${next.address.toString(16)}`);
  });
}

export async function writeImages(session: Session, images: FlashImage[], options: WriteOptions = {}): Promise<WriteReport> {
  checkImages(images, session.flashSize);
  const report: WriteReport = { bytesWritten: 0, bytesSkipped: 0, verified: false };
  const { loader } = session;
  if (!loader.isStub) {
    for (const image of images) {
      await writeRom(session, image, options.progress ?? silentProgress);
      report.bytesWritten += image.data.length;
    }
    await loader.flashEnd(false);
    return report;
  }
  for (const image of images) {
    const runs = options.skipIdentical === false ? [{ start: 0, end: image.data.length }] : await changedRuns(session, image);
    const toWrite = runs.reduce((n, r) => n + r.end - r.start, 0);
    report.bytesSkipped += image.data.length - toWrite;
    report.bytesWritten += toWrite;
    if (toWrite === 0) {
      options.log?.(`${image.name ?? "image"} at 0x${image.address.toString(16)}: already in flash, nothing to write`);
    }
    const progress = options.progress ?? silentProgress;
    if (toWrite > 0) progress.start(`Writing ${image.name ?? "image"} at 0x${image.address.toString(16)}`, toWrite);
    let done = 0;
    for (const run of runs) {
      const data = image.data.subarray(run.start, run.end);
      const onBlock = (bytes: number) => progress.update(done + bytes);
      if (options.compress === false) await writeStubRaw(session, image.address + run.start, data, onBlock);
      else await writeStubCompressed(session, image.address + run.start, data, onBlock);
      done += data.length;
    }
    if (toWrite > 0) progress.finish();
  }
  // The stub acknowledges a block before writing it: a register read returns only once the last write is done.
  await loader.readReg(0x40001000);
  if (options.verify === false) return report;
  for (const image of images) {
    const expected = createHash("md5").update(image.data).digest();
    const actual = await loader.flashMd5(image.address, image.data.length);
    if (!actual.equals(expected)) {
      throw new VerifyError(`verification failed: the flash at 0x${image.address.toString(16)} does not hold ${image.name ?? "the image"} ` +
        `(MD5 ${actual.toString("hex")}, expected ${expected.toString("hex")})`);
    }
  }
  report.verified = true;
  return report;
}

/** Byte ranges of the image (16 KB chunk granularity) whose flash content differs, merged when adjacent. */
async function changedRuns(session: Session, image: FlashImage): Promise<{ start: number; end: number }[]> {
  const { loader } = session;
  const whole = createHash("md5").update(image.data).digest();
  if ((await loader.flashMd5(image.address, image.data.length)).equals(whole)) return [];
  const chunks: { start: number; end: number }[] = [];
  for (let start = 0; start < image.data.length; start += CHUNK_SIZE) chunks.push({ start, end: Math.min(image.data.length, start + CHUNK_SIZE) });
  const remote = await loader.flashMd5Many(chunks.map((c) => ({ offset: image.address + c.start, size: c.end - c.start })));
  const runs: { start: number; end: number }[] = [];
  for (const [i, { start, end }] of chunks.entries()) {
    const local = createHash("md5").update(image.data.subarray(start, end)).digest();
    if (remote[i]!.equals(local)) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === start) last.end = end;
    else runs.push({ start, end });
  }
  return runs;
}

async function writeStubCompressed(session: Session, address: number, data: Buffer, onBlock: (bytes: number) => void): Promise<void> {
  const { loader } = session;
  const compressed = deflateSync(data, { level: 9 });
  const blocks = Math.ceil(compressed.length / STUB_WRITE_BLOCK);
  await loader.flashDeflBegin(data.length, blocks, STUB_WRITE_BLOCK, address);
  for (let seq = 0; seq < blocks; seq++) {
    const block = compressed.subarray(seq * STUB_WRITE_BLOCK, (seq + 1) * STUB_WRITE_BLOCK);
    // The stub may have to erase and write a lot of inflated data before it answers the last block.
    const timeout = seq === blocks - 1 ? eraseTimeout(data.length) : undefined;
    await loader.flashBlock(Op.FLASH_DEFL_DATA, block, seq, timeout);
    onBlock(Math.round((data.length * (seq + 1)) / blocks));
  }
}

async function writeStubRaw(session: Session, address: number, data: Buffer, onBlock: (bytes: number) => void): Promise<void> {
  const { loader } = session;
  const blocks = Math.ceil(data.length / STUB_WRITE_BLOCK);
  await loader.flashBegin(data.length, blocks, STUB_WRITE_BLOCK, address);
  for (let seq = 0; seq < blocks; seq++) {
    await loader.flashBlock(Op.FLASH_DATA, padBlock(data.subarray(seq * STUB_WRITE_BLOCK, (seq + 1) * STUB_WRITE_BLOCK), STUB_WRITE_BLOCK), seq);
    onBlock(Math.min(data.length, (seq + 1) * STUB_WRITE_BLOCK));
  }
}

async function writeRom(session: Session, image: FlashImage, progress: Progress): Promise<void> {
  const { loader } = session;
  const segments = planRomSegments(image.address, image.data.length);
  progress.start(`Writing ${image.name ?? "image"} at 0x${image.address.toString(16)}`, image.data.length);
  for (const segment of segments) {
    const rel = segment.offset - image.address;
    const data = image.data.subarray(rel, rel + segment.length);
    const blocks = Math.ceil(data.length / ROM_WRITE_BLOCK);
    await loader.flashBegin(segment.eraseSize, blocks, ROM_WRITE_BLOCK, segment.offset);
    for (let seq = 0; seq < blocks; seq++) {
      const block = padBlock(data.subarray(seq * ROM_WRITE_BLOCK, (seq + 1) * ROM_WRITE_BLOCK), ROM_WRITE_BLOCK);
      await loader.flashBlock(Op.FLASH_DATA, block, seq);
      progress.update(rel + Math.min(data.length, (seq + 1) * ROM_WRITE_BLOCK));
    }
  }
  progress.finish();
}

function padBlock(block: Buffer, size: number): Buffer {
  if (block.length === size) return block;
  const padded = Buffer.alloc(size, 0xff);
  block.copy(padded);
  return padded;
}

/** Reads `length` bytes at `offset` (stub only). */
export async function readFlash(session: Session, offset: number, length: number, progress: Progress = silentProgress): Promise<Buffer> {
  if (!session.loader.isStub) throw new LoaderError("the ESP8266 ROM cannot read flash back: reading needs the stub (drop --no-stub)");
  if (offset + length > session.flashSize) throw new LoaderError(`0x${offset.toString(16)}+${length} is beyond the ${session.flashSize >> 10} KB flash`);
  progress.start(`Reading 0x${offset.toString(16)}..0x${(offset + length).toString(16)}`, length);
  const data = await session.loader.readFlash(offset, length, (n) => progress.update(n));
  progress.finish();
  return data;
}

export async function eraseFlash(session: Session, region?: { offset: number; size: number }): Promise<void> {
  if (!session.loader.isStub) throw new LoaderError("the ESP8266 ROM has no erase command: erasing needs the stub (drop --no-stub)");
  if (!region) return session.loader.eraseFlash(session.flashSize);
  if (region.offset % SECTOR_SIZE || region.size % SECTOR_SIZE) throw new LoaderError("an erase region must start and end on a 4 KB boundary");
  if (region.offset + region.size > session.flashSize) throw new LoaderError("the erase region goes beyond the end of the flash");
  await session.loader.eraseRegion(region.offset, region.size);
}
