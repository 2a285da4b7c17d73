// The loader commands, one method each, over a Transport, each checked against esptool (loader.py,
// targets/esp8266.py): send a request packet, wait for the response with the same opcode, check its result. Knows the difference between talking to the ROM and to the flasher stub
// (which commands exist, block sizes) but nothing about images or regions; flasher/write.ts plans those.
import { createHash } from "node:crypto";
import {
  Op, SYNC_DATA, STUB_HELLO, checksum, decodeResponse, encodeRequest, errorText, isTransferError, opName, words, type Response,
} from "./protocol.js";
import { TimeoutError, type Transport } from "./transport.js";
import {
  CHIP_DETECT_MAGIC_REG, MEM_WRITE_BLOCK, ROM_WRITE_BLOCK, SPIFLASH_RDID, SPI_CMD_REG, SPI_CMD_USR, SPI_USR1_REG, SPI_USR2_REG,
  SPI_USR_COMMAND, SPI_USR_MISO, SPI_USR_REG, SPI_W0_REG, esp8266Stub,
} from "./targets/esp8266.js";

/** The board answered a command with an error result, or never answered it correctly. */
export class LoaderError extends Error {
  /** The 16-bit result the board sent (0 when there was no answer). */
  constructor(message: string, readonly result = 0) {
    super(message);
  }
}

export const DEFAULT_TIMEOUT_MS = 3000;
const SYNC_TIMEOUT_MS = 100;
/** esptool's MEM_END_ROM_TIMEOUT: the code just started may reset the UART before the answer is out. */
const MEM_END_ROM_TIMEOUT_MS = 200;
const ERASE_TIMEOUT_PER_MB_MS = 40000;
const MD5_TIMEOUT_PER_MB_MS = 8000;

export function timeoutForSize(perMbMs: number, bytes: number): number {
  return Math.max(DEFAULT_TIMEOUT_MS, Math.ceil((perMbMs * bytes) / 1e6));
}
export const eraseTimeout = (bytes: number) => timeoutForSize(ERASE_TIMEOUT_PER_MB_MS, bytes);
export const md5Timeout = (bytes: number) => timeoutForSize(MD5_TIMEOUT_PER_MB_MS, bytes);

/**
 * One method per loader command. Like esptool, exactly one command is outstanding at a time: the stub has two
 * frame buffers (one being processed, one receiving), so anything sent ahead of the answers may be lost.
 */
export class Loader {
  isStub = false;

  constructor(readonly transport: Transport) {}

