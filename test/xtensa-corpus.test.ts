// Every corpus program, built for the device, compiles for the ESP8266 CPU with Debian's
// xtensa-lx106-elf-g++ against the declaration-only core in runtime/device/: the .ino and every runtime
// .cpp copied into the sketch. -fsyntax-only (every error of the front end, templates instantiated, a third of
// the time of -c): the same .ino is compiled to xtensa code, linked and run by lx106.test.ts, against the
// emulated core instead of these headers. The sketch folder is written in-process by the compiler and writeSketch
// (what `tsduino build --out` does; starting the CLI per program costs more than the compile), and one
// program goes through the real `tsduino build`. Two programs at a time.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { corpusDir, repoRoot } from "./helpers/paths.js";
import { listPrograms, selectedPrograms } from "./helpers/corpus.js";
import { runTsduino } from "./helpers/tsduino-cli.js";
import { compileCached } from "./helpers/compile-cache.js";
import { writeSketch } from "../builders/sketch.js";
import { runProcess } from "./helpers/process.js";

const CXX = "/usr/bin/xtensa-lx106-elf-g++";
const only = process.env.TSD_CORPUS_ONLY;
const programs = selectedPrograms(corpusDir, only);

/** Compile results by content (the .cpp plus every header next to it): the runtime, identical in every
 * sketch, is compiled once instead of once per program. */
const compiled = new Map<string, Promise<{ code: number | null; stderr: string }>>();

function contentKey(src: string): string {
  const hash = createHash("sha256").update(readFileSync(src));
  const dir = dirname(src);
  for (const h of readdirSync(dir).filter((f) => f.endsWith(".h")).sort()) hash.update(h).update(readFileSync(join(dir, h)));
  return hash.digest("hex");
}

function compileOnce(src: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  // The per-sketch -I path differs for every program but the headers' content is in contentKey.
  const key = contentKey(src);
  let result = compiled.get(key);
  if (!result) {
    result = runProcess("nice", [CXX, ...args, src], { timeoutMs: 180_000 });
    compiled.set(key, result);
  }
  return result;
}

/** Every .cpp under the sketch's src/ (the runtime and any library adapters), as arduino-cli would compile. */
function sourcesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".cpp"))
    .map((e) => join(e.parentPath, e.name));
}

describe("corpus compiles for the ESP8266 CPU (xtensa-lx106-elf-g++ -fsyntax-only against runtime/device)", { concurrency: 2, skip: !existsSync(CXX) && `${CXX} is not installed` }, () => {
  for (const program of programs) {
    it(basename(program), async () => {
      const out = mkdtempSync(join(tmpdir(), "tsd-xtensa-"));
      try {
        await writeDeviceSketch(program, out, basename(program) === THROUGH_CLI);
        const name = basename(program, ".ts");
        const sketch = join(out, name);
        const flags = ["-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-Os", "-fsyntax-only", "-I", join(repoRoot, "runtime", "device"), "-I", join(sketch, "src", "tsduino")];
        const ino = await runProcess("nice", [CXX, ...flags, "-x", "c++", join(sketch, `${name}.ino`)], { timeoutMs: 180_000 });
        assert.equal(ino.code, 0, `${name}.ino does not compile for xtensa:\n${firstLines(ino.stderr)}`);
        for (const src of sourcesUnder(join(sketch, "src"))) {
          const r = await compileOnce(src, flags);
          assert.equal(r.code, 0, `${basename(src)} does not compile for xtensa:\n${firstLines(r.stderr)}`);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});

function firstLines(text: string): string {
  return text.split("\n").slice(0, 25).join("\n");
}

const THROUGH_CLI = "01-hello.ts";

/** Writes <out>/<name>/ for the device target, in-process or through `tsduino build --out`. */
async function writeDeviceSketch(program: string, out: string, throughCli: boolean): Promise<void> {
  if (throughCli) {
    const built = await runTsduino(["build", program, "--out", out], 120_000);
    assert.equal(built.code, 0, `tsduino build failed:\n${built.stderr}`);
    return;
  }
  const result = compileCached({ entry: program });
  const errors = result.diagnostics.filter((d) => d.category === "error");
  assert.ok(result.sketch && errors.length === 0, `the compiler rejected it:\n${errors.map((d) => `${d.line}:${d.column} ${d.message}`).join("\n")}`);
  writeSketch(result.sketch, out);
}
