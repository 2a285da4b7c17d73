// Parses ECMAScript regular expression syntax (ES2024, with Annex B's web-compatibility grammar when the u
// flag is off, as Node does) into the tree of ast.ts. Syntax tsduino does not compile (\p{…} property
// escapes, the v flag) is a RegExpSyntaxError at the offending offset.
import { type ParsedRegExp, type Range, type RegExpFlags, type RegExpNode, RegExpSyntaxError } from "./ast.js";
import { DIGITS, MAX_CODE_POINT, MAX_UNIT, SPACE, WORD, WORD_UNICODE_IGNORE_CASE, complement, normalize } from "./charset.js";

export function parseFlags(text: string): RegExpFlags {
  const flags: RegExpFlags = { global: false, ignoreCase: false, multiline: false, dotAll: false, unicode: false, sticky: false, hasIndices: false };
  const names: Record<string, keyof RegExpFlags> = { g: "global", i: "ignoreCase", m: "multiline", s: "dotAll", u: "unicode", y: "sticky", d: "hasIndices" };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "v") throw new RegExpSyntaxError("the v flag (set notation)", -1);
    const name = names[ch];
    if (!name || flags[name]) throw new RegExpSyntaxError(`invalid regular expression flags '${text}'`, -1);
    flags[name] = true;
  }
  return flags;
}

const SYNTAX_CHARS = "^$\\.*+?()[]{}|/";

class Parser {
  private pos = 0;
  private groupCount = 0;
  private readonly names: (string | undefined)[] = [undefined];
  private readonly backrefNames: { name: string; node: { kind: "backref"; index: number }; at: number }[] = [];
  private readonly totalGroups: number;
  private readonly hasNamedGroups: boolean;
  private readonly unicode: boolean;

  constructor(
    private readonly src: string,
    private readonly flags: RegExpFlags,
  ) {
    this.unicode = flags.unicode;
    const scan = prescanGroups(src);
    this.totalGroups = scan.count;
    this.hasNamedGroups = scan.named;
  }

  parse(): ParsedRegExp {
    const root = this.disjunction();
    if (this.pos < this.src.length) throw this.error(this.src[this.pos] === ")" ? "unmatched ')'" : "unexpected character");
    for (const ref of this.backrefNames) {
      const index = this.names.indexOf(ref.name);
      if (index < 0) throw new RegExpSyntaxError(`invalid named capture referenced: '${ref.name}'`, ref.at);
      ref.node.index = index;
    }
    return { root, flags: this.flags, captureCount: this.groupCount + 1, groupNames: this.names };
  }

  private error(message: string, at = this.pos): RegExpSyntaxError {
    return new RegExpSyntaxError(message, at);
  }

  private peek(k = 0): string {
    return this.src[this.pos + k] ?? "";
  }

  private eat(s: string): boolean {
    if (this.src.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }

  /** The next pattern character: a code point with u (surrogate pairs joined), else a code unit. */
  private nextChar(): number {
    const c = this.src.charCodeAt(this.pos);
    if (this.unicode) {
      const cp = this.src.codePointAt(this.pos)!;
      this.pos += cp > 0xffff ? 2 : 1;
      return cp;
    }
    this.pos++;
    return c;
  }

  private disjunction(): RegExpNode {
    const alts = [this.alternative()];
    while (this.eat("|")) alts.push(this.alternative());
    return alts.length === 1 ? alts[0] : { kind: "alt", alts };
  }

  private alternative(): RegExpNode {
    const items: RegExpNode[] = [];
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const term = this.term();
      if (term.kind === "empty") continue;
      if (term.kind === "seq") items.push(...term.items);
      else items.push(term);
    }
    if (items.length === 0) return { kind: "empty" };
    return items.length === 1 ? items[0] : { kind: "seq", items };
  }

  private term(): RegExpNode {
    const start = this.pos;
    const capsBefore = this.groupCount;
    if (this.eat("^")) return { kind: "assert", what: "start" };
    if (this.eat("$")) return { kind: "assert", what: "end" };
    if (this.eat("\\b")) return { kind: "assert", what: "word" };
    if (this.eat("\\B")) return { kind: "assert", what: "notWord" };
    let atom: RegExpNode;
    let quantifiable = true;
    if (this.eat("(?=") || this.eat("(?!")) {
      const negate = this.src[this.pos - 1] === "!";
      const body = this.disjunction();
      if (!this.eat(")")) throw this.error("unterminated group");
      atom = { kind: "look", behind: false, negate, body };
      quantifiable = !this.unicode; // Annex B: lookaheads may be quantified without u
    } else if (this.eat("(?<=") || this.eat("(?<!")) {
      const negate = this.src[this.pos - 1] === "!";
      const body = this.disjunction();
      if (!this.eat(")")) throw this.error("unterminated group");
      atom = { kind: "look", behind: true, negate, body };
      quantifiable = false;
    } else {
      atom = this.atom();
    }
    const q = this.quantifier();
    if (!q) return atom;
    if (!quantifiable) throw this.error("nothing to repeat", start);
    if (q.min > q.max) throw this.error("numbers out of order in {} quantifier", start);
    return { kind: "repeat", min: q.min, max: q.max, greedy: q.greedy, body: atom, capStart: capsBefore + 1, capEnd: this.groupCount + 1 };
  }

