// `tsduino monitor [--port P] [--baud 115200] [--timestamp] [--log file] [--elf firmware.elf]`: the serial
// monitor (line output, typed lines sent to the board, reset reasons explained, crash dumps decoded to
// TypeScript lines with --elf, automatic reconnection). Ctrl-C or Ctrl-] quits. Port and baud: flags, then
// tsduino.json (port, monitorBaud), then auto-detection and 115200.
import { existsSync } from "node:fs";
import type { Argv, CommandModule } from "yargs";
import { UserError } from "../user-error.js";
import { findPort, PortSelectionError } from "../../flasher/ports.js";
import { Monitor } from "../../monitor/monitor.js";
import { readKeyboard } from "../keyboard.js";
import { resolveProject, type Project } from "../project.js";

export interface MonitorArgs {
  port?: string;
  baud?: number;
  timestamp: boolean;
  log?: string;
  elf?: string;
}

export function monitorOptions<T>(y: Argv<T>) {
  return y
    .option("timestamp", { alias: "t", type: "boolean", default: false, describe: "prefix each line with the time" })
    .option("log", { type: "string", describe: "also append the output to this file" })
    .option("elf", { type: "string", describe: "firmware ELF, to decode crash dumps to TypeScript lines" });
}

export function monitorProject(args: MonitorArgs): Project {
  return resolveProject(undefined, { port: args.port, monitorBaud: args.baud }, { flagNames: { monitorBaud: "--baud" } });
}

/** Runs the monitor until the user quits. */
export async function runMonitor(port: string, baud: number, args: { timestamp: boolean; log?: string; elf?: string }): Promise<void> {
  if (args.elf && !existsSync(args.elf)) throw new UserError(`${args.elf}: no such file (--elf)`);
  const monitor = new Monitor({
    port, baud, timestamp: args.timestamp, logFile: args.log, elf: args.elf,
    write: (text) => process.stdout.write(text),
    status: (text) => process.stderr.write(`${text}\n`),
  });
  await monitor.start();
  await new Promise<void>((resolve) => {
    const stopKeyboard = readKeyboard((line) => void monitor.send(line), () => {
      stopKeyboard();
      resolve();
    });
    process.once("SIGINT", () => {
      stopKeyboard();
      resolve();
    });
  });
  await monitor.stop();
}

export async function resolveMonitorPort(port?: string): Promise<string> {
  try {
    return await findPort(port);
  } catch (e) {
    if (e instanceof PortSelectionError) throw new UserError(e.message);
    throw e;
  }
}

export const monitorCommand: CommandModule<object, MonitorArgs> = {
  command: "monitor",
  describe: "Show the board's serial output (decodes crashes with --elf); type lines to send them",
  builder: (y) =>
    monitorOptions(y)
      .option("port", { alias: "p", type: "string", describe: "serial port (default: tsduino.json port, else auto-detected by USB id)" })
      .option("baud", { alias: "b", type: "number", describe: "baud rate (default: tsduino.json monitorBaud, else 115200)" }) as unknown as Argv<MonitorArgs>,
  handler: async (args) => {
    const project = monitorProject(args);
    await runMonitor(await resolveMonitorPort(project.port), project.monitorBaud, args);
  },
};
