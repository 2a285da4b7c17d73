// The syntax tree of a parsed regular expression. Characters are UTF-16 code units without the `u` flag and
// code points with it; character classes are already expanded into sorted, merged [lo, hi] ranges.
export type Range = readonly [number, number];

export type RegExpNode =
  | { kind: "empty" }
  | { kind: "char"; c: number }
  | { kind: "any" }
  /** `invert` is the `[^…]` of the source: it applies after case canonicalization (ECMAScript's CharacterSetMatcher). */
  | { kind: "class"; ranges: Range[]; invert: boolean }
  | { kind: "seq"; items: RegExpNode[] }
  | { kind: "alt"; alts: RegExpNode[] }
  /** A capturing group (index ≥ 1). */
  | { kind: "group"; index: number; body: RegExpNode }
  /** Captures [capStart, capEnd) are the groups inside the body (reset on every iteration). */
  | { kind: "repeat"; min: number; max: number; greedy: boolean; body: RegExpNode; capStart: number; capEnd: number }
  | { kind: "assert"; what: "start" | "end" | "word" | "notWord" }
  | { kind: "look"; behind: boolean; negate: boolean; body: RegExpNode }
  | { kind: "backref"; index: number };

export interface RegExpFlags {
  global: boolean;
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  unicode: boolean;
  sticky: boolean;
  hasIndices: boolean;
}

export interface ParsedRegExp {
  root: RegExpNode;
  flags: RegExpFlags;
  /** Number of capturing groups, group 0 (the whole match) included. */
  captureCount: number;
  /** Name of each capturing group by index (index 0 and unnamed groups: undefined). */
  groupNames: (string | undefined)[];
}

/** A pattern tsduino cannot compile: `offset` is the UTF-16 offset of the problem inside the pattern source. */
export class RegExpSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}
