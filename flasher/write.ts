// Writing images to flash over a Session, one command outstanding at a time as esptool does. With the stub:
// fast reflash finds the 4 KB sectors that differ (MD5 of each 64 KB block, then of the sectors of differing
// blocks), deflates each changed run, sends it in 16 KB blocks, ends it with
// FLASH_DEFL_END (where the stub reports a failed write of the last block and checks nothing is missing), then
// checks the MD5 of every image. With the ROM alone: FLASH_BEGIN segments planned around its erase bug, raw
// 1 KB blocks, no FLASH_END (it would leave the loader) and no verification possible. A run whose packet was
// damaged or whose answer never came is restarted from its BEGIN (which resets the board's write state);
// the board saying the flash itself failed ends the write with an error naming the block. Never a partial
// success.
import { createHash } from "node:crypto";
import { constants as zc, createInflate, deflate } from "node:zlib";
import { DEFAULT_TIMEOUT_MS, LoaderError, eraseTimeout } from "./loader.js";
import { Op, errorText, isTransferError } from "./protocol.js";
import { DisconnectedError, TimeoutError } from "./transport.js";
import { ROM_WRITE_BLOCK, SECTOR_SIZE, STUB_WRITE_BLOCK, planRomSegments } from "./targets/esp8266.js";
import { silentProgress, type Progress } from "./progress.js";
import type { Session } from "./connect.js";

/** Fast reflash first compares 64 KB blocks, then the 4 KB sectors (the flash's erase unit) of those that differ. */
export const DIFF_BLOCK_SIZE = 0x10000;
/** Consecutive differing sectors after which the rest of a block is taken as changed without hashing it. */
const DIFF_GIVE_UP_AFTER = 4;
const RUN_ATTEMPTS = 3;

export interface FlashImage {
  address: number;
  data: Buffer;
  /** Shown in messages, e.g. the file name. */
  name?: string;
}

export interface WriteOptions {
  compress?: boolean;
  verify?: boolean;
  /** Skip sectors whose MD5 on the board already matches (stub only). */
  skipIdentical?: boolean;
  progress?: Progress;
  log?: (line: string) => void;
}

export interface WriteReport {
  /** Image bytes actually sent (after skipping identical sectors), before compression. */
  bytesWritten: number;
  bytesSkipped: number;
  /** true when the board confirmed the MD5 of every image. */
  verified: boolean;
  /** Runs that had to be started again after a lost or damaged packet. */
  restarts: number;
}

export class VerifyError extends Error {}

interface Run {
  start: number;
  end: number;
}

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

const label = (image: FlashImage) => image.name ?? "image";
const hex = (n: number) => `0x${n.toString(16)}`;
const md5 = (data: Uint8Array) => createHash("md5").update(data).digest();

export async function writeImages(session: Session, images: FlashImage[], options: WriteOptions = {}): Promise<WriteReport> {
  checkImages(images, session.flashSize);
  const report: WriteReport = { bytesWritten: 0, bytesSkipped: 0, verified: false, restarts: 0 };
  const progress = options.progress ?? silentProgress;
  const log = options.log ?? (() => {});
  if (!session.loader.isStub) {
    for (const image of images) {
      await writeRom(session, image, progress, report, log);
      report.bytesWritten += image.data.length;
    }
    return report;
  }
  const alreadyVerified = new Set<FlashImage>();
  const partlyWritten = new Set<FlashImage>();
  const compress = options.compress !== false;
  for (const image of images) {
    // Deflating the whole image overlaps with the board hashing it (and is used when all of it changed).
    const whole = prepare(image.data, compress);
    whole.catch(() => {});
    let runs: Run[] = [{ start: 0, end: image.data.length }];
    if (options.skipIdentical !== false) {
      runs = await changedRuns(session, image);
      if (runs.length === 0) {
        log(`${label(image)} at ${hex(image.address)}: already in flash, nothing to write`);
        alreadyVerified.add(image);
      } else if (runs.length > 1 || runs[0]!.end - runs[0]!.start < image.data.length) partlyWritten.add(image);
    }
    await writeStubRuns(session, image, runs, options, progress, report, log, whole);
  }
  if (options.verify === false) return report;
  for (const image of images) {
    if (alreadyVerified.has(image)) continue;
    const actual = await session.loader.flashMd5(image.address, image.data.length);
    if (actual.equals(md5(image.data))) continue;
    if (partlyWritten.has(image)) {
      // Like esptool after a fast reflash: the flash may not have held what the sector hashes said; write it all.
      log(`${label(image)} at ${hex(image.address)}: verification failed after a fast reflash, writing the whole image`);
      await writeStubRuns(session, image, [{ start: 0, end: image.data.length }], options, progress, report, log, prepare(image.data, compress));
      const again = await session.loader.flashMd5(image.address, image.data.length);
      if (again.equals(md5(image.data))) continue;
      throw verifyError(image, again);
    }
    throw verifyError(image, actual);
  }
  report.verified = true;
  return report;
}

