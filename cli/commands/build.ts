// `tsduino build main.ts [--out build] [--target device|host|lx106-qemu]`: writes the Arduino sketch folder;
// for the host target also the native executable.
import type { CommandModule } from "yargs";
import { compileEntry } from "../compile-entry.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildHost } from "../../builders/host.js";
import type { Target } from "../../compiler/src/index.js";
import { buildFirmware, watchFirmware, writeSketchForBoard, type FirmwareBuild, type FirmwareBuildOptions } from "../../builders/device.js";
import { resolveSettings, BUILDER_NAMES } from "../config.js";
import { refreshBoardTypings } from "./new.js";
import { getBoard } from "../../boards/index.js";
import { dirname, resolve } from "node:path";

interface BuildArgs {
  entry: string;
  out?: string;
  target: Target;
  board?: string;
  builder?: (typeof BUILDER_NAMES)[number];
  port?: string;
  watch: boolean;
  verbose: boolean;
  "sketch-only": boolean;
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: "build <entry>",
  describe: "Compile a TypeScript sketch to an Arduino sketch folder (and, for --target host, a native executable)",
  builder: (y) =>
    y
      .positional("entry", { type: "string", demandOption: true, describe: "the sketch's main .ts file" })
      .option("out", { type: "string", describe: "output folder (default: tsduino.json outDir, else build)" })
      .option("target", { choices: ["device", "host", "lx106-qemu"] as const, default: "device" as Target, describe: "what to build for" })
      .option("board", { type: "string", describe: "build firmware for this board with --builder (see 'tsduino boards'; default: tsduino.json board)" })
      .option("builder", { choices: BUILDER_NAMES, describe: "device builder (default: tsduino.json builder, else arduino-cli)" })
      .option("port", { type: "string", describe: "serial port written into sketch.yaml / platformio.ini (default: tsduino.json port)" })
      .option("watch", { type: "boolean", default: false, describe: "with a board: rebuild the firmware on every save" })
      .option("verbose", { type: "boolean", default: false, describe: "with a board: show the builder's output" })
      .option("sketch-only", { type: "boolean", default: false, describe: "with a board: write the sketch folder with sketch.yaml and platformio.ini, run no builder (for the Arduino IDE)" }),
  handler: async (args) => {
    const { settings, configFile } = resolveSettings({ board: args.board, builder: args.builder, port: args.port, outDir: args.out }, dirname(resolve(args.entry)));
    if (args.target === "device" && settings.board) {
      if (configFile && refreshBoardTypings(dirname(configFile), getBoard(settings.board))) console.log(`tsduino-board.d.ts now declares the pins of ${settings.board}`);
      if (args["sketch-only"]) {
        const dir = await writeSketchForBoard({ ...settings, entry: args.entry, board: settings.board, outDir: settings.outDir ?? "build" });
        console.log(`sketch written to ${dir} (with sketch.yaml and platformio.ini): open it in the Arduino IDE, or build it with arduino-cli compile --profile ${settings.board} ${dir}`);
        return;
      }
      await buildForBoard({ ...settings, entry: args.entry, board: settings.board, outDir: settings.outDir ?? "build",
        onLine: args.verbose ? (line) => console.log(line) : undefined }, args.watch);
      return;
    }
    args.out = settings.outDir ?? "build";
    const sketch = compileEntry(args.entry, args.target);
    const dir = writeSketch(sketch, args.out as string, { monitorBaud: settings.monitorBaud });
    console.log(`sketch written to ${dir}/${sketch.name}.ino`);
    if (args.target === "host") {
      const { executable } = await buildHost(dir, sketch);
      console.log(`host executable: ${executable}`);
    }
  },
};

function printFirmware(build: FirmwareBuild): void {
  console.log(`sketch written to ${build.sketchDir}`);
  console.log(`firmware: ${build.bin} (elf: ${build.elf})`);
  for (const line of build.report) (line.startsWith("warning:") ? console.warn : console.log)(line);
}

async function buildForBoard(options: FirmwareBuildOptions, watch: boolean): Promise<void> {
  console.log(`building firmware for ${String(options.board)} with ${options.builder ?? "arduino-cli"} (the first build compiles the ESP8266 core: a minute or two)`);
  if (!watch) {
    printFirmware(await buildFirmware(options));
    return;
  }
  console.log(`watching ${dirname(resolve(options.entry))} for changes (Ctrl-C stops)`);
  await new Promise<void>(() => {
    watchFirmware(options, (result) => {
      if (result instanceof Error) console.error(`tsduino: ${result.message}`);
      else printFirmware(result);
    });
  });
}
