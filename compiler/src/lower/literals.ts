// C++ spellings of TypeScript literals: numbers as doubles that read naturally, strings as flash literals.
import ts from "typescript";
export function numberLiteral(value: number, asOperand: boolean): string {
  // NAN and INFINITY are floats in C: next to an int literal in a ternary they would make it a float.
  if (Number.isNaN(value)) return "double(NAN)";
  if (value === Infinity) return "double(INFINITY)";
  if (value === -Infinity) return "(-double(INFINITY))";
  if (Object.is(value, -0)) return "-0.0";
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 53) {
    const text = String(value);
    if (Math.abs(value) >= 2 ** 31) return `${text}.0`;
    return asOperand ? `${text}.0` : text;
  }
  let text = String(value);
  if (!/[.eE]/.test(text)) text += ".0";
  return text.replace("e+", "e");
}

/** An integer literal for an integer-typed context (no `.0`; unsigned or 64-bit suffix when needed). The
 *  value must be an integer of 64 bits: see `isIntegerLiteralFor`. */
export function integerLiteral(value: number, text?: string): string {
  // Past 2^53 the double is not the literal: an i64/u64 literal keeps the digits it was written with.
  const exact = Math.abs(value) >= 2 ** 53 && text !== undefined ? exactInteger(text) : undefined;
  if (exact !== undefined) {
    const v = value < 0 ? -exact : exact;
    if (v === -(2n ** 63n)) return "(-9223372036854775807LL - 1)";
    return v >= 2n ** 63n ? `${v}ULL` : `${v}LL`;
  }
  if (value >= 2 ** 31 && value < 2 ** 32) return `${value}u`;
  if (value >= 2 ** 63 && value < 2 ** 64) return `${value}ULL`;
  if (Math.abs(value) >= 2 ** 31) return `${value}LL`;
  return String(value);
}

const INTEGER_RANGES: Record<string, [number, number]> = {
  int8_t: [-(2 ** 7), 2 ** 7 - 1], int16_t: [-(2 ** 15), 2 ** 15 - 1], int32_t: [-(2 ** 31), 2 ** 31 - 1], int64_t: [-(2 ** 63), 2 ** 63 - 1],
  uint8_t: [0, 2 ** 8 - 1], uint16_t: [0, 2 ** 16 - 1], uint32_t: [0, 2 ** 32 - 1], uint64_t: [0, 2 ** 64 - 1],
};

/**
 * Whether a numeric literal (its source text, its value) is spelled as a C++ integer where the integer type
 * `to` is expected. AssemblyScript reads a literal without fraction or exponent as an integer (converted, it
 * keeps the low bits: `u8(300)` is 44) and any other as an f64 (converted saturating: `i32(1e21)` is
 * 2147483647, `i32(2.5e9)` 2147483647), as a `number` value converts (ts::int32_from …). An integral value
 * the type holds is the same either way. A value past 64 bits has no integer spelling (`1e21LL` is no C++:
 * mutant m-718-…-64800054), so it converts as a double.
 */
export function isIntegerLiteralFor(value: number, text: string, to: string): boolean {
  const exact = Math.abs(value) >= 2 ** 53 ? exactInteger(text) : undefined;
  if (exact !== undefined) {
    // Near 2^63 and 2^64 the double rounds: the range is that of the written integer.
    const v = value < 0 ? -exact : exact;
    if (v < -(2n ** 63n) || v >= 2n ** 64n) return false;
    return v < 2n ** 63n || to === "uint64_t";
  }
  if (!Number.isInteger(value) || value < -(2 ** 63) || value >= 2 ** 64) return false;
  const range = INTEGER_RANGES[to];
  if (range && value >= range[0] && value <= range[1]) return true;
  const integerText = /^-?0[xXbBoO]/.test(text) || !/[.eE]/.test(text);
  return integerText && (value < 2 ** 63 || to === "uint64_t");
}

/** The integer a numeric literal's text spells exactly (`9007199254740993`, `0xFFFF_FFFF_FFFF_FFFF`), if it is one. */
export function exactInteger(text: string): bigint | undefined {
  const t = text.replace(/_/g, "");
  if (!/^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|[0-9]+)$/.test(t)) return undefined;
  // (A legacy octal `017` is 15 to TypeScript's checker, which rejects it in a module anyway.)
  if (/^0[0-9]/.test(t)) return undefined;
  return BigInt(t);
}

/** A C++ string literal body for UTF-8 bytes of `s` (escapes quotes, backslashes, control and non-ASCII bytes). */
export function cStringBody(s: string): string {
  const bytes = utf8WithLoneSurrogates(s);
  let out = "";
  let lastWasHex = false;
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += "\\\\";
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x0d) out += "\\r";
    else if (b === 0x09) out += "\\t";
    else if (b === 0x3f) out += "\\?"; // no trigraphs
    else if (b < 0x20 || b >= 0x7f) {
      out += "\\" + b.toString(8).padStart(3, "0");
      lastWasHex = false;
      continue;
    } else {
      if (lastWasHex && /[0-9a-fA-F]/.test(ch)) out += '""';
      out += ch;
    }
    lastWasHex = false;
  }
  return out;
}

/** UTF-8, encoding unpaired surrogates as 3-byte sequences (WTF-8) so they survive the round trip. */
export function utf8WithLoneSurrogates(s: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

export function stringLiteral(s: string): string {
  return `TS_STR("${cStringBody(s)}")`;
}

/** A numeric literal's source text (`1e21`, `0x1F`), or its normalised text where the node has no source. */
export function numericLiteralText(node: ts.NumericLiteral): string {
  return node.pos >= 0 && node.getSourceFile() ? node.getText() : node.text;
}
