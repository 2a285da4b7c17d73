import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// Line-for-line comparison of the Serial output of the real core's emulation and of `tsduino run`.
// A program (no setup/loop) must print exactly the same. A sketch is stopped after a fixed time by both, so
// one may have printed a few more lines than the other: every line of the shorter output must equal the
// same line of the longer one (a last, unfinished line only as a prefix). IP addresses are compared as <ip>.

export interface Comparison {
  same: boolean;
  summary: string;
}

const show = (line: string | undefined) => (line === undefined ? "(nothing)" : JSON.stringify(line));

/** IPv4 addresses belong to the machine: the emulation's WiFi reports 192.0.2.2, the host target 127.0.0.1. */
export function normalize(output: string): string {
  return output.replace(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g, "<ip>");
}

export function compareOutputs(real: string, tsduino: string, timed: boolean): Comparison {
  const a = normalize(real).split("\n");
  const b = normalize(tsduino).split("\n");
  if (!timed) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) return { same: false, summary: `no: line ${i + 1}: real ${show(a[i])}, tsduino ${show(b[i])}` };
    }
    return { same: true, summary: `yes (${a.length - 1} lines)` };
  }
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    const ok = last ? a[i].startsWith(b[i]) || b[i].startsWith(a[i]) : a[i] === b[i];
    if (!ok) return { same: false, summary: `no: line ${i + 1}: real ${show(a[i])}, tsduino ${show(b[i])}` };
  }
  if (n <= 1 && (real.length > 0) !== (tsduino.length > 0)) {
    return { same: false, summary: `no: real printed ${real.length} bytes, tsduino ${tsduino.length}` };
  }
  return { same: true, summary: `yes (${a.length - 1} / ${b.length - 1} lines in the same time)` };
}

/** <work>/outputs/<program>.real.txt and .tsduino.txt, to look at a difference. */
export function saveOutputs(work: string, program: string, real: string, tsduino: string): void {
  const dir = join(work, "outputs");
  mkdirSync(dir, { recursive: true });
  const slug = program.replace(/[^\w-]+/g, "_");
  writeFileSync(join(dir, `${slug}.real.txt`), real, "latin1");
  writeFileSync(join(dir, `${slug}.tsduino.txt`), tsduino, "latin1");
}
