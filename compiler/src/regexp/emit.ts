// Emits the bytecode of bytecode.ts for a parsed regular expression. Quantified single characters become a
// Scan (one backtrack entry for the whole run); other quantifiers use a counter register with ECMAScript's
// RepeatMatcher semantics (captures reset per iteration, an iteration past the minimum may not match empty).
// Inside a lookbehind, sequences are emitted in reverse and characters read backwards.
import { type ParsedRegExp, type Range, type RegExpNode, RegExpSyntaxError } from "./ast.js";
import {
  CLASS_ASCII_MAP,
  CLASS_INVERT,
  CLASS_WIDE,
  FLAG_DOT_ALL,
  FLAG_GLOBAL,
  FLAG_HAS_INDICES,
  FLAG_IGNORE_CASE,
  FLAG_MULTILINE,
  FLAG_STICKY,
  FLAG_UNICODE,
  HEADER_SIZE,
  OP_BACKWARD,
  Op,
  UNBOUNDED,
} from "./bytecode.js";
import { LINE_TERMINATORS, MAX_CODE_POINT, MAX_UNIT, canonicalize, caseClosure, complement, intersect, isCaseSensitive, normalize } from "./charset.js";

class Emitter {
  readonly code: number[] = [];
  registers = 0;
  private ignoreCase: boolean;
  private readonly unicode: boolean;

  constructor(private readonly re: ParsedRegExp) {
    this.ignoreCase = re.flags.ignoreCase;
    this.unicode = re.flags.unicode;
  }

