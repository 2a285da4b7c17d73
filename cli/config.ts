// tsduino.json, the project settings file: board, serial port, upload and monitor baud, builder and output
// folder. Found by walking up from the entry file's folder; every unknown key or bad value is reported with
// the file and the key (one line each); command-line flags override the file's values.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import { findBoard, listBoards } from "../boards/index.js";
import { UserError } from "./user-error.js";

export const CONFIG_FILE = "tsduino.json";
export const BUILDER_NAMES = ["arduino-cli", "pio"] as const;
/** Upload speeds the ESP8266 core's boards.txt offers in its "Upload Speed" menu. */
export const UPLOAD_BAUDS = [57600, 115200, 230400, 256000, 460800, 512000, 921600, 3000000];

export interface ProjectConfig {
  board?: string;
  port?: string;
  uploadBaud?: number;
  monitorBaud?: number;
  builder?: (typeof BUILDER_NAMES)[number];
  /** Output folder, resolved against the folder of tsduino.json. */
  outDir?: string;
}

type Checker = (value: unknown) => string | undefined;

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

const CHECKS: Record<keyof ProjectConfig | "$schema", Checker> = {
  $schema: (v) => (typeof v === "string" ? undefined : "must be a string"),
  board: (v) => {
    if (typeof v !== "string") return "must be a board id string, e.g. \"nodemcuv2\"";
    return findBoard(v) ? undefined : `unknown board '${v}' (known boards: ${listBoards().map((b) => b.id).join(", ")})`;
  },
  port: (v) => (typeof v === "string" && v.trim() !== "" ? undefined : "must be a serial port path, e.g. \"/dev/ttyUSB0\""),
  uploadBaud: (v) => (isInt(v) && UPLOAD_BAUDS.includes(v) ? undefined : `must be one of ${UPLOAD_BAUDS.join(", ")}`),
  monitorBaud: (v) => (isInt(v) && v >= 300 && v <= 4000000 ? undefined : "must be a whole number of baud between 300 and 4000000, e.g. 115200"),
  builder: (v) => (typeof v === "string" && (BUILDER_NAMES as readonly string[]).includes(v) ? undefined : `must be one of ${BUILDER_NAMES.map((b) => `"${b}"`).join(", ")}`),
  outDir: (v) => (typeof v === "string" && v.trim() !== "" ? undefined : "must be a folder path string, e.g. \"build\""),
};

/** The nearest tsduino.json at or above `startDir`, or undefined. */
export function findConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const file = join(dir, CONFIG_FILE);
    if (existsSync(file)) return file;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and checks a tsduino.json; every problem is one line "<file>: <key>: <problem>". */
export function loadConfig(file: string): ProjectConfig {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UserError(`${shown}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${shown}${jsonErrorPosition(file, text)}: not valid JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new UserError(`${shown}: must hold a JSON object like {"board": "nodemcuv2"}`);
  const problems: string[] = [];
  const known = Object.keys(CHECKS);
  for (const [key, value] of Object.entries(data)) {
    const check = CHECKS[key as keyof typeof CHECKS];
    if (!check) {
      const hint = known.find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key) <= 2);
      problems.push(`${shown}: "${key}" is not a tsduino setting${hint ? ` (did you mean "${hint}"?)` : ""}; known settings: ${known.filter((k) => k !== "$schema").join(", ")}`);
      continue;
    }
    const problem = check(value);
    if (problem) problems.push(`${shown}: "${key}": ${JSON.stringify(value)} ${problem}`);
  }
  if (problems.length) throw new UserError(problems.join("\n"));
  const config = { ...(data as ProjectConfig & { $schema?: string }) };
  delete config.$schema;
  if (config.outDir) config.outDir = resolve(dirname(file), config.outDir);
  return config;
}

/**
 * Settings for a command: flags (already parsed, undefined when not given) over tsduino.json (the one
 * next to or above `entryDir`) over nothing. Returns the merged settings and the file used, if any.
 */
export function resolveSettings(flags: ProjectConfig, entryDir: string): { settings: ProjectConfig; configFile?: string } {
  const configFile = findConfig(entryDir);
  const fromFile = configFile ? loadConfig(configFile) : {};
  const settings: ProjectConfig = { ...fromFile };
  for (const [key, value] of Object.entries(flags) as [keyof ProjectConfig, unknown][]) {
    if (value === undefined) continue;
    const problem = CHECKS[key]?.(value);
    if (problem) throw new UserError(`--${flagName(key)} ${String(value)}: ${problem}`);
    (settings as Record<string, unknown>)[key] = key === "outDir" ? resolve(String(value)) : value;
  }
  return { settings, configFile };
}

function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

/** ":line:column" of the first syntax error (Node 20's JSON.parse message has no position; TypeScript's parser does). */
function jsonErrorPosition(file: string, text: string): string {
  // TypeScript is loaded only here, for a broken file: every command reads tsduino.json, few need the compiler.
  const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
  const start = ts.parseConfigFileTextToJson(file, text).error?.start;
  if (start === undefined) return "";
  const before = text.slice(0, start);
  return `:${before.split("\n").length}:${start - before.lastIndexOf("\n")}`;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return dp[a.length][b.length];
}
