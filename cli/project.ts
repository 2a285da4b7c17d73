// One project model for every command (build, run, flash, upload, monitor): each setting comes from the
// command-line flag when given, else from tsduino.json (the nearest one at or above the entry's folder, or
// the current folder when there is no entry), else from the defaults below. Commands declare their flags
// without yargs defaults, so "not given" is visible here.
import { dirname, resolve } from "node:path";
import { UPLOAD_BAUDS, resolveSettings, type ProjectConfig } from "./config.js";
import { UserError } from "./user-error.js";

export type BuilderName = NonNullable<ProjectConfig["builder"]>;
export type Setting = "board" | "builder" | "port" | "uploadBaud" | "monitorBaud" | "outDir";
export type SettingSource = "flag" | "tsduino.json" | "default";

export const PROJECT_DEFAULTS = {
  board: "nodemcuv2",
  builder: "arduino-cli" as BuilderName,
  /** esptool's and the ESP8266 core's fast upload speed (the ROM alone stays at 115200). */
  uploadBaud: 460800,
  /** The speed of Serial.begin(115200) in every template. */
  monitorBaud: 115200,
  outDir: "build",
};

export interface ProjectFlags {
  board?: string;
  builder?: string;
  port?: string;
  uploadBaud?: number;
  monitorBaud?: number;
  outDir?: string;
}

export interface Project {
  /** Absolute path of the entry file, when the command has one. */
  entry?: string;
  /** The tsduino.json used, if any. */
  configFile?: string;
  board: string;
  builder: BuilderName;
  /** undefined: auto-detect the board's USB serial port. */
  port?: string;
  uploadBaud: number;
  monitorBaud: number;
  /** Absolute output folder (tsduino.json's is relative to its own folder; a flag's and the default to the current folder). */
  outDir: string;
  /** Where each setting came from. */
  from: Record<Setting, SettingSource>;
}

/**
 * Resolves the project settings for a command. `flagNames` maps a setting to the flag the command calls it
 * (flash's `--baud` is the upload baud, monitor's `--baud` the monitor baud) for error messages.
 */
export function resolveProject(entry: string | undefined, flags: ProjectFlags, options: { cwd?: string; flagNames?: Partial<Record<Setting, string>> } = {}): Project {
  const cwd = options.cwd ?? process.cwd();
  const absoluteEntry = entry === undefined ? undefined : resolve(cwd, entry);
  const names: Record<Setting, string> = { board: "--board", builder: "--builder", port: "--port", uploadBaud: "--upload-baud", monitorBaud: "--monitor-baud", outDir: "--out", ...options.flagNames };
  // Any positive whole baud is accepted from a flag for the flasher; tsduino.json keeps to the core's menu.
  const checkedFlags: ProjectConfig = { ...flags, builder: flags.builder as BuilderName | undefined };
  if (flags.uploadBaud !== undefined) {
    if (!Number.isInteger(flags.uploadBaud) || flags.uploadBaud <= 0) throw new UserError(`${names.uploadBaud} ${flags.uploadBaud}: must be a whole number of baud, e.g. ${UPLOAD_BAUDS.join(", ")}`);
    delete checkedFlags.uploadBaud;
  }
  if (flags.outDir !== undefined) checkedFlags.outDir = resolve(cwd, flags.outDir);
  let settings: ProjectConfig;
  let configFile: string | undefined;
  try {
    ({ settings, configFile } = resolveSettings(checkedFlags, absoluteEntry ? dirname(absoluteEntry) : cwd));
  } catch (error) {
    // resolveSettings names flags after the settings ("--upload-baud"); say the command's own flag name.
    if (error instanceof UserError) throw new UserError(error.message.replace(/^--(\w[\w-]*)/, (whole, flag: string) => names[camel(flag) as Setting] ?? whole));
    throw error;
  }
  if (flags.uploadBaud !== undefined) settings.uploadBaud = flags.uploadBaud;
  const source = (key: Setting): SettingSource =>
    flags[key] !== undefined ? "flag" : settings[key] !== undefined ? "tsduino.json" : "default";
  return {
    entry: absoluteEntry,
    configFile,
    board: settings.board ?? PROJECT_DEFAULTS.board,
    builder: settings.builder ?? PROJECT_DEFAULTS.builder,
    port: settings.port,
    uploadBaud: settings.uploadBaud ?? PROJECT_DEFAULTS.uploadBaud,
    monitorBaud: settings.monitorBaud ?? PROJECT_DEFAULTS.monitorBaud,
    outDir: settings.outDir ?? resolve(cwd, PROJECT_DEFAULTS.outDir),
    from: {
      board: source("board"), builder: source("builder"), port: source("port"),
      uploadBaud: source("uploadBaud"), monitorBaud: source("monitorBaud"), outDir: source("outDir"),
    },
  };
}

function camel(flag: string): string {
  return flag === "out" ? "outDir" : flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
