// The backtracking regular expression VM (see ts_regexp_vm.h). The opcode numbers are those of
// compiler/src/regexp/bytecode.ts. Every state change made after a choice point is recorded on the backtrack
// stack (undo entries), so failing back to a choice restores captures and counters exactly.
#include "ts_regexp_vm.h"

#include "ts_error.h"
#include "ts_regexp_tables.h"

namespace ts {
namespace regexp {
namespace {

enum Op : uint8_t {
  kMatch = 1,
  kChar = 2,
  kChar32 = 3,
  kCharI = 4,
  kCharI32 = 5,
  kAny = 6,
  kClass = 7,
  kLineStart = 8,
  kLineEnd = 9,
  kWordBoundary = 10,
  kNotWordBoundary = 11,
  kJump = 12,
  kSplitNext = 13,
  kSplitJump = 14,
  kSave = 15,
  kReset = 16,
  kRepInit = 17,
  kRepTest = 18,
  kRepEnter = 19,
  kRepEnd = 20,
  kBackRef = 21,
  kLook = 22,
  kLookEnd = 23,
  kScan = 24,
  kFilter = 25,
};
constexpr uint8_t kBackward = 0x80;
constexpr uint8_t kClassInvert = 1;
constexpr uint8_t kClassWide = 4;
constexpr uint8_t kClassAsciiMap = 8;
constexpr uint32_t kHeaderSize = 6;
constexpr uint32_t kScanHeader = 12;  // op, greedy, min, max, atom length (u16)

enum FrameKind : uint8_t { kChoice, kUndoCap, kUndoReg, kBarrier, kGreedy, kLazy };

struct Frame {
  uint8_t kind;
  uint8_t aux;   // barrier: negate; greedy: scanning backwards
  uint16_t pc;   // resume address (choice, barrier) or the Scan instruction (greedy, lazy)
  int32_t a;     // position, or the slot/register index of an undo entry
  int32_t b;     // undo: the old value; greedy: the lowest (highest backwards) position; lazy: the count
};

constexpr uint32_t kMaxFrames = 1u << 22;

// The ESP8266 keeps .rodata in RAM: the opcode switches are compiled without jump tables.
#define TSD_NO_JUMP_TABLES __attribute__((optimize("no-jump-tables")))

bool isHigh(uint32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool isLow(uint32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }
bool isLineTerminator(uint32_t c) { return c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029; }

uint32_t lookupRuns(const detail::RegExpCaseRun* runs, size_t n, uint32_t c) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (pgm_read_dword(&runs[mid].start) <= c) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return c;
  const detail::RegExpCaseRun* r = &runs[lo - 1];
  uint32_t offset = c - pgm_read_dword(&r->start);
  uint32_t stride = pgm_read_word(&r->stride);
  if (offset % stride != 0 || offset / stride >= pgm_read_word(&r->count)) return c;
  return uint32_t(int32_t(c) + int32_t(pgm_read_dword(&r->delta)));
}

class Vm {
 public:
  Vm(const uint8_t* program, const Input& in, int32_t* caps)
      : code_(program + kHeaderSize), in_(in), caps_(caps), flags_(pgm_read_byte(program)),
        ncaps_(pgm_read_byte(program + 1)), nregs_(pgm_read_byte(program + 2)) {
    if (nregs_) regs_ = static_cast<int32_t*>(calloc(nregs_, sizeof(int32_t)));
  }
  ~Vm() {
    free(stack_);
    free(regs_);
  }
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  bool run(uint32_t start, uint32_t entry = 0);
  // Whether the single-character instruction at pc matches at pos (a cheap test before a whole run).
  bool startsWith(uint32_t pc, uint32_t pos) const {
    uint32_t next;
    return single(pc, pos, &next);
  }

 private:
  // Operand reads are inlined: with -Os they would be calls on every instruction.
  __attribute__((always_inline)) uint8_t u8(uint32_t pc) const { return pgm_read_byte(code_ + pc); }
  __attribute__((always_inline)) uint32_t u16(uint32_t pc) const { return u8(pc) | uint32_t(u8(pc + 1)) << 8; }
  uint32_t u24(uint32_t pc) const { return u16(pc) | uint32_t(u8(pc + 2)) << 16; }
  uint32_t u32(uint32_t pc) const { return u16(pc) | u16(pc + 2) << 16; }
  bool unicode() const { return flags_ & kUnicode; }