  private u8(v: number): void {
    this.code.push(v & 0xff);
  }
  private u16(v: number): void {
    this.code.push(v & 0xff, (v >> 8) & 0xff);
  }
  private u24(v: number): void {
    this.code.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff);
  }
  private u32(v: number): void {
    const n = v === Infinity ? UNBOUNDED : v;
    this.code.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  }
  /** A placeholder address; returns the position to patch. */
  private addr(): number {
    this.code.push(0, 0);
    return this.code.length - 2;
  }
  private patch(at: number, target = this.code.length): void {
    const a = target - HEADER_SIZE;
    if (a > 0xffff) throw new RegExpSyntaxError("regular expression too large for tsduino (compiled program over 64 KB)", 0);
    this.code[at] = a & 0xff;
    this.code[at + 1] = a >> 8;
  }
  private register(n: number): number {
    const r = this.registers;
    this.registers += n;
    if (this.registers > 255) throw new RegExpSyntaxError("regular expression too complex for tsduino (over 255 counters)", 0);
    return r;
  }

  /**
   * The characters a match of n can begin with, and whether n can match without consuming anything
   * (assertions and lookarounds are transparent); undefined when unknown (a backreference).
   */
  firstChars(n: RegExpNode): { set: Range[]; nullable: boolean } | undefined {
    switch (n.kind) {
      case "empty":
      case "assert":
      case "look":
        return { set: [], nullable: true };
      case "char":
      case "any":
      case "class":
        return { set: this.charSet(n)!, nullable: false };
      case "group":
        return this.firstChars(n.body);
      case "repeat": {
        if (n.max === 0) return { set: [], nullable: true };
        const body = this.firstChars(n.body);
        return body && { set: body.set, nullable: body.nullable || n.min === 0 };
      }
      case "seq": {
        const set: Range[] = [];
        for (const item of n.items) {
          const f = this.firstChars(item);
          if (!f) return undefined;
          set.push(...f.set);
          if (!f.nullable) return { set: normalize(set), nullable: false };
        }
        return { set: normalize(set), nullable: true };
      }
      case "alt": {
        const set: Range[] = [];
        let nullable = false;
        for (const alt of n.alts) {
          const f = this.firstChars(alt);
          if (!f) return undefined;
          set.push(...f.set);
          nullable ||= f.nullable;
        }
        return { set: normalize(set), nullable };
      }
      case "backref":
        return undefined;
    }
  }

  /** The Filter instruction for the whole pattern, when it narrows the start positions usefully. */
  filter(root: RegExpNode): void {
    if (root.kind === "assert" || (root.kind === "seq" && root.items[0].kind === "assert" && root.items[0].what === "start")) return;
    const first = this.firstChars(root);
    if (!first || first.nullable) return;
    const size = first.set.reduce((n, [lo, hi]) => n + hi - lo + 1, 0);
    if (size > 0xf000) return;
    this.u8(Op.Filter);
    const lenAt = this.code.length;
    this.u16(0);
    // The set is already closed under case: emit it as a plain class.
    const saved = this.ignoreCase;
    this.ignoreCase = false;
    this.single({ kind: "class", ranges: first.set, invert: false }, 0);
    this.ignoreCase = saved;
    const len = this.code.length - lenAt - 2;
    this.code[lenAt] = len & 0xff;
    this.code[lenAt + 1] = len >> 8;
  }

  /** An alternation of single characters (`a|[0-9]|-`) as one class: same matches, no choice points. */
  private asClass(n: RegExpNode): Extract<RegExpNode, { kind: "class" }> | undefined {
    if (n.kind !== "alt") return undefined;
    const ranges: Range[] = [];
    for (const alt of n.alts) {
      if (alt.kind === "char") ranges.push([alt.c, alt.c]);
      else if (alt.kind === "class" && !alt.invert) ranges.push(...alt.ranges);
      else if (alt.kind === "any") ranges.push(...complement(LINE_TERMINATORS, this.unicode ? MAX_CODE_POINT : MAX_UNIT));
      else return undefined;
    }
    return { kind: "class", ranges: normalize(ranges), invert: false };
  }

  /** `follow`: what is matched right after n, when that is certain (used to make runs possessive). */
  node(n: RegExpNode, back: boolean, follow?: RegExpNode): void {
    const dir = back ? OP_BACKWARD : 0;
    const merged = this.asClass(n);
    if (merged) return this.single(merged, dir);
    switch (n.kind) {
      case "empty":
        return;
      case "char":
      case "any":
      case "class":
        return this.single(n, dir);
      case "seq": {
        const items = back ? [...n.items].reverse() : n.items;
        items.forEach((item, i) => this.node(item, back, items[i + 1] ?? follow));
        return;
      }
      case "alt": {
        // SplitNext → alt1, Jump end; SplitNext → alt2, Jump end; …; last alternative.
        const ends: number[] = [];
        n.alts.forEach((alt, i) => {
          if (i < n.alts.length - 1) {
            this.u8(Op.SplitNext);
            const next = this.addr();
            this.node(alt, back, follow);
            this.u8(Op.Jump);
            ends.push(this.addr());
            this.patch(next);
          } else this.node(alt, back, follow);
        });
        for (const e of ends) this.patch(e);
        return;
      }
      case "group":
        this.u8(Op.Save);
        this.u8(n.index * 2 + (back ? 1 : 0));
        this.node(n.body, back, follow);
        this.u8(Op.Save);
        this.u8(n.index * 2 + (back ? 0 : 1));
        return;
      case "assert":
        this.u8({ start: Op.LineStart, end: Op.LineEnd, word: Op.WordBoundary, notWord: Op.NotWordBoundary }[n.what]);
        return;
      case "backref":
        this.u8(Op.BackRef | dir);
        this.u8(n.index);
        return;
      case "look": {
        const reg = this.register(1);
        this.u8(Op.Look);
        this.u8(n.negate ? 1 : 0);
        this.u8(reg);
        const end = this.addr();
        this.node(n.body, n.behind);
        this.u8(Op.LookEnd);
        this.u8(reg);
        this.u8(n.negate ? 1 : 0);
        this.patch(end);
        return;
      }
      case "repeat":
        return this.repeat(n, back, follow);
    }
  }

  /** The characters a single-character node matches (with i: closed under case), or undefined. */
  private charSet(n: RegExpNode | undefined): Range[] | undefined {
    if (!n) return undefined;
    const single = this.asClass(n) ?? n;
    const max = this.unicode ? MAX_CODE_POINT : MAX_UNIT;
    if (single.kind === "any") return complement(LINE_TERMINATORS, max);
    const ranges = single.kind === "char" ? [[single.c, single.c] as Range] : single.kind === "class" ? single.ranges : undefined;
    if (!ranges) return undefined;
    const closed = this.ignoreCase ? caseClosure(ranges, this.unicode) : ranges;
    return single.kind === "class" && single.invert ? complement(closed, max) : closed;
  }

  /**
   * `next` is what is matched right after the repetition: when it is a character the repeated one can never
   * be, giving characters back cannot help, and the run is possessive (no backtrack entry).
   */
  private repeat(n: Extract<RegExpNode, { kind: "repeat" }>, back: boolean, next?: RegExpNode): void {
    if (n.max === 0) return;
    const body = this.asClass(n.body) ?? n.body;
    if (body.kind === "char" || body.kind === "any" || body.kind === "class") {
      const atomSet = this.charSet(body);
      const nextFirst = !back && next ? this.firstChars(next) : undefined;
      const nextSet = this.charSet(next) ?? (nextFirst && !nextFirst.nullable ? nextFirst.set : undefined);
      const possessive = n.greedy && !!atomSet && !!nextSet && intersect(atomSet, nextSet).length === 0;
      this.u8(Op.Scan);
      this.u8(possessive ? 2 : n.greedy ? 1 : 0);
      this.u32(n.min);
      this.u32(n.max);
      const lenAt = this.code.length;
      this.u16(0);
      this.single(body, back ? OP_BACKWARD : 0);
      const len = this.code.length - lenAt - 2;
      this.code[lenAt] = len & 0xff;
      this.code[lenAt + 1] = len >> 8;
      return;
    }
    if (n.min === 1 && n.max === 1) return this.node(body, back);
    // `x*` / `x+` whose body always consumes: no counter and no empty-iteration check are needed, so a
    // plain loop costs one backtrack entry per iteration (x+ is x then x*).
    const first = this.firstChars(body);
    if (first && !first.nullable && n.max === Infinity && n.min <= 1) {
      const reset = () => {
        if (n.capEnd > n.capStart) {
          this.u8(Op.Reset);
          this.u8(n.capStart);
          this.u8(n.capEnd);
        }
      };
      if (n.min === 1) {
        reset();
        this.node(body, back);
      }
      const loop = this.code.length;
      this.u8(n.greedy ? Op.SplitNext : Op.SplitJump);
      const exit = this.addr();
      reset();
      this.node(body, back);
      this.u8(Op.Jump);
      this.patch(this.addr(), loop);
      this.patch(exit);
      return;
    }
    const r = this.register(2);
    this.u8(Op.RepInit);
    this.u8(r);
    const test = this.code.length;
    this.u8(Op.RepTest);
    this.u8(r);
    this.u32(n.min);
    this.u32(n.max);
    this.u8(n.greedy ? 1 : 0);
    const exit = this.addr();
    this.u8(Op.RepEnter);
    this.u8(r);
    this.u8(n.capStart);
    this.u8(n.capEnd);
    this.node(body, back);
    this.u8(Op.RepEnd);
    this.u8(r);
    this.u32(n.min);
    const back2 = this.addr();
    this.patch(back2, test);
    this.patch(exit);
  }

  private single(n: Extract<RegExpNode, { kind: "char" | "any" | "class" }>, dir: number): void {
    if (n.kind === "any") return this.u8(Op.Any | dir);
    if (n.kind === "char") {
      const folded = this.ignoreCase && isCaseSensitive(n.c, this.unicode);
      const c = folded ? canonicalize(n.c, this.unicode) : n.c;
      if (c > 0xffff) {
        this.u8((folded ? Op.CharI32 : Op.Char32) | dir);
        this.u24(c);
      } else {
        this.u8((folded ? Op.CharI : Op.Char) | dir);
        this.u16(c);
      }
      return;
    }
    const ranges = this.ignoreCase ? caseClosure(n.ranges, this.unicode) : n.ranges;
    const wide = ranges.some(([, hi]) => hi > 0xffff);
    if (ranges.length > 0xffff) throw new RegExpSyntaxError("character class too large for tsduino", 0);
    this.u8(Op.Class | dir);
    this.u8((n.invert ? CLASS_INVERT : 0) | (wide ? CLASS_WIDE : 0) | CLASS_ASCII_MAP);
    this.u16(ranges.length);
    const map = new Array<number>(16).fill(0);
    for (const [lo, hi] of ranges) for (let c = lo; c <= Math.min(hi, 127); c++) map[c >> 3] |= 1 << (c & 7);
    this.code.push(...map);
    for (const [lo, hi] of ranges) {
      if (wide) this.u24(lo), this.u24(hi);
      else this.u16(lo), this.u16(hi);
    }
  }
}

