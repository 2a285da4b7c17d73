// The fault matrix on the simulated chip: every injected fault ends either in a success whose flash content is
// right byte for byte (a restart of the run after a lost or damaged packet) or in an error naming the step that
// failed — never in a reported success with wrong content. Also the CLI's exit status and one-line message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { connect } from "../flasher/connect.js";
import { writeImages } from "../flasher/write.js";
import { CMD } from "../simulator/packets.js";
import type { Faults } from "../simulator/faults.js";
import { firstMismatch, startTestBoard, testImage } from "../simulator/test-support.js";

const image = { address: 0x40000, data: testImage(160 * 1024, 9) };
const lastBlock = Math.ceil(deflateSync(image.data, { level: 9 }).length / 0x4000);

interface Outcome {
  error?: Error;
  mismatch: number;
  verified?: boolean;
  log: string[];
}

async function flashWith(faults: Faults, stub = true, diff = true): Promise<Outcome> {
  const tb = await startTestBoard({ faults });
  const log: string[] = [];
  try {
    let verified: boolean | undefined;
    let error: Error | undefined;
    try {
      const s = await connect({ port: tb.board.hostPath, stub, baud: 460800, before: "no_reset" });
      try {
        verified = (await writeImages(s, [image], { skipIdentical: diff, log: (l) => log.push(l) })).verified;
      } finally {
        await s.close();
      }
    } catch (e) {
      error = e as Error;
    }
    return { error, verified, mismatch: firstMismatch(tb.board, [image]), log };
  } finally {
    await tb.cleanup();
  }
}

/** A success must hold the image (and be verified with the stub); a failure must say which step failed. */
function assertHonest(r: Outcome, stub: boolean, failure?: RegExp): void {
  if (failure) {
    assert.ok(r.error, "expected a failure");
    assert.match(r.error.message, failure);
    return;
  }
  assert.equal(r.error, undefined, String(r.error?.message));
  assert.equal(r.mismatch, -1, "reported success with wrong flash content");
  if (stub) assert.equal(r.verified, true);
}

const matrix: { name: string; faults: Faults; stub?: boolean; diff?: boolean; failure?: RegExp; logged?: RegExp }[] = [
  { name: "a request byte lost on the wire (stub: bad length)", faults: { dropByte: { op: CMD.FLASH_DEFL_DATA, nth: 3 } }, logged: /bad data length/ },
  { name: "a corrupt data block (stub: bad checksum)", faults: { corruptByte: { op: CMD.FLASH_DEFL_DATA, nth: 2 } }, logged: /bad data checksum/ },
  { name: "a dropped answer", faults: { dropAnswer: { op: CMD.FLASH_DEFL_DATA, nth: 2 } }, logged: /no answer to FLASH_DEFL_DATA/ },
  { name: "a late answer", faults: { lateAnswer: { op: CMD.FLASH_DEFL_DATA, nth: 2, delayMs: 3500 } }, logged: /no answer to FLASH_DEFL_DATA/ },
  { name: "a garbled answer", faults: { corruptAnswer: { op: CMD.FLASH_DEFL_DATA, nth: 3 } }, logged: /no answer to FLASH_DEFL_DATA/ },
  { name: "a dropped MD5 answer", faults: { dropAnswer: { op: CMD.SPI_FLASH_MD5, nth: 1 } } },
  { name: "an SPI write failure", faults: { spiWriteFail: { op: CMD.FLASH_DEFL_DATA, nth: 3 } }, failure: /could not write block 2 \(reported in its answer to block 3\) to flash: SPI operation failed/ },
  { name: "an SPI write failure of the last block", faults: { spiWriteFail: { op: CMD.FLASH_DEFL_DATA, nth: lastBlock } }, failure: /could not write the last block \(reported in its answer to FLASH_DEFL_END\) to flash: SPI operation failed/ },
  { name: "a bit flip after the write (--no-diff)", faults: { bitFlip: { op: CMD.FLASH_DEFL_DATA, nth: 4 } }, diff: false, failure: /verification failed: the flash at 0x40000/ },
  { name: "a bit flip after the write (default options)", faults: { bitFlip: { op: CMD.FLASH_DEFL_DATA, nth: 4 } }, failure: /verification failed: the flash at 0x40000/ },
  { name: "the board unplugged mid-write", faults: { disconnect: { op: CMD.FLASH_DEFL_DATA, nth: 4 } }, failure: /serial port .* (disconnected|closed)/ },
  { name: "ROM: a corrupt data block (bad checksum)", faults: { corruptByte: { op: CMD.FLASH_DATA, nth: 5 } }, stub: false, logged: /bad checksum/ },
  { name: "ROM: a dropped answer", faults: { dropAnswer: { op: CMD.FLASH_DATA, nth: 7 } }, stub: false, logged: /no answer to FLASH_DATA/ },
  { name: "ROM: a flash write error", faults: { spiWriteFail: { op: CMD.FLASH_DATA, nth: 9 } }, stub: false, failure: /writing block 8 of 0x40000\.\.0x68000 failed: flash write error/ },
  { name: "ROM: the board unplugged", faults: { disconnect: { op: CMD.FLASH_DATA, nth: 9 } }, stub: false, failure: /serial port .* (disconnected|closed)/ },
];

