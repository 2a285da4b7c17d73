// `tsduino run main.ts [--timeout S] [--target host|lx106-qemu] [--board id]`: compiles for the host with g++ and runs it;
// Serial goes to stdout. A program exits when its top-level code ends; a sketch runs until --timeout.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandModule } from "yargs";
import { boardPins, getBoard } from "../../boards/index.js";
import { resolveProject, type Project } from "../project.js";

export interface RunArgs {
  entry: string;
  timeout?: number;
  target: "host" | "lx106-qemu";
  board?: string;
  cycles: boolean;
}

export function runProject(args: RunArgs): Project {
  return resolveProject(args.entry, { board: args.board });
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: "run <entry>",
  describe: "Compile a TypeScript sketch for the PC and run it (Serial on stdout)",
  builder: (y) =>
    y
      .positional("entry", { type: "string", demandOption: true, describe: "the sketch's main .ts file" })
      .option("timeout", { type: "number", describe: "stop a sketch after this many seconds (exit code 0)" })
      .option("target", { choices: ["host", "lx106-qemu"] as const, default: "host" as const, describe: "where to run it" })
      .option("board", { type: "string", describe: "the board whose pin names (D4, LED_BUILTIN...) the sketch uses (default: tsduino.json board, else nodemcuv2)" })
      .option("cycles", { type: "boolean", default: false, describe: "lx106-qemu: report the CPU cycle count" }),
  handler: async (args) => {
    const project = runProject(args);
    const { compileEntry } = await import("../compile-entry.js");
    const { writeSketch } = await import("../../builders/sketch.js");
    const sketch = compileEntry(project.entry!, boardPins(getBoard(project.board)));
    const dir = writeSketch(sketch, mkdtempSync(join(tmpdir(), "tsduino-run-")));
    if (args.target === "lx106-qemu") {
      const { runOnLx106, formatLx106Report } = await import("../../builders/lx106-qemu.js");
      // A closed stdout (`tsduino run ... | head`) must not crash the CLI with EPIPE.
      const ignoreClosedPipe = () => undefined;
      process.stdout.on("error", ignoreClosedPipe);
      const live = { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s) };
      const result = await runOnLx106(dir, { cycles: args.cycles, live, timeoutMs: args.timeout ? args.timeout * 1000 : 0 });
      process.stdout.off("error", ignoreClosedPipe);
      if (args.cycles) console.error(formatLx106Report(result));
      process.exitCode = result.timedOut ? 0 : (result.exitCode ?? 1);
      return;
    }
    const { buildHost } = await import("../../builders/host.js");
    const { executable } = await buildHost(dir, sketch);
    process.exitCode = await runExecutable(executable, args.timeout);
  },
};

function runExecutable(executable: string, timeout?: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(executable, [], { stdio: "inherit" });
    let timedOut = false;
    const timer = timeout ? setTimeout(() => { timedOut = true; child.kill("SIGTERM"); }, timeout * 1000) : undefined;
    const forward = () => child.kill("SIGINT");
    process.on("SIGINT", forward);
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      process.off("SIGINT", forward);
      if (timedOut) resolve(0);
      else resolve(code ?? (signal === "SIGINT" ? 130 : 1));
    });
  });
}