/** The complete program: header, code, group names. */
export function emitRegExp(re: ParsedRegExp): Uint8Array {
  if (re.captureCount > 255) throw new RegExpSyntaxError("too many capture groups for tsduino (over 254)", 0);
  const e = new Emitter(re);
  e.code.push(0, 0, 0, 0, 0, 0);
  if (!re.flags.sticky) e.filter(re.root);
  e.node(re.root, false);
  e.code.push(Op.Match);
  const f = re.flags;
  const codeLength = e.code.length - HEADER_SIZE;
  if (codeLength > 0xffff) throw new RegExpSyntaxError("regular expression too large for tsduino (compiled program over 64 KB)", 0);
  e.code[0] =
    (f.global ? FLAG_GLOBAL : 0) |
    (f.ignoreCase ? FLAG_IGNORE_CASE : 0) |
    (f.multiline ? FLAG_MULTILINE : 0) |
    (f.dotAll ? FLAG_DOT_ALL : 0) |
    (f.unicode ? FLAG_UNICODE : 0) |
    (f.sticky ? FLAG_STICKY : 0) |
    (f.hasIndices ? FLAG_HAS_INDICES : 0);
  e.code[1] = re.captureCount;
  e.code[2] = e.registers;
  e.code[3] = 0;
  e.code[4] = codeLength & 0xff;
  e.code[5] = codeLength >> 8;
  for (let i = 1; i < re.captureCount; i++) {
    const name = Buffer.from(re.groupNames[i] ?? "", "utf8");
    if (name.length > 255) throw new RegExpSyntaxError("capture group name too long", 0);
    e.code.push(name.length, ...name);
  }
  return Uint8Array.from(e.code);
}
