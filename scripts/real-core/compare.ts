// Line-for-line comparison of the Serial output of the real core's emulation and of `tsduino run`.
// A program (no setup/loop) must print exactly the same. A sketch is stopped after a fixed time by both, so
// one may have printed a few more lines than the other: every line of the shorter output must equal the
// same line of the longer one (a last, unfinished line only as a prefix).

export interface Comparison {
  same: boolean;
  summary: string;
}

const show = (line: string | undefined) => (line === undefined ? "(nothing)" : JSON.stringify(line));

export function compareOutputs(real: string, tsduino: string, timed: boolean): Comparison {
  const a = real.split("\n");
  const b = tsduino.split("\n");
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
