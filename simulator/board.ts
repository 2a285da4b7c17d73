// A simulated ESP8266 on a pseudo-terminal pair: socat creates two linked ptys (stable symlinks in a temp
// folder), the simulated board opens one end through the real `serialport` binding and the flasher or monitor
// opens the other, exactly as it would open /dev/ttyUSB0. The link can throttle both directions to the serial
// rate the board is set to (10 bits per byte), applies the device's modelled work time, and can vanish and
// come back (socat killed and restarted) like an unplugged board.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SerialPort } from "serialport";
import { closePort, openSerialPort } from "../flasher/transport.js";
import { FlashStore } from "./flash-store.js";
import { STUB_FRAME_BUFFER, SimulatedEsp8266, type DeviceOptions } from "./device.js";
import { BoardSlipReceiver, slipFrame } from "./packets.js";
import type { Faults } from "./faults.js";

export interface SimulatedBoardOptions {
  /** Flash content file (created filled with 0xFF if missing). */
  flashFile: string;
  flashSize?: number;
  /** Deliver bytes at the board's baud rate instead of as fast as the pty allows. */
  throttle?: boolean;
  faults?: Faults;
  jedecId?: number;
  efuses?: DeviceOptions["efuses"];
  /** Debug lines about the simulated port (errors, close); none by default. */
  debug?: (line: string) => void;
}

export class SimulatedBoard {
  /** The path the flasher/monitor opens. */
  readonly hostPath: string;
  readonly boardPath: string;
  device!: SimulatedEsp8266;
  /** The last 64 KB the board received, as text (what a monitor sent). */
  received = "";
  readonly flash: FlashStore;
  private socat: ChildProcess | undefined;
  private port: SerialPort | undefined;
  private readonly dir: string;
  private rxAt = 0;
  private txAt = 0;
  private readonly rxQueue = new TimedQueue();
  private readonly txQueue = new TimedQueue();

  private constructor(private readonly options: SimulatedBoardOptions) {
    this.dir = mkdtempSync(join(tmpdir(), "tsduino-sim-"));
    this.hostPath = join(this.dir, "host");
    this.boardPath = join(this.dir, "board");
    this.flash = new FlashStore(options.flashFile, options.flashSize ?? 4 << 20);
  }

  static async start(options: SimulatedBoardOptions): Promise<SimulatedBoard> {
    const board = new SimulatedBoard(options);
    await board.plugIn();
    return board;
  }

  /** Creates the pty pair, opens the board end and starts a fresh ROM loader (as after a power-up). */
  async plugIn(): Promise<void> {
    this.socat = spawn("socat", ["-d", "-d", `pty,raw,echo=0,link=${this.boardPath}`, `pty,raw,echo=0,link=${this.hostPath}`], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    const socat = this.socat;
    // socat must not outlive us (a crashed test, Ctrl-C in `tsduino flash --port sim`).
    const killOnExit = () => socat.kill("SIGTERM");
    process.once("exit", killOnExit);
    socat.once("exit", () => process.off("exit", killOnExit));
    let ptys = 0;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("socat did not create the pty pair")), 5000);
      socat.on("error", (e) => { clearTimeout(timer); reject(new Error(`cannot run socat: ${e.message}`)); });
      socat.stderr!.on("data", (d: Buffer) => {
        ptys += (d.toString().match(/PTY is/g) ?? []).length;
        if (ptys >= 2 && existsSync(this.hostPath) && existsSync(this.boardPath)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    this.rxAt = this.txAt = 0;
    const port = openSerialPort(this.boardPath, 115200);
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    this.port = port;
    this.device = new SimulatedEsp8266(
      { flash: this.flash, faults: this.options.faults, jedecId: this.options.jedecId, efuses: this.options.efuses, realisticTiming: this.options.throttle },
      {
        send: (frame, delayMs) => this.transmit(slipFrame(frame), delayMs),
        baudChanged: () => {},
        disconnect: () => void this.unplug(),
      },
    );
    const decoder = new BoardSlipReceiver(STUB_FRAME_BUFFER, (frame, error) => this.device.receive(frame, error));
    port.on("data", (chunk: Buffer) => {
      this.received = (this.received + chunk.toString("latin1")).slice(-65536);
      this.deliver(() => decoder.push(chunk), chunk.length);
    });
    port.on("error", (err: Error) => {
      this.options.debug?.(`simulated board port error: ${err.message}`);
    });
    port.on("close", () => {
      this.options.debug?.("simulated board port closed");
    });
  }

  /** Like pressing RESET with GPIO0 low: the ROM loader starts again at 115200 baud (the flash is kept). */
  reset(): void {
    this.device.resetToRom();
  }

  /** Writes raw bytes from the board (e.g. a boot banner or application output for the monitor). */
  print(text: string | Buffer): void {
    this.transmit(Buffer.isBuffer(text) ? text : Buffer.from(text, "latin1"), 0);
  }

  /** Tears the pty pair down: the host side sees its port disappear. */
  async unplug(): Promise<void> {
    this.rxQueue.clear();
    this.txQueue.clear();
    const port = this.port;
    this.port = undefined;
    if (port) await closePort(port);
    const socat = this.socat;
    this.socat = undefined;
    if (socat && socat.exitCode === null) {
      await new Promise<void>((r) => {
        socat.once("exit", () => r());
        socat.kill("SIGTERM");
      });
    }
  }

  async stop(): Promise<void> {
    await this.unplug();
    this.flash.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private byteTimeMs(bytes: number): number {
    return this.options.throttle ? (bytes * 10 * 1000) / this.device.baud : 0;
  }

  /** Received bytes reach the board only once they have crossed the wire at the current baud rate. */
  private deliver(fn: () => void, bytes: number): void {
    if (!this.options.throttle) return fn();
    this.rxAt = Math.max(Date.now(), this.rxAt) + this.byteTimeMs(bytes);
    this.rxQueue.push(this.rxAt, fn);
  }

  /** Answers leave in order; each waits for the board's work and then for its own time on the wire. */
  private transmit(data: Buffer, delayMs: number): void {
    const now = Date.now();
    this.txAt = Math.max(now + delayMs, this.txAt) + this.byteTimeMs(data.length);
    const port = this.port;
    this.txQueue.push(this.txAt, () => { if (port?.isOpen) port.write(data); });
  }
}

/**
 * Runs jobs in the order they were queued, each no earlier than its time. One timer for the whole queue: separate
 * setTimeout()s can fire out of order when their times are close (they count from libuv's cached clock).
 */
class TimedQueue {
  private jobs: { at: number; fn: () => void }[] = [];
  private timer: NodeJS.Timeout | undefined;

  push(at: number, fn: () => void): void {
    this.jobs.push({ at, fn });
    if (this.jobs.length === 1 && !this.timer) this.pump();
  }

  clear(): void {
    this.jobs = [];
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private pump(): void {
    this.timer = undefined;
    while (this.jobs.length > 0) {
      const wait = this.jobs[0]!.at - Date.now();
      if (wait > 0) {
        this.timer = setTimeout(() => this.pump(), wait);
        return;
      }
      try {
        this.jobs.shift()!.fn();
      } catch {
        // A job that fails (a write to a vanished port) must not stall the jobs behind it.
      }
    }
  }
}
