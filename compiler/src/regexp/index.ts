// The regular expression compiler: pattern source + flags → the bytecode program the runtime matcher runs
// (runtime/core/ts_regexp.cpp). Throws RegExpSyntaxError for syntax tsduino does not compile.
import type { RegExpFlags } from "./ast.js";
import { emitRegExp } from "./emit.js";
import { parseFlags, parseRegExp } from "./parse.js";

export { RegExpSyntaxError } from "./ast.js";
export type { RegExpFlags } from "./ast.js";

export interface CompiledRegExp {
  program: Uint8Array;
  flags: RegExpFlags;
  /** Capturing groups, group 0 included. */
  captureCount: number;
  groupNames: (string | undefined)[];
}

export function compileRegExp(source: string, flagText: string): CompiledRegExp {
  const flags = parseFlags(flagText);
  const parsed = parseRegExp(source, flags);
  return { program: emitRegExp(parsed), flags, captureCount: parsed.captureCount, groupNames: parsed.groupNames };
}
