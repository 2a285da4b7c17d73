// The Espressif serial loader's packet format, shared by the flasher and the simulated board. A request is
// [0x00, op, len16, checksum32, data]; a response is [0x01, op, len16, value32, data], where the data ends with
// status bytes (2 for the ESP8266 ROM and for the flasher stub: status, error). Only *_DATA commands carry a
// checksum: XOR of the payload bytes seeded with 0xEF. Opcodes 0xD0+ exist only in the flasher stub.
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

/** Error codes of the ROM (0x05..0x0B) and of the flasher stub (0xC0..0xCF, 0xFF). */
const ERROR_TEXT: Record<number, string> = {
  0x05: "received message is invalid",
  0x06: "failed to act on received message",
  0x07: "invalid CRC in message",
  0x08: "flash write error",
  0x09: "flash read error",
  0x0a: "flash read length error",
  0x0b: "deflate error",
  0xc0: "bad data length",
  0xc1: "bad data length",
  0xc2: "bad data checksum",
  0xc3: "bad block size",
  0xc4: "invalid command",
  0xc5: "SPI operation failed",
  0xc6: "SPI unlock failed",
  0xc7: "not in flash mode",
  0xc8: "inflate error",
  0xc9: "not enough data",
  0xca: "too much data",
  0xff: "command not implemented",
};
export function errorText(code: number): string {
  return ERROR_TEXT[code] ?? `error 0x${code.toString(16)}`;
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

export function encodeResponse(op: number, value: number, body: Uint8Array, status: number, error: number): Buffer {
  const pkt = Buffer.alloc(8 + body.length + STATUS_BYTES);
  pkt[0] = 0x01;
  pkt[1] = op;
  pkt.writeUInt16LE(body.length + STATUS_BYTES, 2);
  pkt.writeUInt32LE(value >>> 0, 4);
  pkt.set(body, 8);
  pkt[8 + body.length] = status;
  pkt[9 + body.length] = error;
  return pkt;
}

export interface Response {
  op: number;
  value: number;
  /** Data without the status bytes. */
  body: Buffer;
  status: number;
  error: number;
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
    status: data[data.length - STATUS_BYTES]!,
    error: data[data.length - STATUS_BYTES + 1]!,
  };
}

export function words(...values: number[]): Buffer {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => b.writeUInt32LE(v >>> 0, i * 4));
  return b;
}
