// The Arduino IDE's .ino preprocessing, with Debian's arduino-builder (the IDE 1.8 builder) and the core as a
// hardware folder: it adds `#include <Arduino.h>`, `#line` directives and prototypes for the functions ctags
// finds. A generated sketch must come out unchanged in meaning: the check accepts exactly the include and the
// `#line 1` directives and reports anything else it inserts (ctags ignores everything after the first
// `#line N "main.ts"`, so today it inserts no prototypes; the generated code declares its own). The result,
// main.ino.cpp as the IDE compiles it, and every src/ .cpp are then compiled for the ESP8266 CPU
// (xtensa-lx106-elf-g++ -fsyntax-only) against the real core's headers with the nodemcuv2 flags.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { basename, join } from "node:path";
import { writeSketchForBoard } from "../../builders/device.js";
import { BOARD, firstError, type Program, type Row } from "./common.js";
import { cppUnder, type Checkouts } from "./emulation.js";
import { prepareXtensaSysroot, realCoreFlags, XTENSA_CXX } from "./macros.js";
import { run } from "./process.js";

/** The nodemcuv2 FQBN with every menu option (arduino-builder asks for each one). */
export const FQBN = "esp8266:esp8266:nodemcuv2:xtal=80,vt=flash,exception=disabled,stacksmash=disabled,ssl=all,mmu=3232," +
  "non32xfer=fast,eesz=4M2M,led=2,ip=lm2f,dbg=Disabled,lvl=None____,wipe=none,baud=115200";

export async function arduinoBuilderCheck(c: Checkouts, work: string, programs: Program[]): Promise<Row[]> {
  if (!existsSync("/usr/bin/arduino-builder")) return [{ program: "(IDE preprocessing)", compiles: "-", same: "skipped: arduino-builder is not installed (apt-get install arduino-builder)" }];
  const hardware = join(work, "hardware");
  if (!existsSync(join(hardware, "esp8266", "esp8266"))) {
    mkdirSync(join(hardware, "esp8266"), { recursive: true });
    symlinkSync(c.core, join(hardware, "esp8266", "esp8266"));
  }
  const xtensa = [...realCoreFlags(c), ...prepareXtensaSysroot(work)];
  const compiled = new Map<string, Promise<string | undefined>>();
  const rows: Row[] = [];
  for (const program of programs) {
    const name = `${program.name} (IDE)`;
    const out = join(work, "ide", program.name.replace(/[/.]/g, "_"));
    rmSync(out, { recursive: true, force: true });
    const sketchDir = writeSketchForBoard({ entry: program.entry, board: BOARD, outDir: out }).sketchDir;
    const sketchName = basename(sketchDir);
    const buildPath = join(out, ".arduino-builder");
    mkdirSync(buildPath, { recursive: true });
    const ino = join(sketchDir, `${sketchName}.ino`);
    const pre = await run("arduino-builder", [
      "-preprocess", "-hardware", hardware, "-hardware", "/usr/share/arduino-builder", "-tools", "/usr/bin", "-fqbn", FQBN,
      "-build-path", buildPath,
      "-prefs", "runtime.tools.xtensa-lx106-elf-gcc.path=/usr", "-prefs", "runtime.tools.python3.path=/usr/bin",
      "-prefs", `compiler.cpp.extra_flags=${xtensa.filter((f) => f !== "-include" && f !== "exception").join(" ")}`,
      "-prefs", "runtime.ide.version=10819", ino,
    ], { timeoutMs: 300_000 });
    const inoCpp = join(buildPath, "sketch", `${sketchName}.ino.cpp`);
    if (pre.code !== 0 || !existsSync(inoCpp)) {
      rows.push({ program: name, compiles: `no: arduino-builder: ${firstError(pre.stdout + pre.stderr)}`, same: "-" });
      continue;
    }
    const same = sameMeaning(readFileSync(ino, "utf8"), readFileSync(inoCpp, "utf8"), ino);
    const errors: string[] = [];
    const sketchErr = await syntaxCheck(inoCpp, xtensa, [join(buildPath, "sketch")]);
    if (sketchErr) errors.push(sketchErr);
    for (const src of cppUnder(join(sketchDir, "src"))) {
      const key = createHash("sha256").update(readFileSync(src)).digest("hex");
      let result = compiled.get(key);
      if (!result) compiled.set(key, (result = syntaxCheck(src, xtensa, [])));
      const err = await result;
      if (err) errors.push(err);
    }
    rows.push({ program: name, compiles: errors.length ? `no: ${errors[0]}` : "yes (xtensa, real core headers)", same });
  }
  return rows;
}

async function syntaxCheck(file: string, flags: string[], includes: string[]): Promise<string | undefined> {
  const r = await run(XTENSA_CXX, [...flags, ...includes.flatMap((d) => ["-I", d]), "-fsyntax-only", "-x", "c++", file], { timeoutMs: 300_000 });
  return r.code === 0 ? undefined : firstError(r.stderr);
}

/**
 * "yes: ..." when the IDE only added `#include <Arduino.h>`, `#line` directives for the .ino itself and
 * prototypes identical to the ones Arduino.h already declares (`void setup();`, `void loop();`: ctags sees
 * `setup` when it comes before the first `#line N "main.ts"`), else what it changed.
 */
export function sameMeaning(ino: string, inoCpp: string, inoPath: string): string {
  const lineOfIno = new RegExp(`^#line \\d+ "${inoPath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"$`);
  const harmless = new Set(["#include <Arduino.h>", "void setup();", "void loop();"]);
  const original = ino.replace(/\n+$/, "").split("\n");
  const processed = inoCpp.replace(/\n+$/, "").split("\n");
  const extra: string[] = [];
  const prototypes: string[] = [];
  let i = 0;
  for (const line of processed) {
    if (i < original.length && line === original[i]) { i++; continue; }
    if (lineOfIno.test(line) || line === "#include <Arduino.h>") continue;
    if (harmless.has(line)) { prototypes.push(line); continue; }
    extra.push(line);
  }
  if (i < original.length) return `no: the IDE dropped or changed ${JSON.stringify(original[i])}`;
  if (extra.length) return `no: the IDE inserted ${extra.length} line(s), first ${JSON.stringify(extra[0])}`;
  if (prototypes.length) return `yes: #include <Arduino.h>, #line and Arduino.h's own prototype (${prototypes.join(" ")}) added`;
  return "yes: only #include <Arduino.h> and #line 1 added, no prototypes inserted";
}
