// The loader commands, one method each, over a Transport: send a request packet, wait for the response with the
// same opcode, check its status bytes. Knows the difference between talking to the ROM and to the flasher stub
// (which commands exist, block sizes) but nothing about images or regions; flasher/write.ts plans those.
import { createHash } from "node:crypto";
import {
  Op, SYNC_DATA, STUB_HELLO, checksum, decodeResponse, encodeRequest, errorText, opName, words, type Response,
} from "./protocol.js";
import { DisconnectedError, TimeoutError, type Transport } from "./transport.js";
import {
  CHIP_DETECT_MAGIC_REG, MEM_WRITE_BLOCK, SPIFLASH_RDID, SPI_CMD_REG, SPI_CMD_USR, SPI_USR1_REG, SPI_USR2_REG,
  SPI_USR_COMMAND, SPI_USR_MISO, SPI_USR_REG, SPI_W0_REG, esp8266Stub,
} from "./targets/esp8266.js";

/** The board answered a command with an error status, or never answered it correctly. */
export class LoaderError extends Error {}

export const DEFAULT_TIMEOUT_MS = 3000;
const SYNC_TIMEOUT_MS = 100;
const ERASE_TIMEOUT_PER_MB_MS = 30000;
const MD5_TIMEOUT_PER_MB_MS = 8000;
const WRITE_BLOCK_ATTEMPTS = 3;

export function timeoutForSize(perMbMs: number, bytes: number): number {
  return Math.max(DEFAULT_TIMEOUT_MS, Math.ceil((perMbMs * bytes) / 1e6));
}
export const eraseTimeout = (bytes: number) => timeoutForSize(ERASE_TIMEOUT_PER_MB_MS, bytes);
export const md5Timeout = (bytes: number) => timeoutForSize(MD5_TIMEOUT_PER_MB_MS, bytes);

export class Loader {
  isStub = false;

  constructor(readonly transport: Transport) {}