function verifyError(image: FlashImage, actual: Buffer): VerifyError {
  const blank = actual.equals(md5(Buffer.alloc(image.data.length, 0xff)));
  return new VerifyError(`verification failed: the flash at ${hex(image.address)} does not hold ${image.name ?? "the image"} ` +
    `(MD5 ${actual.toString("hex")}, expected ${md5(image.data).toString("hex")}${blank ? "; the region is blank" : ""})`);
}

async function writeStubRuns(session: Session, image: FlashImage, runs: Run[], options: WriteOptions, progress: Progress, report: WriteReport, log: (l: string) => void, whole: Promise<Prepared>): Promise<void> {
  const toWrite = runs.reduce((n, r) => n + r.end - r.start, 0);
  report.bytesSkipped += image.data.length - toWrite;
  report.bytesWritten += toWrite;
  if (toWrite === 0) return;
  const changed = toWrite < image.data.length ? ` (${toWrite / SECTOR_SIZE | 0} changed sectors)` : "";
  progress.start(`Writing ${label(image)} at ${hex(image.address)}${changed}`, toWrite);
  let done = 0;
  for (const run of runs) {
    const data = image.data.subarray(run.start, run.end);
    const prepared = await (run.start === 0 && run.end === image.data.length ? whole : prepare(data, options.compress !== false));
    await withRestarts(session, `${label(image)} at ${hex(image.address + run.start)}`, report, log,
      () => writeStubRun(session, image.address + run.start, data, prepared, (n) => progress.update(done + n)));
    done += data.length;
  }
  progress.finish();
}

/**
 * Runs `attempt` until it succeeds: a lost answer or a packet the board says arrived damaged restarts it (after
 * realigning with the board); the flash failing, the port vanishing or a third failure is final.
 */
async function withRestarts(session: Session, what: string, report: WriteReport, log: (l: string) => void, attempt: () => Promise<void>): Promise<void> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      if (e instanceof DisconnectedError) throw e;
      const retryable = e instanceof TimeoutError || (e instanceof LoaderError && e.result !== 0 && isTransferError(e.result));
      if (!retryable) throw e;
      if (n >= RUN_ATTEMPTS) throw new LoaderError(`writing ${what} failed ${n} times, last: ${(e as Error).message}`);
      log(`writing ${what}: ${(e as Error).message}; starting this write again`);
      report.restarts++;
      await session.loader.resync();
    }
  }
}

/**
 * The uncompressed bytes each compressed block carries: the stub acknowledges block n at once and then inflates
 * and writes it, so the answer to block n + 1 (or to the END) can take as long as that work (esptool's
 * _get_flash_defl_block_timeout). Inflated block by block on zlib's thread pool, like esptool's decompressobj.
 */
