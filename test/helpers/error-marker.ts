// Reading the `/*@error text*/` marker of a rejection-corpus file: the expected diagnostic is at the token
// right after the marker (1-based line and column, whitespace after the marker skipped), and its message
// must contain one of the `|`-separated alternatives of `text` (case-insensitive).
export interface ExpectedError {
  line: number;
  column: number;
  /** Lower-case alternatives; the message must contain at least one. */
  texts: string[];
}

export function readErrorMarker(source: string): ExpectedError {
  const match = /\/\*@error ([^*]*)\*\/\s*/.exec(source);
  if (!match) throw new Error("no /*@error text*/ marker");
  const offset = match.index + match[0].length;
  const before = source.slice(0, offset).split("\n");
  return {
    line: before.length,
    column: before[before.length - 1].length + 1,
    texts: match[1].split("|").map((t) => t.trim().toLowerCase()),
  };
}
