// Writes a compiled sketch as an Arduino sketch folder: <out>/<name>/<name>.ino, the runtime (runtime/core/)
// under src/tsduino/, and each used library's adapter under src/libraries/<module>/. arduino-cli and the
// Arduino IDE compile everything under src/ recursively, so the folder builds unchanged.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CompiledSketch } from "../compiler/src/index.js";
import { RUNTIME_DIR } from "../compiler/src/program.js";

export const RUNTIME_CORE_DIR = join(RUNTIME_DIR, "core");

export interface SketchSettings {
  /** Serial speed console.log and uncaught errors open Serial at when the sketch did not (tsduino.json "monitorBaud"). */
  monitorBaud?: number;
}

export const DEFAULT_MONITOR_BAUD = 115200;

export function writeSketch(sketch: CompiledSketch, outDir: string, settings: SketchSettings = {}): string {
  const dir = join(outDir, sketch.name);
  mkdirSync(dir, { recursive: true });
  for (const f of sketch.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  const runtimeOut = join(dir, "src", "tsduino");
  rmSync(runtimeOut, { recursive: true, force: true });
  copyTree(RUNTIME_CORE_DIR, runtimeOut, () => true);
  writeFileSync(join(runtimeOut, "tsduino_config.h"), runtimeConfig(settings));
  const libsOut = join(dir, "src", "libraries");
  rmSync(libsOut, { recursive: true, force: true });
  for (const lib of sketch.bindings) {
    // Only the adapter travels with the sketch; host implementations are linked by the host build.
    copyTree(lib.dir, join(libsOut, lib.module), (rel) => /\.(h|hpp)$/.test(rel) && !rel.startsWith("host"));
  }
  return dir;
}

/** src/tsduino/tsduino_config.h: the project settings the runtime reads at compile time. */
export function runtimeConfig(settings: SketchSettings): string {
  const baud = settings.monitorBaud ?? DEFAULT_MONITOR_BAUD;
  if (!Number.isInteger(baud) || baud <= 0) throw new Error(`monitorBaud must be a positive integer, got ${baud}`);
  return [
    "// Written by tsduino from the project settings (tsduino.json). Regenerated on every build.",
    "#pragma once",
    "// console.log and uncaught errors open Serial at this speed when the sketch has not called Serial.begin().",
    `#define TSD_MONITOR_BAUD ${baud}`,
    "",
  ].join("\n");
}

function copyTree(from: string, to: string, keep: (relative: string) => boolean, rel = ""): void {
  if (!existsSync(from)) return;
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const relative = rel ? `${rel}/${name}` : name;
    if (statSync(src).isDirectory()) copyTree(src, join(to, name), keep, relative);
    else if (keep(relative)) {
      mkdirSync(to, { recursive: true });
      copyFileSync(src, join(to, name));
    }
  }
}