function inflatedPerBlock(compressed: Buffer, blockSize: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const inflater = createInflate();
    const sizes: number[] = [];
    let current = 0;
    inflater.on("data", (chunk: Buffer) => (current += chunk.length));
    inflater.on("error", reject);
    const next = (seq: number) => {
      if (seq * blockSize >= compressed.length) {
        inflater.close();
        return resolve(sizes);
      }
      inflater.write(compressed.subarray(seq * blockSize, (seq + 1) * blockSize));
      inflater.flush(zc.Z_SYNC_FLUSH, () => {
        sizes.push(current);
        current = 0;
        next(seq + 1);
      });
    };
    next(0);
  });
}

interface Prepared {
  /** undefined: deflate does not make the data smaller (esptool then writes it raw). */
  compressed?: Buffer;
  inflated: number[];
}

/** Deflates a run (level 9, like esptool) on zlib's thread pool, so it can overlap with hashing on the board. */
async function prepare(data: Buffer, compress: boolean): Promise<Prepared> {
  if (!compress) return { inflated: [] };
  const compressed = await new Promise<Buffer>((resolve, reject) => deflate(data, { level: 9 }, (e, out) => (e ? reject(e) : resolve(out))));
  if (compressed.length >= data.length) return { inflated: [] };
  return { compressed, inflated: await inflatedPerBlock(compressed, STUB_WRITE_BLOCK) };
}

/** The stub's error for block n may describe the processing of block n - 1 (ack first, work after). */
function nameStubFailure(e: unknown, what: string, step: string): unknown {
  if (!(e instanceof LoaderError) || e.result === 0 || isTransferError(e.result)) return e;
  return new LoaderError(`writing ${what} failed: the stub could not write ${step} to flash: ${errorText(e.result)} (result 0x${e.result.toString(16)})`, e.result);
}

async function writeStubRun(session: Session, address: number, data: Buffer, prepared: Prepared, onBytes: (bytes: number) => void): Promise<void> {
  const { loader } = session;
  const what = `0x${address.toString(16)}..0x${(address + data.length).toString(16)}`;
  const { compressed, inflated } = prepared;
  if (compressed) {
    const blocks = Math.ceil(compressed.length / STUB_WRITE_BLOCK);
    await loader.flashDeflBegin(data.length, blocks, STUB_WRITE_BLOCK, address);
    let written = 0;
    for (let seq = 0; seq < blocks; seq++) {
      const timeout = seq === 0 ? DEFAULT_TIMEOUT_MS : eraseTimeout(inflated[seq - 1]!);
      try {
        await loader.flashBlock(Op.FLASH_DEFL_DATA, compressed.subarray(seq * STUB_WRITE_BLOCK, (seq + 1) * STUB_WRITE_BLOCK), seq, `sending block ${seq} of ${what}`, timeout);
      } catch (e) {
        throw nameStubFailure(e, what, seq === 0 ? "the start of the data" : `block ${seq - 1} (reported in its answer to block ${seq})`);
      }
      written += inflated[seq]!;
      onBytes(Math.min(written, data.length));
    }
    try {
      await loader.flashEnd(Op.FLASH_DEFL_END, `finishing the compressed write of ${what}`, eraseTimeout(inflated[blocks - 1]!));
    } catch (e) {
      throw nameStubFailure(e, what, `the last block (reported in its answer to FLASH_DEFL_END)`);
    }
    return;
  }
  // Uncompressed (--no-compress, or data that deflate cannot shrink, as esptool decides).
  const blocks = Math.ceil(data.length / STUB_WRITE_BLOCK);
  await loader.flashBegin(data.length, blocks, STUB_WRITE_BLOCK, address);
  for (let seq = 0; seq < blocks; seq++) {
    const timeout = seq === 0 ? DEFAULT_TIMEOUT_MS : eraseTimeout(STUB_WRITE_BLOCK);
    try {
      await loader.flashBlock(Op.FLASH_DATA, padBlock(data.subarray(seq * STUB_WRITE_BLOCK, (seq + 1) * STUB_WRITE_BLOCK), STUB_WRITE_BLOCK), seq, `sending block ${seq} of ${what}`, timeout);
    } catch (e) {
      throw nameStubFailure(e, what, seq === 0 ? "the start of the data" : `block ${seq - 1} (reported in its answer to block ${seq})`);
    }
    onBytes(Math.min(data.length, (seq + 1) * STUB_WRITE_BLOCK));
  }
  try {
    await loader.flashEnd(Op.FLASH_END, `finishing the write of ${what}`, eraseTimeout(STUB_WRITE_BLOCK));
  } catch (e) {
    throw nameStubFailure(e, what, "the last block (reported in its answer to FLASH_END)");
  }
}

