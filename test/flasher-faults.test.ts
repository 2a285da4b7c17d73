// Injected faults on the simulated board: each ends in a retry that succeeds (content checked byte for byte)
// or in a clear error, never in a reported success with wrong flash content. Also the CLI's exit status and
// one-line message when a write fails.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "../flasher/connect.js";
import { writeImages, VerifyError } from "../flasher/write.js";
import { LoaderError } from "../flasher/loader.js";
import { DisconnectedError } from "../flasher/transport.js";
import { Op } from "../flasher/protocol.js";
import type { Faults } from "../simulator/faults.js";
import { firstMismatch, startTestBoard, testImage } from "../simulator/test-support.js";

const image = { address: 0x40000, data: testImage(160 * 1024, 9) };

async function flashWith(faults: Faults, stub = true): Promise<{ error?: unknown; mismatch: number; verified?: boolean }> {
  const tb = await startTestBoard({ faults });
  try {
    let verified: boolean | undefined;
    let error: unknown;
    try {
      const s = await connect({ port: tb.board.hostPath, stub, baud: 460800, before: "no_reset" });
      try {
        verified = (await writeImages(s, [image])).verified;
      } finally {
        await s.close();
      }
    } catch (e) {
      error = e;
    }
    return { error, verified, mismatch: firstMismatch(tb.board, [image]) };
  } finally {
    await tb.cleanup();
  }
}

test("a byte lost on the wire: the block times out and its retry succeeds", async () => {
  const r = await flashWith({ dropByte: { op: Op.FLASH_DEFL_DATA, nth: 3 } });
  assert.equal(r.error, undefined);
  assert.equal(r.verified, true);
  assert.equal(r.mismatch, -1);
});

test("a corrupted byte (ROM mode): the board reports a bad checksum and the retry succeeds", async () => {
  const r = await flashWith({ corruptByte: { op: Op.FLASH_DATA, nth: 5 } }, false);
  assert.equal(r.error, undefined);
  assert.equal(r.mismatch, -1);
});

test("a late answer: the block is resent, the duplicate is recognised, the content is right", async () => {
  const r = await flashWith({ lateAnswer: { op: Op.FLASH_DEFL_DATA, nth: 2, delayMs: 3500 } });
  assert.equal(r.error, undefined);
  assert.equal(r.verified, true);
  assert.equal(r.mismatch, -1);
});

test("a byte lost in a pipelined MD5 request: the hashes are asked again one by one", async () => {
  const r = await flashWith({ dropByte: { op: Op.SPI_FLASH_MD5, nth: 3 } });
  assert.equal(r.error, undefined);
  assert.equal(r.verified, true);
  assert.equal(r.mismatch, -1);
});

test("a block the board keeps refusing is a failure", async () => {
  const r = await flashWith({ refuse: { op: Op.FLASH_DEFL_DATA, nth: 2, times: 3 } });
  assert.ok(r.error instanceof LoaderError, String(r.error));
  assert.match((r.error as Error).message, /writing block 1 failed: SPI operation failed/);
});

test("a bad flash cell is caught by the MD5 check", async () => {
  const r = await flashWith({ badFlashCell: { op: Op.FLASH_DEFL_DATA, nth: 4 } });
  assert.ok(r.error instanceof VerifyError, String(r.error));
  assert.notEqual(r.mismatch, -1);
});

test("the board vanishing mid-write is a clear error", async () => {
  const r = await flashWith({ disconnect: { op: Op.FLASH_DEFL_DATA, nth: 4 } });
  assert.ok(r.error instanceof DisconnectedError || r.error instanceof LoaderError, String(r.error));
  assert.match((r.error as Error).message, /disconnected|closed|no answer/);
});

test("CLI: a refused write exits non-zero with one line and no stack trace; a good one says verified", () => {
  const dir = mkdtempSync(join(tmpdir(), "tsduino-cli-flash-"));
  try {
    const bin = join(dir, "app.bin");
    writeFileSync(bin, testImage(40 * 1024, 3));
    const cli = join(process.cwd(), "bin", "tsduino.js");
    const args = [cli, "flash", bin, "--address", "0x10000", "--port", `sim:${join(dir, "flash.bin")}`];
    const bad = spawnSync(process.execPath, args, {
      encoding: "utf8", env: { ...process.env, TSDUINO_SIM_FAULTS: JSON.stringify({ refuse: { op: Op.FLASH_DEFL_DATA, nth: 1, times: 3 } }) },
    });
    assert.notEqual(bad.status, 0);
    const errorLines = bad.stderr.split("\n").filter((l) => l.startsWith("tsduino:"));
    assert.equal(errorLines.length, 1, bad.stderr);
    assert.match(errorLines[0]!, /writing block 0 failed/);
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
