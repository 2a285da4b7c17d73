// Flashing benchmark against the simulated ESP8266 throttled to the real serial rate (10 bits per byte at the
// set baud) with a flash timing model (sector erase 30 ms, 64 KB block 150 ms, program 2.5 µs/byte): time and
// bytes on the wire for a typical 350 KB firmware and a 1 MB image, ROM-only against stub + compression at
// 115200 and 921600 baud, and a fast reflash after a small change. The firmware-like images are real lx106
// machine code and constants (picolibc's libc/libm text and rodata), which deflate like a real Arduino build.
// Usage: node dist/bench/flash/run.js [--quick]   (--quick: skips the two slow 1 MB rows at 115200)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { connect } from "../../flasher/connect.js";
import { writeImages } from "../../flasher/write.js";
import { SimulatedBoard } from "../../simulator/board.js";

const LIBS = ["/usr/lib/xtensa-lx106-elf/lib/libc.a", "/usr/lib/xtensa-lx106-elf/lib/libm.a"];

/** Real lx106 code and read-only data, repeated (beyond deflate's 32 KB window) to `size` bytes. */
function firmwareLikeImage(dir: string, size: number): Buffer {
  for (const lib of LIBS) if (!existsSync(lib)) throw new Error(`${lib} is missing: install picolibc-xtensa-lx106-elf`);
  const obj = join(dir, "all.o");
  const bin = join(dir, "code.bin");
  const ld = spawnSync("xtensa-lx106-elf-ld", ["-r", "--whole-archive", ...LIBS, "-o", obj], { encoding: "utf8" });
  if (ld.status !== 0) throw new Error(`xtensa-lx106-elf-ld failed: ${ld.stderr}`);
  const oc = spawnSync("xtensa-lx106-elf-objcopy", ["-O", "binary", "-j", ".text*", "-j", ".rodata*", "-j", ".literal*", obj, bin], { encoding: "utf8" });
  if (oc.status !== 0) throw new Error(`xtensa-lx106-elf-objcopy failed: ${oc.stderr}`);
  const code = readFileSync(bin);
  const out = Buffer.alloc(size);
  for (let o = 0; o < size; o += code.length) code.copy(out, o, 0, Math.min(code.length, size - o));
  return out;
}

interface Row {
  image: string;
  mode: string;
  baud: number;
  seconds: number;
  wireSeconds: number;
  toBoard: number;
  fromBoard: number;
  note: string;
}

async function measure(board: SimulatedBoard, label: string, data: Buffer, stub: boolean, baud: number, note = ""): Promise<Row> {
  board.reset();
  const started = Date.now();
  const s = await connect({ port: board.hostPath, stub, baud, before: "no_reset" });
  try {
    const report = await writeImages(s, [{ address: 0, data }]);
    const seconds = (Date.now() - started) / 1000;
    const written = report.bytesSkipped ? `${report.bytesWritten} B sent, ${report.bytesSkipped} B skipped` : "";
    return {
      image: label, mode: stub ? "stub + deflate" : "ROM only", baud, seconds, wireSeconds: s.transport.wireMs / 1000,
      toBoard: s.transport.bytesSent, fromBoard: s.transport.bytesReceived,
      note: [note, written, report.verified ? "MD5 verified" : "not verifiable"].filter(Boolean).join("; "),
    };
  } finally {
    await s.close();
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const dir = mkdtempSync(join(tmpdir(), "tsduino-flash-bench-"));
  const board = await SimulatedBoard.start({ flashFile: join(dir, "flash.bin"), throttle: true });
  try {
    const fw = firmwareLikeImage(dir, 350 * 1024);
    const big = firmwareLikeImage(dir, 1 << 20);
    const ratio = (b: Buffer) => `${Math.round((deflateSync(b, { level: 9 }).length / b.length) * 100)}%`;
    console.log(`Images: 350 KB firmware-like (deflates to ${ratio(fw)}), 1 MB (deflates to ${ratio(big)}).`);
    console.log("Simulated ESP8266 throttled to 10 bits/byte at the set baud, with flash erase/program times.\n");
    const rows: Row[] = [];
    const run = async (...args: Parameters<typeof measure> extends [SimulatedBoard, ...infer R] ? R : never) => {
      const row = await measure(board, ...args);
      rows.push(row);
      console.error(`  ${row.image} ${row.mode} @${row.baud}: ${row.seconds.toFixed(1)} s`);
    };
    board.flash.eraseAll();
    await run("350 KB", fw, false, 115200);
    board.flash.eraseAll();
    await run("350 KB", fw, true, 115200);
    board.flash.eraseAll();
    await run("350 KB", fw, true, 921600);
    const changed = Buffer.from(fw);
    changed.write("v2", 0x2a000, "latin1");
    await run("350 KB", changed, true, 921600, "reflash after a 2-byte change");
    if (!quick) {
      board.flash.eraseAll();
      await run("1 MB", big, false, 115200);
      board.flash.eraseAll();
      await run("1 MB", big, true, 115200);
    }
    board.flash.eraseAll();
    await run("1 MB", big, true, 921600);
    const bigChanged = Buffer.from(big);
    bigChanged.write("v2", 0x81234, "latin1");
    await run("1 MB", bigChanged, true, 921600, "reflash after a 2-byte change");
    bigChanged.write("v3", 0x3c001, "latin1");
    await run("1 MB", bigChanged, true, 115200, "reflash after another 2-byte change");
    await run("1 MB", bigChanged, true, 921600, "reflash of the same image");

    console.log("| image | mode | baud | time (s) | wire time (s) | bytes to board | bytes from board | notes |");
    console.log("|---|---|---:|---:|---:|---:|---:|---|");
    for (const r of rows) {
      console.log(`| ${r.image} | ${r.mode} | ${r.baud} | ${r.seconds.toFixed(1)} | ${r.wireSeconds.toFixed(1)} | ${r.toBoard} | ${r.fromBoard} | ${r.note} |`);
    }
    console.log("\nWire time: what the bytes in both directions need at 10 bits per byte at their baud rate (no latency, no flash time).");
    console.log("Times include connecting (sync, chip detection, stub upload at 115200, baud change). The ESP8266 ROM cannot change baud, so ROM-only rows are at 115200.");
  } finally {
    await board.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
