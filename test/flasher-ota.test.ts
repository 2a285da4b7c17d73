// Over-the-air upload end to end on loopback: a TypeScript sketch using the ArduinoOTA binding runs on the host
// target (real UDP/TCP sockets on 127.0.0.1) and `tsduino upload --ota` speaks espota's protocol to it: a wrong
// password is refused (the sketch's onError sees OTA_AUTH_ERROR), an image without the 0xE9 magic byte is
// rejected by the board's Updater checks, and a 350 KB image arrives, its MD5 is checked by the board, it is
// written to the board's flash file and the board "restarts". Also several serial boards flashed at once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testImage } from "../simulator/test-support.js";

const CLI = join(process.cwd(), "bin", "tsduino.js");
const PASSWORD = "s3cret";

let dir: string;
let port: number;
let sketch: ChildProcess | undefined;
let output = "";
let exited: Promise<number | null>;

function sketchSource(otaPort: number): string {
  return `import { ArduinoOTA, OTA_AUTH_ERROR, OTA_END_ERROR } from "ArduinoOTA";

let lastQuarter = -1;

export function setup(): void {
  Serial.begin(115200);
  ArduinoOTA.setPort(${otaPort});
  ArduinoOTA.setHostname("tsduino-ota-test");
  ArduinoOTA.setPassword("${PASSWORD}");
  ArduinoOTA.onStart(() => {
    Serial.println("OTA start");
  });
  ArduinoOTA.onEnd(() => {
    Serial.println("OTA end");
  });
  ArduinoOTA.onProgress((done: number, total: number) => {
    const quarter = Math.floor((done * 4) / total);
    if (quarter !== lastQuarter) {
      lastQuarter = quarter;
      Serial.println(\`OTA progress \${quarter * 25}%\`);
    }
  });
  ArduinoOTA.onError((error: number) => {
    Serial.println(\`OTA error \${error}\${error === OTA_AUTH_ERROR ? " (auth)" : error === OTA_END_ERROR ? " (end)" : ""}\`);
  });
  ArduinoOTA.begin();
  Serial.println(\`ready as \${ArduinoOTA.getHostname()}\`);
}

export function loop(): void {
  ArduinoOTA.handle();
  delay(1);
}
`;
}

function waitFor(text: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (output.includes(text)) return resolve();
      if (Date.now() - started > ms || sketch?.exitCode !== null) return reject(new Error(`no "${text}" from the sketch: ${output}`));
      setTimeout(poll, 50);
    };
    poll();
  });
}

function upload(file: string, password?: string): { status: number | null; stderr: string } {
  const args = [CLI, "upload", file, "--ota", "127.0.0.1", "--ota-port", String(port)];
  if (password !== undefined) args.push("--auth", password);
  const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stderr: r.stderr };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "tsduino-ota-"));
  port = 20000 + Math.floor(Math.random() * 20000);
  writeFileSync(join(dir, "main.ts"), sketchSource(port));
  sketch = spawn(process.execPath, [CLI, "run", join(dir, "main.ts")], {
    cwd: dir, env: { ...process.env, TSDUINO_FLASH_FILE: join(dir, "flash.bin") }, stdio: ["ignore", "pipe", "pipe"], detached: true,
  });
  sketch.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  sketch.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  exited = new Promise((resolve) => sketch!.once("exit", (code) => resolve(code)));
  await waitFor("ready as tsduino-ota-test", 240_000);
});

