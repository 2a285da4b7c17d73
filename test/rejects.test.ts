// The rejection corpus: each test/rejects/*.ts holds one unsupported construct or TypeScript error, marked
// by `/*@error CODE text*/` right before the offending token. The compiler (called in-process: it is a pure
// function) must return no sketch and report that code first, at that token's file:line:col, with a message
// containing the text; it must not throw. Two files also go through the real `tsduino build`, which must exit
// 1, write no C++ and print no stack trace.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { compile, formatDiagnostic } from "../compiler/src/index.js";
import type { Diagnostic } from "../compiler/src/index.js";
import { rejectsDir } from "./helpers/paths.js";
import { readErrorMarker } from "./helpers/error-marker.js";
import { hasStackTrace, runTsduino } from "./helpers/tsduino-cli.js";

const files = readdirSync(rejectsDir).filter((f) => f.endsWith(".ts")).sort();

/** The code as the user sees it: TypeScript's own errors keep their TS code. */
function shownCode(d: Diagnostic): string {
  return /^TS\d+: /.test(d.message) ? `TS${d.code}` : `TSD${d.code}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}

describe("rejection corpus: unsupported constructs and TypeScript errors", () => {
  it("has one file per rejected construct, each with a distinct code or a TypeScript error", () => {
    assert.ok(files.length >= 20, `only ${files.length} files`);
  });
  for (const name of files) {
    it(name, () => {
      const file = join(rejectsDir, name);
      const expected = readErrorMarker(readFileSync(file, "utf8"));
      const result = compile({ entry: file });
      const errors = result.diagnostics.filter((d) => d.category === "error");
      const output = errors.map((d) => formatDiagnostic(d)).join("\n");
      assert.equal(result.sketch, undefined, "a sketch was produced for a rejected program");
      assert.ok(errors.length > 0, "no error reported");
      const first = errors[0];
      assert.equal(basename(first.file ?? ""), name, `first error is not in ${name}:\n${output}`);
      assert.equal(`${first.line}:${first.column}`, `${expected.line}:${expected.column}`, `wrong position; output:\n${output}`);
      assert.equal(shownCode(first), expected.code, `wrong code; output:\n${output}`);
      assert.ok(output.includes(`${name}:${expected.line}:${expected.column}: error ${expected.code.startsWith("TSD") ? `${expected.code}: ` : ""}`), `formatted line lacks position and code:\n${output}`);
      const lower = first.message.toLowerCase();
      assert.ok(expected.texts.some((t) => lower.includes(t)), `message does not mention ${expected.texts.join(" or ")}:\n${output}`);
    });
  }
});

it("`unknown` is reported once where it is written, not at each use", () => {
  const result = compile({ entry: join(rejectsDir, "unknown-twice.ts") });
  const unknowns = result.diagnostics.filter((d) => d.code === 2160);
  assert.deepEqual(unknowns.map((d) => d.line), [2, 5], result.diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
  assert.equal(result.diagnostics.length, 2);
});

describe("`tsduino build` of a rejected program", { concurrency: 2 }, () => {
  for (const name of ["var.ts", "type-error.ts"]) {
    it(name, async () => {
      const file = join(rejectsDir, name);
      const expected = readErrorMarker(readFileSync(file, "utf8"));
      const out = mkdtempSync(join(tmpdir(), "tsd-reject-"));
      try {
        const r = await runTsduino(["build", file, "--out", out], 60_000);
        const output = r.stdout.toString("utf8") + r.stderr;
        assert.equal(r.code, 1, `exit code ${r.code}, expected 1; output:\n${output}`);
        assert.ok(!hasStackTrace(output), `a stack trace was printed:\n${output}`);
        assert.deepEqual(filesUnder(out).filter((f) => /\.(ino|cpp|h)$/.test(f)), [], "C++ was written for a rejected program");
        assert.ok(output.includes(`${name}:${expected.line}:${expected.column}`), `no ${name}:${expected.line}:${expected.column} in:\n${output}`);
        assert.ok(output.includes(expected.code), `no ${expected.code} in:\n${output}`);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
