// Small process helpers shared by the device builders and `tsduino doctor`: find an executable on the PATH
// and run it collecting its output (optionally echoing it line by line), without ever throwing on a
// non-zero exit so callers can turn the tool's own message into a clear error.
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Absolute path of `name` on the PATH (like `which`), or undefined. */
export function findOnPath(name: string, path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface ToolResult {
  /** Exit code; -1 when the tool could not be started. */
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in arrival order. */
  output: string;
}

export interface RunOptions {
  cwd?: string;
  /** Called with each complete output line as it arrives (for live progress). */
  onLine?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export function runTool(command: string, args: string[], options: RunOptions = {}): Promise<ToolResult> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let output = "";
    let pending = "";
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const take = (chunk: Buffer, isErr: boolean) => {
      const text = chunk.toString("utf8");
      if (isErr) stderr += text; else stdout += text;
      output += text;
      if (options.onLine) {
        pending += text;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) options.onLine(line);
      }
    };
    child.stdout.on("data", (c: Buffer) => take(c, false));
    child.stderr.on("data", (c: Buffer) => take(c, true));
    child.on("error", (error) => resolve({ code: -1, stdout, stderr: stderr + error.message, output: output + error.message }));
    child.on("close", (code) => {
      if (options.onLine && pending) options.onLine(pending);
      resolve({ code: code ?? -1, stdout, stderr, output });
    });
  });
}
