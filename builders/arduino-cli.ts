// The arduino-cli builder: checks that arduino-cli, the ESP8266 core and the sketch's libraries are installed
// (saying exactly which one is missing and the command that installs it), runs `arduino-cli compile` with
// the board's full FQBN, and returns the firmware .bin/.elf paths plus the flash/RAM use it reported.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fqbnWithOptions, type Board } from "../boards/index.js";
import { UserError } from "../shared/user-error.js";
import { ESP8266_INDEX_URL, ESP8266_PLATFORM } from "./project-files.js";
import { SEMANTIC_CXX_FLAGS } from "./semantic-flags.js";
import { findOnPath, runTool, type ToolResult } from "./run-tool.js";
import { parseArduinoSizes, type FirmwareSizes } from "./sizes.js";

export const ARDUINO_CLI_INSTALL =
  "curl -fsSL https://raw.githubusercontent.com/arduino/arduino-cli/master/install.sh | BINDIR=~/.local/bin sh";
export const ESP8266_CORE_INSTALL = `arduino-cli core install ${ESP8266_PLATFORM} --additional-urls ${ESP8266_INDEX_URL}`;
export const libraryInstallCommand = (lib: string) => `arduino-cli lib install ${lib}`;

/** Headers of libraries tsduino binds → the Arduino library manager name that provides them. */
const LIBRARY_OF_HEADER: Record<string, string> = {
  "WebSocketsClient.h": "WebSockets", "WebSocketsServer.h": "WebSockets", "WebSockets.h": "WebSockets",
};

export interface BuilderInput {
  board: Board;
  sketchDir: string;
  /** Sketch name: the .ino is <sketchDir>/<name>.ino. */
  name: string;
  libraries: string[];
  /** Folder for the builder's intermediate files (kept between builds for speed). */
  workDir: string;
  /** Folder of the entry .ts file: relative #line paths are resolved against it. */
  sourceDir?: string;
  onLine?: (line: string) => void;
}

export interface BuilderOutput {
  bin: string;
  elf: string;
  sizes: FirmwareSizes;
  /** The builder's full output, for --verbose and debugging. */
  log: string;
}

/** What is installed for arduino-cli: the ESP8266 core and library names (undefined when arduino-cli is absent). */
export interface ArduinoCliInventory {
  path: string;
  /** undefined when arduino-cli could not be asked (its JSON output was unreadable). */
  coreInstalled: boolean | undefined;
  coreVersion?: string;
  /** undefined when arduino-cli could not be asked. */
  libraries: string[] | undefined;
}

export async function arduinoCliInventory(): Promise<ArduinoCliInventory | undefined> {
  const path = findOnPath("arduino-cli");
  if (!path) return undefined;
  const cores = await runJson(path, ["core", "list"]);
  const libs = await runJson(path, ["lib", "list"]);
  let coreVersion: string | undefined;
  let coreInstalled: boolean | undefined = cores === undefined ? undefined : false;
  walk(cores, (o) => {
    if (o.id === ESP8266_PLATFORM) {
      coreInstalled = true;
      const v = o.installed_version ?? o.installed;
      if (typeof v === "string") coreVersion = v;
    }
  });
  const libraries: string[] | undefined = libs === undefined ? undefined : [];
  walk(libs, (o) => {
    const lib = o.library as Record<string, unknown> | undefined;
    if (lib && typeof lib.name === "string") libraries?.push(lib.name);
  });
  return { path, coreInstalled, coreVersion, libraries };
}

