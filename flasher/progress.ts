// A one-line progress bar with throughput for long transfers: redrawn in place on a terminal, printed every 25 %
// otherwise (logs, tests). Throughput counts image bytes (what the user asked to write), not wire bytes.
export interface Progress {
  start(label: string, total: number): void;
  update(done: number): void;
  finish(message?: string): void;
}

export class ConsoleProgress implements Progress {
  private label = "";
  private total = 0;
  private started = 0;
  private lastQuarter = -1;
  private lastDraw = 0;

  /** `out` is where the bar is drawn (the CLI: stderr); `tty` redraws in place instead of printing quarters. */
  constructor(private readonly out: { write(text: string): unknown }, private readonly tty: boolean) {}

  start(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.started = Date.now();
    this.lastQuarter = -1;
    this.update(0);
  }

  update(done: number): void {
    const fraction = this.total === 0 ? 1 : Math.min(1, done / this.total);
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = `${(done / 1024 / seconds).toFixed(1)} kB/s`;
    const pct = `${Math.floor(fraction * 100)}%`.padStart(4);
    if (this.tty) {
      if (Date.now() - this.lastDraw < 50 && fraction < 1) return;
      this.lastDraw = Date.now();
      const width = 30;
      const filled = Math.round(fraction * width);
      this.out.write(`\r${this.label} [${"=".repeat(filled)}${" ".repeat(width - filled)}] ${pct} ${rate}   `);
    } else {
      const quarter = Math.floor(fraction * 4);
      if (quarter === this.lastQuarter) return;
      this.lastQuarter = quarter;
      this.out.write(`${this.label} ${pct} ${rate}\n`);
    }
  }

  finish(message?: string): void {
    if (this.tty) this.out.write("\n");
    if (message) this.out.write(`${message}\n`);
  }
}

export const silentProgress: Progress = { start() {}, update() {}, finish() {} };

/** Bytes per second as "123.4 kB/s". */
export function formatRate(bytes: number, ms: number): string {
  return `${(bytes / 1024 / Math.max(0.001, ms / 1000)).toFixed(1)} kB/s`;
}
