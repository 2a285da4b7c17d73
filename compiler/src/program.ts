// Pass 1: build a TypeScript program for the entry file with strict options, the Arduino typings as globals,
// the board's pin constants, and Arduino libraries resolved by header name ("WebSocketsClient") to their
// bindings in runtime/libraries/. Returns the program and TypeScript's own diagnostics.
import ts from "typescript";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BoardPins } from "./index.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const RUNTIME_DIR = join(PROJECT_ROOT, "runtime");
const TYPINGS = join(RUNTIME_DIR, "typings");
const LIBRARIES = join(RUNTIME_DIR, "libraries");
export const BOARD_TYPINGS = "/__tsduino__/board.d.ts";

/** A bound Arduino library (runtime/libraries/<module>/binding.json). */
export interface LibraryBinding {
  module: string;
  dir: string;
  typings: string;
  include: string;
  arduinoLibrary: string | null;
  pioLibrary: string | null;
  hostSources: string[];
  hostFlags: string[];
  names: Record<string, string>;
  /** Calls that compile but are insecure: the compiler prints the message as a warning. */
  warnings: { call: string; whenArgumentsFewerThan: number; message: string }[];
  /** Global declarations of the Arduino core (no import needed): the typings are always in the program. */
  global: boolean;
  /** Modules whose adapters this one's adapter includes (e.g. PubSubClient needs WiFiClient's): always copied too. */
  requires: string[];
}

/** The built-in bindings, then those of the user's project (`libraries/<Module>/binding.json` next to the
 * entry file or at the project root, the nearest folder up with a tsduino.json): a project binding of the same
 * module replaces the built-in one. */
export function loadLibraryBindings(entry?: string): Map<string, LibraryBinding> {
  const bindings = new Map<string, LibraryBinding>();
  for (const folder of [LIBRARIES, ...(entry ? projectLibraryFolders(entry) : [])]) readBindings(folder, bindings);
  return bindings;
}

function projectLibraryFolders(entry: string): string[] {
  const folders = [join(dirname(resolve(entry)), "libraries")];
  for (let dir = dirname(resolve(entry)); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, "tsduino.json"))) {
      folders.unshift(join(dir, "libraries"));
      break;
    }
  }
  return [...new Set(folders)].filter((f) => f !== LIBRARIES);
}

function readBindings(folder: string, bindings: Map<string, LibraryBinding>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name, "binding.json");
    if (!existsSync(file)) continue;
    const raw = JSON.parse(readFileSync(file, "utf8")) as Partial<LibraryBinding>;
    if (!raw.module || !raw.typings) continue;
    bindings.set(raw.module, {
      module: raw.module,
      dir: join(folder, name),
      typings: join(folder, name, raw.typings),
      include: raw.include ?? `${raw.module}.h`,
      arduinoLibrary: raw.arduinoLibrary ?? null,
      pioLibrary: raw.pioLibrary ?? null,
      hostSources: raw.hostSources ?? [],
      hostFlags: raw.hostFlags ?? [],
      names: raw.names ?? {},
      warnings: raw.warnings ?? [],
      global: raw.global ?? false,
      requires: raw.requires ?? [],
    });
  }
}

export const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.es2023.array.d.ts"],
  types: [],
  noEmit: true,
  allowImportingTsExtensions: true,
  noFallthroughCasesInSwitch: false,
  skipLibCheck: true,
};

export function boardTypings(board: BoardPins | undefined): string {
  if (!board) return "// no board selected\nexport {};\n";
  const lines = [`// Pins printed on the ${board.id} board.`];
  for (const name of Object.keys(board.pins)) lines.push(`declare const ${name}: number;`);
  return lines.join("\n") + "\n";
}

export interface ProgramResult {
  program: ts.Program;
  checker: ts.TypeChecker;
  libraries: Map<string, LibraryBinding>;
  /** The .d.ts files that describe the runtime (not user code). */
  isRuntimeFile(fileName: string): boolean;
}

/** TypeScript's own lib .d.ts files, parsed once per process: they never change while it runs, and a
 * SourceFile can be shared between programs (the language service does the same). Parsing them was about
 * half of compiling a small program, which the test suites and `tsduino watch` do many times. */
const defaultLibFiles = new Map<string, ts.SourceFile>();
const defaultLibDir = dirname(ts.getDefaultLibFilePath(COMPILER_OPTIONS));

export function createProgram(entry: string, board: BoardPins | undefined): ProgramResult {
  const libraries = loadLibraryBindings(entry);
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const boardText = boardTypings(board);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (fileName === BOARD_TYPINGS) return ts.createSourceFile(fileName, boardText, languageVersion, true);
    if (!fileName.startsWith(defaultLibDir + "/")) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    let file = defaultLibFiles.get(key);
    if (!file) {
      file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) defaultLibFiles.set(key, file);
    }
    return file;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => f === BOARD_TYPINGS || fileExists(f);
  host.resolveModuleNameLiterals = (literals, containingFile, _redirect, options) =>
    literals.map((literal) => {
      const binding = libraries.get(literal.text);
      if (binding) {
        return { resolvedModule: { resolvedFileName: binding.typings, extension: ts.Extension.Dts, isExternalLibraryImport: false } };
      }
      return ts.resolveModuleName(literal.text, containingFile, options, host);
    });
  const globals = [...libraries.values()].filter((b) => b.global).map((b) => b.typings);
  const rootNames = [resolve(entry), join(TYPINGS, "arduino.d.ts"), join(TYPINGS, "fixed-width.d.ts"), ...globals, BOARD_TYPINGS].filter(
    (f) => f === BOARD_TYPINGS || existsSync(f),
  );
  const bindingTypings = new Set([...libraries.values()].map((b) => b.typings));
  const program = ts.createProgram({ rootNames, options: COMPILER_OPTIONS, host });
  const runtimePrefix = RUNTIME_DIR + "/";
  return {
    program,
    checker: program.getTypeChecker(),
    libraries,
    isRuntimeFile: (f) => f.startsWith(runtimePrefix) || f === BOARD_TYPINGS || bindingTypings.has(f) || program.isSourceFileDefaultLibrary(program.getSourceFile(f)!),
  };
}

/** The bindings used and, before each, the ones its adapter includes (binding.json `requires`), each once. */
export function withRequired(used: LibraryBinding[], libraries: Map<string, LibraryBinding>): LibraryBinding[] {
  const out: LibraryBinding[] = [];
  const visit = (lib: LibraryBinding): void => {
    if (out.includes(lib)) return;
    for (const name of lib.requires) {
      const required = libraries.get(name);
      if (required) visit(required);
    }
    out.push(lib);
  };
  used.forEach(visit);
  return out;
}
