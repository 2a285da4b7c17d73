// LittleFS and EEPROM end to end with `tsduino run`: files and the EEPROM sector persist between two runs
// in the project's flash folder (--flash), read back by Node as the oracle (file contents, the sector's
// bytes and the IEEE-754 double EEPROM.put stored); a file system of the esp01_1m's 64 KB fills up as
// LittleFS does (short writes, nothing beyond the blocks left); both examples compile to xtensa objects.
import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { example, hasXtensa, lines, tempDir, tsduinoRun, xtensaObject } from "./helpers/device-sketch.js";

describe("flash that persists between runs", { concurrency: 2 }, () => {
  test("LittleFS: a boot counter and an appended log survive a second run", async () => {
    const flash = tempDir("tsduino-flash-");
    const first = await tsduinoRun([example("littlefs-counter"), "--flash", flash, "--timeout", "0.5"]);
    assert.equal(first.code, 0, first.stderr);
    const second = await tsduinoRun([example("littlefs-counter"), "--flash", flash, "--timeout", "0.5"]);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(lines(first).slice(0, 2), ["boot 1, log has 1 lines, first byte 98, 8 bytes", "no /nope.txt"]);
    assert.deepEqual(lines(second), [
      "boot 2, log has 2 lines, first byte 98, 16 bytes",
      "no /nope.txt",
      "file boot.txt 1",
      "dir  logs 0",
      // superblock pair + the logs folder's pair, in 8 KB blocks of the 4M2M layout; boot.txt and boot.log (up to
      // 64 bytes) are inline in their folder's pair: what the real littlefs of core 3.1.2 prints (real-core check)
      "used 32768 of 2072576 bytes",
    ]);
    assert.equal(readFileSync(join(flash, "littlefs", "boot.txt"), "utf8"), "2");
    assert.equal(readFileSync(join(flash, "littlefs", "logs", "boot.log"), "utf8"), "boot 1\r\nboot 2\r\n");
  });

  test("EEPROM: erased flash reads 255, committed bytes and doubles are there on the next run", async () => {
    const flash = tempDir("tsduino-eeprom-");
    const first = await tsduinoRun([example("eeprom-settings"), "--flash", flash, "--timeout", "0.5"]);
    const second = await tsduinoRun([example("eeprom-settings"), "--flash", flash, "--timeout", "0.5"]);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(lines(first), ["size 64, marker 255", "fresh EEPROM: defaults written", "run 1, setpoint 21.5", "committed", "after end: read(0) = 0"]);
    assert.deepEqual(lines(second), ["size 64, marker 90", "run 2, setpoint 22.0", "committed", "after end: read(0) = 0"]);
    const sector = readFileSync(join(flash, "eeprom.bin"));
    assert.equal(sector.length, 4096);
    assert.equal(sector[0], 0x5a);
    assert.equal(sector[1], 2);
    assert.equal(sector.readDoubleLE(8), 22.5);
    assert.ok(sector.subarray(64).every((b) => b === 0xff), "bytes beyond begin(64) stay erased");
  });

  test("LittleFS on a 1 MB board (FS 64 KB in 4 KB blocks): writes stop when the blocks run out", async () => {
    const dir = tempDir("tsduino-full-");
    const sketch = join(dir, "main.ts");
    writeFileSync(sketch, `import { LittleFS } from "LittleFS";
export function setup(): void {
  Serial.begin(115200);
  LittleFS.begin();
  const f = LittleFS.open("/big.bin", "w");
  const chunk = new Uint8Array(1000);
  let written = 0;
  for (let i = 0; i < 100; i++) written += f.write(chunk);
  f.close();
  Serial.printf("written %d, size %d, used %d of %d\\n", written, LittleFS.open("/big.bin", "r").size(), LittleFS.usedBytes(), LittleFS.totalBytes());
}
export function loop(): void {}
`);
    const r = await tsduinoRun([sketch, "--board", "esp01_1m", "--flash", join(dir, "flash"), "--timeout", "0.5"]);
    assert.equal(r.code, 0, r.stderr);
    // 16 blocks of 4096: 2 for the superblock, 14 for the file.
    assert.deepEqual(lines(r), ["written 57344, size 57344, used 65536 of 65536"]);
    assert.equal(statSync(join(dir, "flash", "littlefs", "big.bin")).size, 57344);
  });
});

describe("storage examples compile for the ESP8266 CPU", { skip: !hasXtensa && "xtensa-lx106-elf-g++ missing" }, () => {
  test("littlefs-counter and eeprom-settings against FS.h, LittleFS.h, EEPROM.h", async () => {
    for (const name of ["littlefs-counter", "eeprom-settings"]) {
      const r = await xtensaObject(example(name));
      assert.ok(r.object && existsSync(r.object), `${name}:\n${r.log}`);
    }
  });
});
