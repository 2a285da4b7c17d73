// Writes a compiled sketch as an Arduino sketch folder: <out>/<name>/<name>.ino, the runtime (runtime/core/)
// under src/tsduino/, and each used library's adapter under src/libraries/<module>/. arduino-cli and the
// Arduino IDE compile everything under src/ recursively, so the folder builds unchanged.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { CompiledSketch } from "../compiler/src/index.js";
import { RUNTIME_DIR } from "../compiler/src/program.js";

export const RUNTIME_CORE_DIR = join(RUNTIME_DIR, "core");

export function writeSketch(sketch: CompiledSketch, outDir: string): string {
  const dir = join(outDir, sketch.name);
  mkdirSync(dir, { recursive: true });
  for (const f of sketch.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  const runtimeOut = join(dir, "src", "tsduino");
  rmSync(runtimeOut, { recursive: true, force: true });
  copyTree(RUNTIME_CORE_DIR, runtimeOut, () => true);
  const libsOut = join(dir, "src", "libraries");
  rmSync(libsOut, { recursive: true, force: true });
  for (const lib of sketch.bindings) {
    // Only the adapter travels with the sketch; host implementations are linked by the host build.
    copyTree(lib.dir, join(libsOut, lib.module), (rel) => /\.(h|hpp)$/.test(rel) && !rel.startsWith("host"));
  }
  return dir;
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
