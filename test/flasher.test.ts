// The flasher against the simulated ESP8266 over a real socat pty pair and the real serialport binding: images
// with every byte value written with the stub (compressed, verified) and with the ROM alone (around its erase
// bug), compared byte for byte with the simulated flash, which was pre-filled so that any stray erase shows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { connect, type Session } from "../flasher/connect.js";
import { eraseFlash, readFlash, writeImages } from "../flasher/write.js";
import { RomEraseError } from "../flasher/targets/esp8266.js";
import { fillPattern, firstMismatch, prefillByte, startTestBoard, testImage, type TestBoard } from "../simulator/test-support.js";

let tb: TestBoard;
before(async () => {
  tb = await startTestBoard();
});
after(async () => {
  await tb.cleanup();
});

async function session(stub: boolean, baud?: number): Promise<Session> {
  tb.board.reset();
  return connect({ port: tb.board.hostPath, stub, baud, before: "no_reset" });
}

test("detects the chip, MAC and flash size", async () => {
  const s = await session(false);
  try {
    assert.equal(s.chip, "ESP8266EX");
    assert.equal(s.mac, "18:fe:34:c2:a1:9a");
    assert.equal(s.flashSize, 4 << 20);
  } finally {
    await s.close();
  }
});

test("stub: 4 KB, 300 KB and 1 MB images land byte for byte, nothing else changes", async () => {
  fillPattern(tb.board);
  const images = [
    { address: 0x0, data: testImage(4096, 1) },
    { address: 0x10000, data: testImage(300 * 1024, 2) },
    { address: 0x200000, data: testImage(1 << 20, 3) },
  ];
  const s = await session(true, 921600);
  try {
    const report = await writeImages(s, images);
    assert.equal(report.verified, true);
    assert.equal(report.bytesWritten, 4096 + 300 * 1024 + (1 << 20));
  } finally {
    await s.close();
  }
  assert.equal(firstMismatch(tb.board, images), -1);
});

test("ROM only: writes around the erase bug without touching neighbouring sectors, and says it is unverified", async () => {
  fillPattern(tb.board);
  // 300 KB at a block boundary, 12 KB (an odd sector count inside one 64 KB block) and 1 MB mid-block.
  // (The simulated ROM reads the flash id only after connect() attached the flash with FLASH_BEGIN(0, 0).)
  const images = [
    { address: 0x20000, data: testImage(300 * 1024, 4) },
    { address: 0x73000, data: testImage(12 * 1024, 5) },
    { address: 0x105000, data: testImage(1 << 20, 6) },
  ];
  const s = await session(false);
  try {
    const report = await writeImages(s, images);
    assert.equal(report.verified, false);
    assert.equal(s.loader.isStub, false);
  } finally {
    await s.close();
  }
  assert.equal(firstMismatch(tb.board, images), -1);
});

test("ROM only: a lone 4 KB sector is refused before anything is erased", async () => {
  fillPattern(tb.board);
  const s = await session(false);
  try {
    await assert.rejects(writeImages(s, [{ address: 0x8000, data: testImage(4096) }]), RomEraseError);
  } finally {
    await s.close();
  }
  assert.equal(firstMismatch(tb.board, []), -1);
});

test("reads flash back, erases a region and the whole chip", async () => {
  fillPattern(tb.board);
  const s = await session(true, 460800);
  try {
    const back = await readFlash(s, 0x3000, 70000);
    assert.ok(back.equals(Buffer.from(Array.from({ length: 70000 }, (_, i) => prefillByte(0x3000 + i)))));
    await eraseFlash(s, { offset: 0x10000, size: 0x4000 });
    assert.equal(firstMismatch(tb.board, [{ address: 0x10000, data: Buffer.alloc(0x4000, 0xff) }]), -1);
    await eraseFlash(s);
    assert.ok(tb.board.flash.data.every((b) => b === 0xff));
  } finally {
    await s.close();
  }
});

test("fast reflash: after a small change only the changed 4 KB sector is sent", async () => {
  fillPattern(tb.board);
  const image = { address: 0x0, data: testImage(1 << 20, 7) };
  let s = await session(true, 921600);
  try {
    await writeImages(s, [image]);
  } finally {
    await s.close();
  }
  const changed = { address: 0, data: Buffer.from(image.data) };
  changed.data.write("a one-line change", 0x52345, "latin1");
  s = await session(true, 921600);
  try {
    const programmedBefore = tb.board.device.stats.bytesProgrammed;
    const sentBefore = s.transport.bytesSent;
    const report = await writeImages(s, [changed]);
    assert.equal(report.verified, true);
    assert.equal(report.bytesWritten, 0x1000);
    assert.equal(report.bytesSkipped, (1 << 20) - 0x1000);
    assert.equal(tb.board.device.stats.bytesProgrammed - programmedBefore, 0x1000);
    assert.ok(s.transport.bytesSent - sentBefore < 0.05 * changed.data.length, `sent ${s.transport.bytesSent - sentBefore} bytes`);
  } finally {
    await s.close();
  }
  assert.equal(firstMismatch(tb.board, [changed]), -1);
});
