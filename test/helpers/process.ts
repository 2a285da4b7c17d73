// Running child processes for the tests and the bench: collect stdout as bytes (the differential test
// compares bytes), stderr as text, the exit code or signal, with a hard timeout; plus a tiny worker pool
// so that a corpus runs two programs at a time on the shared 2-core machine.
import { spawn } from "node:child_process";

export interface ProcessResult {
  stdout: Buffer;
  stderr: string;
  /** Exit code, or null when the process was killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallMs: number;
}

export interface RunOptions {
  cwd?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Signal sent when the timeout expires (SIGKILL unless told otherwise). */
  killSignal?: NodeJS.Signals;
  /**
   * Run the child in a process group of its own and send the timeout's signal to the whole group: `g++` killed
   * alone leaves its `cc1plus` running, holding the output pipes open, so the result would wait for it anyway.
   */
  killGroup?: boolean;
}

export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolveResult, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: "pipe", detached: options.killGroup ?? false });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      const signal = options.killSignal ?? "SIGKILL";
      if (options.killGroup && child.pid !== undefined) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          child.kill(signal);  // the group is gone already
        }
      } else child.kill(signal);
    }, options.timeoutMs ?? 120_000);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolveResult({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8"),
        code,
        signal,
        timedOut,
        wallMs: performance.now() - started,
      });
    });
    // A child that exits without reading its input must not fail the caller with EPIPE.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** Maps `items` through `fn` with at most `limit` calls in flight; results keep the input order. */
export async function mapWithConcurrency<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