  void push(uint8_t kind, uint8_t aux, uint32_t pc, int32_t a, int32_t b) {
    if (TSD_UNLIKELY(sp_ == cap_)) grow();
    Frame& f = stack_[sp_++];
    f.kind = kind, f.aux = aux, f.pc = uint16_t(pc), f.a = a, f.b = b;
  }
  void grow() {
    uint32_t next = cap_ ? cap_ * 2 : 64;
    Frame* s = next <= kMaxFrames ? static_cast<Frame*>(realloc(stack_, next * sizeof(Frame))) : nullptr;
    if (!s) uncaught(PSTR("RangeError: Maximum call stack size exceeded"));
    stack_ = s, cap_ = next;
  }
  void setCap(uint32_t slot, int32_t v) {
    push(kUndoCap, 0, 0, int32_t(slot), caps_[slot]);
    caps_[slot] = v;
  }
  void setReg(uint32_t r, int32_t v) {
    push(kUndoReg, 0, 0, int32_t(r), regs_[r]);
    regs_[r] = v;
  }

  // One character forwards from pos (a code point with u), or false at the end.
  // With u, like V8, no character can be read at a position between the two halves of a surrogate pair.
  bool insidePair(uint32_t pos) const { return pos > 0 && pos < in_.length && isLow(in_.at(pos)) && isHigh(in_.at(pos - 1)); }
  bool readForward(uint32_t pos, uint32_t* c, uint32_t* next) const {
    if (pos >= in_.length || (unicode() && insidePair(pos))) return false;
    uint32_t u = in_.at(pos);
    *next = pos + 1;
    if (unicode() && isHigh(u) && pos + 1 < in_.length && isLow(in_.at(pos + 1))) {
      u = 0x10000 + ((u - 0xD800) << 10) + (in_.at(pos + 1) - 0xDC00);
      *next = pos + 2;
    }
    *c = u;
    return true;
  }
  bool readBackward(uint32_t pos, uint32_t* c, uint32_t* next) const {
    if (pos == 0 || (unicode() && insidePair(pos))) return false;
    uint32_t u = in_.at(pos - 1);
    *next = pos - 1;
    if (unicode() && isLow(u) && pos >= 2 && isHigh(in_.at(pos - 2))) {
      u = 0x10000 + ((in_.at(pos - 2) - 0xD800) << 10) + (u - 0xDC00);
      *next = pos - 2;
    }
    *c = u;
    return true;
  }
  bool isWordAt(int64_t i) const {
    if (i < 0 || i >= int64_t(in_.length)) return false;
    uint32_t c = in_.at(uint32_t(i));
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    if ((c >= '0' && c <= '9') || c == '_') return true;
    return (flags_ & (kUnicode | kIgnoreCase)) == (kUnicode | kIgnoreCase) && (c == 0x17F || c == 0x212A);
  }
  bool classMatches(uint32_t pc, uint32_t c) const;
  bool single(uint32_t pc, uint32_t pos, uint32_t* next) const;
  bool backReference(uint32_t group, bool backward, uint32_t* pos) const;
  uint32_t opLength(uint32_t pc) const;

