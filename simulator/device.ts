// The simulated ESP8266 serial loader. It starts as the ROM loader (2 status bytes, checksum seed 0xEF, the
// FLASH_BEGIN erase bug, no MD5/compression/baud change/read/erase commands) and, when the uploaded RAM image is
// Espressif's flasher stub and MEM_END starts it, switches to the stub's command set (compressed writes, MD5,
// baud change, read and erase flash) and says "OHAI", as the real chip would after running the stub. It sees
// requests as decoded SLIP frames and answers through `send`; timing (baud rate, flash speed) is modelled by
// returning a delay with each answer, applied by the link (simulator/board.ts).
import { createHash } from "node:crypto";
import { constants as zc, inflateSync } from "node:zlib";
import { Op, STUB_HELLO, checksum, decodeRequest, encodeResponse } from "../flasher/protocol.js";
import {
  CHIP_DETECT_MAGIC_REG, EFUSE_BASE, ESP8266_MAGIC, SPI_CMD_REG, SPI_CMD_USR, SPI_USR2_REG, SPI_W0_REG,
  SPIFLASH_RDID, UART_CLKDIV_REG, esp8266Stub, romErasedSectors,
} from "../flasher/targets/esp8266.js";
import { FlashStore, SECTOR } from "./flash-store.js";
import { faultApplies, type Faults } from "./faults.js";

// Error codes (ROM: 0x05-0x0B, stub: 0xC0+).
const ROM_INVALID = 0x05;
const ROM_FAILED = 0x06;
const ROM_BAD_CRC = 0x07;
const ROM_FLASH_WRITE = 0x08;
const STUB_BAD_LEN = 0xc1;
const STUB_BAD_CHECKSUM = 0xc2;
const STUB_NOT_IN_FLASH_MODE = 0xc7;
const STUB_INFLATE = 0xc8;
const STUB_TOO_MUCH = 0xca;
const STUB_INVALID = 0xc4;
const STUB_SPI_FAILED = 0xc5;

/** Flash timing of a typical 4 MB SPI NOR (used only when the link throttles). */
export const FLASH_TIMING = { sectorEraseMs: 30, blockEraseMs: 150, programNsPerByte: 2500, md5NsPerByte: 60 };

export interface DeviceOptions {
  flash: FlashStore;
  /** JEDEC id as read in SPI W0 (manufacturer in the low byte), e.g. 0x1640ef = Winbond 4 MB. */
  jedecId?: number;
  efuses?: [number, number, number, number];
  faults?: Faults;
  /** Model flash erase/program time in the answers' delay. */
  realisticTiming?: boolean;
}

export interface DeviceOutput {
  /** Send a frame (already a full packet; the link SLIP-encodes it) after `delayMs` of device work. */
  send(frame: Buffer, delayMs: number): void;
  baudChanged(baud: number): void;
  disconnect(): void;
}

interface WriteState {
  kind: "flash" | "defl";
  offset: number;
  /** Uncompressed bytes expected. */
  size: number;
  blocks: number;
  blockSize: number;
  nextSeq: number;
  written: number;
  compressed: Buffer[];
  /** Sectors already erased by the stub (it erases just ahead of writing). */
  erasedUpTo: number;
}

interface ReadState {
  offset: number;
  length: number;
  blockSize: number;
  inFlight: number;
  sent: number;
  acked: number;
}

export class SimulatedEsp8266 {
  mode: "rom" | "stub" | "halted" = "rom";
  baud = 115200;
  readonly regs = new Map<number, number>();
  /** What the board has seen, for tests: counts per opcode, bytes programmed. */
  readonly stats = { requests: new Map<number, number>(), bytesProgrammed: 0, sectorsErased: 0 };
  private write: WriteState | undefined;
  private read: ReadState | undefined;
  private mem: { address: number; data: Buffer }[] = [];
  private flashBusyUntil = 0;
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

