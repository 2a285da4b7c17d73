// `tsduino flash [firmware.bin | main.ts | ADDRESS FILE...]`: writes firmware to an ESP8266 over its serial
// bootloader (stub + compression + MD5 check by default, skipping 4 KB sectors already in flash; several
// --port at once in parallel), or with
// `--read-flash FILE` reads flash back into a file. Building a .ts entry first is done by the device builder.
import { writeFileSync } from "node:fs";
import type { Argv, CommandModule } from "yargs";
import { UserError } from "../user-error.js";
import { buildEntry, finish, openSession, parseAddress, parseImageArgs, readImage, toUserError, type OpenedSession } from "../flash-session.js";
import { readFlash, writeImages, type FlashImage } from "../../flasher/write.js";
import { ConsoleProgress, MultiProgress, formatRate } from "../../flasher/progress.js";
import type { AfterReset, BeforeReset } from "../../flasher/reset.js";
import { resolveProject, type Project } from "../project.js";

export interface FlashArgs {
  files?: string[];
  /** Repeating --port flashes several boards in parallel. */
  port?: string | string[];
  baud?: number;
  address: string;
  before: BeforeReset;
  after: AfterReset;
  stub: boolean;
  verify: boolean;
  compress: boolean;
  diff: boolean;
  "read-flash"?: string;
  size?: string;
  board?: string;
  builder?: string;
  out?: string;
}

/** flash/upload/erase settings: --port, --baud (upload speed), --board, --builder, --out over tsduino.json. */
export function flashProject(args: Pick<FlashArgs, "port" | "baud" | "board" | "builder" | "out">, entry?: string): Project {
  return resolveProject(entry, { port: onePort(args.port), uploadBaud: args.baud, board: args.board, builder: args.builder, outDir: args.out }, { flagNames: { uploadBaud: "--baud" } });
}

/** The one port of a single-board command (several --port values are only for writing). */
function onePort(port: string | string[] | undefined): string | undefined {
  return Array.isArray(port) ? port[0] : port;
}

const consoleProgress = () => new ConsoleProgress(process.stderr, Boolean(process.stderr.isTTY));

export function connectionOptions<T>(y: Argv<T>) {
  return y
    .option("port", { alias: "p", type: "string", describe: "serial port (default: tsduino.json port, else auto-detected by USB id; 'sim' = simulated board); repeat to flash several boards at once" })
    .option("baud", { alias: "b", type: "number", describe: "baud rate for the transfer (default: tsduino.json uploadBaud, else 460800; the ROM alone stays at 115200)" })
    .option("before", { choices: ["default_reset", "no_reset"] as const, default: "default_reset" as const, describe: "reset into the bootloader with DTR/RTS first" })
    .option("after", { choices: ["hard_reset", "no_reset"] as const, default: "hard_reset" as const, describe: "reset the board with RTS when done" })
    .option("stub", { type: "boolean", default: true, describe: "upload the flasher stub (--no-stub: ROM loader only, no verification)" });
}

export function flashOptions<T>(y: Argv<T>) {
  return connectionOptions(y)
    .option("address", { alias: "a", type: "string", default: "0x0", describe: "flash address for a single image" })
    .option("verify", { type: "boolean", default: true, describe: "check the MD5 of what was written (stub only)" })
    .option("compress", { type: "boolean", default: true, describe: "send deflate-compressed data (stub only)" })
    .option("diff", { type: "boolean", default: true, describe: "skip 4 KB sectors whose flash content is already identical (stub only)" })
    .option("board", { type: "string", describe: "board to build a .ts entry for (default: tsduino.json board, else nodemcuv2)" })
    .option("builder", { choices: ["arduino-cli", "pio"] as const, describe: "builder for a .ts entry (default: tsduino.json builder, else arduino-cli)" })
    .option("out", { type: "string", describe: "build folder for a .ts entry (default: tsduino.json outDir, else build)" });
}