/**
 * Sector runs of the image whose flash content differs, one MD5 request at a time: each 64 KB block, then each
 * 4 KB sector of the blocks that differ. Bounded so that hashing never costs more than it can save: an image
 * whose first two blocks both differ is taken as wholly changed (a new build: everything after the first
 * change moves); inside a block, once 4 sectors in a row differ the rest of the block is taken as changed,
 * and so are the differing blocks after it. Hashing a sector costs one round trip of ~60 bytes; writing it
 * ~3.5 KB of compressed data.
 */
async function changedRuns(session: Session, image: FlashImage): Promise<Run[]> {
  const { loader } = session;
  const size = image.data.length;
  const differs = async (start: number, end: number) =>
    !(await loader.flashMd5(image.address + start, end - start)).equals(md5(image.data.subarray(start, end)));
  const blocks: Run[] = [];
  for (let start = 0; start < size; start += DIFF_BLOCK_SIZE) blocks.push({ start, end: Math.min(size, start + DIFF_BLOCK_SIZE) });
  const changedBlocks: Run[] = [];
  let sameSeen = false;
  for (const block of blocks) {
    if (!sameSeen && changedBlocks.length >= 2) return [{ start: 0, end: size }];
    if (await differs(block.start, block.end)) changedBlocks.push(block);
    else sameSeen = true;
  }
  if (changedBlocks.length === 0) return [];
  if (blocks.length > 1 && changedBlocks.length === blocks.length) return [{ start: 0, end: size }];
  const sectors: Run[] = [];
  let movedOn = false;
  for (const block of changedBlocks) {
    let streak = 0;
    for (let start = block.start; start < block.end; start += SECTOR_SIZE) {
      const end = Math.min(block.end, start + SECTOR_SIZE);
      if (movedOn || streak >= DIFF_GIVE_UP_AFTER || (await differs(start, end))) {
        sectors.push({ start, end });
        if (++streak >= DIFF_GIVE_UP_AFTER) movedOn = true;
      } else streak = 0;
    }
  }
  const runs: Run[] = [];
  for (const s of sectors) {
    const last = runs[runs.length - 1];
    if (last && last.end === s.start) last.end = s.end;
    else runs.push({ ...s });
  }
  return runs;
}

async function writeRom(session: Session, image: FlashImage, progress: Progress, report: WriteReport, log: (l: string) => void): Promise<void> {
  const { loader } = session;
  const segments = planRomSegments(image.address, image.data.length);
  progress.start(`Writing ${label(image)} at ${hex(image.address)}`, image.data.length);
  for (const segment of segments) {
    const rel = segment.offset - image.address;
    const data = image.data.subarray(rel, rel + segment.length);
    const blocks = Math.ceil(data.length / ROM_WRITE_BLOCK);
    const what = `${hex(segment.offset)}..${hex(segment.offset + data.length)}`;
    await withRestarts(session, `${label(image)} at ${hex(segment.offset)}`, report, log, async () => {
      await loader.flashBegin(segment.eraseSize, blocks, ROM_WRITE_BLOCK, segment.offset);
      for (let seq = 0; seq < blocks; seq++) {
        const block = padBlock(data.subarray(seq * ROM_WRITE_BLOCK, (seq + 1) * ROM_WRITE_BLOCK), ROM_WRITE_BLOCK);
        await loader.flashBlock(Op.FLASH_DATA, block, seq, `writing block ${seq} of ${what}`);
        progress.update(rel + Math.min(data.length, (seq + 1) * ROM_WRITE_BLOCK));
      }
    });
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
