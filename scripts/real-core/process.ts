// Child processes for the real-core check: run to completion (or until a timeout, then SIGINT/SIGTERM like a
// user's Ctrl-C or `tsduino run --timeout`) and collect stdout/stderr as bytes.
import { spawn } from "node:child_process";

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Stop the process after this many ms with `signal` (then SIGKILL 2 s later). */
  timeoutMs?: number;
  signal?: NodeJS.Signals;
  /** Resolve early (after stopping the process) once stdout contains this text. */
  until?: string;
}

export function run(command: string, args: string[], options: RunOptions = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const stop = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(options.signal ?? "SIGTERM");
      kill = setTimeout(() => child.kill("SIGKILL"), 2000);
    };
    const timer = options.timeoutMs ? setTimeout(() => { timedOut = true; stop(); }, options.timeoutMs) : undefined;
    child.stdout.on("data", (d: Buffer) => {
      out.push(d);
      if (options.until && Buffer.concat(out).toString("utf8").includes(options.until)) stop();
    });
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", (e) => err.push(Buffer.from(String(e))));
    child.on("close", (code) => {
      clearTimeout(timer);
      clearTimeout(kill);
      resolve({ code, stdout: Buffer.concat(out).toString("latin1"), stderr: Buffer.concat(err).toString("utf8"), timedOut });
    });
  });
}
