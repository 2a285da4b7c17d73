// `tsduino upload main.ts`: build, flash and open the serial monitor (with the fresh ELF for crash decoding)
// in one go. Takes the flash options plus the monitor's (--monitor-baud for the monitor's speed); board,
// builder, port, bauds and output folder resolve like every command (flags, tsduino.json, defaults).
// `--ota HOST [--ota HOST2...] [--ota-port 8266] [--auth PASSWORD]`: over the air instead (ArduinoOTA/espota),
// several boards in parallel with one progress line each.
import type { Argv, CommandModule } from "yargs";
import { UserError } from "../user-error.js";
import { flashOptions, runFlash, type FlashArgs } from "./flash.js";
import { monitorOptions, resolveMonitorPort, runMonitor } from "./monitor.js";
import { resolveProject, type Project } from "../project.js";
import { buildEntry, readImage } from "../flash-session.js";
import { otaUpload } from "../../flasher/ota.js";
import { ConsoleProgress, MultiProgress, type Progress } from "../../flasher/progress.js";

export interface UploadArgs extends FlashArgs {
  entry: string;
  "monitor-baud"?: number;
  timestamp: boolean;
  log?: string;
  elf?: string;
  ota?: string[];
  "ota-port": number;
  auth?: string;
}

/** Uploads to every host at once; throws one UserError naming each board that failed. */
async function runOta(args: UploadArgs, project: Project): Promise<void> {
  const hosts = args.ota!;
  let file = args.entry;
  if (file.endsWith(".ts")) file = (await buildEntry(file, project.board, project.builder, project.outDir)).bin;
  const image = readImage(file, 0);
  const tty = Boolean(process.stderr.isTTY);
  const multi = hosts.length > 1 ? new MultiProgress(process.stderr, tty) : undefined;
  const started = Date.now();
  const results = await Promise.allSettled(hosts.map((target) => {
    const progress: Progress = multi ? multi.line(target) : new ConsoleProgress(process.stderr, tty);
    // HOST or HOST:PORT (several boards on one machine each have their own port).
    const m = /^(.*):(\d+)$/.exec(target);
    const host = m ? m[1]! : target;
    return otaUpload({
      host, port: m ? Number(m[2]) : args["ota-port"], password: args.auth, image: image.data, fileName: file, progress,
      log: multi ? undefined : (l) => console.error(l),
    }).then(
      () => multi?.done(progress, "done: the board checked the MD5 and restarts"),
      (e: unknown) => {
        multi?.done(progress, `FAILED: ${(e as Error).message}`);
        throw e;
      },
    );
  }));
  const failed = results.flatMap((r, i) => (r.status === "rejected" ? [`${hosts[i]}: ${(r.reason as Error).message}`] : []));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failed.length > 0) {
    throw new UserError(hosts.length > 1 ? `OTA upload failed on ${failed.length} of ${hosts.length} boards: ${failed.join("; ")}` : failed[0]!.replace(/^[^:]+: /, ""));
  }
  console.error(`Uploaded ${image.data.length} bytes to ${hosts.join(", ")} in ${seconds} s; the board checked the MD5 and restarts.`);
}

export function uploadProject(args: UploadArgs): Project {
  const port = Array.isArray(args.port) ? args.port[0] : args.port;
  return resolveProject(args.entry.endsWith(".ts") ? args.entry : undefined, {
    port, uploadBaud: args.baud, monitorBaud: args["monitor-baud"], board: args.board, builder: args.builder, outDir: args.out,
  }, { flagNames: { uploadBaud: "--baud" } });
}

export const uploadCommand: CommandModule<object, UploadArgs> = {
  command: "upload <entry>",
  describe: "Build a .ts sketch, flash it and open the serial monitor",
  builder: (y) =>
    monitorOptions(flashOptions(y))
      .positional("entry", { type: "string", demandOption: true, describe: "the sketch's entry file (main.ts) or a firmware .bin" })
      .option("monitor-baud", { type: "number", describe: "baud rate of the monitor (default: tsduino.json monitorBaud, else 115200)" })
      .option("ota", { type: "string", array: true, describe: "upload over the air to HOST or HOST:PORT (ArduinoOTA); repeat for several boards" })
      .option("ota-port", { type: "number", default: 8266, describe: "ArduinoOTA's UDP port on the board" })
      .option("auth", { type: "string", describe: "ArduinoOTA password (setPassword on the board)" }) as unknown as Argv<UploadArgs>,
  handler: async (args) => {
    const project = uploadProject(args);
    if (args.ota && args.ota.length > 0) return runOta(args, project);
    if (Array.isArray(args.port) && args.port.length > 1) return void (await runFlash({ ...args, files: [args.entry] }, project)); // several boards: no monitor
    if (project.port === "sim" || project.port?.startsWith("sim:")) throw new UserError("upload needs a real board: the simulated one runs no firmware (use 'tsduino flash --port sim')");
    const port = await resolveMonitorPort(project.port);
    const elf = await runFlash({ ...args, port, files: [args.entry] }, { ...project, port });
    await runMonitor(port, project.monitorBaud, { timestamp: args.timestamp, log: args.log, elf: args.elf ?? elf });
  },
};
