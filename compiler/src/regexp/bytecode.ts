// The regular expression bytecode shared with the runtime matcher (runtime/core/ts_regexp.cpp, which lists
// the same numbers). Multi-byte operands are little-endian and read byte by byte, so the program can sit in
// flash at any alignment.
//
// Header: flags (FLAG_*), capture count (group 0 included), register count, 0, code length (u16), then the
// code, then one name per capture group 1..n (length byte + UTF-8, length 0 for unnamed groups).
export const HEADER_SIZE = 6;

export const FLAG_GLOBAL = 1;
export const FLAG_IGNORE_CASE = 2;
export const FLAG_MULTILINE = 4;
export const FLAG_DOT_ALL = 8;
export const FLAG_UNICODE = 16;
export const FLAG_STICKY = 32;
export const FLAG_HAS_INDICES = 64;

export const enum Op {
  Match = 1,
  Char = 2, // u16
  Char32 = 3, // u24
  CharI = 4, // u16, the canonical form
  CharI32 = 5, // u24
  Any = 6, // any character but a line terminator
  Class = 7, // flags (CLASS_*), range count u16, [ASCII bitmap, 16 bytes], ranges as u16 or u24 pairs (with i: already closed under case)
  LineStart = 8,
  LineEnd = 9,
  WordBoundary = 10,
  NotWordBoundary = 11,
  Jump = 12, // addr16
  SplitNext = 13, // addr16: try the next instruction first, then addr
  SplitJump = 14, // addr16: try addr first, then the next instruction
  Save = 15, // slot u8
  Reset = 16, // from u8, to u8: groups [from, to) become undefined
  RepInit = 17, // reg u8: count = 0
  RepTest = 18, // reg u8, min u32, max u32, greedy u8, exit addr16; the body follows
  RepEnter = 19, // reg u8, from u8, to u8: note the iteration's start, reset the body's groups
  RepEnd = 20, // reg u8, min u32, test addr16: empty-iteration check, count++, back to the test
  BackRef = 21, // group u8
  Look = 22, // negate u8, reg u8, end addr16
  LookEnd = 23, // reg u8, negate u8
  /** Only at the start of a program: length u16, then a Class instruction holding every character a match
   * can begin with (the matcher tries only positions where it matches); the program proper follows. */
  Filter = 25,
  Scan = 24, // mode u8 (0 lazy, 1 greedy, 2 possessive), min u32, max u32, atom length u16, then one single-character atom
}

/** Or-ed into a character-reading opcode (Char…Class, BackRef): read backwards (inside a lookbehind). */
export const OP_BACKWARD = 0x80;

export const CLASS_INVERT = 1;
export const CLASS_WIDE = 4;
/** A 16-byte bitmap of the class's ASCII members follows the range count (ASCII input needs no search). */
export const CLASS_ASCII_MAP = 8;

export const UNBOUNDED = 0xffffffff;