for (const c of matrix) {
  test(`fault: ${c.name}`, async () => {
    const stub = c.stub !== false;
    const r = await flashWith(c.faults, stub, c.diff !== false);
    assertHonest(r, stub, c.failure);
    if (c.logged) assert.match(r.log.join("\n"), c.logged);
  });
}

test("fault: a bit flip after a fast reflash: the whole image is written again and verified", async () => {
  const blocks = lastBlock;
  // The first write takes `blocks` FLASH_DEFL_DATA packets; the flip hits the reflash's only packet.
  const tb = await startTestBoard({ faults: { bitFlip: { op: CMD.FLASH_DEFL_DATA, nth: blocks + 1 } } });
  try {
    const log: string[] = [];
    let s = await connect({ port: tb.board.hostPath, stub: true, baud: 460800, before: "no_reset" });
    await writeImages(s, [image]);
    await s.close();
    const changed = { address: image.address, data: Buffer.from(image.data) };
    changed.data.write("v2", 0x12345, "latin1");
    tb.board.reset();
    s = await connect({ port: tb.board.hostPath, stub: true, baud: 460800, before: "no_reset" });
    const report = await writeImages(s, [changed], { log: (l) => log.push(l) });
    await s.close();
    assert.equal(report.verified, true);
    assert.match(log.join("\n"), /verification failed after a fast reflash, writing the whole image/);
    assert.equal(firstMismatch(tb.board, [changed]), -1);
  } finally {
    await tb.cleanup();
  }
});

test("CLI: a failed write exits non-zero with one line and no stack trace; a good one says verified", () => {
  const dir = mkdtempSync(join(tmpdir(), "tsduino-cli-flash-"));
  try {
    const bin = join(dir, "app.bin");
    writeFileSync(bin, testImage(40 * 1024, 3));
    const cli = join(process.cwd(), "bin", "tsduino.js");
    const args = [cli, "flash", bin, "--address", "0x10000", "--port", `sim:${join(dir, "flash.bin")}`];
    const bad = spawnSync(process.execPath, args, {
      encoding: "utf8", env: { ...process.env, TSDUINO_SIM_FAULTS: JSON.stringify({ spiWriteFail: { op: CMD.FLASH_DEFL_DATA, nth: 1 } }) },
    });
    assert.notEqual(bad.status, 0);
    const errorLines = bad.stderr.split("\n").filter((l) => l.startsWith("tsduino:"));
    assert.equal(errorLines.length, 1, bad.stderr);
    assert.match(errorLines[0]!, /could not write .* SPI operation failed/);
    assert.doesNotMatch(bad.stderr, /^\s+at /m);
    assert.doesNotMatch(bad.stderr, /verified/);
    const good = spawnSync(process.execPath, args, { encoding: "utf8" });
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stderr, /Hash of data verified/);
    const rom = spawnSync(process.execPath, [...args, "--no-stub"], { encoding: "utf8" });
    assert.equal(rom.status, 0, rom.stderr);
    assert.match(rom.stderr, /NOT VERIFIED/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
