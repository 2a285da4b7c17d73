// The serial monitor: shows what the board prints line by line (a partial line appears after a short pause, so
// prompts are visible), optionally with timestamps and a log file, explains boot banners and decodes crash dumps
// under the lines that end them, sends typed lines to the board, and when the port vanishes (a flash from another
// terminal, a replug) waits for it to come back and carries on.
import { appendFileSync, existsSync } from "node:fs";
import type { SerialPort } from "serialport";
import { closePort, openSerialPort, type BindingInterface } from "../flasher/transport.js";
import { CrashDecoder } from "./crash-decoder.js";
import { explainBootLine } from "./reset-reason.js";

export interface MonitorOptions {
  port: string;
  baud: number;
  timestamp?: boolean;
  logFile?: string;
  elf?: string;
  binding?: BindingInterface;
  /** Where the board's output goes (the CLI: stdout). */
  write: (text: string) => void;
  /** Status messages (connected, disconnected...; the CLI: stderr). */
  status: (text: string) => void;
  /** How often to look for a vanished port. */
  reconnectIntervalMs?: number;
}

const PARTIAL_LINE_FLUSH_MS = 100;

export class Monitor {
  private port: SerialPort | undefined;
  private pending = "";
  private partialShown = 0;
  private flushTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly decoder: CrashDecoder;
  private readonly write: (text: string) => void;
  private readonly status: (text: string) => void;
  /** Resolves once the port is open (again); tests wait on it. */
  connected: Promise<void>;
  private markConnected!: () => void;
  reconnects = 0;

  constructor(private readonly options: MonitorOptions) {
    this.decoder = new CrashDecoder({ elf: options.elf });
    this.write = options.write;
    this.status = options.status;
    this.connected = new Promise((r) => (this.markConnected = r));
  }

  /** Opens the port; if it is absent, keeps trying until it appears or stop() is called. */
  async start(): Promise<void> {
    if (!(await this.tryOpen())) {
      this.status(`--- waiting for ${this.options.port} to appear ---`);
      this.scheduleReconnect();
    }
  }

  async send(line: string): Promise<void> {
    const port = this.port;
    if (!port?.isOpen) {
      this.status("--- not connected: input dropped ---");
      return;
    }
    await new Promise<void>((resolve) => port.write(`${line}\r\n`, () => resolve()));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.flushPartial(true);
    clearTimeout(this.flushTimer);
    const port = this.port;
    this.port = undefined;
    if (port) await closePort(port);
  }

  private async tryOpen(again = false): Promise<boolean> {
    if (this.stopped) return false;
    if (!existsSync(this.options.port)) return false;
    const port = openSerialPort(this.options.port, this.options.baud, this.options.binding);
    try {
      await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    } catch {
      return false;
    }
    if (this.stopped) {
      port.close();
      return false;
    }
    this.port = port;
    port.on("data", (chunk: Buffer) => this.onData(chunk.toString("latin1")));
    const lost = () => {
      if (this.port !== port) return;
      this.port = undefined;
      this.flushPartial(true);
      if (this.stopped) return;
      this.status(`--- ${this.options.port} disconnected; waiting for it to come back (Ctrl-C to quit) ---`);
      this.connected = new Promise((r) => (this.markConnected = r));
      this.scheduleReconnect();
    };
    port.on("close", lost);
    port.on("error", lost);
    this.status(`--- ${again ? "reconnected to" : "monitoring"} ${this.options.port} at ${this.options.baud} baud (Ctrl-C or Ctrl-] to quit) ---`);
    this.markConnected();
    return true;
  }

  private scheduleReconnect(): void {
    this.reconnectTimer = setTimeout(async () => {
      if (this.stopped) return;
      if (await this.tryOpen(true)) this.reconnects++;
      else this.scheduleReconnect();
    }, this.options.reconnectIntervalMs ?? 250);
  }

  private onData(text: string): void {
    this.pending += text;
    let nl: number;
    while ((nl = this.pending.indexOf("\n")) >= 0) {
      const line = this.pending.slice(0, nl).replace(/\r$/, "");
      this.pending = this.pending.slice(nl + 1);
      this.emitLine(line);
    }
    clearTimeout(this.flushTimer);
    if (this.pending.length > this.partialShown) this.flushTimer = setTimeout(() => this.flushPartial(false), PARTIAL_LINE_FLUSH_MS);
  }

  /** Shows the not yet terminated part of the current line (a prompt), once. */
  private flushPartial(final: boolean): void {
    if (this.pending.length > this.partialShown) {
      const fresh = this.pending.slice(this.partialShown);
      this.out(this.partialShown === 0 ? this.stamp() + fresh : fresh);
      this.partialShown = this.pending.length;
    }
    if (final && this.partialShown > 0) {
      this.out("\n");
      this.pending = "";
      this.partialShown = 0;
    }
  }

  private emitLine(line: string): void {
    const shown = this.partialShown;
    this.partialShown = 0;
    this.out(shown > 0 ? `${line.slice(shown)}\n` : `${this.stamp()}${line}\n`);
    const notes: string[] = [];
    const boot = explainBootLine(line);
    if (boot) notes.push(`  ~ ${boot}`);
    notes.push(...this.decoder.feed(line));
    for (const note of notes) this.out(`${this.stamp()}${note}\n`);
  }

  private stamp(): string {
    if (!this.options.timestamp) return "";
    const d = new Date();
    const p = (n: number, w = 2) => String(n).padStart(w, "0");
    return `[${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}] `;
  }

  private out(text: string): void {
    this.write(text);
    if (this.options.logFile) appendFileSync(this.options.logFile, text);
  }
}
