// Functions whose throws are always caught (compiler/src/lower/errors-caught.ts) raise without looking at the
// try regions, and a try around calls of only such functions enters none. These programs mix them with the
// cases that must keep a region (a call outside any try, a rethrow from a finally, a function used as a
// value, a body that reads a property): each must print exactly what Node prints, on the host.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile } from "../compiler/src/index.js";
import { differenceFromOracle } from "./helpers/corpus.js";
import { runUnderNode } from "./helpers/node-oracle.js";
import { runOnHost } from "./helpers/host-run.js";

const PROGRAMS: Record<string, string> = {
  // A try per call and one around a loop: no region; the throw is caught where it happens to be thrown.
  "per-call": `
function scale(reading: number): number {
  if (reading > 4095) throw new RangeError("reading out of range: " + reading);
  return (reading * 3300) / 4096;
}
function check(n: number): number {
  return scale(n * 2) + 1;
}
let sum = 0;
for (let i = 0; i < 6; i++) {
  try {
    sum += check(i * 800);
  } catch (e) {
    console.log("caught", (e as Error).message, e instanceof RangeError);
  }
}
try {
  for (let i = 0; i < 5; i++) sum += scale(i * 1500);
  console.log("not reached");
} catch (e) {
  console.log("loop stopped:", (e as Error).name, (e as Error).message);
}
console.log(sum);
`,
  // One call outside any try: that throw is uncaught (the function raises through the regions).
  "uncaught-elsewhere": `
function parse(code: number): number {
  if (code < 0) throw new Error("negative code " + code);
  return code * 3;
}
try {
  console.log(parse(4), parse(-1));
} catch (e) {
  console.log("caught", (e as Error).message);
}
console.log(parse(5));
parse(-7);
console.log("not reached");
`,
  // A try/finally inside a try/catch: the finally runs, then the error goes on to the catch.
  "finally-rethrow": `
function step(n: number): number {
  if (n === 3) throw new TypeError("bad step " + n);
  return n + 1;
}
let done = 0;
try {
  for (let i = 0; i < 5; i++) {
    try {
      done = step(i);
    } finally {
      console.log("finally", i, done);
    }
  }
} catch (e) {
  console.log("outer caught", (e as Error).message);
}
`,
  // A function used as a value, and one that reads a property: both keep raising through the regions.
  "value-and-property": `
function limit(n: number): number {
  if (n > 10) throw new RangeError("over " + n);
  return n;
}
function first(items: number[]): number {
  if (items.length === 0) throw new Error("empty");
  return items[0];
}
const f: (n: number) => number = limit;
for (const n of [3, 30]) {
  try {
    console.log(f(n), first([n]), first([]));
  } catch (e) {
    console.log("caught", (e as Error).message);
  }
}
`,
};

describe("functions whose throws are always caught", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "tsduino-errors-caught-"));
    for (const [name, text] of Object.entries(PROGRAMS)) writeFileSync(join(dir, `${name}.ts`), text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("raise without a try region when every call is in a try with a catch", () => {
    const cpp = compile({ entry: join(dir, "per-call.ts") }).sketch!.files[0].content;
    assert.equal(cpp.match(/ts::raisePending\(/g)?.length, 1, cpp);
    assert.ok(!cpp.includes("ts::TryScope"), cpp);
    const elsewhere = compile({ entry: join(dir, "uncaught-elsewhere.ts") }).sketch!.files[0].content;
    assert.ok(!elsewhere.includes("raisePending") && elsewhere.includes("ts::TryScope"), elsewhere);
  });

  for (const name of Object.keys(PROGRAMS)) {
    it(`${name} prints what Node prints`, async () => {
      const entry = join(dir, `${name}.ts`);
      const node = await runUnderNode(entry);
      const host = await runOnHost(entry, undefined, { batch: false });
      const difference = differenceFromOracle(node, host);
      if (difference) assert.fail(difference);
    });
  }
});