  private quantifier(): { min: number; max: number; greedy: boolean } | undefined {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === "*") (min = 0), (max = Infinity), this.pos++;
    else if (c === "+") (min = 1), (max = Infinity), this.pos++;
    else if (c === "?") (min = 0), (max = 1), this.pos++;
    else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) {
        if (this.unicode) throw this.error("incomplete quantifier");
        return undefined; // Annex B: a literal '{'
      }
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.pos += m[0].length;
    } else return undefined;
    const greedy = !this.eat("?");
    return { min: clampCount(min), max: clampCount(max), greedy };
  }

  private atom(): RegExpNode {
    const start = this.pos;
    const c = this.peek();
    if (c === ".") {
      this.pos++;
      return this.flags.dotAll ? { kind: "class", ranges: [[0, this.unicode ? MAX_CODE_POINT : MAX_UNIT]], invert: false } : { kind: "any" };
    }
    if (c === "(") {
      this.pos++;
      if (this.eat("?:")) {
        const body = this.disjunction();
        if (!this.eat(")")) throw this.error("unterminated group");
        return body;
      }
      let name: string | undefined;
      if (this.peek() === "?") {
        if (!this.eat("?<")) throw this.error("invalid group");
        name = this.groupName();
        if (this.names.includes(name)) throw this.error(`duplicate capture group name '${name}'`, start);
      }
      const index = ++this.groupCount;
      this.names[index] = name;
      const body = this.disjunction();
      if (!this.eat(")")) throw this.error("unterminated group");
      return { kind: "group", index, body };
    }
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.atomEscape();
    if (c === "*" || c === "+" || c === "?") throw this.error("nothing to repeat");
    if (c === "{") {
      if (this.unicode || /^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos))) throw this.error("nothing to repeat");
    }
    if (this.unicode && (c === "}" || c === "]")) throw this.error("lone quantifier brackets");
    return { kind: "char", c: this.nextChar() };
  }

  private groupName(): string {
    const m = /^([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)>/u.exec(this.src.slice(this.pos));
    if (!m) throw this.error("invalid capture group name (tsduino accepts names without escapes)");
    this.pos += m[0].length;
    return m[1];
  }

  private atomEscape(): RegExpNode {
    const start = this.pos;
    this.pos++; // the backslash
    const c = this.peek();
    if (c === "") throw this.error("\\ at end of pattern", start);
    // Backreferences by number.
    if (c >= "1" && c <= "9") {
      const m = /^\d+/.exec(this.src.slice(this.pos))!;
      const n = Number(m[0]);
      if (n <= this.totalGroups) {
        this.pos += m[0].length;
        return { kind: "backref", index: n };
      }
      if (this.unicode) throw this.error("invalid escape (no such group)", start);
      // Annex B: a legacy octal escape, or \8 \9 as the digit itself.
      if (c >= "8") {
        this.pos++;
        return { kind: "char", c: c.charCodeAt(0) };
      }
      return { kind: "char", c: this.legacyOctal() };
    }
    if (c === "k") {
      if (this.unicode || this.hasNamedGroups) {
        this.pos++;
        if (!this.eat("<")) throw this.error("invalid named reference", start);
        const at = this.pos;
        const name = this.groupName();
        const node: { kind: "backref"; index: number } = { kind: "backref", index: 0 };
        this.backrefNames.push({ name, node, at });
        return node;
      }
      this.pos++;
      return { kind: "char", c: 0x6b };
    }
    const set = this.classEscape();
    if (set) return { kind: "class", ranges: set, invert: false };
    return { kind: "char", c: this.characterEscape(false, start) };
  }

  /** \d \D \s \S \w \W as ranges (the backslash already consumed), or undefined. */
  private classEscape(): Range[] | undefined {
    const c = this.peek();
    const max = this.unicode ? MAX_CODE_POINT : MAX_UNIT;
    const word = this.unicode && this.flags.ignoreCase ? WORD_UNICODE_IGNORE_CASE : WORD;
    let set: Range[] | undefined;
    if (c === "d") set = DIGITS;
    else if (c === "D") set = complement(DIGITS, max);
    else if (c === "s") set = SPACE;
    else if (c === "S") set = complement(SPACE, max);
    else if (c === "w") set = word;
    else if (c === "W") set = complement(word, max);
    else if ((c === "p" || c === "P") && this.unicode) throw this.error("Unicode property escapes (\\p{…})", this.pos - 1);
    if (set) this.pos++;
    return set;
  }

  private legacyOctal(): number {
    const m = /^[0-3][0-7]{0,2}|^[4-7][0-7]?/.exec(this.src.slice(this.pos))!;
    this.pos += m[0].length;
    return parseInt(m[0], 8);
  }

  /** A CharacterEscape after the backslash (already consumed); `inClass` enables \b = backspace and \- . */
  private characterEscape(inClass: boolean, start: number): number {
    const c = this.peek();
    const simple: Record<string, number> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
    if (c in simple) {
      this.pos++;
      return simple[c];
    }
    if (c === "c") {
      const letter = this.peek(1);
      if (/^[A-Za-z]$/.test(letter) || (inClass && !this.unicode && /^[0-9_]$/.test(letter))) {
        this.pos += 2;
        return letter.charCodeAt(0) % 32;
      }
      if (this.unicode) throw this.error("invalid unicode escape", start);
      return 0x5c; // Annex B: the backslash is literal and 'c' is read next
    }
    if (c === "0" && !/[0-9]/.test(this.peek(1))) {
      this.pos++;
      return 0;
    }
    if (c >= "0" && c <= "7" && !this.unicode) return this.legacyOctal();
    if (c === "x") {
      const m = /^x([0-9a-fA-F]{2})/.exec(this.src.slice(this.pos));
      if (m) {
        this.pos += 3;
        return parseInt(m[1], 16);
      }
      if (this.unicode) throw this.error("invalid escape", start);
      this.pos++;
      return 0x78;
    }
    if (c === "u") {
      const u = this.unicodeEscape();
      if (u !== undefined) return u;
      if (this.unicode) throw this.error("invalid unicode escape", start);
      this.pos++;
      return 0x75;
    }
    if (inClass && c === "b") {
      this.pos++;
      return 0x08;
    }
    if (inClass && c === "-") {
      this.pos++;
      return 0x2d;
    }
    if (this.unicode) {
      if (!SYNTAX_CHARS.includes(c)) throw this.error("invalid escape", start);
      this.pos++;
      return c.charCodeAt(0);
    }
    if (c === "k" && this.hasNamedGroups) throw this.error("invalid named reference", start);
    return this.nextChar();
  }

  /** \uXXXX, a \uXXXX\uXXXX surrogate pair (joined with u) or \u{…} (u only); undefined when malformed. */
  private unicodeEscape(): number | undefined {
    const rest = this.src.slice(this.pos);
    if (this.unicode) {
      const braced = /^u\{([0-9a-fA-F]+)\}/.exec(rest);
      if (braced) {
        const cp = parseInt(braced[1], 16);
        if (cp > MAX_CODE_POINT) throw this.error("invalid unicode escape");
        this.pos += braced[0].length;
        return cp;
      }
      const pair = /^u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})/i.exec(rest);
      if (pair) {
        this.pos += pair[0].length;
        const hi = parseInt(pair[1], 16);
        const lo = parseInt(pair[2], 16);
        return 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
      }
    }
    const m = /^u([0-9a-fA-F]{4})/.exec(rest);
    if (!m) return undefined;
    this.pos += 5;
    return parseInt(m[1], 16);
  }

  private characterClass(): RegExpNode {
    const start = this.pos;
    this.pos++; // [
    const invert = this.eat("^");
    const ranges: Range[] = [];
    while (true) {
      if (this.pos >= this.src.length) throw this.error("unterminated character class", start);
      if (this.eat("]")) break;
      const a = this.classAtom();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "") {
        const dashAt = this.pos;
        this.pos++;
        const b = this.classAtom();
        if (typeof a === "number" && typeof b === "number") {
          if (a > b) throw this.error("range out of order in character class", dashAt);
          ranges.push([a, b]);
          continue;
        }
        if (this.unicode) throw this.error("invalid character class", dashAt);
        // Annex B: [\d-x] is \d, '-' and x.
        for (const part of [a, 0x2d, b]) pushAtom(ranges, part);
        continue;
      }
      pushAtom(ranges, a);
    }
    return { kind: "class", ranges: normalize(ranges), invert };
  }

  /** One class member: a character, or the ranges of a class escape. */
  private classAtom(): number | Range[] {
    if (this.peek() !== "\\") return this.nextChar();
    const start = this.pos;
    this.pos++;
    const set = this.classEscape();
    if (set) return set;
    const c = this.peek();
    if (c >= "1" && c <= "9" && !this.unicode) {
      if (c >= "8") {
        this.pos++;
        return c.charCodeAt(0);
      }
      return this.legacyOctal();
    }
    if (c === "k" && !this.unicode) {
      this.pos++;
      return 0x6b;
    }
    return this.characterEscape(true, start);
  }
}

function pushAtom(ranges: Range[], atom: number | Range[]): void {
  if (typeof atom === "number") ranges.push([atom, atom]);
  else ranges.push(...atom);
}

function clampCount(n: number): number {
  // Counts beyond 2^32 - 2 behave as unbounded for every input the device can hold.
  return n > 0xfffffffe ? Infinity : n;
}

/** Counts the capturing groups and whether any is named (needed before parsing: \2 may precede group 2). */
function prescanGroups(src: string): { count: number; named: boolean } {
  let count = 0;
  let named = false;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (src[i + 1] !== "?") count++;
      else if (src[i + 2] === "<" && src[i + 3] !== "=" && src[i + 3] !== "!") {
        count++;
        named = true;
      }
    }
  }
  return { count, named };
}

export function parseRegExp(source: string, flags: RegExpFlags): ParsedRegExp {
  return new Parser(source, flags).parse();
}
