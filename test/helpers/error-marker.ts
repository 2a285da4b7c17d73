// Reading the `/*@error CODE text*/` marker of a rejection-corpus file: the expected diagnostic is at the token
// right after the marker (1-based line and column, whitespace after the marker skipped), has the code CODE
// (`TSD2117` for tsduino's own rejections, `TS2322` for TypeScript's errors), and its message must contain one
// of the `|`-separated alternatives of `text` (case-insensitive).
export interface ExpectedError {
  line: number;
  column: number;
  /** "TSD2117" or "TS2322". */
  code: string;
  /** Lower-case alternatives; the message must contain at least one. */
  texts: string[];
}

export function readErrorMarker(source: string): ExpectedError {
  const match = /\/\*@error (TSD?\d+) ([^*]*)\*\/\s*/.exec(source);
  if (!match) throw new Error("no /*@error CODE text*/ marker");
  const offset = match.index + match[0].length;
  const before = source.slice(0, offset).split("\n");
  return {
    line: before.length,
    column: before[before.length - 1].length + 1,
    code: match[1],
    texts: match[2].split("|").map((t) => t.trim().toLowerCase()),
  };
}
