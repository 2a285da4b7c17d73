// Generated values for the JSON / console.log differential test: a TypeScript program declaring a few
// interfaces and classes and building many random values of them (numbers including -0, NaN, ±Infinity,
// 1e21, 5e-324 and long fractions; strings with quotes, backslashes, control characters, DEL, U+2028,
// non-ASCII, emoji and lone surrogates; arrays from empty to long enough for column grouping; optional
// members present and absent). For each value the program prints console.log(value), JSON.stringify with and
// without indentation, and (for values without NaN/Infinity, which JSON cannot carry back into a number)
// JSON.parse of that text as the declared type, printed again. Node's output is the oracle.

import { Rng } from "../generator/random.js";

function prng(seed: number): () => number {
  const rng = new Rng(seed);  // mulberry32, as the program generator uses
  return () => rng.next();
}

const SPECIAL_NUMBERS = ["0", "-0", "1", "-1", "0.1", "1e21", "1e-7", "5e-324", "123456789.125", "-2.5e-8", "9007199254740993", "255", "3.14159"];
const NON_FINITE = ["NaN", "Infinity", "-Infinity"];
const STRING_PIECES = ["a", "hello", " ", "it's", '"q"', "`b`", "\\\\", "\\n", "\\t", "\\r", "\\b", "\\f", "\\u0001", "\\u001f", "\\u007f", "\\u2028", "é", "€", "😀", "\\ud800", "\\udfff", "{", "}", "[1]", ":", ",", "null"];

export interface JsonProgram {
  source: string;
  values: number;
}

export function jsonProgram(seed: number, count: number): JsonProgram {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  let nonFinite = false;
  const num = (): string => {
    const r = rnd();
    if (r < 0.08) {
      nonFinite = true;
      return pick(NON_FINITE);
    }
    if (r < 0.45) return pick(SPECIAL_NUMBERS);
    if (r < 0.75) return String(Math.floor(rnd() * 2000) - 1000);
    return String(Math.round((rnd() - 0.5) * 1e6) / 1000);
  };
  const str = (): string => {
    const n = Math.floor(rnd() * 4);
    let s = "";
    for (let i = 0; i < n; i++) s += pick(STRING_PIECES);
    if (rnd() < 0.05) s = "line\\n".repeat(12);  // long, broken over lines by util.inspect
    return `"${s.replace(/"/g, '\\"')}"`;
  };
  const list = <T>(item: () => T, max: number): T[] => {
    const n = rnd() < 0.2 ? 0 : Math.floor(rnd() * max) + 1;
    return Array.from({ length: n }, item);
  };
  const leaf = (): string => {
    const parts = [`n: ${num()}`, `s: ${str()}`, `b: ${rnd() < 0.5}`];
    if (rnd() < 0.5) parts.push(`o: ${num()}`);
    parts.push(`xs: [${list(num, rnd() < 0.3 ? 30 : 5).join(", ")}]`);
    return `{ ${parts.join(", ")} }`;
  };
  const tree = (): string => {
    const parts = [`name: ${str()}`, `leaves: [${list(leaf, 3).join(", ")}]`, `grid: [${list(() => `[${list(num, 8).join(", ")}]`, 4).join(", ")}]`, `tags: [${list(str, 8).join(", ")}]`];
    if (rnd() < 0.5) parts.push(`child: ${leaf()}`);
    parts.push(`nul: ${rnd() < 0.5 ? "null" : str()}`);
    return `{ ${parts.join(", ")} }`;
  };
  const lines: string[] = [
    "interface Leaf { n: number; s: string; b: boolean; o?: number; xs: number[] }",
    "interface Tree { name: string; leaves: Leaf[]; grid: number[][]; tags: string[]; child?: Leaf; nul: string | null }",
    "class Box { size = 0; items: string[] = []; constructor(public id: number, public label: string) {} }",
    "function show(t: Tree, indent: number, carried: boolean): void {",
    "  console.log(t);",
    "  const text = JSON.stringify(t);",
    "  console.log(text);",
    "  console.log(JSON.stringify(t.leaves, null, indent));",
    "  if (!carried) return;",
    "  const back = JSON.parse(text) as Tree;",
    "  console.log(JSON.stringify(back) === text, back);",
    "}",
    "function box(b: Box, indent: string): void {",
    "  console.log(b, [b]);",
    "  console.log(JSON.stringify(b, null, indent));",
    "}",
  ];
  for (let i = 0; i < count; i++) {
    nonFinite = false;
    const value = tree();
    lines.push(`show(${value}, ${Math.floor(rnd() * 12)}, ${!nonFinite});`);
    if (i % 4 === 0) {
      lines.push(`{ const b = new Box(${num()}, ${str()}); b.size = ${num()}; b.items = [${list(str, 10).join(", ")}]; box(b, ${pick(['""', '" "', '"\\t"', '"--"', '"abcdefghijkl"'])}); }`);
    }
  }
  nonFinite = false;
  return { source: lines.join("\n") + "\n", values: count };
}