  const uint8_t* code_;
  const Input& in_;
  int32_t* caps_;
  uint8_t flags_;
  uint8_t ncaps_;
  uint8_t nregs_;
  int32_t* regs_ = nullptr;
  Frame* stack_ = nullptr;
  uint32_t sp_ = 0;
  uint32_t cap_ = 0;
};

bool Vm::classMatches(uint32_t pc, uint32_t c) const {
  uint8_t flags = u8(pc + 1);
  uint32_t n = u16(pc + 2);
  uint32_t width = flags & kClassWide ? 3 : 2;
  uint32_t base = pc + 4;
  if (flags & kClassAsciiMap) {
    if (c < 128) return bool((u8(base + (c >> 3)) >> (c & 7)) & 1) != bool(flags & kClassInvert);
    base += 16;
  }
  // Binary search for the last range starting at or before c.
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    uint32_t at = base + mid * 2 * width;
    uint32_t start = width == 3 ? u24(at) : u16(at);
    if (start <= c) lo = mid + 1;
    else hi = mid;
  }
  bool found = false;
  if (lo > 0) {
    uint32_t at = base + (lo - 1) * 2 * width + width;
    found = c <= (width == 3 ? u24(at) : u16(at));
  }
  return found != bool(flags & kClassInvert);
}

// Matches the single-character instruction at pc at pos; *next is the position after it.
TSD_NO_JUMP_TABLES bool Vm::single(uint32_t pc, uint32_t pos, uint32_t* next) const {
  uint8_t op = u8(pc);
  uint32_t c;
  if (!((op & kBackward) ? readBackward(pos, &c, next) : readForward(pos, &c, next))) return false;
  switch (op & 0x7F) {
    case kChar: return c == u16(pc + 1);
    case kChar32: return c == u24(pc + 1);
    case kCharI: return canonicalize(c, unicode()) == u16(pc + 1);
    case kCharI32: return canonicalize(c, unicode()) == u24(pc + 1);
    case kAny: return !isLineTerminator(c);
    case kClass: return classMatches(pc, c);
    default: return false;
  }
}

TSD_NO_JUMP_TABLES uint32_t Vm::opLength(uint32_t pc) const {
  switch (u8(pc) & 0x7F) {
    case kChar:
    case kCharI: return 3;
    case kChar32:
    case kCharI32: return 4;
    case kAny: return 1;
    case kClass: return 4 + ((u8(pc + 1) & kClassAsciiMap) ? 16 : 0) + u16(pc + 2) * ((u8(pc + 1) & kClassWide) ? 6 : 4);
    default: return 1;
  }
}

bool Vm::backReference(uint32_t group, bool backward, uint32_t* pos) const {
  int32_t s = caps_[group * 2], e = caps_[group * 2 + 1];
  if (s < 0 || e < 0) return true;
  uint32_t len = uint32_t(e - s);
  uint32_t from;
  if (backward) {
    if (*pos < len) return false;
    from = *pos - len;
  } else {
    if (*pos + len > in_.length) return false;
    from = *pos;
  }
  if (flags_ & kIgnoreCase) {
    // Compare character by character (surrogate pairs as code points with u) after canonicalization.
    for (uint32_t i = 0; i < len;) {
      uint32_t a = in_.at(uint32_t(s) + i), b = in_.at(from + i), step = 1;
      if (unicode() && isHigh(a) && isHigh(b) && i + 1 < len && isLow(in_.at(uint32_t(s) + i + 1)) && isLow(in_.at(from + i + 1))) {
        a = 0x10000 + ((a - 0xD800) << 10) + (in_.at(uint32_t(s) + i + 1) - 0xDC00);
        b = 0x10000 + ((b - 0xD800) << 10) + (in_.at(from + i + 1) - 0xDC00);
        step = 2;
      }
      if (canonicalize(a, unicode()) != canonicalize(b, unicode())) return false;
      i += step;
    }
  } else {
    for (uint32_t i = 0; i < len; i++)
      if (in_.at(uint32_t(s) + i) != in_.at(from + i)) return false;
  }
  *pos = backward ? from : from + len;
  return true;
}

TSD_NO_JUMP_TABLES bool Vm::run(uint32_t start, uint32_t entry) {
  for (uint32_t i = 0; i < uint32_t(ncaps_) * 2; i++) caps_[i] = -1;
  sp_ = 0;
  uint32_t pc = entry;
  uint32_t pos = start;
  for (;;) {
    uint8_t op = u8(pc);
    bool backward = op & kBackward;
    switch (op & 0x7F) {
      case kMatch:
        caps_[0] = int32_t(start);
        caps_[1] = int32_t(pos);
        return true;
      case kChar:
      case kChar32:
      case kCharI:
      case kCharI32:
      case kAny:
      case kClass: {
        uint32_t next;
        if (!single(pc, pos, &next)) goto fail;
        pos = next;
        pc += opLength(pc);
        continue;
      }
      case kLineStart:
        if (pos != 0 && !((flags_ & kMultiline) && isLineTerminator(in_.at(pos - 1)))) goto fail;
        pc += 1;
        continue;
      case kLineEnd:
        if (pos != in_.length && !((flags_ & kMultiline) && isLineTerminator(in_.at(pos)))) goto fail;
        pc += 1;
        continue;
      case kWordBoundary:
      case kNotWordBoundary: {
        bool boundary = isWordAt(int64_t(pos) - 1) != isWordAt(pos);
        if (boundary != ((op & 0x7F) == kWordBoundary)) goto fail;
        pc += 1;
        continue;
      }
      case kJump:
        pc = u16(pc + 1);
        continue;
      case kSplitNext:
        push(kChoice, 0, u16(pc + 1), int32_t(pos), 0);
        pc += 3;
        continue;
      case kSplitJump:
        push(kChoice, 0, pc + 3, int32_t(pos), 0);
        pc = u16(pc + 1);
        continue;
      case kSave:
        setCap(u8(pc + 1), int32_t(pos));
        pc += 2;
        continue;
      case kReset: {
        for (uint32_t g = u8(pc + 1); g < u8(pc + 2); g++) {
          if (caps_[2 * g] >= 0) setCap(2 * g, -1);
          if (caps_[2 * g + 1] >= 0) setCap(2 * g + 1, -1);
        }
        pc += 3;
        continue;
      }
      case kRepInit:
        setReg(u8(pc + 1), 0);
        pc += 2;
        continue;
      case kRepTest: {
        uint32_t count = uint32_t(regs_[u8(pc + 1)]);
        uint32_t min = u32(pc + 2), max = u32(pc + 6);
        uint32_t body = pc + 13, exit = u16(pc + 11);
        if (count < min) {
          pc = body;
        } else if (count == max) {
          pc = exit;
        } else if (u8(pc + 10)) {
          push(kChoice, 0, exit, int32_t(pos), 0);
          pc = body;
        } else {
          push(kChoice, 0, body, int32_t(pos), 0);
          pc = exit;
        }
        continue;
      }
      case kRepEnter: {
        uint32_t r = u8(pc + 1);
        setReg(r + 1, int32_t(pos));
        for (uint32_t g = u8(pc + 2); g < u8(pc + 3); g++) {
          if (caps_[2 * g] >= 0) setCap(2 * g, -1);
          if (caps_[2 * g + 1] >= 0) setCap(2 * g + 1, -1);
        }
        pc += 4;
        continue;
      }
      case kRepEnd: {
        uint32_t r = u8(pc + 1);
        // An iteration beyond the minimum that matched nothing fails (ECMAScript RepeatMatcher).
        if (uint32_t(regs_[r]) >= u32(pc + 2) && int32_t(pos) == regs_[r + 1]) goto fail;
        setReg(r, regs_[r] + 1);
        pc = u16(pc + 6);
        continue;
      }
      case kBackRef:
        if (!backReference(u8(pc + 1), backward, &pos)) goto fail;
        pc += 2;
        continue;
      case kLook: {
        uint32_t reg = u8(pc + 2);
        setReg(reg, int32_t(sp_ + 1));  // the index of the barrier pushed next
        push(kBarrier, u8(pc + 1), u16(pc + 3), int32_t(pos), 0);
        pc += 5;
        continue;
      }
      case kLookEnd: {
        uint32_t base = uint32_t(regs_[u8(pc + 1)]);
        Frame barrier = stack_[base];
        if (u8(pc + 2)) {
          // The negative lookaround's body matched: undo its effects and fail.
          while (sp_ > base + 1) {
            Frame& f = stack_[--sp_];
            if (f.kind == kUndoCap) caps_[f.a] = f.b;
            else if (f.kind == kUndoReg) regs_[f.a] = f.b;
          }
          sp_ = base;
          goto fail;
        }
        // A positive lookaround succeeded: drop its choice points, keep its undo entries.
        uint32_t j = base;
        for (uint32_t i = base + 1; i < sp_; i++)
          if (stack_[i].kind == kUndoCap || stack_[i].kind == kUndoReg) stack_[j++] = stack_[i];
        sp_ = j;
        pos = uint32_t(barrier.a);
        pc += 3;
        continue;
      }
      case kScan: {
        uint8_t mode = u8(pc + 1);  // 0 lazy, 1 greedy, 2 possessive (nothing after the run can use what it gives back)
        uint32_t min = u32(pc + 2), max = u32(pc + 6);
        uint32_t atom = pc + kScanHeader;
        uint32_t cont = atom + u16(pc + 10);
        uint32_t count = 0, next;
        bool back = u8(atom) & kBackward;
        for (; count < min; count++) {
          if (!single(atom, pos, &next)) goto fail;
          pos = next;
        }
        if (mode) {
          uint32_t limit = pos;
          while (count < max && single(atom, pos, &next)) pos = next, count++;
          if (pos != limit && mode == 1) push(kGreedy, back, pc, int32_t(pos), int32_t(limit));
        } else if (count < max) {
          push(kLazy, 0, pc, int32_t(pos), int32_t(count));
        }
        pc = cont;
        continue;
      }
      default:
        goto fail;
    }
  fail:
    for (;;) {
      if (sp_ == 0) return false;
      Frame f = stack_[--sp_];
      switch (f.kind) {
        case kUndoCap: caps_[f.a] = f.b; continue;
        case kUndoReg: regs_[f.a] = f.b; continue;
        case kChoice: pc = f.pc, pos = uint32_t(f.a); break;
        case kBarrier:
          if (!f.aux) continue;
          // The negative lookaround's body failed: the lookaround succeeds.
          pc = f.pc, pos = uint32_t(f.a);
          break;
        case kGreedy: {
          // Give back one character of the run.
          uint32_t p = uint32_t(f.a), limit = uint32_t(f.b);
          if (!f.aux) {
            p--;
            if (unicode() && p > limit && isLow(in_.at(p)) && isHigh(in_.at(p - 1))) p--;
          } else {
            p++;
            if (unicode() && p < limit && isHigh(in_.at(p - 1)) && isLow(in_.at(p))) p++;
          }
          if (p != limit) push(kGreedy, f.aux, f.pc, int32_t(p), f.b);
          pc = f.pc + kScanHeader + u16(f.pc + 10);
          pos = p;
          break;
        }
        case kLazy: {
          uint32_t atom = f.pc + kScanHeader, next;
          if (!single(atom, uint32_t(f.a), &next)) continue;
          uint32_t count = uint32_t(f.b) + 1;
          if (count < u32(f.pc + 6)) push(kLazy, 0, f.pc, int32_t(next), int32_t(count));
          pc = atom + u16(f.pc + 10);
          pos = next;
          break;
        }
        default: continue;
      }
      break;
    }
  }
}

}  // namespace

uint32_t canonicalize(uint32_t c, bool unicode) {
  if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
  if (unicode) return lookupRuns(detail::kRegExpFold, sizeof detail::kRegExpFold / sizeof detail::kRegExpFold[0], c);
  if (c > 0xFFFF) return c;
  return lookupRuns(detail::kRegExpCanon, sizeof detail::kRegExpCanon / sizeof detail::kRegExpCanon[0], c);
}

const uint8_t* groupName(const uint8_t* program, uint32_t group, uint32_t* length) {
  const uint8_t* p = program + kHeaderSize + (pgm_read_byte(program + 4) | uint32_t(pgm_read_byte(program + 5)) << 8);
  for (uint32_t g = 1; g < group; g++) p += 1 + pgm_read_byte(p);
  *length = pgm_read_byte(p);
  return p + 1;
}

bool exec(const uint8_t* program, const Input& input, uint32_t start, int32_t* caps, bool anchored) {
  uint8_t flags = programFlags(program);
  Vm vm(program, input, caps);
  // Like V8: with u, a start between the halves of a surrogate pair moves back to the pair; the search then
  // advances one code unit at a time (only assertions can match inside a pair).
  if ((flags & kUnicode) && start > 0 && start < input.length && isLow(input.at(start)) && isHigh(input.at(start - 1))) start--;
  const uint8_t* code = program + kHeaderSize;
  // A Filter instruction: the characters a match can begin with (tested before a whole run).
  uint32_t filter = UINT32_MAX, entry = 0;
  if (pgm_read_byte(code) == kFilter) {
    filter = 3;
    entry = 3 + (pgm_read_byte(code + 1) | uint32_t(pgm_read_byte(code + 2)) << 8);
  }
  if ((flags & kSticky) || anchored) return vm.run(start, entry);
  if (filter != UINT32_MAX) {
    for (uint32_t at = start; at < input.length; at++)
      if (vm.startsWith(filter, at) && vm.run(at, entry)) return true;
    return false;
  }
  // What the pattern begins with (after group starts) narrows the positions worth trying: `^` without m
  // matches only at 0; a literal code unit only where the input has it.
  uint32_t pc = 0;
  while (pgm_read_byte(code + pc) == kSave) pc += 2;
  uint8_t first = pgm_read_byte(code + pc);
  if (first == kLineStart && !(flags & kMultiline)) return start == 0 && vm.run(0);
  if (first == kChar) {
    uint16_t c = uint16_t(pgm_read_byte(code + pc + 1) | pgm_read_byte(code + pc + 2) << 8);
    for (uint32_t at = start; at < input.length; at++)
      if (input.at(at) == c && vm.run(at)) return true;
    return false;
  }
  // A first character to test (a character, class or `.`, or the atom of a run of at least one).
  uint32_t atom = UINT32_MAX;
  if (first == kCharI || first == kAny || first == kClass) atom = pc;
  if (first == kScan && (pgm_read_byte(code + pc + 2) | pgm_read_byte(code + pc + 3) | pgm_read_byte(code + pc + 4) | pgm_read_byte(code + pc + 5)) != 0 &&
      !(pgm_read_byte(code + pc + kScanHeader) & kBackward))
    atom = pc + kScanHeader;
  if (atom != UINT32_MAX) {
    for (uint32_t at = start; at < input.length; at++)
      if (vm.startsWith(atom, at) && vm.run(at)) return true;
    return false;
  }
  for (uint32_t at = start; at <= input.length; at++)
    if (vm.run(at)) return true;
  return false;
}

}  // namespace regexp
}  // namespace ts