/** Builds (for .ts) and writes; returns the ELF path when one was built (for the monitor's crash decoder). */
export async function runFlash(args: FlashArgs, project = flashProject(args, tsEntry(args.files))): Promise<string | undefined> {
  const files = args.files ?? [];
  let pairs = parseImageArgs(files, parseAddress(args.address));
  let elf: string | undefined;
  if (pairs.length === 1 && pairs[0]!.file.endsWith(".ts")) {
    const built = await buildEntry(pairs[0]!.file, project.board, project.builder, project.outDir);
    pairs = [{ address: pairs[0]!.address, file: built.bin }];
    elf = built.elf;
  }
  const images = pairs.map((p) => readImage(p.file, p.address));
  if (Array.isArray(args.port) && args.port.length > 1) {
    await runFlashMany(args, args.port, project, images);
    return elf;
  }
  const opened = await openSession({ ...args, port: project.port, baud: project.uploadBaud });
  try {
    const { session } = opened;
    const started = Date.now();
    const sentBefore = session.transport.bytesSent;
    const report = await writeImages(session, images, {
      compress: args.compress, verify: args.verify, skipIdentical: args.diff, progress: consoleProgress(), log: (l) => console.error(l),
    });
    const ms = Date.now() - started;
    const total = images.reduce((n, i) => n + i.data.length, 0);
    const wire = session.transport.bytesSent - sentBefore;
    const skipped = report.bytesSkipped ? `, ${report.bytesSkipped} bytes already in flash were skipped` : "";
    console.error(`Wrote ${report.bytesWritten} of ${total} bytes in ${(ms / 1000).toFixed(1)} s (${formatRate(total, ms)}, ${wire} bytes on the wire${skipped}).`);
    if (report.verified) console.error("Hash of data verified.");
    else if (!session.loader.isStub) console.error("NOT VERIFIED: the ESP8266 ROM loader can neither hash nor read flash back, so this write was not checked (drop --no-stub to verify).");
    else console.error("Not verified (--no-verify).");
    await finish(opened, args.after);
  } catch (e) {
    await opened.close();
    throw toUserError(e, project.port);
  }
  return elf;
}

/** The same images to several boards at once, one progress line each; fails naming every board that failed. */
async function runFlashMany(args: FlashArgs, ports: string[], project: Project, images: FlashImage[]): Promise<void> {
  const multi = new MultiProgress(process.stderr, Boolean(process.stderr.isTTY));
  const started = Date.now();
  const results = await Promise.allSettled(ports.map(async (port) => {
    const progress = multi.line(port);
    const quiet = () => {};
    let opened: OpenedSession | undefined;
    try {
      opened = await openSession({ ...args, port, baud: project.uploadBaud, log: quiet });
      const report = await writeImages(opened.session, images, { compress: args.compress, verify: args.verify, skipIdentical: args.diff, progress, log: quiet });
      await finish(opened, args.after, quiet);
      multi.done(progress, report.verified ? "done, hash of data verified" : opened.session.loader.isStub ? "done (not verified: --no-verify)" : "done, NOT VERIFIED (ROM only)");
    } catch (e) {
      await opened?.close();
      const error = toUserError(e, port);
      multi.done(progress, `FAILED: ${(error as Error).message}`);
      throw error;
    }
  }));
  const failed = results.flatMap((r, i) => (r.status === "rejected" ? [`${ports[i]}: ${(r.reason as Error).message}`] : []));
  if (failed.length > 0) throw new UserError(`flashing failed on ${failed.length} of ${ports.length} boards: ${failed.join("; ")}`);
  console.error(`Flashed ${ports.length} boards in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** The .ts entry among flash's file arguments (its tsduino.json applies), if there is one. */
export function tsEntry(files: string[] | undefined): string | undefined {
  return files?.length === 1 && files[0]!.endsWith(".ts") ? files[0] : undefined;
}

async function runReadFlash(args: FlashArgs): Promise<void> {
  const file = args["read-flash"]!;
  if (!args.stub) throw new UserError("reading flash needs the stub: the ESP8266 ROM cannot read flash back");
  if (Array.isArray(args.port) && args.port.length > 1) throw new UserError("--read-flash reads one board: give one --port");
  const project = flashProject(args);
  const opened = await openSession({ ...args, port: project.port, baud: project.uploadBaud });
  try {
    const { session } = opened;
    const offset = parseAddress(args.address);
    const size = args.size === undefined || args.size === "all" ? session.flashSize - offset : parseAddress(args.size);
    const started = Date.now();
    const data = await readFlash(session, offset, size, consoleProgress());
    writeFileSync(file, data);
    console.error(`Read ${data.length} bytes at 0x${offset.toString(16)} into ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s (MD5 checked).`);
    await finish(opened, args.after);
  } catch (e) {
    await opened.close();
    throw toUserError(e, project.port);
  }
}

export const flashCommand: CommandModule<object, FlashArgs> = {
  command: "flash [files..]",
  describe: "Write firmware (a .bin, a .ts entry, or ADDRESS FILE pairs) to an ESP8266, or read its flash back",
  builder: (y) =>
    flashOptions(y)
      .positional("files", { type: "string", array: true, describe: "firmware.bin | main.ts | ADDRESS FILE [ADDRESS FILE...]" })
      .option("read-flash", { type: "string", describe: "read flash into this file instead of writing (from --address, --size bytes)" })
      .option("size", { type: "string", describe: "bytes to read with --read-flash (default: up to the end of the flash)" }) as unknown as Argv<FlashArgs>,
  handler: async (args) => {
    if (args["read-flash"]) {
      if (args.files?.length) throw new UserError("--read-flash reads from the board: give no firmware file with it");
      await runReadFlash(args);
    } else await runFlash(args);
  },
};