after(() => {
  // `tsduino run` and the sketch it started: the whole process group.
  if (sketch && sketch.exitCode === null) {
    try {
      process.kill(-sketch.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

test("a wrong password is refused by the board, which reports OTA_AUTH_ERROR and keeps running", async () => {
  const image = Buffer.from(testImage(8 * 1024, 4));
  image[0] = 0xe9;
  writeFileSync(join(dir, "small.bin"), image);
  const none = upload(join(dir, "small.bin"));
  assert.equal(none.status, 1);
  assert.match(none.stderr, /asks for a password: pass --auth PASSWORD/);
  const wrong = upload(join(dir, "small.bin"), "not-it");
  assert.equal(wrong.status, 1, wrong.stderr);
  assert.match(wrong.stderr, /^tsduino: 127\.0\.0\.1: authentication failed: wrong password$/m);
  await waitFor("OTA error 0 (auth)", 10_000);
  assert.equal(sketch!.exitCode, null);
});

test("an image without the ESP8266 magic byte is rejected by the board's update checks", async () => {
  writeFileSync(join(dir, "bad.bin"), testImage(8 * 1024, 5)); // starts with 0x00
  const r = upload(join(dir, "bad.bin"), PASSWORD);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /rejected the image: ERROR\[10\]: Magic byte is not 0xE9/);
  await waitFor("OTA error 4 (end)", 10_000);
});

test("a 350 KB image is uploaded, checked by MD5 on the board and written to its flash file", async () => {
  const image = Buffer.from(testImage(350 * 1024, 6));
  image[0] = 0xe9;
  writeFileSync(join(dir, "app.bin"), image);
  const r = upload(join(dir, "app.bin"), PASSWORD);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /Authenticating/);
  assert.match(r.stderr, /Uploaded 358400 bytes to 127\.0\.0\.1 .* the board checked the MD5/);
  assert.equal(await exited, 0, output);
  for (const line of ["OTA start", "OTA progress 0%", "OTA progress 50%", "OTA progress 100%", "OTA end"]) assert.match(output, new RegExp(line));
  const flash = readFileSync(join(dir, "flash.bin"));
  assert.equal(flash.length, 4 << 20);
  assert.ok(flash.subarray(0, image.length).equals(image), "the flash file holds the image at 0x0");
  assert.ok(flash.subarray(image.length, 0x58000).every((b) => b === 0xff), "the rest of the last sector is erased");
});

test("several serial boards are flashed in parallel, one progress line each", () => {
  const bin = join(dir, "fw.bin");
  const image = testImage(64 * 1024, 7);
  writeFileSync(bin, image);
  const r = spawnSync(process.execPath, [CLI, "flash", bin, "--address", "0x10000", "--port", `sim:${join(dir, "a.bin")}`, "--port", `sim:${join(dir, "b.bin")}`], { encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  for (const name of ["a.bin", "b.bin"]) {
    assert.match(r.stderr, new RegExp(`sim:.*${name}\\s+done, hash of data verified`));
    assert.ok(readFileSync(join(dir, name)).subarray(0x10000, 0x20000).equals(image));
  }
  assert.match(r.stderr, /Flashed 2 boards in/);
});

test("the same sketch builds for the board and compiles for the ESP8266 CPU against the core's ArduinoOTA.h", { skip: !existsSync("/usr/bin/xtensa-lx106-elf-g++") && "xtensa-lx106-elf-g++ missing" }, () => {
  const out = join(dir, "device");
  const build = spawnSync(process.execPath, [CLI, "build", join(dir, "main.ts"), "--out", out], { encoding: "utf8", timeout: 120_000 });
  assert.equal(build.status, 0, build.stderr);
  const sketchDir = join(out, "main");
  assert.ok(!existsSync(join(sketchDir, "src/libraries/ArduinoOTA/host")), "host sources must not travel to the board");
  const includes = [join(process.cwd(), "runtime/device"), join(sketchDir, "src/tsduino"), join(sketchDir, "src/libraries/ArduinoOTA")].flatMap((d) => ["-I", d]);
  const cc = spawnSync("nice", ["xtensa-lx106-elf-g++", "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-Os", "-Wall", "-Wextra", "-Werror", ...includes,
    "-c", "-x", "c++", join(sketchDir, "main.ino"), "-o", join(out, "main.o")], { encoding: "utf8" });
  assert.equal(cc.status, 0, cc.stderr.split("\n").slice(0, 30).join("\n"));
});