  /** Sends one command and returns the matching response; answers to other opcodes are stale and skipped. */
  async command(op: number, data: Uint8Array, check = 0, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Response> {
    await this.transport.writePacket(encodeRequest(op, data, check));
    return this.awaitResponse(op, timeoutMs);
  }

  private async awaitResponse(op: number, timeoutMs: number): Promise<Response> {
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

  /** command() that throws LoaderError unless the result is success. */
  async check(what: string, op: number, data: Uint8Array, check = 0, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Response> {
    const r = await this.command(op, data, check, timeoutMs);
    if (r.result !== 0) {
      throw new LoaderError(`${what} failed: ${errorText(r.result)} (${opName(op)} result 0x${r.result.toString(16).padStart(4, "0")})`, r.result);
    }
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
   * Realigns requests and answers after a timeout or a refused packet: once the answer to this register read
   * arrives, every late answer to an earlier request has arrived too (and was skipped). The stub reports an
   * error of its previous command's processing in the next answer, so a failed read is retried; the error
   * is reported once and then cleared.
   */
  async resync(): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      this.transport.flushInput();
      try {
        const r = await this.command(Op.READ_REG, words(CHIP_DETECT_MAGIC_REG));
        if (r.result === 0) return;
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
      }
    }
    throw new TimeoutError("the board stopped answering");
  }

  async readReg(address: number): Promise<number> {
    return (await this.check(`reading register 0x${address.toString(16)}`, Op.READ_REG, words(address))).value >>> 0;
  }

  async writeReg(address: number, value: number): Promise<void> {
    await this.check(`writing register 0x${address.toString(16)}`, Op.WRITE_REG, words(address, value, 0xffffffff, 0));
  }

  /**
   * Runs a SPI flash command through the SPI controller registers and returns up to 32 bits read back (esptool's
   * run_spiflash_command for the ESP8266). The stub takes several register writes in one WRITE_REG
   * (command_handler.c s_write_reg loops over 16-byte entries); the ROM gets them one by one.
   */
  async spiFlashCommand(command: number, readBits: number): Promise<number> {
    const oldUsr = await this.readReg(SPI_USR_REG);
    const oldUsr2 = await this.readReg(SPI_USR2_REG);
    await this.writeRegs([
      [SPI_USR_REG, SPI_USR_COMMAND | (readBits > 0 ? SPI_USR_MISO : 0)],
      [SPI_USR1_REG, readBits > 0 ? ((readBits - 1) << 8) : 0],
      [SPI_USR2_REG, (7 << 28) | command],
      [SPI_W0_REG, 0],
      [SPI_CMD_REG, SPI_CMD_USR],
    ]);
    for (let i = 0; ; i++) {
      if (((await this.readReg(SPI_CMD_REG)) & SPI_CMD_USR) === 0) break;
      if (i >= 10) throw new LoaderError("the SPI flash command did not complete");
    }
    const value = await this.readReg(SPI_W0_REG);
    await this.writeRegs([[SPI_USR_REG, oldUsr], [SPI_USR2_REG, oldUsr2]]);
    return value;
  }

  private async writeRegs(writes: [number, number][]): Promise<void> {
    if (!this.isStub) {
      for (const [address, value] of writes) await this.writeReg(address, value);
      return;
    }
    await this.check("writing SPI registers", Op.WRITE_REG, words(...writes.flatMap(([address, value]) => [address, value, 0xffffffff, 0])));
  }

  async flashId(): Promise<number> {
    return (await this.spiFlashCommand(SPIFLASH_RDID, 24)) & 0xffffff;
  }

  async chipMagic(): Promise<number> {
    return this.readReg(CHIP_DETECT_MAGIC_REG);
  }

  /** SPI_SET_PARAMS: stub only (esptool's ESP8266ROM.flash_set_parameters skips it; the ROM lacks it). */
  async spiSetParams(totalSize: number): Promise<void> {
    await this.check("setting the flash parameters", Op.SPI_SET_PARAMS, words(0, totalSize, 64 * 1024, 4096, 256, 0xffff));
  }

  /** ROM only: esptool's ESP8266ROM.flash_spi_attach — a FLASH_BEGIN of nothing makes the ROM attach the flash. */
  async romAttachFlash(): Promise<void> {
    await this.check("attaching the SPI flash", Op.FLASH_BEGIN, words(0, 0, ROM_WRITE_BLOCK, 0));
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
    // Like esptool's mem_finish in ROM mode, the answer to MEM_END is not required: the started code may cut it
    // off or garble it. What counts is the stub's greeting.
    await this.transport.writePacket(encodeRequest(Op.MEM_END, words(0, stub.entry)));
    const deadline = Date.now() + MEM_END_ROM_TIMEOUT_MS + DEFAULT_TIMEOUT_MS;
    for (;;) {
      const left = deadline - Date.now();
      let frame: Buffer;
      try {
        frame = await this.transport.readFrame(Math.max(1, left));
      } catch (e) {
        if (e instanceof TimeoutError) throw new LoaderError("starting the stub failed: it never said hello (no OHAI after MEM_END)");
        throw e;
      }
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

  /** The stub takes esptool's extended FLASH_BEGIN (5th word: encrypted write = 0); the ESP8266 ROM does not. */
  private beginParams(size: number, blocks: number, blockSize: number, offset: number): Buffer {
    return this.isStub ? words(size, blocks, blockSize, offset, 0) : words(size, blocks, blockSize, offset);
  }

  async flashBegin(eraseSize: number, blocks: number, blockSize: number, offset: number): Promise<void> {
    // The ROM erases everything up front; the stub erases as it writes and answers at once.
    await this.check(`preparing the flash write at 0x${offset.toString(16)}`, Op.FLASH_BEGIN,
      this.beginParams(eraseSize, blocks, blockSize, offset), 0, this.isStub ? DEFAULT_TIMEOUT_MS : eraseTimeout(eraseSize));
  }

  async flashDeflBegin(size: number, blocks: number, blockSize: number, offset: number): Promise<void> {
    await this.check(`preparing the compressed write at 0x${offset.toString(16)}`, Op.FLASH_DEFL_BEGIN,
      this.beginParams(size, blocks, blockSize, offset));
  }

  /** Sends one FLASH_DATA / FLASH_DEFL_DATA block (no retry here: the writer restarts the whole run). */
  async flashBlock(op: typeof Op.FLASH_DATA | typeof Op.FLASH_DEFL_DATA, block: Buffer, seq: number, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    await this.check(what, op, Buffer.concat([words(block.length, seq, 0, 0), block]), checksum(block), timeoutMs);
  }

  /** Stub only (esptool never sends it to the ROM, where it leaves the loader): FLASH_END / FLASH_DEFL_END. */
  async flashEnd(op: typeof Op.FLASH_END | typeof Op.FLASH_DEFL_END, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    await this.check(what, op, words(1), 0, timeoutMs);
  }

  /** Stub only: MD5 of a flash region, computed on the board (asked again once if the answer was lost). */
  async flashMd5(offset: number, size: number): Promise<Buffer> {
    const what = `hashing flash at 0x${offset.toString(16)}`;
    let r: Response;
    try {
      r = await this.check(what, Op.SPI_FLASH_MD5, words(offset, size, 0, 0), 0, md5Timeout(size));
    } catch (e) {
      if (!(e instanceof TimeoutError) && !(e instanceof LoaderError && isTransferError(e.result))) throw e;
      await this.resync();
      r = await this.check(what, Op.SPI_FLASH_MD5, words(offset, size, 0, 0), 0, md5Timeout(size));
    }
    if (r.body.length === 16) return r.body;
    if (r.body.length === 32) return Buffer.from(r.body.toString("ascii"), "hex");
    throw new LoaderError(`unexpected MD5 answer of ${r.body.length} bytes`);
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
