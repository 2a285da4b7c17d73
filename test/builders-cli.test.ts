// `tsduino build --board` through the CLI when the default builder is absent: one clear error naming the
// tool and its install command, exit 1, no stack trace, and the sketch folder written anyway.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

test("build --board without arduino-cli: install command, exit 1, sketch still written", () => {
  const dir = mkdtempSync(join(tmpdir(), "tsd-cli-board-"));
  writeFileSync(join(dir, "main.ts"), "export function setup(): void { pinMode(D1, OUTPUT); }\nexport function loop(): void { digitalWrite(D1, HIGH); }\n");
  const env = { ...process.env, PATH: `${dirname(process.execPath)}:/usr/bin:/bin` };
  const r = spawnSync(process.execPath, [join(ROOT, "bin/tsduino.js"), "build", "main.ts", "--board", "d1_mini", "--out", "out"], { cwd: dir, env, encoding: "utf8" });
  assert.equal(r.status, 1);
  assert.equal(r.stderr.split("\n")[0], "tsduino: arduino-cli is not on the PATH. Install it with:");
  assert.ok(!/\n\s+at /.test(r.stderr), `no stack trace:\n${r.stderr}`);
  assert.match(r.stderr, /The sketch was written to .*\/out\/main\n$/);
  assert.ok(existsSync(join(dir, "out/main/main.ino")) && existsSync(join(dir, "out/main/sketch.yaml")) && existsSync(join(dir, "out/main/platformio.ini")));
  rmSync(dir, { recursive: true, force: true });
});
