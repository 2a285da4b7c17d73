// The bare lx106-qemu target, without the compiler: the arithmetic helpers against the host CPU, and
// hand-written programs built with xtensa-lx106-elf-g++ and run in QEMU: output, exit status, cycle counts
// that equal instruction counts, and crashes that end the run with a clear line instead of hanging.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildLx106, formatLx106Report, runLx106, LX106_RUNTIME_DIR } from "../builders/lx106-qemu.js";
import { runProcess } from "./helpers/process.js";

const selftest = (name: string) => join(LX106_RUNTIME_DIR, "selftest", name);

const scratch = mkdtempSync(join(tmpdir(), "tsd-lx106-t-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

async function buildSelftest(source: string, defines: string[] = []): Promise<string> {
  const dir = mkdtempSync(join(scratch, "p-"));
  const built = await buildLx106(dir, { arduinoCore: false, extraSources: [selftest(source)], defines, outFile: join(dir, "prog.elf") });
  return built.elf;
}

test("soft-float and division helpers agree with the host CPU bit for bit", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tsd-softmath-"));
  try {
    const exe = join(dir, "softmath-check");
    const sources = ["softfloat.cpp", "intmath.cpp"].map((f) => join(LX106_RUNTIME_DIR, f));
    const cc = await runProcess("g++", ["-O2", "-Wall", "-Wextra", "-Werror", "-DTSD_MATH_HOST_TEST", `-I${LX106_RUNTIME_DIR}`,
      selftest("softmath_check.cpp"), ...sources, "-o", exe]);
    assert.equal(cc.code, 0, cc.stderr);
    const run = await runProcess(exe, ["200000"], { timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stdout.toString());
    assert.match(run.stdout.toString(), /^ok \d+\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a hand-written program prints through semihosting and exits with its status", async () => {
  const elf = await buildSelftest("hello.cpp");
  const run = await runLx106(elf, { cycles: true, timeoutMs: 30_000 });
  assert.equal(run.stdout, "hello from lx106\nq=142 bits=3fd3333333333334\n");
  assert.equal(run.stderr, "");
  assert.equal(run.exitCode, 3);
  assert.ok(run.peakHeap !== undefined && run.peakHeap >= 100, `peak heap ${run.peakHeap}`);
  const again = await runLx106(elf, { cycles: true, timeoutMs: 30_000 });
  assert.equal(again.cycles, run.cycles, "cycle counts are deterministic under -icount");
});

test("cycles are instruction counts: 100 000 more iterations of a 2-instruction loop cost 200 000 cycles", async () => {
  const short = await runLx106(await buildSelftest("loop.cpp", ["TSD_LOOP_COUNT=1000"]), { cycles: true });
  const long = await runLx106(await buildSelftest("loop.cpp", ["TSD_LOOP_COUNT=101000"]), { cycles: true });
  assert.equal(long.stdout, "go\ndone\n");
  assert.ok(short.cycles !== undefined && long.cycles !== undefined);
  assert.ok(Math.abs(long.cycles - short.cycles - 200_000) <= 2, `difference ${long.cycles - short.cycles}`);
});

const faults: Array<[number, string, RegExp]> = [
  [1, "integer division by zero", /^lx106: integer division by zero\n$/],
  [2, "an illegal instruction", /^lx106: CPU exception \(user vector\): illegal instruction, EXCCAUSE 0x00000000 at PC 0x5[0-9a-f]{7}, address 0x[0-9a-f]{8}\n$/],
  [3, "an exhausted heap", /^lx106: out of memory \(operator new\)\n$/],
  [4, "a pure virtual call", /^lx106: pure virtual function called\n$/],
];
for (const [fault, what, message] of faults) {
  test(`${what} ends the run with status 134 and one clear line on stderr`, async () => {
    const run = await runLx106(await buildSelftest("faults.cpp", [`TSD_FAULT=${fault}`]), { timeoutMs: 20_000 });
    assert.equal(run.timedOut, false);
    assert.equal(run.stdout, "before\n");
    assert.match(run.stderr, message);
    assert.equal(run.exitCode, 134);
  });
}

test("the math functions the runtime relies on give the same bits on the lx106 as on the host", async () => {
  const dir = mkdtempSync(join(scratch, "libm-"));
  const exe = join(dir, "libm-host");
  const cc = await runProcess("g++", ["-O2", "-Wall", "-Wextra", selftest("libm_check.cpp"), "-o", exe, "-lm"]);
  assert.equal(cc.code, 0, cc.stderr);
  const host = await runProcess(exe, []);
  const lx106 = await runLx106(await buildSelftest("libm_check.cpp"), { timeoutMs: 60_000 });
  assert.equal(lx106.exitCode, 0, lx106.stderr);
  const expected = host.stdout.toString().split("\n");
  const actual = lx106.stdout.split("\n");
  assert.ok(expected.length > 500, "the check prints one line per input and pair");
  const differing = expected.map((line, i) => [line, actual[i]]).filter(([e, a]) => e !== a);
  assert.deepEqual(differing.slice(0, 5), [], `${differing.length} lines differ`);
});

test("peak stack is measured; more stack (4 KB loop() stack) or heap (~50 KB) than an ESP8266 has is reported as a warning", async () => {
  const small = await runLx106(await buildSelftest("stack.cpp", ["TSD_STACK_KB=2"]));
  const large = await runLx106(await buildSelftest("stack.cpp", ["TSD_STACK_KB=8"]));
  assert.equal(large.stdout, "ok\n");
  assert.ok(small.peakStack !== undefined && small.peakStack > 2000 && small.peakStack < 4096, `small: ${small.peakStack}`);
  assert.ok(large.peakStack !== undefined && large.peakStack > 8000 && large.peakStack < 16384, `large: ${large.peakStack}`);
  const sizes = { text: 1, rodata: 1, data: 1, bss: 1 };
  assert.doesNotMatch(formatLx106Report({ sizes, peakStack: small.peakStack }), /warning/);
  assert.match(formatLx106Report({ sizes, peakStack: large.peakStack }), /\nwarning: the program used \d+ B of stack; the ESP8266 Arduino core gives setup\(\)\/loop\(\) 4096 B/);
  assert.doesNotMatch(formatLx106Report({ sizes, peakHeap: 30_000 }), /warning/);
  assert.match(formatLx106Report({ sizes, peakHeap: 600_000 }), /\nwarning: the heap peaked at 600000 B; an ESP8266 sketch has about 51200 B of free heap/);
});
