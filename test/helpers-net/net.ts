// Shared by the network-library tests and benches: build an example (with its constants pointed at local
// services) once through the real compiler and host builder, run the executable until a line appears,
// start a private mosquitto on a free loopback port, and read a process's resident memory.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { compile, type Diagnostic } from "../../compiler/src/index.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildHost } from "../../builders/host.js";
import { REPO } from "../helpers-ws/servers.js";

export { REPO };

export interface Built {
  executable: string;
  sketchDir: string;
  ino: string;
  warnings: Diagnostic[];
}

/**
 * Copies examples/<name>/ into a temporary folder, applies `edit` to main.ts (and writes `extraFiles`),
 * compiles it for the host and builds it with g++.
 */
export async function buildExample(name: string, edit: (source: string) => string, extraFiles: Record<string, string> = {}): Promise<Built> {
  const dir = mkdtempSync(join(tmpdir(), `tsduino-${name}-`));
  const source = join(REPO, "examples", name);
  for (const f of ["main.ts", "certs.ts"]) if (existsSync(join(source, f))) copyFileSync(join(source, f), join(dir, f));
  writeFileSync(join(dir, "main.ts"), edit(readFileSync(join(dir, "main.ts"), "utf8")));
  for (const [file, text] of Object.entries(extraFiles)) writeFileSync(join(dir, file), text);
  return buildEntry(join(dir, "main.ts"));
}

export async function buildEntry(entry: string): Promise<Built> {
  const result = compile({ entry });
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (!result.sketch || errors.length) throw new Error(`compile failed:\n${result.diagnostics.map((d) => d.message).join("\n")}`);
  const sketchDir = writeSketch(result.sketch, mkdtempSync(join(dirname(entry), "sketch-")));
  const { executable } = await buildHost(sketchDir, result.sketch);
  return { executable, sketchDir, ino: result.sketch.files[0].content, warnings: result.diagnostics };
}

export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stdout contains `text` (rejects after `ms`). */
  waitFor: (text: string | RegExp, ms?: number) => Promise<void>;
  /** Resolves when stderr contains `text` (rejects after `ms`). */
  waitForStderr: (text: string | RegExp, ms?: number) => Promise<void>;
  stop: () => Promise<void>;
}

export function start(executable: string): Running {
  const child = spawn(executable, [], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const waiters: { test: (s: string) => boolean; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) if (w.test(out)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout!.on("data", (d: Buffer) => {
    out += d.toString().replace(/\r/g, "");
    check();
  });
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitFor: (text, ms = 15_000) =>
      new Promise<void>((resolve, reject) => {
        const test = (s: string) => (typeof text === "string" ? s.includes(text) : text.test(s));
        if (test(out)) return resolve();
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${String(text)}; stdout:\n${out.slice(-2000)}\nstderr:\n${err.slice(-2000)}`)), ms);
        waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
        exited.then(() => {
          if (!test(out)) {
            clearTimeout(timer);
            reject(new Error(`the sketch exited before ${String(text)}; stdout:\n${out.slice(-2000)}\nstderr:\n${err.slice(-2000)}`));
          }
        });
      }),
    waitForStderr: async (text, ms = 15_000) => {
      const deadline = Date.now() + ms;
      const test = (s: string) => (typeof text === "string" ? s.includes(text) : text.test(s));
      while (!test(err)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)} on stderr:\n${err.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Broker {
  port: number;
  stop: () => Promise<void>;
}

/** A private mosquitto on 127.0.0.1 (anonymous, no QoS 0 queue limit), ready when it accepts connections. */
export async function startMosquitto(extraConfig: string[] = [], port?: number): Promise<Broker> {
  const p = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), "tsduino-mosquitto-"));
  const conf = join(dir, "mosquitto.conf");
  writeFileSync(conf, [`listener ${p} 127.0.0.1`, "allow_anonymous true", "max_queued_messages 0", "persistence false", ...extraConfig, ""].join("\n"));
  const child = spawn("mosquitto", ["-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (await canConnect(p)) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`mosquitto did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    port: p,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

/** Resident set size of a process in kB (from /proc). */
export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) : NaN;
}

/** Runs a command to completion, collecting stdout (for mosquitto_pub/sub). */
export function runCommand(command: string, args: string[], input?: string, ms = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A command that exits before reading its input (mosquitto_pub refused by the broker) closes the pipe:
    // its exit code and output tell what happened, the EPIPE on our side adds nothing.
    child.stdin.on("error", () => undefined);
    child.stdin.end(input ?? "");
  });
}
