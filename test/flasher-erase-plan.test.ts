// The ESP8266 ROM erase bug and the write plan around it, checked exhaustively against the reverse-engineered
// ROM behaviour: for every start sector in two 64 KB blocks and every length up to 80 sectors, the planned
// FLASH_BEGIN segments (applied in order, as the ROM would) erase exactly the sectors the image covers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { RomEraseError, SECTOR_SIZE, planRomSegments, romErasedSectors } from "../flasher/targets/esp8266.js";

test("the ROM erases up to the 64 KB boundary and then the full count again", () => {
  assert.equal(romErasedSectors(0, 1), 2);
  assert.equal(romErasedSectors(0, 16), 32);
  assert.equal(romErasedSectors(15, 1), 2);
  assert.equal(romErasedSectors(14, 40), 42);
  assert.equal(romErasedSectors(3, 0), 0);
});

test("planned segments erase exactly the image's sectors, or a lone sector is refused", () => {
  for (let start = 0; start < 32; start++) {
    for (let sectors = 1; sectors <= 80; sectors++) {
      let segments;
      try {
        segments = planRomSegments(start * SECTOR_SIZE, sectors * SECTOR_SIZE);
      } catch (e) {
        assert.ok(e instanceof RomEraseError);
        assert.equal(sectors, 1, `refused ${sectors} sectors at sector ${start}`);
        continue;
      }
      const erased = new Set<number>();
      for (const seg of segments) {
        const first = seg.offset / SECTOR_SIZE;
        const n = romErasedSectors(first, Math.ceil(seg.eraseSize / SECTOR_SIZE));
        for (let s = first; s < first + n; s++) erased.add(s);
      }
      const covered = segments.reduce((n, s) => n + s.length, 0);
      assert.equal(covered, sectors * SECTOR_SIZE);
      for (let s = start; s < start + sectors; s++) assert.ok(erased.has(s), `sector ${s} not erased (start ${start}, ${sectors})`);
      assert.equal(erased.size, sectors, `extra sectors erased for start ${start}, count ${sectors}`);
    }
  }
});
