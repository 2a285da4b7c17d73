// Issue 17: long computations must not reset the board. The ESP8266's software watchdog resets the chip after
// about 3.2 s without a yield; the compiler puts yield checks into loops and recursive functions, the
// lx106-qemu target models the watchdog (and reports the longest stretch without a yield), and the host
// target warns. Checked here:
// - which loops and functions get checks in the generated C++ (the compiler's rules, without building), and
//   none in what an attachInterrupt handler reaches;
// - a C++ busy loop that never yields ends on lx106-qemu with "Soft WDT reset" after 3.2 s of 80 MHz cycles;
// - a TypeScript `while (true)` loop that runs for more than 3.2 s of cycles does not, prints what Node
//   prints, and the --cycles report shows its longest stretch without a yield (≤ 100 ms);
// - the host target warns once when the sketch ran more than 3 s without yielding.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "../compiler/src/index.js";
import { buildLx106, runLx106, formatLx106Report, LX106_RUNTIME_DIR } from "../builders/lx106-qemu.js";
import { writeSketch } from "../builders/sketch.js";
import { runTsduino } from "./helpers/tsduino-cli.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runProcess } from "./helpers/process.js";
import { repoRoot } from "./helpers/paths.js";

const dir = mkdtempSync(join(tmpdir(), "tsd-watchdog-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The generated sketch (.ino) of a TypeScript program. */
function generated(name: string, text: string): string {
  const result = compile({ entry: program(name, text) });
  const errors = result.diagnostics.filter((d) => d.category === "error");
  assert.equal(errors.length, 0, errors.map((e) => e.message).join("\n"));
  // The checks' placement is what is asserted, not how a number is stored: an integral `number` may be a
  // ts::Num (an int32-or-double, compiler/src/lower/numrep.ts); it is read here as the double it stands for.
  return result.sketch!.files.find((f) => f.path.endsWith(".ino"))!.content.replace(/ts::Num\b/g, "double");
}

/** The C++ text of one function's definition (from its signature line to the closing brace at column 0). */
function definition(cpp: string, signature: string): string {
  const start = cpp.indexOf(`${signature} {`);
  assert.ok(start >= 0, `no definition '${signature}' in:\n${cpp}`);
  return cpp.slice(start, cpp.indexOf("\n}", start) + 2);
}

const count = (text: string, what: string) => text.split(what).length - 1;

/** The loop checks in a function's text: on the countdown (TSD_LOOP_YIELD), on the clock (TSD_YIELD_CHECK), or
 *  every 2^k iterations of a counter (TSD_STRIP_YIELD). */
const loopChecks = (text: string) => count(text, "TSD_LOOP_YIELD();") + count(text, "TSD_YIELD_CHECK();") + count(text, "TSD_STRIP_YIELD(");

test("loops get a yield check on every back-edge, except for loops proven short", () => {
  const checked = [
    "while (true) { sum++; if (sum > 5) break; }",
    "do { sum--; } while (sum > 0);",
    "for (let i = 0; i < 100000; i++) sum += i;", // 100 000 software-double additions: ~20M cycles
    "for (const x of xs) sum += Math.sqrt(x);", // as many elements as the heap holds, a square root each
    "for (let i = 0; i < 10; i++) text += i.toFixed(1);", // string building and toFixed take unbounded time
    "let k = 0; while (xs[k] !== 7) k++;", // an equality test, not a scan: only <, <=, >, >= on the element
  ];
  const short = [
    "for (let i = 0; i < 10; i++) sum += i * 2;", // constant bounds, a small body
    "for (let i = 10; i >= 0; i -= 2) sum += i;", // counting down
    "for (let i = 0; i < 10; i++) sum += f(i);", // calls a small function without loops
    "for (let i = 0; i < 10; i++) { for (let j = 0; j < 10; j++) sum += j; }", // nested, 100 iterations in all
    "for (let i = 0; i < 1000; i++) sum += Math.abs(i);", // ~250 000 cycles: below the budget
    "for (const b of flags) if (b) ones++;", // a boolean per heap byte at most, a few cycles each
    "let m: i32 = 0; while (ys[m] < 500) m++;", // a scan: a read past the end of a number array throws
  ];
  const prelude = ["let sum = 0;", "let text = \"\";", "let xs: number[] = [1, 2, 3];" /* let: no length bound */, "const ys: i32[] = [1, 2, 3];",
    "const flags: boolean[] = [true];", "let ones: i32 = 0;", "function f(n: number): number { return n + 1; }"];
  for (const [i, loop] of checked.entries()) {
    const setup = definition(generated(`checked${i}.ts`, [...prelude, loop, "console.log(sum, text, ones);"].join("\n")), "void setup()");
    assert.equal(loopChecks(setup), 1, setup);
  }
  for (const [i, loop] of short.entries()) {
    const setup = definition(generated(`short${i}.ts`, [...prelude, loop, "console.log(sum, text, ones);"].join("\n")), "void setup()");
    assert.equal(loopChecks(setup), 0, setup);
  }
  const setup = definition(generated("loops.ts", [...prelude, ...checked, "console.log(sum, text, ones);"].join("\n")), "void setup()");
  assert.match(setup, /^void setup\(\) \{\n(#line.*\n)?  TSD_YIELD_SCOPE\(\);/, "the top-level code counts in a register");
  assert.match(setup, /while \(true\) \{\n(#line.*\n)?\s+TSD_LOOP_YIELD\(\);/, "a small iteration checks on the countdown");
  assert.match(setup, /for \(double x : [^\n]*xs\)?\) \{\n(#line.*\n)?\s+TSD_YIELD_CHECK\(\);/, "an expensive iteration checks on the clock");
  assert.ok(!definition(generated("f.ts", [...prelude, "console.log(f(1));"].join("\n")), "double f(double n)").includes("YIELD"),
    "a function without loops or recursion has no check");
});

test("a loop with a trip bound checks in its expensive branch instead (the sieve): the cheap path runs unchecked", () => {
  const setup = definition(generated("sieve.ts", [
    "const N = 20000;",
    "const composite: boolean[] = [];",
    "for (let i = 0; i <= N; i++) composite.push(false);",
    "let count = 0;",
    "for (let i = 2; i <= N; i++) {",
    "  if (!composite[i]) {",
    "    count++;",
    "    for (let j = i * i; j <= N; j += i) composite[j] = true;",
    "  }",
    "}",
    "console.log(count);",
  ].join("\n")), "void setup()");
  // The inner loop's counter is an int32 of proven range (integers.ts), so its at most N/2 cheap iterations
  // are proven short: only the expensive branch of the outer loop checks.
  assert.equal(loopChecks(setup), 1, setup);
  assert.match(setup, /if \(!\(?composite\.get\(i\)\)?\) \{\n(#line.*\n)?\s+TSD_YIELD_CHECK\(\);/, setup);
  assert.match(setup, /for \(int32_t j = [^\n]*\n(#line.*\n)?\s+composite\.set/, "the inner int32 loop is proven short");
});

test("a loop that calls a checking (recursive) function on every path needs no check of its own", () => {
  const cpp = generated("calls.ts", [
    "function depth(n: number): number { let d = 0; if (n > 0) d = 1 + depth(n - 1); return d; }",
    "function leafy(n: number): number { return n <= 0 ? 0 : 1 + leafy(n - 1); }",
    "let total = 0;",
    "let i = 0;",
    "while (i < 1000000) { total += depth(3); i++; }",
    "while (total > 0) { if (total > 5) { total -= depth(2); } else { total--; } }",
    "while (i > 0) { total += leafy(0); i--; }", // leafy(0) returns before its check: this loop checks
    "console.log(total);",
  ].join("\n"));
  assert.match(definition(cpp, "double depth(double n)"), /\{\n(#line.*\n)?  TSD_CALL_YIELD\(\);/);
  // The leaf returns at once; the branch that recurses checks first.
  assert.match(definition(cpp, "double leafy(double n)"), /if \(n <= 0\.0\) \{[^}]*\} else \{ TSD_CALL_YIELD\(\);/);
  assert.equal(loopChecks(definition(cpp, "void setup()")), 2, "the loop whose else path calls nothing and the one calling leafy(0) check");
});

test("recursive functions check on entry: direct, mutual, through a callback; others do not", () => {
  const cpp = generated("recursion.ts", [
    "function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }",
    "function isEven(n: number): boolean { return n === 0 ? true : isOdd(n - 1); }",
    "function isOdd(n: number): boolean { return n === 0 ? false : isEven(n - 1); }",
    "class Tree { kids: Tree[] = []; size(): number { let s = 1; this.kids.forEach((k) => { s += k.size(); }); return s; } }",
    "function square(n: number): number { return n * n; }",
    "function sumTo(n: number): number { let s = 0; for (let i = 0; i < n; i++) s += square(i); return s; }",
    "console.log(fib(10), isEven(10), new Tree().size(), sumTo(10));",
  ].join("\n"));
  // On entry, or (a function that starts with a short leaf) first in the branch that recurses.
  assert.match(definition(cpp, "double Tree::size()"), /\{\n(#line.*\n)?  TSD_(CALL_YIELD|YIELD_CHECK)\(\);/);
  for (const signature of ["double fib(double n)", "bool isEven(double n)", "bool isOdd(double n)"]) {
    assert.match(definition(cpp, signature), /\{\n(#line.*\n)?  \w+ _v\d+ = [^;]+; if \([^)]*\) \{[^}]*\} else \{ TSD_(CALL_YIELD|YIELD_CHECK)\(\);/, signature);
  }
  // Only the path that recurses checks: the leaf returns at once.
  assert.match(definition(cpp, "double fib(double n)"), /if \(n < 2\.0\) \{ _v\d+ = double\(n\); \} else \{ TSD_CALL_YIELD\(\);/);
  assert.ok(!definition(cpp, "double square(double n)").includes("YIELD"));
  const sumTo = definition(cpp, "double sumTo(int32_t n)");  // an integer parameter of a function with a loop (int-ranges.ts)
  // Its loop checks (an int32 counter tests its low bits: TSD_STRIP_YIELD), not its entry.
  assert.ok((sumTo.includes("TSD_STRIP_YIELD(i, ") || (sumTo.includes("TSD_YIELD_SCOPE();") && sumTo.includes("TSD_LOOP_YIELD();"))) && !sumTo.includes("TSD_CALL_YIELD"), sumTo);
});

test("a recursive arrow function whose body is an expression checks too: in the branch that recurses, else first", () => {
  const cpp = generated("arrow-recursion.ts", [
    "const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));",
    "const grow = (s: string, n: number): number => s.length + (n > 0 ? grow(s + 'x', n - 1) : 0);",
    "console.log(fib(10), grow('', 5));",
  ].join("\n"));
  assert.match(cpp, /fib = [^\n]*\[=\]\(double n\) -> double \{ [^\n]*if \(n < 2\.0\) \{[^}]*\} else \{ TSD_CALL_YIELD\(\); [^\n]*fib\(n - /);
  assert.match(cpp, /grow = [^\n]*\[=\]\(ts::String s, double n\) -> double \{\n(#line.*\n)?\s*TSD_(CALL_YIELD|YIELD_CHECK)\(\);\n(#line.*\n)?\s*double _a\d+ = s\.length\(\)/);
});

test("the checks leave memory alone (TSD_YIELD_NO_CALLBACKS) only where no TypeScript can run inside a yield", () => {
  const isolated = (name: string, lines: string[]) => generated(name, lines.join("\n")).includes("#define TSD_YIELD_NO_CALLBACKS");
  assert.ok(isolated("pure.ts", ["const xs: number[] = [3, 1, 2];", "xs.sort((a, b) => a - b);", "console.log(xs.map((x) => x * 2));"]), "ES callbacks run at once");
  assert.ok(!isolated("timer.ts", ["let n = 0;", "setTimeout(() => { n++; }, 10);", "for (let i = 0; i < 100000; i++) n += i % 3;", "console.log(n);"]));
  assert.ok(!isolated("isr.ts", ["let pulses = 0;", "function onPulse(): void { pulses++; }", "attachInterrupt(4, onPulse, 1);", "console.log(pulses);"]));
  assert.ok(!isolated("cycle.ts", ["class Node2 { next: Node2 | null = null; }", "const a = new Node2();", "a.next = a;", "console.log(a.next === a);"]), "the cycle collector runs at yields");
});

test("a recursive closure inside a function whose loops check compiles (its check is on the shared countdown)", async () => {
  const cpp = generated("closure.ts", [
    "function run(limit: number): number {",
    "  let total = 0;",
    "  for (let i = 0; i < limit; i++) total += i;",
    "  const fact = (n: number): number => {",
    "    if (n <= 1) return 1;",
    "    return n * fact(n - 1);",
    "  };",
    "  return total + fact(6);",
    "}",
    "console.log(run(10));",
  ].join("\n"));
  // Past its leaf (`if (n <= 1) return 1;`): every path from there on recurses.
  assert.match(cpp, /\(double n\) -> double \{\n(#line.*\n)?(\s+TSD_CAPTURES\(.*\);\n)?\s+if \(n <= 1\.0\) \{\n\s+return 1;\n\s+\}\n\s+TSD_CALL_YIELD\(\);/, cpp);
  const ino = join(dir, "closure.ino");
  writeFileSync(ino, cpp.replace('#include "src/tsduino/tsduino.h"', "#include <tsduino.h>"));
  const cc = await runProcess("g++", ["-std=gnu++17", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-x", "c++",
    `-I${join(repoRoot, "runtime", "arduino")}`, `-I${join(repoRoot, "runtime", "core")}`, ino]);
  assert.equal(cc.code, 0, cc.stderr.toString());
});

test("functions reachable from an attachInterrupt handler get no checks (the core forbids yielding there)", () => {
  // attachInterrupt is not in the Arduino typings yet: a stand-in of the same name marks the handler alike.
  const cpp = generated("isr.ts", [
    "function attachInterrupt(pin: number, handler: () => void, mode: number): void { if (pin < 0) handler(); }",
    "let pulses = 0;",
    "function settle(): void { while (pulses > 100) pulses -= 100; }",
    "function onPulse(): void { pulses++; settle(); }",
    "attachInterrupt(4, onPulse, 1);",
    "while (pulses < 3) onPulse();",
    "console.log(pulses);",
  ].join("\n"));
  assert.ok(!definition(cpp, "void settle()").includes("YIELD"), "called by the handler: no check in its loop");
  assert.ok(!definition(cpp, "void onPulse()").includes("YIELD"));
  assert.equal(loopChecks(definition(cpp, "void setup()")), 1, "the main code's loop still checks");
});

test("lx106-qemu: a C++ stretch that never yields ends with 'Soft WDT reset' after 3.2 s at 80 MHz", async () => {
  const built = await buildLx106(join(dir, "spin"), {
    arduinoCore: false,
    extraSources: [join(LX106_RUNTIME_DIR, "selftest", "watchdog.cpp")],
    defines: ["TSD_SPIN_COUNT=100000000", "TSD_SPIN_YIELD_EVERY=0"],
    outFile: join(dir, "spin", "spin.elf"),
  });
  const run = await runLx106(built.elf, { cycles: true, timeoutMs: 180_000 });
  assert.equal(run.stdout, "spinning\n", "the run ends before the loop does");
  assert.equal(run.exitCode, 134);
  assert.match(run.stderr, /^\nSoft WDT reset\nlx106: the sketch ran 3\.2 s \(at 80 MHz\) without yielding, at PC 0x[0-9a-f]{8}; an ESP8266 resets here/);
  assert.equal(run.watchdogReset, true);
  assert.ok(run.longestWithoutYieldMs! >= 3200 && run.longestWithoutYieldMs! < 3210, String(run.longestWithoutYieldMs));
  assert.match(formatLx106Report({ ...run, sizes: built.sizes }), /, longest without yield 320\d ms$/m);
});

test("lx106-qemu: while (true) runs past the watchdog's 3.2 s like in Node, yielding at least every 100 ms", async () => {
  // About 4 instructions per iteration (i is a register): 80 million iterations are ~330 million cycles, 4.1 s at 80 MHz.
  const entry = program("spin.ts", [
    "let i: i32 = 0;",
    "while (true) {",
    "  i++;",
    "  if (i === 80000000) break;",
    "}",
    "console.log(\"spun\", i);",
  ].join("\n"));
  const [node, run] = await Promise.all([runUnderNode(entry), runTsduino(["run", entry, "--target", "lx106-qemu", "--cycles"], 300_000)]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.toString(), node.stdout.toString());
  assert.doesNotMatch(run.stderr, /Soft WDT/);
  const report = /^lx106-qemu: (\d+) cycles, .*, longest without yield ([\d.]+) ms$/m.exec(run.stderr);
  assert.ok(report, run.stderr);
  assert.ok(Number(report[1]) > 256_000_000, `ran ${report[1]} cycles, more than the watchdog's 3.2 s at 80 MHz`);
  assert.ok(Number(report[2]) <= 100, `longest stretch without a yield: ${report[2]} ms`);
});

test("lx106-qemu: wide and deep recursion, and loops proven short, yield at least every 100 ms", async () => {
  // fib(32): 7 million calls, a check every six levels (yield-clone.ts); deep(300): 300 levels, each a loop proven short (no check of its
  // own: ~100 000 cycles) that only the recursive function's entry check covers.
  const entry = program("recursion-run.ts", [
    "function fib(n: i32): i32 { return n < 2 ? n : fib(n - 1) + fib(n - 2); }",
    "function deep(n: i32): i32 {",
    "  if (n === 0) return 0;",
    "  let s: i32 = 0;",
    "  for (let i: i32 = 0; i < 10000; i++) s = (s + i * 7) & 1023;",
    "  return s + deep(n - 1);",
    "}",
    "console.log(fib(32), deep(300));",
  ].join("\n"));
  const cpp = generated("recursion-plan.ts", readFileSync(entry, "utf8"));
  assert.ok(!/for \(int32_t i[^\n]*\n(#line.*\n)?\s+TSD_/.test(definition(cpp, "int32_t deep(int32_t n)")), "the inner loop is proven short");
  const [node, run] = await Promise.all([runUnderNode(entry), runTsduino(["run", entry, "--target", "lx106-qemu", "--cycles"], 300_000)]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.toString(), node.stdout.toString());
  const report = /^lx106-qemu: (\d+) cycles, .*, longest without yield ([\d.]+) ms$/m.exec(run.stderr);
  assert.ok(report, run.stderr);
  assert.ok(Number(report[1]) > 24_000_000, `ran ${report[1]} cycles, more than 300 ms at 80 MHz`);
  assert.ok(Number(report[2]) <= 100, `longest stretch without a yield: ${report[2]} ms`);
});

test("rarer checks where a bound allows: every 2^k iterations of a counter, none in a nest summed over its counter, a filled array's for...of, a recursion's while loop", () => {
  const cpp = generated("rarer.ts", [
    "const N: i32 = 20000;",
    "const composite: boolean[] = [];",
    "for (let i: i32 = 0; i <= N; i++) composite.push(false);",
    "let count: i32 = 0;",
    "for (let i: i32 = 2; i <= N; i++) {",
    "  if (!composite[i]) {",
    "    count++;",
    "    for (let j: i32 = i * i; j <= N; j += i) composite[j] = true;",
    "  }",
    "}",
    "let f = 0.5;",
    "for (let i = 0; i < 3000; i++) f = (f * 3.7 + i) % 1000;",
    "const xs: number[] = [];",
    "for (let i = 0; i < 64; i++) xs.push(i / 3);",
    "for (let t = 0; t < 200; t++) { for (const x of xs) f = (f + x) % 1000; }",
    "function qs(a: number[], lo: number, hi: number): void {",
    "  while (lo < hi) { let i = lo; let j = hi; const p = a[lo]; while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } }",
    "    qs(a, lo, j); lo = i; }",
    "}",
    "const zs: number[] = [3, 1, 2];",
    "qs(zs, 0, 2);", // passed to a function: zs has no length bound (qs could push)
    "console.log(count, f);",
  ].join("\n"));
  const setup = definition(cpp, "void setup()");
  // The sieve's inner trips summed over i (N/i each, not N/2 at every i): the whole nest is within the budget.
  assert.match(setup, /if \(!\(?composite\.(get|uncheckedAt)\(i\)\)?\) \{\n(#line.*\n)?\s+count\+\+;/, setup);
  // ~3 100 cycles an iteration: 256 iterations stay within the budget, so the low 8 bits of the counter decide.
  assert.match(setup, /for \(int32_t i = 0; i < 3000; i\+\+\) \{\n(#line.*\n)?\s+TSD_STRIP_YIELD\(i, 255\);/, setup);
  // xs holds at most the 64 elements the top-level code pushed: its for...of is short, the loop around it checks.
  assert.match(setup, /for \(int32_t t = 0; t < 200; t\+\+\) \{\n(#line.*\n)?\s+TSD_STRIP_YIELD\(t, \d+\);\n(#line.*\n)?\s+for \(double x : xs\) \{\n(#line.*\n)?\s+f = /, setup);
  assert.equal(loopChecks(setup), 2, setup);
  // A recursive function whose body is one while loop checks first in it, not on entry.
  const qs = definition(cpp, "void qs(const ts::Array<double>& a, int32_t lo, int32_t hi)");
  assert.match(qs, /\{\n(#line.*\n)?  while \(lo < hi\) \{\n(#line.*\n)?\s+TSD_(CALL_YIELD|YIELD_CHECK)\(\);/);
  // Hoare's partition loop and its scans read a new a[i] (or a[j]) at every step, one budget of reads for
  // them all: the partition is short, only the recursion's loop checks.
  assert.equal(loopChecks(qs), 1, qs);
  // A call of it may end at once without passing that check: a loop calling it checks for itself.
  const caller = definition(generated("entry-loop-caller.ts", [
    "function shrink(lo: number, hi: number): void { while (lo < hi) { if (hi - lo > 10) shrink(lo + 1, hi - 1); hi--; } }",
    "let n = 0;",
    "while (n < 100000) { shrink(5, 4); n++; }",
    "console.log(n);",
  ].join("\n")), "void setup()");
  assert.equal(loopChecks(caller), 1, caller);
});

test("a string's length costs its ASCII path; consecutive short loops add up to one run's budget", () => {
  const setup = definition(generated("length-runs.ts", [
    "let s = \"\";",
    "for (let i = 0; i < 300; i++) s += \"ab\" + i;",
    "let sum: i32 = 0;",
    "for (let i: i32 = 0; i < s.length; i++) sum = (sum + s.charCodeAt(i)) % 65521;",
    // Each loop ~1M cycles: short alone, not five in a row.
    ...Array.from({ length: 6 }, (_, k) => `for (let i: i32 = 0; i < 60000; i++) sum = (sum + i * ${k + 3}) & 65535;`),
    "console.log(sum);",
  ].join("\n")), "void setup()");
  // `i < s.length` no longer makes the iteration unbounded: every 256 iterations, not a check on each.
  assert.match(setup, /for \(int32_t i = 0; i < [^\n]*s\b[^\n]*; i\+\+\) \{\n(#line.*\n)?\s+TSD_STRIP_YIELD\(i, 255\);/, setup);
  // The concatenation loop and the length loop check; of the six short loops, the first four fit in the run's
  // budget, the fifth would exceed it and checks (ending the run), the sixth fits again after it.
  assert.equal(loopChecks(setup), 3, setup);
});

test("lx106-qemu: counter loops checking every 2^k iterations, and charCodeAt decoding a non-ASCII string, yield at least every 100 ms", async () => {
  // 1 500 code units with non-ASCII characters: each charCodeAt decodes the whole string (~50 000 cycles), 256 of
  // them between the loop's own looks would be ~150 ms: the runtime looks at the clock after decoding.
  const entry = program("rarer-run.ts", [
    "let s = \"\";",
    "for (let i = 0; i < 500; i++) s += \"é€x\";",
    "let sum = 0;",
    "for (let i: i32 = 0; i < 1500; i++) sum = (sum * 31 + s.charCodeAt(i)) % 65521;",
    "let f = 0.5;",
    "for (let i: i32 = 0; i < 30000; i++) f = (f * 3.7 + i) % 1000;",
    "console.log(sum, f);",
  ].join("\n"));
  const cpp = generated("rarer-run-plan.ts", readFileSync(entry, "utf8"));
  assert.equal(count(definition(cpp, "void setup()"), "TSD_STRIP_YIELD("), 2, cpp);
  const [node, run] = await Promise.all([runUnderNode(entry), runTsduino(["run", entry, "--target", "lx106-qemu", "--cycles"], 300_000)]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.toString(), node.stdout.toString());
  const report = /^lx106-qemu: (\d+) cycles, .*, longest without yield ([\d.]+) ms$/m.exec(run.stderr);
  assert.ok(report, run.stderr);
  assert.ok(Number(report[1]) > 24_000_000, `ran ${report[1]} cycles, more than 300 ms at 80 MHz`);
  assert.ok(Number(report[2]) <= 100, `longest stretch without a yield: ${report[2]} ms`);
});

test("lx106-qemu: a recursion GCC treats as const (TSD_CALL_YIELD_PURE, ts::yieldOnResult) still yields at least every 100 ms", async () => {
  // The runtime of any sketch, with a hand-written C++ sketch in place of the generated one: pure int32
  // recursions whose calls GCC may merge (the check is neither volatile nor a memory clobber), one checking an
  // argument, one a ring of three copies that checks the result of the path that recursed (int-clones.ts).
  const shell = compile({ entry: program("pure-shell.ts", "console.log(1);") });
  const sketchDir = writeSketch(shell.sketch!, join(dir, "pure"));
  const ino = shell.sketch!.files.find((f) => f.path.endsWith(".ino"))!.path;
  writeFileSync(join(sketchDir, ino), [
    '#include "src/tsduino/tsduino.h"',
    "static int32_t fibp(int32_t n) {",
    "  if (n < 2) return n;",
    "  TSD_CALL_YIELD_PURE(n);",
    "  return fibp(n - 1) + fibp(n - 2);",
    "}",
    "static inline int32_t fibr1(int32_t n);",
    "static inline int32_t fibr2(int32_t n);",
    "static int32_t fibr(int32_t n) { return n < 2 ? n : ts::yieldOnResult(fibr1(n - 1) + fibr1(n - 2)); }",
    "static inline int32_t fibr1(int32_t n) { return n < 2 ? n : fibr2(n - 1) + fibr2(n - 2); }",
    "static inline int32_t fibr2(int32_t n) { return n < 2 ? n : fibr(n - 1) + fibr(n - 2); }",
    "void setup() {",
    "  ts::console_log(fibp(35));",
    "  ts::console_log(fibr(40));",
    "  ts::exitProgram(0);",
    "}",
    "void loop() {}",
    "",
  ].join("\n"));
  const built = await buildLx106(sketchDir, { outFile: join(sketchDir, "pure.elf") });
  const run = await runLx106(built.elf, { cycles: true, timeoutMs: 180_000 });
  assert.equal(run.exitCode, 0, run.stderr);
  assert.equal(run.stdout, "9227465\n102334155\n");
  assert.equal(run.watchdogReset, false);
  assert.ok(run.cycles! > 24_000_000, `ran ${run.cycles} cycles, more than 300 ms at 80 MHz`);
  assert.ok(run.longestWithoutYieldMs! <= 100, `longest stretch without a yield: ${run.longestWithoutYieldMs} ms`);
});

test("host: a sketch that runs more than 3 s without yielding gets one warning", async () => {
  const source = program("stall.cpp", [
    "#include <Arduino.h>",
    "#include <time.h>",
    "static void stall(long ms) { timespec t = {ms / 1000, (ms % 1000) * 1000000L}; nanosleep(&t, nullptr); }",
    "void setup() {",
    "  Serial.begin(115200);",
    "  Serial.println(\"short\"); stall(100); yield();",
    "  Serial.println(\"long\"); stall(3100); yield();",
    "  Serial.println(\"long again\"); stall(3100); delay(1);",
    "  tsd_platform_exit(0);",
    "}",
    "void loop() {}",
  ].join("\n"));
  const arduino = join(repoRoot, "runtime", "arduino");
  const exe = join(dir, "stall");
  const cc = await runProcess("g++", ["-std=gnu++17", "-O1", `-I${arduino}`, source, ...["core.cpp", "pins.cpp", "Print.cpp", "HardwareSerial.cpp"].map((f) => join(arduino, f)),
    join(repoRoot, "runtime", "host", "platform.cpp"), "-o", exe]);
  assert.equal(cc.code, 0, cc.stderr.toString());
  const run = await runProcess(exe, [], { timeoutMs: 30_000 });
  assert.equal(run.code, 0);
  assert.equal(run.stdout.toString(), "short\r\nlong\r\nlong again\r\n");
  const warnings = run.stderr.toString().trim().split("\n");
  assert.equal(warnings.length, 1, run.stderr.toString());
  assert.match(warnings[0], /^tsduino: warning: the sketch ran 3\.\d s without yielding \(delay\(\), yieldNow\(\) or returning from loop\(\)\); this would reset an ESP8266/);
});
