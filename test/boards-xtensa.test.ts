// Every example and every `tsduino new` template, compiled by the real compiler for each board (or for the one
// its tsduino.json names; the board's pin constants typed) and then for the ESP8266 CPU with xtensa-lx106-elf-g++ -c against runtime/device plus the
// board's pin header (what the core's variants/<v>/pins_arduino.h gives arduino-cli). Also: a pin the board
// does not have is a TypeScript compile error at the line that uses it.
import { describe, it, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../compiler/src/index.js";
import { boardPins, boardPinsHeader, listBoards } from "../boards/index.js";
import { writeSketch } from "../builders/sketch.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CXX = "/usr/bin/xtensa-lx106-elf-g++";

const entries = [
  ...readdirSync(join(ROOT, "examples")).map((d) => join(ROOT, "examples", d, "main.ts")),
  ...readdirSync(join(ROOT, "templates")).map((d) => join(ROOT, "templates", d, "src", "main.ts")),
].filter((f) => existsSync(f));

/** The boards an entry is compiled for: the one its tsduino.json names (its pins are that board's), else every board. */
function boardsFor(entry: string) {
  const config = join(dirname(entry), "tsduino.json");
  const board = existsSync(config) ? (JSON.parse(readFileSync(config, "utf8")) as { board?: string }).board : undefined;
  return listBoards().filter((b) => !board || b.id === board);
}

function cxx(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn("nice", [CXX, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => done({ code, stderr }));
  });
}

function dirsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return [dir, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => dirsUnder(join(dir, e.name)))];
}

describe("examples and templates compile for every board's ESP8266 CPU", { concurrency: 2, skip: !existsSync(CXX) && `${CXX} missing` }, () => {
  for (const entry of entries) {
    for (const board of boardsFor(entry)) {
      it(`${entry.slice(ROOT.length + 1)} for ${board.id}`, async () => {
        const result = compile({ entry, board: boardPins(board) });
        const errors = result.diagnostics.filter((d) => d.category === "error");
        if (errors.length || !result.sketch) assert.fail(`compiler: ${errors.map((e) => `${e.line}: ${e.message}`).join("; ")}`);
        const out = mkdtempSync(join(tmpdir(), "tsd-board-xtensa-"));
        try {
          const sketchDir = writeSketch(result.sketch, out);
          const pins = join(out, "board_pins.h");
          writeFileSync(pins, boardPinsHeader(board));
          const includes = ["-I", join(ROOT, "runtime/device"), ...dirsUnder(join(sketchDir, "src")).flatMap((d) => ["-I", d])];
          const r = await cxx(["-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-Os", "-mlongcalls", "-include", pins, ...includes,
            "-c", "-x", "c++", join(sketchDir, `${result.sketch.name}.ino`), "-o", join(out, "sketch.o")]);
          assert.equal(r.code, 0, r.stderr);
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      });
    }
  }
});

test("a pin the board does not have is a compile-time error at its line; the board's own pins type-check", () => {
  const dir = mkdtempSync(join(tmpdir(), "tsd-pins-ts-"));
  const entry = join(dir, "main.ts");
  writeFileSync(entry, "export function setup(): void {\n  pinMode(D4, OUTPUT);\n  digitalWrite(D4, HIGH);\n}\nexport function loop(): void {}\n");
  const nodemcu = compile({ entry, board: boardPins(listBoards().find((b) => b.id === "nodemcuv2")!) });
  assert.deepEqual(nodemcu.diagnostics.filter((d) => d.category === "error"), []);
  const feather = compile({ entry, board: boardPins(listBoards().find((b) => b.id === "huzzah")!) });
  const errors = feather.diagnostics.filter((d) => d.category === "error");
  assert.ok(errors.length >= 1);
  assert.equal(errors[0].line, 2);
  assert.match(errors[0].message, /D4/);
  rmSync(dir, { recursive: true, force: true });
});
