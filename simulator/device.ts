// The simulated ESP8266 serial loader, modelled on the real chip's code rather than on tsduino's flasher:
// - the ROM loader as esptool describes it (targets/esp8266.py, loader.py): [failed, reason] status bytes, SYNC
//   answered 8 times, no SPI_SET_PARAMS / SPI_ATTACH / compression / MD5 / baud change / read / erase, the
//   flash attached only by a FLASH_BEGIN, the FLASH_BEGIN erase bug, FLASH_END leaving the loader, one packet
//   at a time (while it works only its 128-byte UART FIFO holds what arrives; the rest is lost);
// - esp-flasher-stub (main.c, frame_buffer.c, slip.c, command_handler.c), switched to when MEM_END starts the
//   very stub image the flasher carries: two frame buffers (one processed while the other receives; a
//   third frame arriving meanwhile is lost), each command answered *before* its work (decompressing, writing)
//   is done, an error of that work returned in the answer to the next command (which is then not executed),
//   16-bit big-endian results, tinfl writing its 32 KB dictionary to flash only when full or at the end of
//   the stream, erasing just ahead of the data (skipping blank sectors until the first dirty one), and
//   READ_FLASH with one packet in flight.
// Frames arrive already de-SLIPped, at the moment their last byte crossed the wire (simulator/board.ts); the
// device's own work time (erase, program, hashing) is modelled when the link is throttled.
import { createHash } from "node:crypto";
import { constants as zc, inflateSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { CMD, ROM, STUB, parseRequest, romResponse, stubResponse, u32, xorChecksum, type BoardRequest } from "./packets.js";
import { FlashStore, SECTOR } from "./flash-store.js";
import { faultApplies, type Faults } from "./faults.js";

/** Flash and CPU timing of a typical 4 MB SPI NOR on an ESP8266 at 80 MHz (used only when the link throttles). */
export const TIMING = { sectorEraseMs: 30, blankCheckMs: 0.1, programNsPerByte: 2500, md5NsPerByte: 60, inflateNsPerByte: 40, chipEraseMs: 9000 };

/** frame_buffer.h FRAME_BUFFER_SIZE: 8 header bytes + 16 KB + 0xFF. */
export const STUB_FRAME_BUFFER = 8 + 0x4000 + 0xff;
const TINFL_DICT = 32 * 1024;
/** The ESP8266 UART's receive FIFO: all the ROM can hold while it is busy (no DMA, no frame buffer). */
const ROM_UART_FIFO = 128;

export const CHIP_DETECT_MAGIC_REG = 0x40001000;
export const ESP8266_MAGIC = 0xfff0c101;
const EFUSE_BASE = 0x3ff00050;
const UART_CLKDIV_REG = 0x60000014;
const SPI_CMD_REG = 0x60000200;
const SPI_USR2_REG = 0x60000224;
const SPI_W0_REG = 0x60000240;
const SPI_CMD_USR = 1 << 18;

export interface DeviceOptions {
  flash: FlashStore;
  /** JEDEC id as read in SPI W0 (manufacturer in the low byte), e.g. 0x1640ef = Winbond 4 MB. */
  jedecId?: number;
  efuses?: [number, number, number, number];
  faults?: Faults;
  /** Model erase/program/hash time (the link throttles to the baud rate). */
  realisticTiming?: boolean;
  /** The stub image the board recognises (default: flasher/targets/esp8266-stub.json, esptool's esp-flasher-stub). */
  stubImage?: { entry: number; text: Buffer; textStart: number };
}

export interface DeviceOutput {
  /** Send a frame (already a full packet; the link SLIP-encodes it) after `delayMs`. */
  send(frame: Buffer, delayMs: number): void;
  baudChanged(baud: number): void;
  disconnect(): void;
}

/** What handling one command amounts to: answers after `beforeMs` of work, then `after` (post-processing) for `afterMs`. */
interface Outcome {
  answers: Buffer[];
  beforeMs?: number;
  after?: () => number | "streaming";
}

interface FlashWrite {
  compressed: boolean;
  offset: number;
  totalRemaining: number;
  compressedRemaining: number;
  eraseNext: number;
  eraseRemaining: number;
  dirtySeen: boolean;
  /** Compressed bytes so far and how much of their output reached the flash. */
  input: Buffer[];
  flushed: number;
}

interface ReadStream {
  offset: number;
  length: number;
  packetSize: number;
  sent: number;
  hash: ReturnType<typeof createHash>;
}

let defaultStub: { entry: number; text: Buffer; textStart: number } | undefined;
function stubImage(): { entry: number; text: Buffer; textStart: number } {
  if (!defaultStub) {
    const json = JSON.parse(readFileSync(new URL("../../flasher/targets/esp8266-stub.json", import.meta.url), "utf8")) as { entry: number; text: string; text_start: number };
    defaultStub = { entry: json.entry, text: Buffer.from(json.text, "base64"), textStart: json.text_start };
  }
  return defaultStub;
}

/**
 * SPIEraseArea's bug in the ESP8266 ROM (esptool's get_erase_size works around it): asked for n sectors at
 * sector s, it erases the sectors up to the next 64 KB boundary and then n more.
 */
export function romEraseCount(startSector: number, sectors: number): number {
  if (sectors === 0) return 0;
  const head = Math.min(16 - (startSector % 16), sectors);
  return head + sectors;
}

export class SimulatedEsp8266 {
  mode: "rom" | "stub" | "halted" = "rom";
  baud = 115200;
  readonly regs = new Map<number, number>();
  /** What the board has seen, for tests. */
  readonly stats = { requests: new Map<number, number>(), bytesProgrammed: 0, sectorsErased: 0, framesLost: 0 };
  private busy = false;
  private spare: Buffer | undefined;
  private romFifo: Buffer[] = [];
  private flashAttached = false;
  private romWrite: { offset: number; blockSize: number } | undefined;
  private mem: { address: number; data: Buffer }[] = [];
  private write: FlashWrite | undefined;
  private read: ReadStream | undefined;
  /** command_handler.c's accumulated_result: an error of the last post-processing, sent with the next answer. */
  private pendingError = 0;
  private readonly faults: Faults;

  constructor(private readonly options: DeviceOptions, private readonly out: DeviceOutput) {
    this.faults = options.faults ?? {};
    const efuses = options.efuses ?? [0x9a000000, 0x0000c2a1, 0x00000000, 0x00000000];
    efuses.forEach((v, i) => this.regs.set(EFUSE_BASE + 4 * i, v >>> 0));
    this.regs.set(CHIP_DETECT_MAGIC_REG, ESP8266_MAGIC);
    this.regs.set(UART_CLKDIV_REG, 451);
  }

  get flash(): FlashStore {
    return this.options.flash;
  }

  /** Power-up or RESET with GPIO0 low: the ROM loader, 115200 baud, nothing attached. */
  resetToRom(): void {
    this.mode = "rom";
    this.baud = 115200;
    this.busy = false;
    this.spare = undefined;
    this.romFifo = [];
    this.flashAttached = false;
    this.romWrite = this.write = this.read = undefined;
    this.pendingError = 0;
    this.mem = [];
  }

  /** One SLIP frame from the host (`error`: bad escape or too long). */
  receive(frame: Buffer, error = false): void {
    if (this.mode === "halted") return;
    if (this.read) {
      if (!error) this.readAck(frame);
      return;
    }
    if (this.busy) {
      // The stub has one spare frame buffer; the ROM only its 128-byte UART FIFO.
      if (error) return;
      if (this.mode === "stub" && !this.spare) this.spare = frame;
      else if (this.mode === "rom" && this.romFifo.reduce((n, f) => n + f.length + 2, 0) + frame.length + 2 <= ROM_UART_FIFO) this.romFifo.push(frame);
      else this.stats.framesLost++;
      return;
    }
    if (error) return;
    this.busy = true;
    setImmediate(() => this.run(frame));
  }

  private timed(ms: number): number {
    return this.options.realisticTiming ? ms : 0;
  }

  private run(frameIn: Buffer): void {
    if (this.mode === "halted") return;
    let frame = frameIn;
    const op = frame.length >= 2 ? frame[1]! : -1;
    const count = (this.stats.requests.get(op) ?? 0) + 1;
    this.stats.requests.set(op, count);
    if (faultApplies(this.faults.disconnect, op, count)) {
      this.mode = "halted";
      this.out.disconnect();
      return;
    }
    if (faultApplies(this.faults.dropByte, op, count) && frame.length > 20) {
      frame = Buffer.concat([frame.subarray(0, 20), frame.subarray(21)]);
    }
    if (faultApplies(this.faults.corruptByte, op, count) && frame.length > 24) {
      frame = Buffer.from(frame);
      frame[frame.length - 5] = frame[frame.length - 5]! ^ 0x5a;
    }
    const outcome = this.mode === "rom" ? this.rom(frame, count) : this.stub(frame, count);
    const delay = faultApplies(this.faults.lateAnswer, op, count) ? this.faults.lateAnswer!.delayMs : 0;
    const dropped = faultApplies(this.faults.dropAnswer, op, count);
    const garbled = faultApplies(this.faults.corruptAnswer, op, count);
    const finish = () => {
      for (const answer of outcome.answers) {
        if (dropped) continue;
        let a = answer;
        if (garbled) {
          a = Buffer.from(answer);
          a[1] = a[1]! ^ 0x20;
        }
        this.out.send(a, delay);
      }
      const afterMs = outcome.after ? outcome.after() : 0;
      if (afterMs === "streaming") return; // READ_FLASH: done when the last packet is acknowledged
      this.later(this.timed(afterMs), () => this.done());
    };
    this.later(this.timed(outcome.beforeMs ?? 0), finish);
  }

  private later(ms: number, fn: () => void): void {
    if (ms <= 0) fn();
    else setTimeout(fn, ms);
  }

  private done(): void {
    this.busy = false;
    const next = this.mode === "rom" ? this.romFifo.shift() : this.spare;
    this.spare = undefined;
    if (this.mode !== "rom") this.romFifo = [];
    if (next && this.mode !== "halted") {
      this.busy = true;
      setImmediate(() => this.run(next));
    }
  }

  // ---- the ESP8266 ROM loader ----

  private rom(frame: Buffer, count: number): Outcome {
    const req = parseRequest(frame);
    if (!req || frame[0] !== 0x00 || req.data.length !== req.size) return { answers: [] }; // ignored: the host times out
    const ok = (value = 0) => ({ answers: [romResponse(req.op, 0, value)] });
    const fail = (reason: number) => ({ answers: [romResponse(req.op, reason)] });
    const p = (i: number) => u32(req.data, i);
    switch (req.op) {
      case CMD.SYNC:
        return { answers: Array.from({ length: 8 }, () => romResponse(CMD.SYNC, 0, 0x20120707)) };
      case CMD.READ_REG:
        return ok(this.readRegister(p(0)));
      case CMD.WRITE_REG:
        this.writeRegister(p(0), p(1));
        return ok();
      case CMD.MEM_BEGIN:
        this.mem.push({ address: p(3), data: Buffer.alloc(0) });
        return ok();
      case CMD.MEM_DATA: {
        const payload = req.data.subarray(16);
        if (payload.length !== p(0)) return fail(ROM.INVALID_MESSAGE);
        if (xorChecksum(payload) !== req.checksum) return fail(ROM.BAD_CHECKSUM);
        const seg = this.mem[this.mem.length - 1];
        if (!seg) return fail(ROM.FAILED);
        seg.data = Buffer.concat([seg.data, payload]);
        return ok();
      }
      case CMD.MEM_END: {
        const runsStub = p(0) === 0 && this.isStubImage(p(1));
        const outcome = ok();
        return {
          ...outcome,
          after: () => {
            this.mem = [];
            if (runsStub) {
              // main.c: the stub waits 10 ms for the ROM's answer to leave, then greets.
              this.mode = "stub";
              this.pendingError = 0;
              setTimeout(() => this.out.send(Buffer.from("OHAI"), 0), 10);
            } else if (p(0) === 0) this.mode = "halted"; // unknown code started: nothing answers any more
            return 0;
          },
        };
      }
      case CMD.FLASH_BEGIN: {
        // esptool: "ROM loader doesn't enable flash unless we explicitly do it" (a FLASH_BEGIN attaches it).
        this.flashAttached = true;
        const size = p(0), offset = p(3);
        if (offset + size > this.flash.size) return fail(ROM.FAILED);
        const start = Math.floor(offset / SECTOR);
        const erased = romEraseCount(start, Math.ceil(size / SECTOR));
        for (let s = start; s < start + erased; s++) this.eraseSector(s);
        this.romWrite = { offset, blockSize: p(2) };
        return { ...ok(), beforeMs: erased * TIMING.sectorEraseMs };
      }
      case CMD.FLASH_DATA: {
        const w = this.romWrite;
        if (!w) return fail(ROM.FAILED);
        const payload = req.data.subarray(16);
        if (payload.length !== p(0)) return fail(ROM.INVALID_MESSAGE);
        if (xorChecksum(payload) !== req.checksum) return fail(ROM.BAD_CHECKSUM);
        if (faultApplies(this.faults.spiWriteFail, req.op, count)) return fail(ROM.FLASH_WRITE);
        // Written at the running offset: a block sent twice lands twice (only a new FLASH_BEGIN starts over).
        this.program(w.offset, payload);
        this.flipBitIf(req.op, count, w.offset, payload.length);
        w.offset += payload.length;
        return { ...ok(), beforeMs: (payload.length * TIMING.programNsPerByte) / 1e6 };
      }
      case CMD.FLASH_END:
        // Leaves the loader and runs the code in flash (which is why esptool never sends it after writing).
        return { ...ok(), after: () => { this.mode = "halted"; return 0; } };
      default:
        // SPI_SET_PARAMS, SPI_ATTACH, CHANGE_BAUDRATE, FLASH_DEFL_*, SPI_FLASH_MD5, ERASE_*, READ_FLASH...
        return fail(ROM.INVALID_MESSAGE);
    }
  }

  private isStubImage(entry: number): boolean {
    const s = this.options.stubImage ?? stubImage();
    const text = this.mem.find((m) => m.address === s.textStart);
    return entry === s.entry && text !== undefined && text.data.equals(s.text);
  }

  private readRegister(address: number): number {
    return this.regs.get(address) ?? 0;
  }

  private writeRegister(address: number, value: number): void {
    this.regs.set(address, value >>> 0);
    if (address === SPI_CMD_REG && (value & SPI_CMD_USR) !== 0) {
      const command = (this.readRegister(SPI_USR2_REG) ?? 0) & 0xffff;
      // Until the flash is attached the SPI controller does not reach the chip: RDID reads nothing.
      if (command === 0x9f) this.regs.set(SPI_W0_REG, this.flashAttached || this.mode === "stub" ? this.options.jedecId ?? 0x1640ef : 0);
      this.regs.set(SPI_CMD_REG, value & ~SPI_CMD_USR);
    }
  }

  // ---- esp-flasher-stub ----

  private stub(frame: Buffer, count: number): Outcome {
    const req = parseRequest(frame);
    const op = frame.length >= 2 ? frame[1]! : 0;
    const answer = (result: number, value = 0, body?: Uint8Array) => stubResponse(op, result, value, body);
    if (!req || frame[0] !== 0x00) return { answers: [answer(STUB.INVALID_COMMAND)] };
    if (frame.length !== req.size + 8) return { answers: [answer(STUB.BAD_DATA_LEN)] };
    if (this.pendingError) {
      const e = this.pendingError;
      this.pendingError = 0;
      return { answers: [answer(e)] };
    }
    const r = this.stubCommand(req, count);
    if (r.result !== STUB.SUCCESS) return { answers: [answer(r.result)], beforeMs: r.beforeMs };
    const answers = req.op === CMD.SYNC ? Array.from({ length: 8 }, () => answer(0)) : [answer(0, r.value, r.body)];
    const post = r.post;
    return {
      answers,
      beforeMs: r.beforeMs,
      after: post ? () => {
        const result = post();
        if (result === "streaming") return result;
        this.pendingError = result.error;
        return result.ms;
      } : undefined,
    };
  }

  private stubCommand(req: BoardRequest, count: number): {
    result: number; value?: number; body?: Uint8Array; beforeMs?: number; post?: () => { error: number; ms: number } | "streaming";
  } {
    const p = (i: number) => u32(req.data, i);
    const size = req.size;
    const ok = { result: STUB.SUCCESS };
    const err = (result: number) => ({ result });
    switch (req.op) {
      case CMD.SYNC:
        return size === 36 ? ok : err(STUB.BAD_DATA_LEN);
      case CMD.READ_REG:
        return size === 4 ? { result: 0, value: this.readRegister(p(0)) } : err(STUB.BAD_DATA_LEN);
      case CMD.WRITE_REG:
        if (size === 0 || size % 16 !== 0) return err(STUB.NOT_ENOUGH_DATA);
        for (let i = 0; i < size / 16; i++) {
          const mask = p(4 * i + 2);
          const value = (p(4 * i + 1) & mask) | (mask !== 0xffffffff ? this.readRegister(p(4 * i)) & ~mask : 0);
          this.writeRegister(p(4 * i), value >>> 0);
        }
        return ok;
      case CMD.SPI_ATTACH:
        return size === 4 ? ok : err(STUB.BAD_DATA_LEN);
      case CMD.SPI_SET_PARAMS:
        return size === 24 ? ok : err(STUB.BAD_DATA_LEN);
      case CMD.CHANGE_BAUDRATE:
        if (size !== 8) return err(STUB.BAD_DATA_LEN);
        return { result: 0, post: () => {
          this.baud = p(0);
          this.out.baudChanged(this.baud);
          return { error: 0, ms: 0 };
        } };
      case CMD.FLASH_BEGIN:
      case CMD.FLASH_DEFL_BEGIN:
        return this.beginWrite(req);
      case CMD.FLASH_DATA: {
        if (size < 16) return err(STUB.NOT_ENOUGH_DATA);
        if (!this.write) return err(STUB.NOT_IN_FLASH_MODE);
        const payload = req.data.subarray(16);
        if (p(0) !== payload.length) return err(STUB.TOO_MUCH_DATA);
        if (xorChecksum(payload) !== req.checksum) return err(STUB.BAD_DATA_CHECKSUM);
        const w = this.write;
        return { result: 0, post: () => {
          const n = Math.min(payload.length, w.totalRemaining);
          return this.writeFlashData(w, payload.subarray(0, n), req.op, count);
        } };
      }
      case CMD.FLASH_DEFL_DATA: {
        if (size < 16) return err(STUB.BAD_DATA_LEN);
        if (!this.write) return err(STUB.NOT_IN_FLASH_MODE);
        const compressed = req.data.subarray(16, 16 + p(0));
        if (xorChecksum(compressed) !== req.checksum) return err(STUB.BAD_DATA_CHECKSUM);
        const w = this.write;
        const seq = p(1);
        return { result: 0, post: () => this.inflateBlock(w, compressed, seq, req.op, count) };
      }
      case CMD.FLASH_END:
      case CMD.FLASH_DEFL_END:
        if (size !== 4) return err(STUB.BAD_DATA_LEN);
        if (!this.write) return err(STUB.NOT_IN_FLASH_MODE);
        if (this.write.totalRemaining !== 0) return err(STUB.BAD_DATA_LEN);
        this.write = undefined;
        return ok;
      case CMD.MEM_BEGIN:
      case CMD.MEM_DATA:
      case CMD.MEM_END:
        return ok;
      case CMD.SPI_FLASH_MD5: {
        if (size !== 16) return err(STUB.BAD_DATA_LEN);
        const digest = createHash("md5").update(this.flash.read(p(0), p(1))).digest();
        return { result: 0, body: digest, beforeMs: (p(1) * TIMING.md5NsPerByte) / 1e6 };
      }
      case CMD.ERASE_FLASH:
        this.flash.eraseAll();
        return { result: 0, beforeMs: TIMING.chipEraseMs };
      case CMD.ERASE_REGION: {
        if (size !== 8) return err(STUB.BAD_DATA_LEN);
        if (p(0) % SECTOR || p(1) % SECTOR) return err(STUB.BAD_DATA_LEN);
        for (let s = p(0) / SECTOR; s < (p(0) + p(1)) / SECTOR; s++) this.eraseSector(s);
        return { result: 0, beforeMs: (p(1) / SECTOR) * TIMING.sectorEraseMs };
      }
      case CMD.READ_FLASH: {
        if (size !== 16) return err(STUB.BAD_DATA_LEN);
        const [offset, length, packetSize] = [p(0), p(1), p(2)];
        return { result: 0, post: () => {
          if (packetSize > 4096) return { error: STUB.BAD_DATA_LEN, ms: 0 };
          this.read = { offset, length, packetSize, sent: 0, hash: createHash("md5") };
          this.sendReadPacket();
          return "streaming";
        } };
      }
      case CMD.RUN_USER_CODE:
        this.mode = "halted";
        return { result: 0 };
      default:
        return err(STUB.INVALID_COMMAND);
    }
  }

  private beginWrite(req: BoardRequest): { result: number; beforeMs?: number } {
    if (req.size !== 16 && req.size !== 20) return { result: STUB.BAD_DATA_LEN };
    const p = (i: number) => u32(req.data, i);
    const [total, blocks, blockSize, offset] = [p(0), p(1), p(2), p(3)];
    const eraseStart = Math.floor(offset / SECTOR) * SECTOR;
    const eraseEnd = Math.ceil((offset + total) / SECTOR) * SECTOR;
    const w: FlashWrite = {
      compressed: req.op === CMD.FLASH_DEFL_BEGIN, offset, totalRemaining: total, compressedRemaining: blocks * blockSize,
      eraseNext: eraseStart, eraseRemaining: eraseEnd - eraseStart, dirtySeen: false, input: [], flushed: 0,
    };
    this.write = w;
    const ms = this.conditionalEraseNext(w);
    return { result: 0, beforeMs: ms };
  }

  /** s_conditional_erase_next: erase the next sector of the region, or skip it while sectors are still blank. */
  private conditionalEraseNext(w: FlashWrite): number {
    if (w.eraseRemaining === 0) return 0;
    let ms = 0;
    if (!w.dirtySeen) {
      ms += TIMING.blankCheckMs;
      if (this.flash.read(w.eraseNext, SECTOR).every((b) => b === 0xff)) {
        w.eraseNext += SECTOR;
        w.eraseRemaining -= Math.min(w.eraseRemaining, SECTOR);
        return ms;
      }
      w.dirtySeen = true;
    }
    this.eraseSector(w.eraseNext / SECTOR);
    w.eraseNext += SECTOR;
    w.eraseRemaining -= Math.min(w.eraseRemaining, SECTOR);
    return ms + TIMING.sectorEraseMs;
  }

  /** s_write_flash_data: erase up to the end of the data, program it, advance. */
  private writeFlashData(w: FlashWrite, data: Buffer, op: number, count: number): { error: number; ms: number } {
    let ms = 0;
    const target = w.offset + data.length;
    while (w.eraseNext < target) {
      if (w.eraseRemaining === 0) {
        // The real loop never ends here (more data than FLASH_BEGIN announced): the stub hangs.
        this.mode = "halted";
        return { error: 0, ms };
      }
      ms += this.conditionalEraseNext(w);
    }
    if (faultApplies(this.faults.spiWriteFail, op, count)) return { error: STUB.FAILED_SPI_OP, ms };
    this.program(w.offset, data);
    this.flipBitIf(op, count, w.offset, data.length);
    w.totalRemaining -= data.length;
    w.offset += data.length;
    return { error: 0, ms: ms + (data.length * TIMING.programNsPerByte) / 1e6 };
  }

  /**
   * s_flash_defl_data_post_process with tinfl: the stream so far is inflated; output reaches the flash only in
   * whole 32 KB dictionaries, or all of it once the stream ends. Input running out before the end while the
   * host announced no more (TINFL_FLAG_HAS_MORE_INPUT unset) is an inflate error, as is a corrupt stream.
   */
  private inflateBlock(w: FlashWrite, compressed: Buffer, seq: number, op: number, count: number): { error: number; ms: number } {
    if (seq === 0) {
      w.input = [];
      w.flushed = 0;
    }
    const moreInput = w.compressedRemaining > compressed.length;
    w.input.push(compressed);
    w.compressedRemaining -= compressed.length;
    let ms = this.conditionalEraseNext(w);
    const all = Buffer.concat(w.input);
    let out: Buffer;
    try {
      out = inflateSync(all, { finishFlush: zc.Z_SYNC_FLUSH });
    } catch {
      return { error: STUB.INFLATE_ERROR, ms };
    }
    // tinfl is DONE at the end of the deflate stream: all announced bytes are out, or (last block) the stream
    // is complete; without more input announced, an incomplete stream cannot make progress: inflate error.
    let done = out.length >= w.flushed + w.totalRemaining;
    if (!done && !moreInput) {
      try {
        inflateSync(all);
        done = true;
      } catch {
        return { error: STUB.INFLATE_ERROR, ms };
      }
    }
    ms += (compressed.length * TIMING.inflateNsPerByte * 4) / 1e6;
    const upTo = done ? out.length : Math.floor(out.length / TINFL_DICT) * TINFL_DICT;
    if (upTo > w.flushed) {
      const result = this.writeFlashData(w, out.subarray(w.flushed, upTo), op, count);
      w.flushed = upTo;
      return { error: result.error, ms: ms + result.ms };
    }
    if (faultApplies(this.faults.spiWriteFail, op, count)) return { error: STUB.FAILED_SPI_OP, ms };
    return { error: 0, ms };
  }

  private sendReadPacket(): void {
    const r = this.read!;
    const n = Math.min(r.packetSize, r.length - r.sent);
    const data = this.flash.read(r.offset + r.sent, n);
    r.hash.update(data);
    r.sent += n;
    this.out.send(data, 0);
  }

  /** READ_FLASH's post-processing reads the host's acknowledgements (4-byte counts) from the frame buffers. */
  private readAck(frame: Buffer): void {
    const r = this.read!;
    if (frame.length !== 4) {
      // s_read_flash_post_process breaks out of its loop on a malformed acknowledgement and sends the MD5.
      this.finishRead();
      return;
    }
    if (frame.readUInt32LE(0) >= r.length) return this.finishRead();
    if (r.sent < r.length) this.sendReadPacket();
  }

  private finishRead(): void {
    const r = this.read!;
    this.read = undefined;
    this.out.send(r.hash.digest(), 0);
    this.done();
  }

  private program(offset: number, bytes: Uint8Array): void {
    this.flash.program(offset, bytes);
    this.stats.bytesProgrammed += bytes.length;
  }

  private flipBitIf(op: number, count: number, offset: number, length: number): void {
    if (length > 0 && faultApplies(this.faults.bitFlip, op, count)) {
      const at = offset + (length >> 1);
      const byte = this.flash.read(at, 1)[0]!;
      this.flash.replaceByte(at, byte ^ 0x01);
    }
  }

  private eraseSector(sector: number): void {
    this.flash.eraseSector(sector);
    this.stats.sectorsErased++;
  }
}
