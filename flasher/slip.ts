// SLIP framing (RFC 1055 as used by Espressif's serial loader): every packet starts and ends with 0xC0;
// 0xC0 inside a packet is sent as 0xDB 0xDC and 0xDB as 0xDB 0xDD. The decoder is incremental so that bytes
// can be fed as they arrive from the serial port; it reports bytes seen outside frames (boot messages, noise)
// separately so callers can show or ignore them.
export const SLIP_END = 0xc0;
const SLIP_ESC = 0xdb;
const SLIP_ESC_END = 0xdc;
const SLIP_ESC_ESC = 0xdd;

export function slipEncode(packet: Uint8Array): Buffer {
  let extra = 0;
  for (const b of packet) if (b === SLIP_END || b === SLIP_ESC) extra++;
  const out = Buffer.alloc(packet.length + extra + 2);
  let o = 0;
  out[o++] = SLIP_END;
  for (const b of packet) {
    if (b === SLIP_END) {
      out[o++] = SLIP_ESC;
      out[o++] = SLIP_ESC_END;
    } else if (b === SLIP_ESC) {
      out[o++] = SLIP_ESC;
      out[o++] = SLIP_ESC_ESC;
    } else out[o++] = b;
  }
  out[o++] = SLIP_END;
  return out;
}

export interface SlipDecoderEvents {
  /** A complete frame (unescaped). `valid` is false when it contained a bad escape sequence. */
  frame(data: Buffer, valid: boolean): void;
  /** Bytes received outside any frame. */
  noise?(data: Buffer): void;
}

export class SlipDecoder {
  private inFrame = false;
  private escaped = false;
  private valid = true;
  private buf: number[] = [];

  constructor(private readonly events: SlipDecoderEvents) {}

  push(chunk: Uint8Array): void {
    let noiseStart = -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (!this.inFrame) {
        if (b === SLIP_END) {
          if (noiseStart >= 0) this.events.noise?.(Buffer.from(chunk.subarray(noiseStart, i)));
          noiseStart = -1;
          this.startFrame();
        } else if (noiseStart < 0) noiseStart = i;
        continue;
      }
      if (this.escaped) {
        this.escaped = false;
        if (b === SLIP_ESC_END) this.buf.push(SLIP_END);
        else if (b === SLIP_ESC_ESC) this.buf.push(SLIP_ESC);
        else {
          this.valid = false;
          this.buf.push(b);
        }
      } else if (b === SLIP_ESC) this.escaped = true;
      else if (b === SLIP_END) {
        // Two ENDs in a row: the first one closed nothing, so treat this END as the start of a frame.
        if (this.buf.length === 0) continue;
        this.inFrame = false;
        const data = Buffer.from(this.buf);
        const valid = this.valid;
        this.buf = [];
        this.events.frame(data, valid);
      } else this.buf.push(b);
    }
    if (noiseStart >= 0) this.events.noise?.(Buffer.from(chunk.subarray(noiseStart)));
  }

  reset(): void {
    this.inFrame = false;
    this.escaped = false;
    this.buf = [];
  }

  private startFrame(): void {
    this.inFrame = true;
    this.escaped = false;
    this.valid = true;
    this.buf = [];
  }
}