  /** One SLIP frame from the host. */
  receive(frameIn: Buffer): void {
    if (this.mode === "halted") return;
    if (this.read) return this.readAck(frameIn);
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
    if (faultApplies(this.faults.corruptByte, op, count) && frame.length > 20) {
      frame = Buffer.from(frame);
      frame[20] = frame[20]! ^ 0x5a;
    }
    const request = decodeRequest(frame);
    if (!request) return; // the ROM ignores malformed packets: the host times out and retries
    let delay = faultApplies(this.faults.lateAnswer, op, count) ? this.faults.lateAnswer!.delayMs : 0;
    const answer = (status: number, error: number, value = 0, body: Uint8Array = Buffer.alloc(0), workMs = 0) => {
      this.out.send(encodeResponse(request.op, value, body, status, error), delay + workMs);
    };
    if (faultApplies(this.faults.refuse, op, count)) return answer(1, this.mode === "stub" ? STUB_SPI_FAILED : ROM_FLASH_WRITE);
    const ok = (value = 0, body?: Uint8Array, workMs = 0) => answer(0, 0, value, body, workMs);
    const fail = (error: number) => answer(1, error);
    const unsupported = () => fail(this.mode === "stub" ? STUB_INVALID : ROM_INVALID);
    const p = (i: number) => (request.data.length >= 4 * (i + 1) ? request.data.readUInt32LE(4 * i) : 0);
    const stub = this.mode === "stub";

    switch (request.op) {
      case Op.SYNC:
        if (stub) return ok();
        for (let i = 0; i < 8; i++) ok(0x20120707);
        return;
      case Op.READ_REG:
        return ok(this.regs.get(p(0)) ?? 0);
      case Op.WRITE_REG:
        this.writeRegister(p(0), p(1));
        return ok();
      case Op.SPI_SET_PARAMS:
        return ok();
      case Op.SPI_ATTACH:
        return stub ? ok() : unsupported();
      case Op.MEM_BEGIN:
        this.mem.push({ address: p(3), data: Buffer.alloc(0) });
        return ok();
      case Op.MEM_DATA: {
        const payload = request.data.subarray(16);
        if (payload.length !== p(0)) return fail(stub ? STUB_BAD_LEN : ROM_INVALID);
        if (checksum(payload) !== request.checksum) return fail(stub ? STUB_BAD_CHECKSUM : ROM_BAD_CRC);
        const seg = this.mem[this.mem.length - 1];
        if (!seg) return fail(ROM_FAILED);
        seg.data = Buffer.concat([seg.data, payload]);
        return ok();
      }
      case Op.MEM_END:
        ok();
        if (p(0) === 0 && !stub && this.isStubImage(p(1))) {
          this.mode = "stub";
          this.out.send(Buffer.from(STUB_HELLO), 1);
        } else if (p(0) === 0) this.mode = "halted"; // unknown code started: nothing answers any more
        this.mem = [];
        return;
      case Op.FLASH_BEGIN:
      case Op.FLASH_DEFL_BEGIN:
        return this.beginWrite(request.op, p(0), p(1), p(2), p(3), ok, fail, unsupported);
      case Op.FLASH_DATA:
      case Op.FLASH_DEFL_DATA:
        return this.writeData(request.op, request.data, request.checksum, p(0), p(1), count, ok, fail);
      case Op.FLASH_END:
        this.write = undefined;
        return ok();
      case Op.FLASH_DEFL_END:
        if (!stub) return unsupported();
        this.write = undefined;
        return ok();
      case Op.CHANGE_BAUDRATE:
        if (!stub) return unsupported();
        ok();
        this.baud = p(0);
        this.out.baudChanged(this.baud);
        return;
      case Op.SPI_FLASH_MD5: {
        if (!stub) return unsupported();
        const digest = createHash("md5").update(this.flash.read(p(0), p(1))).digest();
        return ok(0, digest, this.busy(this.timed((p(1) * FLASH_TIMING.md5NsPerByte) / 1e6)));
      }
      case Op.ERASE_FLASH:
        if (!stub) return unsupported();
        this.flash.eraseAll();
        return ok(0, undefined, this.timed((this.flash.size / 0x10000) * FLASH_TIMING.blockEraseMs));
      case Op.ERASE_REGION: {
        if (!stub) return unsupported();
        if (p(0) % SECTOR || p(1) % SECTOR) return fail(STUB_BAD_LEN);
        for (let s = p(0) / SECTOR; s < (p(0) + p(1)) / SECTOR; s++) this.eraseSector(s);
        return ok(0, undefined, this.timed((p(1) / SECTOR) * FLASH_TIMING.sectorEraseMs));
      }
      case Op.READ_FLASH:
        if (!stub) return unsupported();
        ok();
        this.read = { offset: p(0), length: p(1), blockSize: p(2), inFlight: Math.max(1, p(3)), sent: 0, acked: 0 };
        this.pumpRead();
        return;
      case Op.RUN_USER_CODE:
        if (!stub) return unsupported();
        this.mode = "halted";
        return;
      default:
        return unsupported();
    }
  }

  private isStubImage(entry: number): boolean {
    const s = esp8266Stub();
    const text = this.mem.find((m) => m.address === s.textStart);
    return entry === s.entry && text !== undefined && text.data.equals(s.text);
  }

  private writeRegister(address: number, value: number): void {
    this.regs.set(address, value >>> 0);
    if (address === SPI_CMD_REG && (value & SPI_CMD_USR) !== 0) {
      const command = (this.regs.get(SPI_USR2_REG) ?? 0) & 0xffff;
      if (command === SPIFLASH_RDID) this.regs.set(SPI_W0_REG, this.options.jedecId ?? 0x1640ef);
      this.regs.set(SPI_CMD_REG, value & ~SPI_CMD_USR);
    }
  }

