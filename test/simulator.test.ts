// The simulated ESP8266 itself: the ROM refuses the stub's commands the way the real ROM does, an uploaded
// program that is not the stub is "run" (the board goes silent), and the throttled link takes at least the time
// the bytes need on a real wire at the set baud rate while keeping answers in order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { connect } from "../flasher/connect.js";
import { LoaderError } from "../flasher/loader.js";
import { Op, words } from "../flasher/protocol.js";
import { TimeoutError } from "../flasher/transport.js";
import { writeImages } from "../flasher/write.js";
import { startTestBoard, testImage } from "../simulator/test-support.js";

test("the ROM answers stub-only commands with 'invalid message', and the stub accepts them", async () => {
  const tb = await startTestBoard({}, false);
  try {
    const s = await connect({ port: tb.board.hostPath, stub: false, before: "no_reset" });
    for (const op of [Op.SPI_FLASH_MD5, Op.CHANGE_BAUDRATE, Op.FLASH_DEFL_BEGIN, Op.ERASE_FLASH, Op.READ_FLASH, Op.SPI_ATTACH]) {
      await assert.rejects(s.loader.check("probe", op, words(0, 0x1000, 0, 0)), /received message is invalid/);
    }
    await s.loader.runStub();
    assert.equal(tb.board.device.mode, "stub");
    const md5 = await s.loader.flashMd5(0, 0x1000);
    assert.equal(md5.length, 16);
    await s.close();
  } finally {
    await tb.cleanup();
  }
});

test("a RAM program that is not the stub is started and the board stops answering", async () => {
  const tb = await startTestBoard({}, false);
  try {
    const s = await connect({ port: tb.board.hostPath, stub: false, before: "no_reset" });
    const code = Buffer.alloc(64, 0x11);
    await s.loader.check("mem begin", Op.MEM_BEGIN, words(code.length, 1, 0x1800, 0x40100000));
    await s.loader.check("mem data", Op.MEM_DATA, Buffer.concat([words(code.length, 0, 0, 0), code]), 0xef ^ 0);
    await s.loader.check("mem end", Op.MEM_END, words(0, 0x40100000));
    await assert.rejects(s.loader.readReg(0x40001000), (e: Error) => e instanceof TimeoutError || e instanceof LoaderError);
    await s.close();
  } finally {
    await tb.cleanup();
  }
});

test("throttled: a write takes at least its wire time, and a pipelined reflash still finds the one changed chunk", async () => {
  const tb = await startTestBoard({ throttle: true }, false);
  try {
    const image = { address: 0, data: testImage(24 * 1024, 11) };
    let s = await connect({ port: tb.board.hostPath, stub: false, before: "no_reset" });
    const started = Date.now();
    const sentBefore = s.transport.bytesSent;
    await writeImages(s, [image]);
    const wireMs = ((s.transport.bytesSent - sentBefore) * 10 * 1000) / 115200;
    assert.ok(Date.now() - started >= wireMs * 0.95, `took ${Date.now() - started} ms for ${wireMs.toFixed(0)} ms of wire time`);
    await s.close();

    tb.board.reset();
    const big = { address: 0, data: testImage(256 * 1024, 12) };
    s = await connect({ port: tb.board.hostPath, stub: true, baud: 921600, before: "no_reset" });
    await writeImages(s, [big]);
    await s.close();
    const changed = { address: 0, data: Buffer.from(big.data) };
    changed.data[0x2a123] ^= 0xff;
    tb.board.reset();
    s = await connect({ port: tb.board.hostPath, stub: true, baud: 921600, before: "no_reset" });
    const report = await writeImages(s, [changed]);
    await s.close();
    assert.equal(report.bytesWritten, 0x4000);
    assert.equal(report.verified, true);
    assert.ok(tb.board.flash.read(0, changed.data.length).equals(changed.data));
  } finally {
    await tb.cleanup();
  }
});