export async function buildWithArduinoCli(input: BuilderInput): Promise<BuilderOutput> {
  const inventory = await arduinoCliInventory();
  if (!inventory) {
    throw new UserError(`arduino-cli is not on the PATH. Install it with:\n  ${ARDUINO_CLI_INSTALL}\n` +
      `then: ${ESP8266_CORE_INSTALL}\n(or build with --builder pio, or add --sketch-only to write just the sketch for the Arduino IDE). ` +
      `The sketch was written to ${input.sketchDir}`);
  }
  const missing: string[] = [];
  // when arduino-cli could not be asked, the compile itself tells (describeFailure)
  if (inventory.coreInstalled === false) missing.push(`the ESP8266 core (${ESP8266_PLATFORM}) is not installed: ${ESP8266_CORE_INSTALL}`);
  for (const lib of input.libraries) {
    if (inventory.libraries && !inventory.libraries.includes(lib)) missing.push(`the Arduino library '${lib}' is not installed: ${libraryInstallCommand(lib)}`);
  }
  if (missing.length) throw new UserError(`${missing.join("\n")}\nThe sketch was written to ${input.sketchDir}`);

  const outputDir = join(input.workDir, "arduino-output");
  const buildPath = join(input.workDir, "arduino-build");
  mkdirSync(outputDir, { recursive: true });
  mkdirSync(buildPath, { recursive: true });
  const args = ["compile", "--fqbn", fqbnWithOptions(input.board), "--build-property", `compiler.cpp.extra_flags=${SEMANTIC_CXX_FLAGS.join(" ")}`, "--build-path", buildPath, "--output-dir", outputDir, input.sketchDir];
  const result = await runTool(inventory.path, args, { onLine: input.onLine });
  if (result.code !== 0) throw new UserError(describeFailure(result, input));

  const sizes = parseArduinoSizes(result.output);
  if (!sizes) throw new UserError(`arduino-cli compile succeeded but printed no size report; its output was:\n${tail(result.output)}`);
  const bin = join(outputDir, `${input.name}.ino.bin`);
  const elf = join(outputDir, `${input.name}.ino.elf`);
  for (const file of [bin, elf]) {
    if (!existsSync(file)) {
      throw new UserError(`arduino-cli did not write ${file} (found: ${readdirSync(outputDir).join(", ") || "nothing"})`);
    }
  }
  return { bin, elf, sizes, log: result.output };
}

/** Turns a failed compile into the message the user needs: compiler errors, a missing core or library. */
function describeFailure(result: ToolResult, input: BuilderInput): string {
  const out = result.output;
  if (/Platform '[^']*' not found|platform not installed|is not installed/i.test(out) && /esp8266/i.test(out)) {
    return `the ESP8266 core (${ESP8266_PLATFORM}) is not installed: ${ESP8266_CORE_INSTALL}\nThe sketch was written to ${input.sketchDir}`;
  }
  const header = /fatal error: ([\w./-]+\.h): No such file or directory/.exec(out);
  if (header) {
    const lib = LIBRARY_OF_HEADER[header[1]] ?? input.libraries.find((l) => header[1].toLowerCase().includes(l.toLowerCase())) ?? header[1].replace(/\.h$/, "");
    return `the Arduino library providing ${header[1]} is missing: ${libraryInstallCommand(lib)}\nThe sketch was written to ${input.sketchDir}`;
  }
  const diagnostics = compilerDiagnostics(out, input.sourceDir);
  if (diagnostics.length) return `the ESP8266 build failed:\n${diagnostics.join("\n")}`;
  return `arduino-cli compile failed (exit ${result.code}):\n${tail(out)}`;
}

/**
 * g++ diagnostics that point into TypeScript files (thanks to #line), each followed by its TypeScript source
 * line: g++'s own frame when it could read the .ts file, else the line read from the file next to the entry.
 */
export function compilerDiagnostics(output: string, sourceDir?: string): string[] {
  const lines = output.split("\n");
  const picked: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\S*\.ts):(\d+)(?::(\d+))?: (fatal error|error|warning|note):(.*)$/.exec(lines[i]);
    if (!m) continue;
    const file = sourceDir && !isAbsolute(m[1]) ? resolve(sourceDir, m[1]) : m[1];
    // g++'s column counts in the generated C++ line, which is not the TypeScript column: leave it out
    picked.push(`${displayPath(file)}:${m[2]}: ${m[4]}:${m[5]}`);
    // g++ >= 9 prints "  12 | source" and "     |   ^~~" under each diagnostic
    let framed = false;
    while (i + 1 < lines.length && /^\s*\d*\s*\|/.test(lines[i + 1])) { picked.push(lines[++i]); framed = true; }
    if (!framed && existsSync(file)) {
      const source = readFileSync(file, "utf8").split("\n")[Number(m[2]) - 1];
      if (source !== undefined) picked.push(`  ${m[2]} | ${source}`);
    }
  }
  if (picked.length) return picked;
  return lines.filter((l) => /: (fatal error|error):/.test(l));
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}

function tail(text: string, count = 25): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

async function runJson(path: string, args: string[]): Promise<unknown> {
  // arduino-cli >= 1.0 takes --json; 0.x took --format json
  for (const flag of [["--json"], ["--format", "json"]]) {
    const r = await runTool(path, [...args, ...flag]);
    if (r.code === 0) {
      try {
        return JSON.parse(r.stdout);
      } catch {
        // try the other flag
      }
    }
  }
  return undefined;
}

function walk(value: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) walk(v, visit);
  } else if (value && typeof value === "object") {
    visit(value as Record<string, unknown>);
    for (const v of Object.values(value)) walk(v, visit);
  }
}
