// `tsduino run main.ts [--timeout S] [--target host|lx106-qemu] [--board id]`: compiles for the host with g++ and runs it;
// Serial goes to stdout. A program exits when its top-level code ends; a sketch runs until --timeout.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { CommandModule } from "yargs";
import { boardPins, getBoard } from "../../boards/index.js";
import { resolveProject, type Project } from "../project.js";
import { UserError } from "../user-error.js";

export interface RunArgs {
  entry: string;
  timeout?: number;
  target: "host" | "lx106-qemu";
  board?: string;
  cycles: boolean;
  stimulus?: string;
  trace?: string;
  flash?: string;
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
      .option("cycles", { type: "boolean", default: false, describe: "lx106-qemu: report the CPU cycle count" })
      .option("stimulus", { type: "string", describe: "host: pin events to play (lines 'time pin value', e.g. '120ms D3 LOW for 40ms')" })
      .option("trace", { type: "string", describe: "host: write each pin output change (digitalWrite, analogWrite, tone) to this file" })
      .option("flash", { type: "string", describe: "host: folder keeping LittleFS and EEPROM between runs (default: .tsduino/flash in the project: tsduino.json's folder, else the sketch's)" }),
  handler: async (args) => {
    const project = runProject(args);
    const { compileEntry } = await import("../compile-entry.js");
    const { writeSketch } = await import("../../builders/sketch.js");
    const env = args.target === "host" ? hostEnvironment(args, project.board, project.configFile ? dirname(project.configFile) : dirname(project.entry!)) : undefined;
    const sketch = compileEntry(project.entry!, boardPins(getBoard(project.board)));
    const dir = writeSketch(sketch, mkdtempSync(join(tmpdir(), "tsduino-run-")), { monitorBaud: project.monitorBaud });
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
    process.exitCode = await runExecutable(executable, args.timeout, env);
  },
};

/** LittleFS size and block size of a flash layout (spiffs_start..spiffs_end in the core's boards.txt). */
const FS_GEOMETRY: Record<string, [number, number]> = {
  "4M1M": [0x3fa000 - 0x300000, 8192],
  "4M2M": [0x3fa000 - 0x200000, 8192],
  "4M3M": [0x3fa000 - 0x100000, 8192],
  "1M64": [0xfb000 - 0xeb000, 4096],
};

/** Where the host's flash (LittleFS, EEPROM) lives, its size, and the stimulus file the pin simulation plays. */
function hostEnvironment(args: RunArgs, boardId: string | undefined, projectDir: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  const geometry = boardId ? FS_GEOMETRY[getBoard(boardId).flash.layout] : undefined;
  if (geometry) [env.TSDUINO_FS_SIZE, env.TSDUINO_FS_BLOCK] = geometry.map(String);
  env.TSDUINO_FLASH_DIR = resolve(args.flash ?? join(projectDir, ".tsduino", "flash"));
  if (args.stimulus) {
    if (!existsSync(args.stimulus)) throw new UserError(`cannot read the stimulus file '${args.stimulus}'`);
    env.TSDUINO_STIMULUS = resolve(args.stimulus);
  }
  if (args.trace) env.TSDUINO_PIN_TRACE = resolve(args.trace);
  return env;
}

function runExecutable(executable: string, timeout?: number, env?: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(executable, [], { stdio: "inherit", env });
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
