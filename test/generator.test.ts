// The program generator inside `npm test`: a fixed-seed slice of generated programs must print on the host
// exactly what Node prints (and g++ must accept what the compiler accepts). The generator's own promises are
// checked first: a seed always gives the same program, every program type-checks under strict tsc, and the
// batching (many programs in one module, top-level names prefixed) does not change what a program prints.
// The full campaign is `npm run fuzz` (docs/testing.md).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateProgram } from "./generator/generate.js";
import { assemble, splitOutput, typeCheckAndRename, type Program } from "./generator/batch.js";
import { runPrograms } from "./generator/harness.js";
import { runUnderNode } from "./helpers/node-oracle.js";

const SEED = 20_261_130;
const COUNT = Number(process.env.TSD_FUZZ_COUNT ?? 200);
const programs: Program[] = Array.from({ length: COUNT }, (_, i) => ({ id: `g${SEED + i}`, text: generateProgram(SEED + i) }));
// The everyday generator's programs are only type-checked here (`npm run fuzz -- --everyday` runs them).
const EVERYDAY = Number(process.env.TSD_FUZZ_EVERYDAY ?? 50);
const FAILURES = new Set(["MISMATCH", "G++FAIL", "CRASH", "TIMEOUT"]);

describe("program generator", () => {
  it("gives the same program for the same seed, different ones for different seeds", () => {
    assert.equal(generateProgram(7), generateProgram(7));
    assert.notEqual(generateProgram(7), generateProgram(8));
  });

  it(`generates ${COUNT} programs that strict tsc accepts`, () => {
    const { invalid } = typeCheckAndRename(programs);
    assert.deepEqual(invalid.map((x) => `${x.program.id}: ${x.error}`), []);
  });

  it(`generates ${EVERYDAY} programs with issue 11's constructs (--everyday) that strict tsc accepts`, () => {
    const everyday = Array.from({ length: EVERYDAY }, (_, i) => ({ id: `g${SEED + i}`, text: generateProgram(SEED + i, { everyday: true }) }));
    assert.equal(everyday[0].text, generateProgram(SEED, { everyday: true }));
    const { invalid } = typeCheckAndRename(everyday);
    assert.deepEqual(invalid.map((x) => `${x.program.id}: ${x.error}`), []);
  });

  it("batches programs whose names collide without changing what each prints (Node)", async () => {
    const a = "class A { constructor(public n: number) {} }\nconst x: number = 2;\nfunction f(n: number): number { return n * x; }\nconsole.log(f(new A(3).n));\n";
    const b = "let x = 'b';\nclass A { n = 1; }\nfunction f(): string { return x + new A().n; }\nconst o = { x };\nconsole.log(f(), o.x);\n";
    const { valid, invalid } = typeCheckAndRename([{ id: "a", text: a }, { id: "b", text: b }]);
    assert.deepEqual(invalid, []);
    const dir = mkdtempSync(join(tmpdir(), "tsd-gen-"));
    try {
      writeFileSync(join(dir, "batch.ts"), assemble(valid).text);
      const run = await runUnderNode(join(dir, "batch.ts"));
      const seg = splitOutput(run.stdout, 2);
      assert.equal(seg.last, 2);
      assert.deepEqual(seg.parts.map((p) => p.toString()), ["6\n", "b1 b\n"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("compares each program with its own Node output when a program before it is rejected from the batch", async () => {
    const texts = ['console.log("first");\n', 'function* g() {\n  yield 1;\n}\nconsole.log([...g()].length);\n', 'console.log("third");\n', 'console.log("fourth");\n'];
    const outcomes = await runPrograms(texts.map((text, i) => ({ id: `r${i}`, text })), { target: "host", opt: "-O0", batchSize: 10 });
    assert.deepEqual(outcomes.map((o) => `${o.id} ${o.cls}`).sort(), ["r0 match", "r1 REJECTED", "r2 match", "r3 match"]);
  });

  it(`${COUNT} generated programs (seeds ${SEED}…${SEED + COUNT - 1}) print on the host what Node prints`, async () => {
    const outcomes = await runPrograms(programs, { target: "host", opt: "-O0", batchSize: 100 });
    const failures = outcomes.filter((o) => FAILURES.has(o.cls)).map((o) => `${o.cls} ${o.id}: ${o.detail.split("\n")[0]}`);
    assert.deepEqual(failures, [], `${failures.length} of ${COUNT} programs fail; reproduce one with npm run fuzz -- --count 1 --seed <seed>`);
  });
});
