// The serial loader's wire format as the board sees it, written from esp-flasher-stub (slip.c, commands.h,
// command_handler.c s_send_response) and esptool's description of the ESP8266 ROM, independently of
// flasher/: requests [0x00, op, len16 LE, checksum32 LE, data]; responses [0x01, op, len16 LE, value32 LE,
// data, 2 status bytes]. The ROM's status bytes are [failed, reason]; the stub writes its 16-bit result
// big-endian ([0xC1, 0x00] = bad checksum).
export const CMD = {
  FLASH_BEGIN: 0x02,
  FLASH_DATA: 0x03,
  FLASH_END: 0x04,
  MEM_BEGIN: 0x05,
  MEM_END: 0x06,
  MEM_DATA: 0x07,
  SYNC: 0x08,
  WRITE_REG: 0x09,
  READ_REG: 0x0a,
  SPI_SET_PARAMS: 0x0b,
  SPI_ATTACH: 0x0d,
  CHANGE_BAUDRATE: 0x0f,
  FLASH_DEFL_BEGIN: 0x10,
  FLASH_DEFL_DATA: 0x11,
  FLASH_DEFL_END: 0x12,
  SPI_FLASH_MD5: 0x13,
  ERASE_FLASH: 0xd0,
  ERASE_REGION: 0xd1,
  READ_FLASH: 0xd2,
  RUN_USER_CODE: 0xd3,
} as const;

/** esp-flasher-stub's esp_response_code (commands.h). */
export const STUB = {
  SUCCESS: 0x0000,
  BAD_DATA_LEN: 0xc000,
  BAD_DATA_CHECKSUM: 0xc100,
  BAD_BLOCKSIZE: 0xc200,
  INVALID_COMMAND: 0xc300,
  FAILED_SPI_OP: 0xc400,
  FAILED_SPI_UNLOCK: 0xc500,
  NOT_IN_FLASH_MODE: 0xc600,
  INFLATE_ERROR: 0xc700,
  NOT_ENOUGH_DATA: 0xc800,
  TOO_MUCH_DATA: 0xc900,
  CMD_NOT_IMPLEMENTED: 0xff00,
} as const;

/** The ESP8266 ROM's failure reasons (second status byte; esptool's table 0x105.. without the 0x100). */
export const ROM = {
  INVALID_MESSAGE: 0x05,
  FAILED: 0x06,
  BAD_CHECKSUM: 0x07,
  FLASH_WRITE: 0x08,
} as const;

export interface BoardRequest {
  op: number;
  size: number;
  checksum: number;
  data: Buffer;
}

/** The header fields; `data` is whatever followed (its length may disagree with `size`). */
export function parseRequest(frame: Buffer): BoardRequest | undefined {
  if (frame.length < 8) return undefined;
  return { op: frame[1]!, size: frame.readUInt16LE(2), checksum: frame.readUInt32LE(4), data: frame.subarray(8) };
}

export function response(op: number, value: number, body: Uint8Array, status: [number, number]): Buffer {
  const pkt = Buffer.alloc(8 + body.length + 2);
  pkt[0] = 0x01;
  pkt[1] = op;
  pkt.writeUInt16LE(body.length + 2, 2);
  pkt.writeUInt32LE(value >>> 0, 4);
  pkt.set(body, 8);
  pkt[8 + body.length] = status[0];
  pkt[9 + body.length] = status[1];
  return pkt;
}

/** s_send_response: the result code written big-endian after the data. */
export function stubResponse(op: number, result: number, value = 0, body: Uint8Array = Buffer.alloc(0)): Buffer {
  return response(op, result === 0 ? value : 0, result === 0 ? body : Buffer.alloc(0), [(result >> 8) & 0xff, result & 0xff]);
}

export function romResponse(op: number, reason: number, value = 0, body: Uint8Array = Buffer.alloc(0)): Buffer {
  return response(op, value, body, reason === 0 ? [0, 0] : [1, reason]);
}

export function xorChecksum(data: Uint8Array): number {
  let c = 0xef;
  for (const b of data) c ^= b;
  return c;
}

export const u32 = (data: Buffer, i: number) => (data.length >= 4 * (i + 1) ? data.readUInt32LE(4 * i) : 0);

/**
 * The receiving half of slip.c: frames between 0xC0 bytes, 0xDB escapes, an empty frame (C0 C0) ignored, a
 * bad escape or a frame longer than the buffer marks the frame as an error (the stub then drops it silently).
 */
export class BoardSlipReceiver {
  private inFrame = false;
  private escaping = false;
  private error = false;
  private bytes: number[] = [];

  constructor(private readonly capacity: number, private readonly onFrame: (frame: Buffer, error: boolean) => void) {}

  push(chunk: Uint8Array): void {
    for (const b of chunk) {
      if (!this.inFrame) {
        if (b === 0xc0) this.start();
        continue;
      }
      if (this.escaping) {
        this.escaping = false;
        if (b === 0xdc) this.put(0xc0);
        else if (b === 0xdd) this.put(0xdb);
        else this.error = true;
      } else if (b === 0xdb) this.escaping = true;
      else if (b === 0xc0) {
        if (this.bytes.length > 0 || this.error) {
          this.onFrame(Buffer.from(this.bytes), this.error);
          this.inFrame = false;
          this.bytes = [];
        }
        // else: C0 C0, an empty frame: stay armed for the frame that follows.
        if (!this.inFrame) this.start();
      } else this.put(b);
    }
  }

  private start(): void {
    this.inFrame = true;
    this.escaping = false;
    this.error = false;
    this.bytes = [];
  }

  private put(b: number): void {
    if (this.bytes.length < this.capacity) this.bytes.push(b);
    else this.error = true;
  }
}

/** slip_send_frame: 0xC0, the bytes with 0xC0 → DB DC and 0xDB → DB DD, 0xC0. */
export function slipFrame(data: Uint8Array): Buffer {
  const out: number[] = [0xc0];
  for (const b of data) {
    if (b === 0xc0) out.push(0xdb, 0xdc);
    else if (b === 0xdb) out.push(0xdb, 0xdd);
    else out.push(b);
  }
  out.push(0xc0);
  return Buffer.from(out);
}
