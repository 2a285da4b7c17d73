// Device builds, from TypeScript to firmware.bin: compile the entry for the board (typed pin constants),
// write the sketch folder plus sketch.yaml and platformio.ini, run the chosen builder (arduino-cli or
// PlatformIO), copy firmware.bin and the .elf (kept for crash decoding) into the output folder and report
// flash/RAM use against the board's capacity. `tsduino build --board` calls buildFirmware(). Nothing is
// printed here: compiler warnings and size lines are returned, errors thrown (CompileError, UserError).
import { copyFileSync, mkdirSync, watch, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { CompiledSketch, Diagnostic } from "../compiler/src/index.js";
import { compileSketch } from "./compile-sketch.js";
import { boardPins, getBoard, type Board } from "../boards/index.js";
import { UserError } from "../shared/user-error.js";
import { buildWithArduinoCli, type BuilderInput, type BuilderOutput } from "./arduino-cli.js";
import { buildWithPio } from "./pio.js";
import { externalLibraries, platformioIni, sketchYaml, type ProjectSettings } from "./project-files.js";
import { writeSketch } from "./sketch.js";
import { formatSizes, type FirmwareSizes } from "./sizes.js";

export type BuilderName = "arduino-cli" | "pio";
export const BUILDERS: readonly BuilderName[] = ["arduino-cli", "pio"];

export interface FirmwareBuildOptions extends ProjectSettings {
  /** The sketch's entry .ts file. */
  entry: string;
  /** Board id (boards/<id>.json) or an already loaded board. */
  board: string | Board;
  builder?: BuilderName;
  /** Output folder: the sketch folder is <outDir>/<name>/, the firmware <outDir>/firmware.bin. */
  outDir: string;
  /** Each line the builder prints, as it prints it (for verbose output). */
  onLine?: (line: string) => void;
}

export interface FirmwareBuild {
  sketchDir: string;
  bin: string;
  elf: string;
  sizes: FirmwareSizes;
  /** Human-readable flash/RAM lines (a warning last when RAM is short). */
  report: string[];
  /** The builder's full output. */
  log: string;
  /** The compiler's warnings (errors throw a CompileError). */
  warnings: Diagnostic[];
}

/** Compiles `entry` for the board and builds the firmware with the chosen builder. */
export async function buildFirmware(options: FirmwareBuildOptions): Promise<FirmwareBuild> {
  const board = typeof options.board === "string" ? getBoard(options.board) : options.board;
  const { sketch, warnings } = compileSketch(resolve(options.entry), boardPins(board));
  return { ...(await buildCompiledSketch(sketch, { ...options, board })), warnings };
}

/** The builder half of buildFirmware, for a sketch that is already compiled. */
export async function buildCompiledSketch(sketch: CompiledSketch, options: FirmwareBuildOptions): Promise<FirmwareBuild> {
  const board = typeof options.board === "string" ? getBoard(options.board) : options.board;
  const builder = options.builder ?? "arduino-cli";
  if (!BUILDERS.includes(builder)) throw new UserError(`unknown builder '${builder}'; use one of: ${BUILDERS.join(", ")}`);
  const outDir = resolve(options.outDir);
  const sketchDir = writeProjectSketch(sketch, board, options);
  const libraries = externalLibraries(sketch.libraries);

  const input: BuilderInput = {
    board, sketchDir, name: sketch.name, libraries, workDir: join(outDir, ".build"), sourceDir: dirname(resolve(options.entry)), onLine: options.onLine,
  };
  const built: BuilderOutput = builder === "pio" ? await buildWithPio(input) : await buildWithArduinoCli(input);
  const bin = join(outDir, "firmware.bin");
  const elf = join(outDir, "firmware.elf");
  copyFileSync(built.bin, bin);
  copyFileSync(built.elf, elf);
  return { sketchDir, bin, elf, sizes: built.sizes, report: formatSizes(built.sizes, board), log: built.log, warnings: [] };
}

/**
 * The sketch-only build (`tsduino build --board B --sketch-only`): the sketch folder with sketch.yaml and
 * platformio.ini, ready for the Arduino IDE, arduino-cli or PlatformIO; no builder is needed or run.
 */
export function writeSketchForBoard(options: FirmwareBuildOptions): { sketchDir: string; warnings: Diagnostic[] } {
  const board = typeof options.board === "string" ? getBoard(options.board) : options.board;
  const { sketch, warnings } = compileSketch(resolve(options.entry), boardPins(board));
  return { sketchDir: writeProjectSketch(sketch, board, options), warnings };
}

function writeProjectSketch(sketch: CompiledSketch, board: Board, options: FirmwareBuildOptions): string {
  const outDir = resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });
  const sketchDir = writeSketch(sketch, outDir, { monitorBaud: options.monitorBaud });
  const libraries = externalLibraries(sketch.libraries);
  writeFileSync(join(sketchDir, "sketch.yaml"), sketchYaml(board, libraries, options));
  writeFileSync(join(sketchDir, "platformio.ini"), platformioIni(board, libraries, options));
  return sketchDir;
}

/**
 * Rebuilds on every save of a .ts file next to the entry (recursively). Calls `onBuild` with each result or
 * error; returns a function that stops watching. Builds never overlap: a save during a build queues one more.
 */
export function watchFirmware(options: FirmwareBuildOptions, onBuild: (result: FirmwareBuild | Error) => void): () => void {
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    try {
      onBuild(await buildFirmware(options));
    } catch (error) {
      onBuild(error as Error);
    }
    running = false;
    if (again) { again = false; void run(); }
  };
  const outDir = resolve(options.outDir);
  const watcher = watch(dirname(resolve(options.entry)), { recursive: true }, (_event, file) => {
    if (!file || !String(file).endsWith(".ts")) return;
    if (resolve(dirname(resolve(options.entry)), String(file)).startsWith(outDir + "/")) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  void run();
  return () => { clearTimeout(timer); watcher.close(); };
}
