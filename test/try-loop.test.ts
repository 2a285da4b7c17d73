// The loop whose body is a try/catch, written twice (compiler/src/lower/try-loop.ts): which loops get the two
// copies and what the first one looks like in the generated C++. Behaviour against Node (errors at the first,
// a middle and the last iteration, continue/break, rethrow, closures) is the corpus's job (test/corpus/716-719);
// the cycles are bench/errors' try-in-loop rows.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "../compiler/src/index.js";

function sketchOf(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tsduino-try-loop-"));
  try {
    const entry = join(dir, "main.ts");
    writeFileSync(entry, source);
    const result = compile({ entry });
    const errors = result.diagnostics.filter((d) => d.category === "error");
    assert.equal(errors.length, 0, errors.map((e) => e.message).join("\n"));
    return result.sketch!.files[0].content;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SCALE = `
function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError("reading out of range");
  return (reading * 3300) >> 12;
}
const readings: i32[] = [1, 2, 5000];
let sum: i32 = 0;
`;

/** The C++ between `from` and the first `until` after it. */
function between(cpp: string, from: string, until: string): string {
  const start = cpp.indexOf(from);
  assert.ok(start >= 0, `${from} not in\n${cpp}`);
  return cpp.slice(start, cpp.indexOf(until, start));
}

describe("a loop whose body is a try/catch", () => {
  it("is written twice: a first loop without the catch leaves for the catch in the second, the loop as written", () => {
    const cpp = sketchOf(`${SCALE}
for (let i: i32 = 0; i < 100000; i++) {
  try {
    sum = sum + scale(readings[i % 3]);
  } catch (e) {
    console.log("failed:", (e as Error).message);
  }
}
console.log(sum);
`);
    // The counter is declared before both loops; no error is pending when the first one starts.
    assert.match(cpp, /int32_t i = 0;\s*#if !defined\(__OPTIMIZE_SIZE__\)\s*ts::assumeNoPendingError\(\);\s*(#line[^\n]*\n\s*)?for \(; i < 100000; i\+\+\) \{/, cpp);
    const fast = between(cpp, "for (; i < 100000; i++) {", "goto _tryLoopEnd");
    assert.doesNotMatch(fast, /_catch|takeError|assumeNoPendingError|failed/, fast);
    const exit = /goto (_tryLoopExit\d+);/.exec(fast)?.[1];
    assert.ok(exit, fast);
    // The exit is a block of its own on its way to the catch of the second loop.
    assert.match(cpp, new RegExp(`${exit}:;\\s*ts::leaveForCatch\\(\\);\\s*goto (_catch\\d+);`), cpp);
    const slow = cpp.slice(cpp.indexOf("goto _catch", cpp.indexOf(`${exit}:;`)));
    assert.match(slow, /for \(; i < 100000; i\+\+\) \{[\s\S]*assumeNoPendingError[\s\S]*_catch\d+:;[\s\S]*takeError[\s\S]*_tryLoopEnd\d+:;/, slow);
    assert.equal(cpp.match(/for \(/g)?.length, 2, cpp);
    // At -Os (the ESP8266 core's default) only the loop as written is compiled.
    assert.match(cpp, /#if !defined\(__OPTIMIZE_SIZE__\)\s*ts::assumeNoPendingError\(\);[\s\S]*goto _catch\d+;\s*#endif\s*(#line[^\n]*\n\s*)?for \(/, cpp);
  });

  it("while loops too, and statements after the try are in both copies", () => {
    const cpp = sketchOf(`${SCALE}
let k: i32 = 0;
while (k < 3) {
  try {
    sum = sum + scale(readings[k]);
  } catch (e) {
    console.log("skip", k);
  }
  k++;
}
console.log(sum);
`);
    assert.equal(cpp.match(/while \(k < 3\) \{/g)?.length, 2, cpp);
    assert.equal(cpp.match(/k\+\+;/g)?.length, 2, cpp);
    // The catch is written once (its console line is folded into flash text: TS_TEXT("skip ")).
    assert.equal(cpp.match(/"skip ?"/g)?.length, 1, cpp);
  });

  it("stays as it is where the jump would enter a variable's scope, where it computes in doubles, or where the try has a finally", () => {
    const declaredFirst = sketchOf(`${SCALE}
for (let i: i32 = 0; i < 3; i++) {
  const r: i32 = readings[i];
  try {
    sum = sum + scale(r);
  } catch (e) {
    console.log("failed", r);
  }
}
console.log(sum);
`);
    const doubles = sketchOf(`
function half(x: number): number {
  if (x > 10) throw new RangeError("too large");
  return x / 2;
}
let total = 0;
for (let i = 0; i < 20; i++) {
  try {
    total += half(i);
  } catch (e) {
    console.log("failed", i);
  }
}
console.log(total);
`);
    const withFinally = sketchOf(`${SCALE}
for (let i: i32 = 0; i < 3; i++) {
  try {
    sum = sum + scale(readings[i]);
  } catch (e) {
    console.log("failed", i);
  } finally {
    sum++;
  }
}
console.log(sum);
`);
    for (const cpp of [declaredFirst, doubles, withFinally]) {
      assert.ok(!cpp.includes("_tryLoopEnd"), cpp);
      assert.equal(cpp.match(/for \(/g)?.length, 1, cpp);
    }
  });
});
