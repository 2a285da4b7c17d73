// `tsduino upload main.ts`: build, flash and open the serial monitor (with the fresh ELF for crash decoding)
// in one go. Takes the flash options plus the monitor's (--monitor-baud for the monitor's speed).
import type { Argv, CommandModule } from "yargs";
import { UserError } from "../user-error.js";
import { flashOptions, runFlash, type FlashArgs } from "./flash.js";
import { monitorOptions, resolveMonitorPort, runMonitor } from "./monitor.js";

interface UploadArgs extends FlashArgs {
  entry: string;
  "monitor-baud": number;
  timestamp: boolean;
  log?: string;
  elf?: string;
}

export const uploadCommand: CommandModule<object, UploadArgs> = {
  command: "upload <entry>",
  describe: "Build a .ts sketch, flash it and open the serial monitor",
  builder: (y) =>
    monitorOptions(flashOptions(y))
      .positional("entry", { type: "string", demandOption: true, describe: "the sketch's entry file (main.ts) or a firmware .bin" })
      .option("monitor-baud", { type: "number", default: 115200, describe: "baud rate of the monitor" }) as unknown as Argv<UploadArgs>,
  handler: async (args) => {
    if (args.port === "sim" || args.port?.startsWith("sim:")) throw new UserError("upload needs a real board: the simulated one runs no firmware (use 'tsduino flash --port sim')");
    const port = await resolveMonitorPort(args.port);
    const elf = await runFlash({ ...args, port, files: [args.entry] });
    await runMonitor(port, args["monitor-baud"], { timestamp: args.timestamp, log: args.log, elf: args.elf ?? elf });
  },
};
