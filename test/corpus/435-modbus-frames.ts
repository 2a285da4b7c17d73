// Modbus RTU request handling: frames as number arrays, CRC-16 computed with bit operations, a request
// destructured into [address, function, ...payload], function codes as an enum with reverse names;
// exceptions thrown as ModbusError with an exception code and turned into exception responses.
enum Fn { ReadHolding = 3, WriteSingle = 6, WriteMultiple = 16 }

class ModbusError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
    this.name = "ModbusError";
  }
}

function crc16(bytes: number[]): number {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}

function withCrc(bytes: number[]): number[] {
  const c = crc16(bytes);
  return [...bytes, c & 0xff, c >> 8];
}

const registers = [100, 200, 300, 400, 500, 600, 700, 800];
const ADDRESS = 17;

function handle(frame: number[]): number[] | null {
  if (frame.length < 4) throw new ModbusError(0, "short frame");
  const body = frame.slice(0, -2);
  const [lo, hi] = frame.slice(-2);
  if (crc16(body) !== (lo | (hi << 8))) throw new ModbusError(0, "bad crc");
  const [address, fn, ...payload] = body;
  if (address !== ADDRESS) return null;
  try {
    switch (fn) {
      case Fn.ReadHolding: {
        const [sh, sl, nh, nl] = payload;
        const start = (sh << 8) | sl;
        const count = (nh << 8) | nl;
        if (start + count > registers.length) throw new ModbusError(2, `illegal address ${start}+${count}`);
        const values = registers.slice(start, start + count).flatMap((v) => [v >> 8, v & 0xff]);
        return withCrc([address, fn, values.length, ...values]);
      }
      case Fn.WriteSingle: {
        const [ah, al, vh, vl] = payload;
        const at = (ah << 8) | al;
        if (at >= registers.length) throw new ModbusError(2, `illegal address ${at}`);
        registers[at] = (vh << 8) | vl;
        return withCrc(body);
      }
      default:
        throw new ModbusError(1, `illegal function ${fn} (${Fn[fn] ?? "unknown"})`);
    }
  } catch (e) {
    if (!(e instanceof ModbusError)) throw e;
    console.log(`exception ${e.code}: ${e.message}`);
    return withCrc([address, fn | 0x80, e.code]);
  }
}

const hex = (xs: number[]): string => xs.map((b) => b.toString(16).padStart(2, "0")).join(" ");
const requests = [
  withCrc([17, 3, 0, 1, 0, 3]),
  withCrc([17, 6, 0, 2, 0x12, 0x34]),
  withCrc([17, 3, 0, 2, 0, 1]),
  withCrc([17, 3, 0, 6, 0, 5]),
  withCrc([17, 16, 0, 0, 0, 1, 2, 0, 9]),
  withCrc([9, 3, 0, 0, 0, 1]),
  [17, 3, 0, 0, 0, 1, 0, 0],
];
for (const r of requests) {
  try {
    const reply = handle(r);
    console.log(hex(r), "->", reply === null ? "(not for us)" : hex(reply));
  } catch (e) {
    if (e instanceof ModbusError) console.log(hex(r), "dropped:", e.message);
  }
}
console.log(registers, Fn[16], Fn.ReadHolding);
