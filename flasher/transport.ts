// The serial link the loader talks over: a `serialport` stream (the real OS binding unless a test passes
// another one) turned into "send a SLIP packet" / "wait for the next SLIP frame, with a timeout". It also
// drives the DTR/RTS lines (always both at once: serialport's set() resets any line left unspecified), changes
// the baud rate, counts the bytes that went over the wire, and turns an unplugged port into a clear error.
import { SerialPort } from "serialport";
import { SlipDecoder, slipEncode } from "./slip.js";

/** A serialport binding (the OS one is `SerialPort.binding`). */
export type BindingInterface = (typeof SerialPort)["binding"];

export class TimeoutError extends Error {}
/** libuv's uv_poll_event flags, as @serialport/bindings-cpp's Poller takes them. */
const UV_READABLE = 1;
const UV_WRITABLE = 2;
const UV_DISCONNECT = 4;
export class DisconnectedError extends Error {}

export interface TransportOptions {
  path: string;
  baudRate: number;
  /** The serialport binding; defaults to the OS binding. Tests pass a recording wrapper. */
  binding?: BindingInterface;
}

export class Transport {
  bytesSent = 0;
  bytesReceived = 0;
  /** Time the bytes so far need on a real wire at the baud rates they were sent at (10 bits per byte). */
  wireMs = 0;
  private frames: Buffer[] = [];
  private waiter: ((frame: Buffer | Error) => void) | undefined;
  private closedError: Error | undefined;
  private readonly decoder: SlipDecoder;
  /** Text the board printed outside SLIP frames (boot banner, application output). */
  noise = "";
  /** False once the OS said the port has no modem control lines (a pty). */
  hasModemLines = true;

  private constructor(private readonly port: SerialPort, public baudRate: number) {
    this.decoder = new SlipDecoder({
      frame: (data, valid) => {
        if (!valid) return;
        if (this.waiter) {
          const w = this.waiter;
          this.waiter = undefined;
          w(data);
        } else this.frames.push(data);
      },
      noise: (data) => {
        this.noise = (this.noise + data.toString("latin1")).slice(-4096);
      },
    });
    port.on("data", (chunk: Buffer) => {
      this.bytesReceived += chunk.length;
      this.wireMs += (chunk.length * 10000) / this.baudRate;
      this.decoder.push(chunk);
    });
    port.on("close", (err: Error | null) => this.fail(new DisconnectedError(
      err ? `the serial port ${port.path} was disconnected` : `the serial port ${port.path} was closed`)));
    port.on("error", (err: Error) => this.fail(new DisconnectedError(`serial port ${port.path}: ${err.message}`)));
  }

  static async open(options: TransportOptions): Promise<Transport> {
    const port = openSerialPort(options.path, options.baudRate, options.binding);
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    return new Transport(port, options.baudRate);
  }

  get path(): string {
    return this.port.path;
  }

  get isOpen(): boolean {
    return this.closedError === undefined;
  }

  async writeRaw(data: Buffer): Promise<void> {
    if (this.closedError) throw this.closedError;
    this.bytesSent += data.length;
    this.wireMs += (data.length * 10000) / this.baudRate;
    // A port whose other end stops reading never calls back: give up after twice the wire time plus 2 s.
    const limitMs = 2000 + (2 * data.length * 10000) / this.baudRate;
    // @serialport/bindings-cpp's Poller::poll() arms libuv with only the events just asked for: a read that
    // waits for 'readable' while a write waits for 'writable' (the OS buffer was full) disarms the write, and
    // when the board answers only after the whole packet, nothing wakes either (seen as stalls on ptys under
    // load). Re-arming both while a write is pending wakes the write as soon as the port takes bytes again.
    const poller = (this.port as unknown as { port?: { poller?: { poll(events: number): void } } }).port?.poller;
    const kick = setInterval(() => {
      try {
        poller?.poll(UV_READABLE | UV_WRITABLE | UV_DISCONNECT);
      } catch {
        // the port is closing
      }
    }, 100);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new TimeoutError(`the serial port did not take ${data.length} bytes within ${Math.round(limitMs)} ms`)), limitMs);
        this.port.write(data, (err) => {
          clearTimeout(timer);
          if (err) reject(new DisconnectedError(`serial write failed: ${err.message}`));
          else resolve();
        });
      });
    } finally {
      clearInterval(kick);
    }
  }

  async writePacket(packet: Uint8Array): Promise<void> {
    await this.writeRaw(slipEncode(packet));
  }

  /** The next complete SLIP frame, waiting at most `timeoutMs`. */
  readFrame(timeoutMs: number): Promise<Buffer> {
    const queued = this.frames.shift();
    if (queued) return Promise.resolve(queued);
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new TimeoutError(`no answer from the board within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = (frame) => {
        clearTimeout(timer);
        if (frame instanceof Error) reject(frame);
        else resolve(frame);
      };
    });
  }

  /** Forgets every frame received so far (stale answers after a timeout or a sync burst). */
  flushInput(): void {
    this.frames = [];
    this.decoder.reset();
  }

  /** Sets DTR and RTS together; `true` means asserted (the pin driven low on a USB adapter). */
  async setSignals(dtr: boolean, rts: boolean): Promise<void> {
    if (this.closedError) throw this.closedError;
    if (!this.hasModemLines) return;
    try {
      await new Promise<void>((resolve, reject) => this.port.set({ dtr, rts }, (err) => (err ? reject(err) : resolve())));
    } catch (e) {
      // A pseudo-terminal (the simulated board, socat bridges) has no DTR/RTS lines: resetting is then up to the user.
      if (!/Inappropriate ioctl|ENOTTY/.test(String(e))) throw e;
      this.hasModemLines = false;
    }
  }

  async setBaudRate(baudRate: number): Promise<void> {
    await new Promise<void>((resolve, reject) => this.port.update({ baudRate }, (err) => (err ? reject(err) : resolve())));
    this.baudRate = baudRate;
  }

  /** Waits until everything written has left the OS buffer. */
  async drain(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.port.drain((err) => (err ? reject(err) : resolve())));
  }

  async close(): Promise<void> {
    if (!this.port.isOpen) return;
    this.closedError ??= new DisconnectedError("the serial port was closed");
    await closePort(this.port);
  }

  private fail(error: Error): void {
    this.closedError ??= error;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      w(this.closedError);
    }
  }
}

/** Closes a port, without waiting more than 2 s for the OS (a pty whose other end is gone can stall). */
export async function closePort(port: SerialPort): Promise<void> {
  if (!port.isOpen) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000);
    port.close(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A `serialport` port, not yet opened; `binding` replaces the OS binding (tests record DTR/RTS with it). */
export function openSerialPort(path: string, baudRate: number, binding?: BindingInterface): SerialPort {
  const options = { path, baudRate, autoOpen: false, ...(binding ? { binding } : {}) };
  return new SerialPort(options as ConstructorParameters<typeof SerialPort>[0]);
}
