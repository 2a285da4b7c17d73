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

/**
 * One progress line per board when several are written at once: on a terminal all lines are redrawn in place
 * (cursor moved up to each one), otherwise each board prints its line, prefixed by its name, every 25 %.
 */
export class MultiProgress {
  private readonly lines: { name: string; text: string }[] = [];
  private drawn = 0;

  constructor(private readonly out: NodeJS.WriteStream, private readonly tty: boolean) {}

  /** The Progress of one board; `name` (its port or host) starts the line. */
  line(name: string): Progress {
    const entry = { name, text: "waiting" };
    this.lines.push(entry);
    const width = () => Math.max(...this.lines.map((l) => l.name.length));
    let label = "";
    let total = 0;
    let started = 0;
    let lastQuarter = -1;
    let lastDraw = 0;
    return {
      start: (l, t) => {
        label = l;
        total = t;
        started = Date.now();
        lastQuarter = -1;
        entry.text = `${label}   0%`;
        this.render(true);
      },
      update: (done) => {
        const fraction = total === 0 ? 1 : Math.min(1, done / total);
        const rate = `${(done / 1024 / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1)} kB/s`;
        const bar = `[${"=".repeat(Math.round(fraction * 20)).padEnd(20)}]`;
        entry.text = `${label} ${bar} ${`${Math.floor(fraction * 100)}%`.padStart(4)} ${rate}`;
        if (this.tty) {
          if (Date.now() - lastDraw < 100 && fraction < 1) return;
          lastDraw = Date.now();
          this.render(false);
        } else {
          const quarter = Math.floor(fraction * 4);
          if (quarter === lastQuarter) return;
          lastQuarter = quarter;
          this.out.write(`${entry.name.padEnd(width())}  ${entry.text}\n`);
        }
      },
      finish: (message) => {
        if (message) entry.text = message;
        if (this.tty) this.render(false);
        else if (message) this.out.write(`${entry.name.padEnd(width())}  ${message}\n`);
      },
    };
  }

  /** Sets a board's line to a final message (done, or its error). */
  done(progress: Progress, message: string): void {
    progress.finish(message);
  }

  private render(force: boolean): void {
    if (!this.tty) return;
    if (!force && this.drawn === 0) return;
    const width = Math.max(...this.lines.map((l) => l.name.length));
    let text = this.drawn > 0 ? `\x1b[${this.drawn}A` : "";
    for (const l of this.lines) text += `\r\x1b[2K${l.name.padEnd(width)}  ${l.text}\n`;
    this.drawn = this.lines.length;
    this.out.write(text);
  }
}
