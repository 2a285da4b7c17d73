// A generated TypeScript program that runs the String members taking a RegExp (replace with patterns and
// with a function, replaceAll, split, search, match, matchAll) and exec's lastIndex over generated patterns
// and inputs; the test compiles it with tsduino and compares its output with Node's.
import { generatePattern, generateInput, rng } from "./generate.js";

const FLAGS = ["", "g", "gi", "y", "gy", "gu", "giu", "m", "gm", "gs"];

const PRELUDE = `function esc(s: string | undefined): string {
  if (s === undefined) return "U";
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 32 && c < 127 ? s.charAt(i) : "\\\\u" + c.toString(16).padStart(4, "0");
  }
  return out;
}
function show(m: RegExpMatchArray | null): string {
  if (m === null) return "null";
  let out = String(m.length);
  for (let i = 0; i < m.length; i++) out += "," + esc(m[i]);
  return out;
}
// A replacer's undefined captures print as "" (V8 sometimes passes "" for a group in a lookahead).
function check(k: number, re: RegExp, inputs: string[]): void {
  for (const s of inputs) {
    console.log(k, esc(s.replace(re, "<$&|$1|$\`|$'|$<n0>|$$|$2>")), esc(s.split(re).join("/")), esc(s.split(re, 2).join("/")), s.search(re), show(s.match(re)), re.lastIndex);
    console.log(k, esc(s.replace(re, (m: string, a?: string, b?: string) => "{" + m + "," + (a ?? "") + "," + (b ?? "") + "}")));
    if (re.global) {
      for (const m of s.matchAll(re)) console.log(k, m.index, show(m));
      console.log(k, esc(s.replaceAll(re, "[$&]")));
    }
    re.lastIndex = 0;
    const e = re.exec(s);
    console.log(k, e === null ? -1 : e.index, show(e), re.lastIndex, re.test(s), re.lastIndex);
  }
}
`;

export function stringMethodsProgram(seed: number, patterns: number, inputsPerPattern: number): string {
  const random = rng(seed);
  const parts = [PRELUDE];
  for (let k = 0; k < patterns; ) {
    const flags = FLAGS[Math.floor(random() * FLAGS.length)];
    const pattern = generatePattern(random, flags.includes("u"));
    try {
      new RegExp(pattern, flags);
    } catch {
      continue;
    }
    const inputs: string[] = [];
    for (let i = 0; i < inputsPerPattern; i++) inputs.push(generateInput(random));
    parts.push(`check(${k}, new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)}), [${inputs.map((s) => JSON.stringify(s)).join(", ")}]);`);
    k++;
  }
  return parts.join("\n") + "\n";
}