  private beginWrite(op: number, size: number, blocks: number, blockSize: number, offset: number,
    ok: (v?: number, b?: Uint8Array, ms?: number) => void, fail: (e: number) => void, unsupported: () => void): void {
    const stub = this.mode === "stub";
    if (op === Op.FLASH_DEFL_BEGIN && !stub) return unsupported();
    if (offset + size > this.flash.size) return fail(stub ? STUB_TOO_MUCH : ROM_FAILED);
    this.write = { kind: op === Op.FLASH_DEFL_BEGIN ? "defl" : "flash", offset, size, blocks, blockSize, nextSeq: 0, written: 0, compressed: [], erasedUpTo: 0 };
    if (stub) return ok();
    // The ROM erases everything up front, with its bug: up to the next 64 KB boundary, then the full count again.
    const start = Math.floor(offset / SECTOR);
    const erased = romErasedSectors(start, Math.ceil(size / SECTOR));
    for (let s = start; s < start + erased; s++) this.eraseSector(s);
    ok(0, undefined, this.timed(erased * FLASH_TIMING.sectorEraseMs * 0.6));
  }

  private writeData(op: number, data: Buffer, check: number, length: number, seq: number, count: number,
    ok: (v?: number, b?: Uint8Array, ms?: number) => void, fail: (e: number) => void): void {
    const stub = this.mode === "stub";
    const w = this.write;
    if (!w || (op === Op.FLASH_DEFL_DATA) !== (w.kind === "defl")) return fail(stub ? STUB_NOT_IN_FLASH_MODE : ROM_FAILED);
    const payload = data.subarray(16);
    if (payload.length !== length) return fail(stub ? STUB_BAD_LEN : ROM_INVALID);
    if (checksum(payload) !== check) return fail(stub ? STUB_BAD_CHECKSUM : ROM_BAD_CRC);
    if (seq === w.nextSeq - 1) return ok(); // a retry of a block already written (its answer got lost)
    if (seq !== w.nextSeq) return fail(stub ? STUB_BAD_LEN : ROM_FAILED);
    let bytes: Buffer;
    if (w.kind === "defl") {
      w.compressed.push(payload);
      let inflated: Buffer;
      try {
        inflated = inflateSync(Buffer.concat(w.compressed), { finishFlush: zc.Z_SYNC_FLUSH });
      } catch {
        this.write = undefined;
        return fail(STUB_INFLATE);
      }
      if (inflated.length > w.size) return fail(STUB_TOO_MUCH);
      bytes = inflated.subarray(w.written);
    } else {
      bytes = stub ? payload.subarray(0, Math.max(0, w.size - w.written)) : payload;
    }
    if (faultApplies(this.faults.badFlashCell, op, count) && bytes.length > 0) {
      bytes = Buffer.from(bytes);
      bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x01;
    }
    const address = w.offset + w.written;
    let workMs = 0;
    if (stub) {
      // The stub erases sector by sector just ahead of the data (never beyond the region it was given).
      const lastSector = Math.floor((address + bytes.length - 1) / SECTOR);
      for (let s = Math.max(w.erasedUpTo, Math.floor(w.offset / SECTOR)); bytes.length > 0 && s <= lastSector; s++) {
        this.eraseSector(s);
        workMs += FLASH_TIMING.sectorEraseMs;
        w.erasedUpTo = s + 1;
      }
    }
    this.flash.program(address, bytes);
    this.stats.bytesProgrammed += bytes.length;
    w.written += bytes.length;
    w.nextSeq++;
    workMs += (bytes.length * FLASH_TIMING.programNsPerByte) / 1e6;
    // The stub answers as soon as the block is received and works while the next one arrives; the ROM finishes first.
    if (stub) ok(0, undefined, this.busy(this.timed(workMs)));
    else ok(0, undefined, this.timed(workMs));
  }

  private eraseSector(sector: number): void {
    this.flash.eraseSector(sector);
    this.stats.sectorsErased++;
  }

  private timed(ms: number): number {
    return this.options.realisticTiming ? ms : 0;
  }

  /** Pipelined flash work: the answer waits only for the previous job; returns that wait. */
  private busy(workMs: number): number {
    const now = Date.now();
    const wait = Math.max(0, this.flashBusyUntil - now);
    this.flashBusyUntil = Math.max(now, this.flashBusyUntil) + workMs;
    return wait;
  }

  private pumpRead(): void {
    const r = this.read!;
    while (r.sent < r.length && r.sent - r.acked < r.inFlight * r.blockSize) {
      const n = Math.min(r.blockSize, r.length - r.sent);
      this.out.send(this.flash.read(r.offset + r.sent, n), 0);
      r.sent += n;
    }
  }

  private readAck(frame: Buffer): void {
    const r = this.read!;
    if (frame.length !== 4) return;
    r.acked = frame.readUInt32LE(0);
    if (r.acked >= r.length) {
      this.read = undefined;
      this.out.send(createHash("md5").update(this.flash.read(r.offset, r.length)).digest(), 0);
      return;
    }
    this.pumpRead();
  }
}
