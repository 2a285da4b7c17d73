// Random regular expressions and inputs for the differential test (test/regexp.test.ts): patterns from a
// small grammar (characters, escapes, classes, groups of every kind, backreferences, lookarounds, anchors,
// every quantifier form, alternation) with random flags, and inputs over an alphabet that exercises case
// folding, word boundaries, line terminators and surrogates. Deterministic for a seed.

export interface RegExpCase {
  pattern: string;
  flags: string;
  input: string;
}

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

const ATOMS = [
  "a", "b", "c", "A", "B", "k", "s", "0", "1", " ", "-", "_", ".", ".", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S",
  "[a-c]", "[^ab]", "[\\dA]", "[A-Z]", "[^\\w]", "[k-s]", "[\\s\\d]", "[-a]", "\\n", "\\x41", "\\u0062", "\\.",
  "ſ", "K", "é", "É", "ß", "😀", "[😀a]", "\\u{1F600}", "\\uD83D", "[\\uD800-\\uDFFF]",
];
const QUANTIFIERS = ["*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}", "*?", "+?", "??", "{1,2}?", "{2,}?"];
const FLAG_SETS = ["", "g", "i", "gi", "m", "gm", "s", "u", "gu", "iu", "giu", "y", "gy", "iy", "gim", "su", "gimsu", "ms"];

export function generatePattern(random: () => number, unicode: boolean): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  let groups = 0;
  const names: string[] = [];
  function atom(depth: number): string {
    const r = random();
    if (depth < 3 && r < 0.12) {
      groups++;
      return `(${alternation(depth + 1)})`;
    }
    if (depth < 3 && r < 0.17) return `(?:${alternation(depth + 1)})`;
    if (depth < 3 && r < 0.2) {
      const name = `n${names.length}`;
      names.push(name);
      groups++;
      return `(?<${name}>${alternation(depth + 1)})`;
    }
    if (depth < 3 && r < 0.25) return `(${pick(["?=", "?!", "?<=", "?<!"])}${alternation(depth + 1)})`;
    if (r < 0.28 && groups > 0) return `\\${1 + Math.floor(random() * groups)}`;
    if (r < 0.3 && names.length > 0) return `\\k<${pick(names)}>`;
    if (r < 0.34) return pick(["^", "$", "\\b", "\\B"]);
    let a = pick(ATOMS);
    if (!unicode && a.startsWith("\\u{")) a = "\\u0041";
    return a;
  }
  function term(depth: number): string {
    const a = atom(depth);
    const assertion = /^(\^|\$|\\b|\\B|\(\?<?[=!])/.test(a);
    if (assertion || random() > 0.35) return a;
    return a + pick(QUANTIFIERS);
  }
  function sequence(depth: number): string {
    const n = 1 + Math.floor(random() * 4);
    let s = "";
    for (let i = 0; i < n; i++) s += term(depth);
    return s;
  }
  function alternation(depth: number): string {
    let s = sequence(depth);
    while (random() < 0.2) s += "|" + (random() < 0.1 ? "" : sequence(depth));
    return s;
  }
  return alternation(0);
}

const INPUT_CHARS = ["a", "a", "b", "b", "c", "A", "B", "k", "K", "K", "s", "S", "ſ", "0", "1", " ", "\n", "-", "_", "é", "É", "ß", "😀", "\uD83D", "\uDE00", "x"];

export function generateInput(random: () => number): string {
  const n = Math.floor(random() * 12);
  let s = "";
  for (let i = 0; i < n; i++) s += INPUT_CHARS[Math.floor(random() * INPUT_CHARS.length)];
  return s;
}

/** `count` patterns accepted by Node, `inputsPerPattern` inputs each. */
export function generateCases(seed: number, count: number, inputsPerPattern: number): RegExpCase[] {
  const random = rng(seed);
  const out: RegExpCase[] = [];
  while (out.length < count * inputsPerPattern) {
    const flags = FLAG_SETS[Math.floor(random() * FLAG_SETS.length)];
    const pattern = generatePattern(random, flags.includes("u"));
    try {
      new RegExp(pattern, flags);
    } catch {
      continue;
    }
    for (let i = 0; i < inputsPerPattern; i++) out.push({ pattern, flags, input: generateInput(random) });
  }
  return out;
}
