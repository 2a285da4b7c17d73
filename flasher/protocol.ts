// The Espressif serial loader's packet format as the flasher speaks it. A request is [0x00, op, len16,
// checksum32, data]; a response is [0x01, op, len16, value32, data], where the data ends with 2 status bytes.
// esptool reads them as one big-endian 16-bit result (loader.py check_command, util.py FatalError.WithResult):
// the ESP8266 ROM sends [1, reason] (0x0105 = invalid message...), esp-flasher-stub sends its code big-endian
// ([0xC4, 0x00] = 0xC400 failed SPI operation). Only *_DATA commands carry a checksum: XOR of the payload
// bytes seeded with 0xEF. Opcodes 0xD0+ exist only in the flasher stub.
export const Op = {
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
export type OpCode = (typeof Op)[keyof typeof Op];

export const CHECKSUM_SEED = 0xef;
export const STATUS_BYTES = 2;
/** The 36 data bytes of SYNC: 07 07 12 20 followed by 32 × 0x55 (lets the ROM measure the baud rate). */
export const SYNC_DATA = Buffer.from([0x07, 0x07, 0x12, 0x20, ...new Array<number>(32).fill(0x55)]);
/** What the stub sends once it runs after MEM_END. */
export const STUB_HELLO = Buffer.from("OHAI", "ascii");

export function opName(op: number): string {
  for (const [name, value] of Object.entries(Op)) if (value === op) return name;
  return `0x${op.toString(16).padStart(2, "0")}`;
}

/**
 * The 16-bit results: the ROM's (0x01xx, esptool's table) and esp-flasher-stub's (commands.h
 * esp_response_code, 0xC000..0xFF00).
 */
export const Result = {
  ROM_INVALID_MESSAGE: 0x0105,
  ROM_FAILED: 0x0106,
  ROM_BAD_CHECKSUM: 0x0107,
  ROM_FLASH_WRITE: 0x0108,
  STUB_BAD_DATA_LEN: 0xc000,
  STUB_BAD_DATA_CHECKSUM: 0xc100,
  STUB_BAD_BLOCKSIZE: 0xc200,
  STUB_INVALID_COMMAND: 0xc300,
  STUB_FAILED_SPI_OP: 0xc400,
  STUB_FAILED_SPI_UNLOCK: 0xc500,
  STUB_NOT_IN_FLASH_MODE: 0xc600,
  STUB_INFLATE_ERROR: 0xc700,
  STUB_NOT_ENOUGH_DATA: 0xc800,
  STUB_TOO_MUCH_DATA: 0xc900,
  STUB_NOT_IMPLEMENTED: 0xff00,
} as const;

const RESULT_TEXT: Record<number, string> = {
  0x0100: "undefined error",
  0x0101: "invalid parameter",
  0x0105: "received message is invalid",
  0x0106: "failed to act on received message",
  0x0107: "bad checksum",
  0x0108: "flash write error",
  0x0109: "flash read error",
  0x010a: "flash read length error",
  0x010b: "deflate error",
  0xc000: "bad data length",
  0xc100: "bad data checksum",
  0xc200: "bad block size",
  0xc300: "invalid command",
  0xc400: "SPI operation failed (the flash chip did not complete the write or erase)",
  0xc500: "SPI unlock failed (the flash chip is write-protected)",
  0xc600: "not in flash mode",
  0xc700: "inflate error",
  0xc800: "not enough data",
  0xc900: "too much data",
  0xff00: "command not implemented",
};
export function errorText(code: number): string {
  return RESULT_TEXT[code] ?? `unknown result 0x${code.toString(16).padStart(4, "0")}`;
}

/** Results that say a packet was damaged on the wire (so it was not acted on): sending it again is safe. */
export function isTransferError(code: number): boolean {
  return code === Result.ROM_INVALID_MESSAGE || code === Result.ROM_BAD_CHECKSUM ||
    code === Result.STUB_BAD_DATA_LEN || code === Result.STUB_BAD_DATA_CHECKSUM;
}

export function checksum(data: Uint8Array, seed = CHECKSUM_SEED): number {
  let c = seed;
  for (const b of data) c ^= b;
  return c;
}

export function encodeRequest(op: number, data: Uint8Array, check = 0): Buffer {
  const pkt = Buffer.alloc(8 + data.length);
  pkt[0] = 0x00;
  pkt[1] = op;
  pkt.writeUInt16LE(data.length, 2);
  pkt.writeUInt32LE(check >>> 0, 4);
  pkt.set(data, 8);
  return pkt;
}

export interface Request {
  op: number;
  checksum: number;
  data: Buffer;
}

/** Parses a request frame; undefined when it is not a well-formed request (wrong direction or length). */
export function decodeRequest(frame: Buffer): Request | undefined {
  if (frame.length < 8 || frame[0] !== 0x00) return undefined;
  const len = frame.readUInt16LE(2);
  if (frame.length !== 8 + len) return undefined;
  return { op: frame[1]!, checksum: frame.readUInt32LE(4), data: frame.subarray(8) };
}

export interface Response {
  op: number;
  value: number;
  /** Data without the status bytes. */
  body: Buffer;
  /** The two status bytes read big-endian, as esptool does: 0 = success. */
  result: number;
}

export function decodeResponse(frame: Buffer): Response | undefined {
  if (frame.length < 8 + STATUS_BYTES || frame[0] !== 0x01) return undefined;
  const len = frame.readUInt16LE(2);
  if (frame.length !== 8 + len || len < STATUS_BYTES) return undefined;
  const data = frame.subarray(8);
  return {
    op: frame[1]!,
    value: frame.readUInt32LE(4),
    body: data.subarray(0, data.length - STATUS_BYTES),
    result: data.readUInt16BE(data.length - STATUS_BYTES),
  };
}

export function words(...values: number[]): Buffer {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => b.writeUInt32LE(v >>> 0, i * 4));
  return b;
}