  /** Sends one command and returns the matching response; answers to other opcodes are stale and skipped. */
  async command(op: number, data: Uint8Array, check = 0, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Response> {
    await this.transport.writePacket(encodeRequest(op, data, check));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) throw new TimeoutError(`no answer to ${opName(op)} within ${timeoutMs} ms`);
      let frame: Buffer;
      try {
        frame = await this.transport.readFrame(left);
      } catch (e) {
        if (e instanceof TimeoutError) throw new TimeoutError(`no answer to ${opName(op)} within ${timeoutMs} ms`);
        throw e;
      }
      const response = decodeResponse(frame);
      if (response && response.op === op) return response;
    }
  }

  /** command() that throws LoaderError unless the status bytes say success. */
  async check(what: string, op: number, data: Uint8Array, check = 0, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Response> {
    const r = await this.command(op, data, check, timeoutMs);
    if (r.status !== 0) throw new LoaderError(`${what} failed: ${errorText(r.error)} (${opName(op)} error 0x${r.error.toString(16)})`);
    return r;
  }

  /** One SYNC attempt: true when the board answered. The ROM answers a SYNC several times; extras are flushed. */
  async syncOnce(): Promise<boolean> {
    try {
      await this.command(Op.SYNC, SYNC_DATA, 0, SYNC_TIMEOUT_MS);
    } catch (e) {
      if (e instanceof TimeoutError) return false;
      throw e;
    }
    for (let i = 0; i < 7; i++) {
      try {
        await this.transport.readFrame(SYNC_TIMEOUT_MS);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        break;
      }
    }
    this.transport.flushInput();
    return true;
  }

  /**
   * Realigns requests and answers after a timeout: the board answers in order, so once the answer to this
   * register read arrives, every late answer to an earlier request has arrived too (and was skipped).
   */
  async barrier(): Promise<void> {
    this.transport.flushInput();
    try {
      await this.command(Op.READ_REG, words(CHIP_DETECT_MAGIC_REG));
    } catch (e) {
      if (!(e instanceof TimeoutError)) throw e;
    }
  }

  async readReg(address: number): Promise<number> {
    return (await this.check(`reading register 0x${address.toString(16)}`, Op.READ_REG, words(address))).value >>> 0;
  }

  async writeReg(address: number, value: number): Promise<void> {
    await this.check(`writing register 0x${address.toString(16)}`, Op.WRITE_REG, words(address, value, 0xffffffff, 0));
  }

  /** Runs a SPI flash command through the SPI controller registers and returns up to 32 bits read back. */
  async spiFlashCommand(command: number, readBits: number): Promise<number> {
    const oldUsr = await this.readReg(SPI_USR_REG);
    const oldUsr2 = await this.readReg(SPI_USR2_REG);
    await this.writeReg(SPI_USR_REG, SPI_USR_COMMAND | (readBits > 0 ? SPI_USR_MISO : 0));
    await this.writeReg(SPI_USR1_REG, readBits > 0 ? ((readBits - 1) << 8) : 0);
    await this.writeReg(SPI_USR2_REG, (7 << 28) | command);
    await this.writeReg(SPI_W0_REG, 0);
    await this.writeReg(SPI_CMD_REG, SPI_CMD_USR);
    for (let i = 0; ; i++) {
      if (((await this.readReg(SPI_CMD_REG)) & SPI_CMD_USR) === 0) break;
      if (i >= 10) throw new LoaderError("the SPI flash command did not complete");
    }
    const value = await this.readReg(SPI_W0_REG);
    await this.writeReg(SPI_USR_REG, oldUsr);
    await this.writeReg(SPI_USR2_REG, oldUsr2);
    return value;
  }

  async flashId(): Promise<number> {
    return (await this.spiFlashCommand(SPIFLASH_RDID, 24)) & 0xffffff;
  }

  async chipMagic(): Promise<number> {
    return this.readReg(CHIP_DETECT_MAGIC_REG);
  }

  async spiSetParams(totalSize: number): Promise<void> {
    await this.check("setting the flash parameters", Op.SPI_SET_PARAMS, words(0, totalSize, 64 * 1024, 4096, 256, 0xffff));
  }

  /** Uploads the flasher stub into RAM, starts it and waits for its "OHAI". */
  async runStub(): Promise<void> {
    const stub = esp8266Stub();
    for (const [segment, address] of [[stub.text, stub.textStart], [stub.data, stub.dataStart]] as const) {
      const blocks = Math.ceil(segment.length / MEM_WRITE_BLOCK);
      await this.check("starting the stub upload", Op.MEM_BEGIN, words(segment.length, blocks, MEM_WRITE_BLOCK, address));
      for (let seq = 0; seq < blocks; seq++) {
        const block = segment.subarray(seq * MEM_WRITE_BLOCK, (seq + 1) * MEM_WRITE_BLOCK);
        await this.check("uploading the stub", Op.MEM_DATA, Buffer.concat([words(block.length, seq, 0, 0), block]), checksum(block));
      }
    }
    await this.check("starting the stub", Op.MEM_END, words(0, stub.entry));
    const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
    for (;;) {
      const frame = await this.transport.readFrame(Math.max(1, deadline - Date.now()));
      if (frame.equals(STUB_HELLO)) break;
    }
    this.isStub = true;
  }

  /** Stub only: switches both ends to `baudRate`. The answer still comes at the old rate. */
  async changeBaud(baudRate: number): Promise<void> {
    await this.check("changing the baud rate", Op.CHANGE_BAUDRATE, words(baudRate, this.isStub ? this.transport.baudRate : 0));
    await this.transport.setBaudRate(baudRate);
    await new Promise((r) => setTimeout(r, 50));
    this.transport.flushInput();
  }

  async flashBegin(eraseSize: number, blocks: number, blockSize: number, offset: number): Promise<void> {
    await this.check(`preparing the flash write at 0x${offset.toString(16)}`, Op.FLASH_BEGIN,
      words(eraseSize, blocks, blockSize, offset), 0, eraseTimeout(eraseSize));
  }

  async flashDeflBegin(size: number, blocks: number, blockSize: number, offset: number): Promise<void> {
    await this.check(`preparing the compressed write at 0x${offset.toString(16)}`, Op.FLASH_DEFL_BEGIN,
      words(size, blocks, blockSize, offset), 0, eraseTimeout(size));
  }

  /** Sends one FLASH_DATA / FLASH_DEFL_DATA block, retrying it when the board refuses it or does not answer. */
  async flashBlock(op: typeof Op.FLASH_DATA | typeof Op.FLASH_DEFL_DATA, block: Buffer, seq: number, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    const packet = Buffer.concat([words(block.length, seq, 0, 0), block]);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.check(`writing block ${seq}`, op, packet, checksum(block), timeoutMs);
        return;
      } catch (e) {
        if (e instanceof DisconnectedError || attempt >= WRITE_BLOCK_ATTEMPTS) throw e;
        await this.barrier();
      }
    }
  }

  async flashEnd(reboot: boolean): Promise<void> {
    await this.check("finishing the flash write", Op.FLASH_END, words(reboot ? 0 : 1));
  }

  /** Stub only: MD5 of a flash region, computed on the board. */
  async flashMd5(offset: number, size: number): Promise<Buffer> {
    const r = await this.check(`hashing flash at 0x${offset.toString(16)}`, Op.SPI_FLASH_MD5, words(offset, size, 0, 0), 0, md5Timeout(size));
    if (r.body.length === 16) return r.body;
    if (r.body.length === 32) return Buffer.from(r.body.toString("ascii"), "hex");
    throw new LoaderError(`unexpected MD5 answer of ${r.body.length} bytes`);
  }

  /**
   * Stub only: MD5s of many regions with up to `window` requests in flight, so a long list costs about one
   * round trip per window instead of one per region. The stub answers in order. Falls back to one at a time
   * if anything goes wrong on the way.
   */
  async flashMd5Many(regions: { offset: number; size: number }[], window = 8): Promise<Buffer[]> {
    const results: Buffer[] = [];
    try {
      let sent = 0;
      while (results.length < regions.length) {
        while (sent < regions.length && sent - results.length < window) {
          const r = regions[sent++]!;
          await this.transport.writePacket(encodeRequest(Op.SPI_FLASH_MD5, words(r.offset, r.size, 0, 0)));
        }
        const deadline = Date.now() + md5Timeout(regions[results.length]!.size) + DEFAULT_TIMEOUT_MS;
        for (;;) {
          const response = decodeResponse(await this.transport.readFrame(Math.max(1, deadline - Date.now())));
          if (!response || response.op !== Op.SPI_FLASH_MD5) continue;
          if (response.status !== 0 || response.body.length !== 16) throw new LoaderError("MD5 request failed");
          results.push(response.body);
          break;
        }
      }
      return results;
    } catch (e) {
      if (e instanceof DisconnectedError) throw e;
      await this.barrier();
      const again: Buffer[] = [];
      for (const r of regions) again.push(await this.flashMd5(r.offset, r.size));
      return again;
    }
  }

  async eraseFlash(flashSize: number): Promise<void> {
    await this.check("erasing the flash", Op.ERASE_FLASH, Buffer.alloc(0), 0, eraseTimeout(flashSize));
  }

  async eraseRegion(offset: number, size: number): Promise<void> {
    await this.check(`erasing 0x${offset.toString(16)}..0x${(offset + size).toString(16)}`, Op.ERASE_REGION, words(offset, size), 0, eraseTimeout(size));
  }

  /** Stub only: reads flash back; the stub streams packets that we acknowledge, then sends their MD5. */
  async readFlash(offset: number, length: number, onProgress?: (done: number) => void): Promise<Buffer> {
    const sectorSize = 0x1000;
    await this.check(`reading flash at 0x${offset.toString(16)}`, Op.READ_FLASH, words(offset, length, sectorSize, 64));
    const parts: Buffer[] = [];
    let got = 0;
    while (got < length) {
      const packet = await this.transport.readFrame(DEFAULT_TIMEOUT_MS);
      if (packet.length > sectorSize || (packet.length < sectorSize && got + packet.length < length)) {
        throw new LoaderError(`read flash: corrupt packet of ${packet.length} bytes at 0x${(offset + got).toString(16)}`);
      }
      parts.push(packet);
      got += packet.length;
      await this.transport.writePacket(words(got));
      onProgress?.(got);
    }
    const data = Buffer.concat(parts);
    const digest = await this.transport.readFrame(DEFAULT_TIMEOUT_MS);
    if (digest.length !== 16) throw new LoaderError("read flash: the board did not send the MD5 of the data");
    if (!createHash("md5").update(data).digest().equals(digest)) {
      throw new LoaderError("read flash: the data read back does not match the MD5 the board computed");
    }
    return data;
  }
}
