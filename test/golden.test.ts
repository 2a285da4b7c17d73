// Golden C++: the sketch the compiler generates for the examples and a slice of the corpus, checked in
// under test/golden/<name>.ino so that any change to the generated code is a reviewable diff.
// Accept the current output with `node dist/test/golden.test.js --update` (or TSD_GOLDEN_UPDATE=1).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "../compiler/src/index.js";
import { corpusDir, repoRoot } from "./helpers/paths.js";

const goldenDir = join(repoRoot, "test", "golden");
const update = process.argv.includes("--update") || process.env.TSD_GOLDEN_UPDATE === "1";

const CORPUS_SLICE = [
  "07-bitwise", "12-compound-assignment", "20-string-replace", "28-array-slice-splice", "32-array-higher-order",
  "38-closures", "39-closures-in-loops", "42-class-inheritance", "44-getters-setters", "48-object-literals",
  "50-generic-classes", "52-map-number-keys", "55-enum-string", "57-switch", "58-labelled-loops",
  "59-logic-and-ternary", "60-optional-chaining", "61-nullish", "64-imports", "69-sketch-counter",
  "73-linked-list", "78-serializer", "83-state-machine", "84-hex-dump", "88-class-composition",
];

const cases: { name: string; entry: string }[] = [
  { name: "example-ticker-blink", entry: join(repoRoot, "examples", "ticker-blink", "main.ts") },
  { name: "example-secure-websocket", entry: join(repoRoot, "examples", "secure-websocket", "main.ts") },
  ...CORPUS_SLICE.map((n) => ({ name: n, entry: join(corpusDir, `${n}.ts`) })),
];

describe("golden C++ of the examples and a corpus slice", () => {
  if (update) mkdirSync(goldenDir, { recursive: true });
  for (const c of cases) {
    it(c.name, () => {
      const result = compile({ entry: c.entry });
      const errors = result.diagnostics.filter((d) => d.category === "error");
      assert.equal(errors.length, 0, errors.map((d) => d.message).join("\n"));
      const ino = result.sketch!.files.find((f) => f.path.endsWith(".ino"))!.content;
      const golden = join(goldenDir, `${c.name}.ino`);
      if (update) {
        writeFileSync(golden, ino);
        return;
      }
      assert.ok(existsSync(golden), `no golden file ${golden}: run node dist/test/golden.test.js --update`);
      const expected = readFileSync(golden, "utf8");
      if (ino !== expected) {
        const a = ino.split("\n");
        const b = expected.split("\n");
        const i = a.findIndex((l, k) => l !== b[k]);
        assert.fail(`generated C++ differs from ${golden} at line ${i + 1}:\n  golden: ${b[i]}\n  now:    ${a[i]}\n(accept with node dist/test/golden.test.js --update)`);
      }
    });
  }
});
