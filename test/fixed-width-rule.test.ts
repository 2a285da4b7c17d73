// The fuzz harness's oracle rule for mutants of fixed-width programs (test/generator/fixed-width-rule.ts): the
// number reading, and which outcomes it reclassifies (the re-run is given here, so no g++ build is needed).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { declaresFixedWidth, judgeFixedWidth, readAsNumber } from "./generator/fixed-width-rule.js";
import type { Outcome } from "./generator/harness.js";

const FIXED = "const words: i32[] = [];\nlet b: u8 = 3;\nconst ok: bool = true;\nconst n = i32(5);\nfunction f(x: u16): f64 { return x; }\n";

describe("fixed-width oracle rule", () => {
  it("reads every fixed-width annotation as number (bool as boolean), leaving conversions and other text alone", () => {
    assert.equal(declaresFixedWidth(FIXED), true);
    assert.equal(declaresFixedWidth("const i32s: number[] = []; // i32\n"), false);
    assert.equal(readAsNumber(FIXED), "const words: number[] = [];\nlet b: number = 3;\nconst ok: boolean = true;\nconst n = i32(5);\nfunction f(x: number): number { return x; }\n");
  });

  it("classes a mutant FIXEDWIDTH only when its number reading matches Node, and never a generated program", async () => {
    const programs = [
      { id: "m-660-a-1", text: FIXED },
      { id: "m-660-b-2", text: FIXED },
      { id: "m-10-c-3", text: "let x: number = 1;\n" },
      { id: "g5", text: FIXED },
      { id: "m-660-d-4", text: FIXED },
    ];
    const outcomes: Outcome[] = [
      { id: "m-660-a-1", cls: "MISMATCH", detail: "line 2 differs" },
      { id: "m-660-b-2", cls: "MISMATCH", detail: "line 3 differs" },
      { id: "m-10-c-3", cls: "MISMATCH", detail: "line 1 differs" },
      { id: "g5", cls: "MISMATCH", detail: "line 1 differs" },
      { id: "m-660-d-4", cls: "match", detail: "" },
    ];
    const asked: string[] = [];
    const judged = await judgeFixedWidth(programs, outcomes, async (ps) => {
      asked.push(...ps.map((p) => p.id));
      assert.ok(ps.every((p) => !declaresFixedWidth(p.text)));
      return ps.map((p) => ({ id: p.id, cls: p.id.startsWith("m-660-a") ? "match" : "MISMATCH", detail: "line 1 differs" }));
    });
    assert.deepEqual(asked, ["m-660-a-1~number", "m-660-b-2~number"]);
    assert.deepEqual(judged.map((o) => o.cls), ["FIXEDWIDTH", "MISMATCH", "MISMATCH", "MISMATCH", "match"]);
    assert.match(judged[1].detail, /read as number it is MISMATCH too/);
  });

  it("classes a mutant FIXEDWIDTH when its number reading stops at a documented limit after the mutant's first difference", async () => {
    // m-664-…-91000437: `let i: i32 = 1.5` reads runs[1] where Node reads runs[1.5]; read as number, that read stops.
    const node = "a\nb\nlongest run 0\nc\n";
    const programs = [
      { id: "m-664-a-1", text: FIXED },
      { id: "m-664-b-2", text: FIXED },
    ];
    const outcomes: Outcome[] = [
      { id: "m-664-a-1", cls: "MISMATCH", detail: "line 3 differs", node, ours: "a\nb\nlongest run 3\nc\n" },
      { id: "m-664-b-2", cls: "MISMATCH", detail: "line 1 differs", node, ours: "x\nb\nlongest run 3\nc\n" },
    ];
    const judged = await judgeFixedWidth(programs, outcomes, async (ps) =>
      ps.map((p) => ({ id: p.id, cls: "LIMIT", detail: "documented limit: an array read or store out of range", node, ours: "a\nb\n" })),
    );
    assert.deepEqual(judged.map((o) => o.cls), ["FIXEDWIDTH", "MISMATCH"]);
    assert.match(judged[0].detail, /stops at a documented limit/);
    assert.match(judged[1].detail, /read as number it is LIMIT too/);
  });
});
