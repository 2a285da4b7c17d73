// `tsduino upload main.ts`: build, flash and open the serial monitor (with the fresh ELF for crash decoding)
// in one go. Takes the flash options plus the monitor's (--monitor-baud for the monitor's speed); board,
// builder, port, bauds and output folder resolve like every command (flags, tsduino.json, defaults).
import type { Argv, CommandModule } from "yargs";
import { UserError } from "../user-error.js";
import { flashOptions, runFlash, type FlashArgs } from "./flash.js";
import { monitorOptions, resolveMonitorPort, runMonitor } from "./monitor.js";
import { resolveProject, type Project } from "../project.js";

export interface UploadArgs extends FlashArgs {
  entry: string;
  "monitor-baud"?: number;
  timestamp: boolean;
  log?: string;
  elf?: string;
}

export function uploadProject(args: UploadArgs): Project {
  return resolveProject(args.entry.endsWith(".ts") ? args.entry : undefined, {
    port: args.port, uploadBaud: args.baud, monitorBaud: args["monitor-baud"], board: args.board, builder: args.builder, outDir: args.out,
  }, { flagNames: { uploadBaud: "--baud" } });
}

export const uploadCommand: CommandModule<object, UploadArgs> = {
  command: "upload <entry>",
  describe: "Build a .ts sketch, flash it and open the serial monitor",
  builder: (y) =>
    monitorOptions(flashOptions(y))
      .positional("entry", { type: "string", demandOption: true, describe: "the sketch's entry file (main.ts) or a firmware .bin" })
      .option("monitor-baud", { type: "number", describe: "baud rate of the monitor (default: tsduino.json monitorBaud, else 115200)" }) as unknown as Argv<UploadArgs>,
  handler: async (args) => {
    const project = uploadProject(args);
    if (project.port === "sim" || project.port?.startsWith("sim:")) throw new UserError("upload needs a real board: the simulated one runs no firmware (use 'tsduino flash --port sim')");
    const port = await resolveMonitorPort(project.port);
    const elf = await runFlash({ ...args, files: [args.entry] }, { ...project, port });
    await runMonitor(port, project.monitorBaud, { timestamp: args.timestamp, log: args.log, elf: args.elf ?? elf });
  },
};
