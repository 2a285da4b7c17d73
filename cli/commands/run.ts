// `tsduino run main.ts [--timeout S] [--target host|lx106-qemu]`: compiles for the host with g++ and runs it;
// Serial goes to stdout. A program exits when its top-level code ends; a sketch runs until --timeout.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { CommandModule } from "yargs";
import { compileEntry } from "../compile-entry.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildHost } from "../../builders/host.js";
import { UserError } from "../user-error.js";
import { resolveSettings } from "../config.js";
import { boardPins, getBoard } from "../../boards/index.js";

interface RunArgs {
  entry: string;
  timeout?: number;
  target: "host" | "lx106-qemu";
  cycles: boolean;
  board?: string;
  stimulus?: string;
  trace?: string;
  flash?: string;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: "run <entry>",
  describe: "Compile a TypeScript sketch for the PC and run it (Serial on stdout)",
  builder: (y) =>
    y
      .positional("entry", { type: "string", demandOption: true, describe: "the sketch's main .ts file" })
      .option("timeout", { type: "number", describe: "stop a sketch after this many seconds (exit code 0)" })
      .option("target", { choices: ["host", "lx106-qemu"] as const, default: "host" as const, describe: "where to run it" })
      .option("cycles", { type: "boolean", default: false, describe: "lx106-qemu: report the CPU cycle count" })
      .option("board", { type: "string", describe: "declare this board's pin names (D1, A0, ...; default: tsduino.json board)" })
      .option("stimulus", { type: "string", describe: "host: pin events to play (lines 'time pin value', e.g. '120ms D3 LOW for 40ms')" })
      .option("trace", { type: "string", describe: "host: write each pin output change (digitalWrite, analogWrite, tone) to this file" })
      .option("flash", { type: "string", describe: "host: folder keeping LittleFS and EEPROM between runs (default: .tsduino/flash in the project: tsduino.json's folder, else the sketch's)" }),
  handler: async (args) => {
    const { settings, configFile } = resolveSettings({ board: args.board }, dirname(resolve(args.entry)));
    const board = settings.board ? boardPins(getBoard(settings.board)) : undefined;
    const env = args.target === "host" ? hostEnvironment(args, settings.board, configFile ? dirname(configFile) : dirname(resolve(args.entry))) : undefined;
    const sketch = compileEntry(args.entry, args.target === "host" ? "host" : "lx106-qemu", board);
    const dir = writeSketch(sketch, mkdtempSync(join(tmpdir(), "tsduino-run-")));
    if (args.target === "lx106-qemu") {
      const { runOnLx106, formatLx106Report } = await import("../../builders/lx106-qemu.js");
      const result = await runOnLx106(dir, { cycles: args.cycles, live: true, timeoutMs: args.timeout ? args.timeout * 1000 : 0 });
      if (args.cycles) console.error(formatLx106Report(result));
      process.exitCode = result.timedOut ? 0 : (result.exitCode ?? 1);
      return;
    }
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
