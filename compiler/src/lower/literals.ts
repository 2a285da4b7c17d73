// C++ spellings of TypeScript literals: numbers as doubles that read naturally, strings as flash literals.
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

/** An integer literal for an integer-typed context (no `.0`; unsigned or 64-bit suffix when needed). */
export function integerLiteral(value: number): string {
  if (value >= 2 ** 31 && value < 2 ** 32) return `${value}u`;
  if (Math.abs(value) >= 2 ** 31) return `${value}LL`;
  return String(value);
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
