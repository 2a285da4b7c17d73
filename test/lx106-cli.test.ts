// `tsduino run --target lx106-qemu` as a user runs it: output on stdout, the --cycles report on stderr,
// identical cycle counts on every run, the exit status of a program that throws, and --timeout ending a
// sketch (which loops forever) with status 0.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasStackTrace, runTsduino } from "./helpers/tsduino-cli.js";

const dir = mkdtempSync(join(tmpdir(), "tsd-lx106-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const REPORT = /^lx106-qemu: (\d+) cycles, code \d+ B \(\.text \d+ \+ \.rodata \d+\), static RAM \d+ B \(\.data \d+ \+ \.bss \d+\), peak heap \d+ B, peak stack \d+ B, longest without yield [\d.]+ ms$/m;

test("--cycles prints the program's output, then a deterministic cycle count with sizes, heap and stack", async () => {
  const entry = program("sum.ts", "let s = 0;\nfor (let i = 0; i < 1000; i++) s += i * 0.5;\nconsole.log(\"sum\", s);\n");
  const first = await runTsduino(["run", entry, "--target", "lx106-qemu", "--cycles"]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout.toString(), "sum 249750\n");
  const cycles = REPORT.exec(first.stderr)?.[1];
  assert.ok(cycles, `no report line in: ${first.stderr}`);
  const second = await runTsduino(["run", entry, "--target", "lx106-qemu", "--cycles"]);
  assert.equal(REPORT.exec(second.stderr)?.[1], cycles, "same program, same cycle count");
});

test("a program that throws prints Node's uncaught-error line and exits 1, without a stack trace", async () => {
  const entry = program("throws.ts", "console.log(\"before\");\nthrow new Error(\"boom\");\n");
  const run = await runTsduino(["run", entry, "--target", "lx106-qemu"]);
  assert.equal(run.code, 1);
  assert.match(run.stdout.toString(), /^before\nUncaught Error: boom\n/);
  assert.ok(!hasStackTrace(run.stderr), run.stderr);
});

test("--timeout stops a sketch that loops forever with status 0 (delay() costs no real time)", async () => {
  const entry = program("blink.ts", "let n = 0;\nexport function setup(): void { console.log(\"setup\"); }\n" +
    "export function loop(): void { if (n < 3) console.log(\"loop\", n); n++; delay(1000); }\n");
  const run = await runTsduino(["run", entry, "--target", "lx106-qemu", "--timeout", "2"]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.toString(), "setup\nloop 0\nloop 1\nloop 2\n");
});
