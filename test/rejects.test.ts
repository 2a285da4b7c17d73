// The rejection corpus: each test/rejects/*.ts holds one unsupported construct or TypeScript error, marked
// by `/*@error text*/` right before the offending token. `tsduino build` must exit 1, write no C++, report
// file:line:col of that token first, with a message containing the text, and never print a stack trace.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { rejectsDir } from "./helpers/paths.js";
import { readErrorMarker } from "./helpers/error-marker.js";
import { hasStackTrace, runTsduino } from "./helpers/tsduino-cli.js";

const files = readdirSync(rejectsDir).filter((f) => f.endsWith(".ts")).sort();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}

describe("rejection corpus: unsupported constructs and TypeScript errors", { concurrency: 2 }, () => {
  for (const name of files) {
    it(name, async () => {
      const file = join(rejectsDir, name);
      const expected = readErrorMarker(readFileSync(file, "utf8"));
      const out = mkdtempSync(join(tmpdir(), "tsd-reject-"));
      try {
        const r = await runTsduino(["build", file, "--out", out], 60_000);
        const output = r.stdout.toString("utf8") + r.stderr;
        assert.equal(r.code, 1, `exit code ${r.code}, expected 1; output:\n${output}`);
        assert.ok(!hasStackTrace(output), `a stack trace was printed:\n${output}`);
        const written = filesUnder(out).filter((f) => /\.(ino|cpp|h)$/.test(f));
        assert.deepEqual(written, [], "C++ was written for a rejected program");
        const position = new RegExp(`${basename(name).replace(".", "\\.")}:(\\d+):(\\d+)`).exec(output);
        assert.ok(position, `no ${name}:line:col in the output:\n${output}`);
        assert.equal(`${position[1]}:${position[2]}`, `${expected.line}:${expected.column}`, `wrong position; output:\n${output}`);
        const lower = output.toLowerCase();
        assert.ok(expected.texts.some((t) => lower.includes(t)), `message does not mention ${expected.texts.join(" or ")}:\n${output}`);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
