// Pins beyond digitalWrite and the ESP object, end to end with `tsduino run`: a button on D3 pressed by the
// stimulus file at 120, 400 and 520 ms is counted by a GPIO interrupt (FALLING), A0 set to 512 at 300 ms is
// what analogRead returns after, pulseIn measures the 1500 µs pulse of the file; deep sleep and restart run
// setup() again with the reset reasons of Esp.cpp; a user project's own library binding (the Debouncer
// fixture) debounces a bouncing button; each sketch also compiles to an xtensa object, with the interrupt
// routine in IRAM. The oracle is the stimulus file itself (its times and values); the pin trace shows what the
// sketch drives (tone on each press).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { example, fixtureProject, hasXtensa, lines, tempDir, tsduinoRun, xtensaObject } from "./helpers/device-sketch.js";

const buttonDir = join(example("button-interrupt"), "..");

describe("pins and the ESP object on the host", { concurrency: 2 }, () => {
  test("an interrupt counted from a simulated button press, analogRead of a stimulated value, pulseIn", async () => {
    const trace = join(tempDir("tsduino-trace-"), "pins.txt");
    const r = await tsduinoRun([example("button-interrupt"), "--board", "nodemcuv2", "--stimulus", join(buttonDir, "presses.txt"), "--trace", trace, "--timeout", "1.2"]);
    assert.equal(r.code, 0, r.stderr);
    const out = lines(r);
    // Each press beeps on D6 (GPIO12): the trace shows the tone() calls at the press times.
    const beeps = readFileSync(trace, "utf8").trim().split("\n").map((l) => l.split(" "));
    assert.deepEqual(beeps.map((b) => b.slice(1).join(" ")), ["GPIO12 tone 2000", "GPIO12 tone 2000", "GPIO12 tone 2000"]);
    // Never before the press; after it by the loop's 10 ms delay plus what a busy machine's scheduler adds
    // (less than the 120 ms between two presses, so a late beep cannot pass for the next one).
    const LATE_MS = 100;
    [120, 400, 520].forEach((at, i) => assert.ok(Number(beeps[i][0]) >= at && Number(beeps[i][0]) < at + LATE_MS, `beep ${i + 1} at ${beeps[i][0]} ms`));
    assert.equal(out[0], "ready");
    const presses = out.filter((l) => l.startsWith("press "));
    assert.equal(presses.length, 3, out.join("\n"));
    // Each press is handled at its stimulus time (+ the loop's delay granularity and scheduling, as above).
    [120, 400, 520].forEach((at, i) => {
      const ms = Number(/at (\d+) ms/.exec(presses[i])![1]);
      assert.ok(ms >= at && ms < at + LATE_MS, `press ${i + 1} at ${ms} ms, stimulus at ${at} ms`);
    });
    assert.ok(out.includes("A0 = 0, presses = 1"), out.join("\n"));
    // The stimulated A0 value shows in the next report (at 500 ms: 2 presses, or 3 when a loaded machine
    // delays that report past the third press at 520 ms).
    assert.ok(out.some((l) => /^A0 = 512, presses = [23]$/.test(l)), out.join("\n"));
    assert.ok(out.includes("done: 3 presses, pulse on D5 1500 us"), out.join("\n"));
  });

  test("deep sleep and restart start the sketch again with the core's reset reasons", async () => {
    const r = await tsduinoRun([example("esp-sleep"), "--timeout", "1.5"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(r), [
      "reset reason: Power On, chip 000001, free heap ok",
      "deep sleep for 200 ms",
      "reset reason: Deep-Sleep Wake, chip 000001, free heap ok",
      "restarting",
      "reset reason: Software/System restart, chip 000001, free heap ok",
      "running after a software restart",
    ]);
  });

  test("a malformed stimulus file stops the program with one line naming the file and line", async () => {
    const dir = tempDir("tsduino-stimulus-");
    const file = join(dir, "bad.txt");
    writeFileSync(file, "# comment\n120ms D3 LOW\n130ms X9 HIGH\n");
    const r = await tsduinoRun([example("button-interrupt"), "--board", "nodemcuv2", "--stimulus", file, "--timeout", "1"]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), `tsduino: ${file}:3: unknown pin 'X9'`);
    const missing = await tsduinoRun([example("button-interrupt"), "--stimulus", join(dir, "nope.txt")]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^tsduino: cannot read the stimulus file '.*nope\.txt'\n$/);
  });

  test("a user project's own library binding works with tsduino run (bouncing button counted twice)", async () => {
    const project = fixtureProject("user-binding");
    const r = await tsduinoRun([join(project, "main.ts"), "--stimulus", join(project, "bouncy-presses.txt"), "--timeout", "1"]);
    assert.equal(r.code, 0, r.stderr);
    const out = lines(r);
    assert.deepEqual(out.filter((l) => l.startsWith("count")), ["count 1", "count 2"]);
    assert.equal(out.filter((l) => l.startsWith("pressed on GPIO0")).length, 2);
  });
});

describe("pins, ESP and the user binding compile for the ESP8266 CPU", { skip: !hasXtensa && "xtensa-lx106-elf-g++ missing" }, () => {
  test("button-interrupt: the interrupt routine the core calls is in IRAM", async () => {
    const r = await xtensaObject(example("button-interrupt"));
    assert.ok(r.object, r.log);
    const symbols = execFileSync("xtensa-lx106-elf-objdump", ["-t", r.object!], { encoding: "utf8" });
    const isr = symbols.split("\n").find((l) => l.includes("tsd_irq") && l.includes("count"));
    assert.ok(isr && /\s\.iram\.text\./.test(isr), `interrupt routine not in IRAM:\n${isr}`);
  });

  test("esp-sleep and the user project's generated sketch (its library copied with the adapter)", async () => {
    for (const entry of [example("esp-sleep"), join(fixtureProject("user-binding"), "main.ts")]) {
      const r = await xtensaObject(entry);
      assert.ok(r.object, `${entry}:\n${r.log}`);
    }
  });
});
