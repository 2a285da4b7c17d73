// `tsduino build main.ts [--out build] [--target device|host|lx106-qemu] [--board id] [--builder] [--port]`:
// writes the Arduino sketch folder; for the host target also the native executable; for a board (flag or
// tsduino.json) the firmware through arduino-cli or PlatformIO. Settings come from resolveProject().
import { dirname } from "node:path";
import type { CommandModule } from "yargs";
import type { Target } from "../../compiler/src/index.js";
import type { FirmwareBuild, FirmwareBuildOptions } from "../../builders/device.js";
import { boardPins, getBoard } from "../../boards/index.js";
import { BUILDER_NAMES } from "../config.js";
import { resolveProject, type Project } from "../project.js";
import { refreshBoardTypings } from "./new.js";

export interface BuildArgs {
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

export function buildProject(args: BuildArgs): Project {
  return resolveProject(args.entry, { board: args.board, builder: args.builder, port: args.port, outDir: args.out });
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: "build <entry>",
  describe: "Compile a TypeScript sketch to an Arduino sketch folder (and, for --target host, a native executable)",
  builder: (y) =>
    y
      .positional("entry", { type: "string", demandOption: true, describe: "the sketch's main .ts file" })
      .option("out", { type: "string", describe: "output folder (default: tsduino.json outDir, else build)" })
      .option("target", { choices: ["device", "host", "lx106-qemu"] as const, default: "device" as Target, describe: "what to build for" })
      .option("board", { type: "string", describe: "the board: its pin names, and with --target device the firmware (see 'tsduino boards'; default: tsduino.json board, else nodemcuv2 pins and no firmware)" })
      .option("builder", { choices: BUILDER_NAMES, describe: "device builder (default: tsduino.json builder, else arduino-cli)" })
      .option("port", { type: "string", describe: "serial port written into sketch.yaml / platformio.ini (default: tsduino.json port)" })
      .option("watch", { type: "boolean", default: false, describe: "with a board: rebuild the firmware on every save" })
      .option("verbose", { type: "boolean", default: false, describe: "with a board: show the builder's output" })
      .option("sketch-only", { type: "boolean", default: false, describe: "with a board: write the sketch folder with sketch.yaml and platformio.ini, run no builder (for the Arduino IDE)" }),
  handler: async (args) => {
    const project = buildProject(args);
    const board = getBoard(project.board);
    if (args.target === "device" && project.from.board !== "default") {
      if (project.configFile && refreshBoardTypings(dirname(project.configFile), board)) console.log(`tsduino-board.d.ts now declares the pins of ${board.id}`);
      const options: FirmwareBuildOptions = {
        entry: project.entry!, board: board.id, builder: project.builder, port: project.port, outDir: project.outDir,
        monitorBaud: project.monitorBaud, onLine: args.verbose ? (line) => console.log(line) : undefined,
      };
      if (args["sketch-only"]) {
        const { writeSketchForBoard } = await import("../../builders/device.js");
        const { printDiagnostics } = await import("../compile-entry.js");
        const { sketchDir, warnings } = writeSketchForBoard(options);
        printDiagnostics(warnings);
        console.log(`sketch written to ${sketchDir} (with sketch.yaml and platformio.ini): open it in the Arduino IDE, or build it with arduino-cli compile --profile ${board.id} ${sketchDir}`);
        return;
      }
      await buildForBoard(options, args.watch);
      return;
    }
    const { compileEntry } = await import("../compile-entry.js");
    const { writeSketch } = await import("../../builders/sketch.js");
    const sketch = compileEntry(project.entry!, boardPins(board));
    const dir = writeSketch(sketch, project.outDir, { monitorBaud: project.monitorBaud });
    console.log(`sketch written to ${dir}/${sketch.name}.ino`);
    if (args.target === "host") {
      const { buildHost } = await import("../../builders/host.js");
      const { executable } = await buildHost(dir, sketch);
      console.log(`host executable: ${executable}`);
    }
  },
};

export async function printFirmware(build: FirmwareBuild): Promise<void> {
  const { printDiagnostics } = await import("../compile-entry.js");
  printDiagnostics(build.warnings);
  console.log(`sketch written to ${build.sketchDir}`);
  console.log(`firmware: ${build.bin} (elf: ${build.elf})`);
  for (const line of build.report) (line.startsWith("warning:") ? console.warn : console.log)(line);
}

async function buildForBoard(options: FirmwareBuildOptions, watch: boolean): Promise<void> {
  const { buildFirmware, watchFirmware } = await import("../../builders/device.js");
  console.log(`building firmware for ${String(options.board)} with ${options.builder ?? "arduino-cli"} (the first build compiles the ESP8266 core: a minute or two)`);
  if (!watch) {
    await printFirmware(await buildFirmware(options));
    return;
  }
  const { printCompileError } = await import("../compile-entry.js");
  console.log(`watching ${dirname(options.entry)} for changes (Ctrl-C stops)`);
  await new Promise<void>(() => {
    watchFirmware(options, (result) => {
      if (result instanceof Error) {
        printCompileError(result);
        console.error(`tsduino: ${result.message}`);
      } else void printFirmware(result);
    });
  });
}
