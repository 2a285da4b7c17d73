// What try/catch costs in the generated C++ (compiler/src/lower/errors.ts): a program without `try` tests no
// pending error anywhere (its C++ is what it was before try/catch existed), a try whose block cannot throw
// enters no try region, and only calls of functions that may throw are tested. Behaviour against Node is
// the differential corpus's job (test/corpus/260-269).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "../compiler/src/index.js";

function sketchOf(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tsduino-errors-"));
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

const MAY_THROW = `
function check(n: number): number {
  if (n > 3) throw new Error("too large: " + n);
  return n * 2;
}
function pure(n: number): number {
  return n + 1;
}
`;

describe("try/catch in the generated C++", () => {
  it("a program without try tests nothing: a throw stops the program as before", () => {
    const cpp = sketchOf(`${MAY_THROW}\nfor (let i = 0; i < 5; i++) console.log(check(pure(i)));\n`);
    assert.ok(cpp.includes("ts::throwError("), cpp);
    assert.ok(!/errorPending|TryScope|ts::raise/.test(cpp), cpp);
  });

  it("only calls of functions that may throw are tested, and a try that cannot throw enters no region", () => {
    const cpp = sketchOf(`${MAY_THROW}
try {
  console.log(pure(1));
} catch (e) {
  console.log("never");
}
try {
  console.log(check(pure(2)), check(9));
} catch (e) {
  console.log((e as Error).message);
}
`);
    // check() is only called inside a try with a catch: it raises without a region (errors-caught.ts).
    assert.equal(cpp.match(/ts::TryScope/g)?.length ?? 0, 0, cpp);
    assert.equal(cpp.match(/ts::raisePending\(/g)?.length, 1, cpp);
    assert.equal(cpp.match(/ts::errorPending\(\)/g)?.length, 2, cpp);  // after each check(), not after pure()
    assert.ok(!cpp.includes("never"), "the catch of a try that cannot throw is not emitted");
  });

  it("g++ is told that no error is pending in front of each tested call, or once at the top of a try block whose loop holds one (it folds the test after an inlined callee)", () => {
    const cpp = sketchOf(`${MAY_THROW}
let sum = 0;
try {
  for (let i = 0; i < 3; i++) sum += check(pure(i));
  check(7);
} catch (e) {
  console.log((e as Error).message);
}
console.log(sum);
`);
    const lines = cpp.split("\n").filter((l) => l.includes("check("));
    // The call in the loop: the hint is once, before the loop (a hint in the loop body changed g++'s loop layout:
    // bench/errors try-around-loop-i32 +11%), and the loop's call carries none.
    assert.match(cpp, /ts::assumeNoPendingError\(\);\s*(#line[^\n]*\n\s*)?for \(/, cpp);
    assert.doesNotMatch(lines.find((l) => l.includes("_r"))!, /assumeNoPendingError/, cpp);
    assert.match(cpp, /ts::assumeNoPendingError\(\);\s*(#line[^\n]*\n\s*)?check\([^;]*7\)\);/, cpp);
  });

  it("a throw in a program without try never returns (g++ splits it off and inlines the rest)", () => {
    const cpp = sketchOf(`
function scale(reading: number): number {
  if (reading > 4095) throw new RangeError("reading out of range");
  return reading * 2;
}
console.log(scale(5));
`);
    assert.match(cpp, /ts::raiseUncaught\(.*ts::RangeError/, cpp);
    assert.ok(!/errorPending|TryScope|assumeNoPendingError/.test(cpp), cpp);
  });

  it("with a try, a throw makes its error in a cold lambda and a catch that runs to its end is one too", () => {
    const cpp = sketchOf(`${MAY_THROW}
let count = 0;
for (let i = 0; i < 5; i++) {
  try {
    console.log(check(i));
  } catch (e) {
    count++;
  }
}
try {
  check(9);
} catch (e) {
  if (count > 0) throw e;
}
`);
    // The error's expression reads only: the lambda copies what it reads (nothing stays in memory for it).
    assert.match(cpp, /\[=\]\(\) TSD_COLD \{ ts::raisePending\(ts::make<ts::Error>\(.*\}\(\); ts::assumeErrorPending\(\);/, cpp);
    assert.equal(cpp.match(/\[&\]\(\) TSD_COLD \{\n/g)?.length, 1, cpp);  // not the catch that rethrows
  });

  it("a member of undefined read in a called function is tested only in a program with a try", () => {
    const program = `
interface Cfg { sub?: { x: number } }
function readX(c: Cfg): number {
  return c.sub!.x;
}
function outer(c: Cfg): number {
  return readX(c) + 1;
}
`;
    const without = sketchOf(`${program}console.log(outer({}));
`);
    assert.ok(!/memberCaught|errorPending/.test(without), without);
    const withTry = sketchOf(`${program}try {
  console.log(outer({}));
} catch (e) {
  console.log((e as Error).message);
}
`);
    // (`c` itself, a handle a try reaches, is checked too, naming `sub` if c is undefined: errors-reach.ts.)
    assert.match(withTry, /auto (_m\d+) = ts::memberCaught\(c, PSTR\("sub"\)\); if \(ts::errorPending\(\)\) return \{\}; auto _m\d+ = ts::memberCaught\(\1->sub, PSTR\("x"\)\); if \(ts::errorPending\(\)\) return \{\};/, withTry);
  });
});
