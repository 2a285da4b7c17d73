// The regular expression matcher: a backtracking VM over the bytecode of compiler/src/regexp/bytecode.ts
// (programs are PROGMEM arrays, read byte by byte). Input is UTF-16 code units, as JavaScript sees a string;
// with the u flag surrogate pairs are read as one character. The backtrack stack is an explicit heap array
// (no recursion on the 4 KB stack); it grows as needed and running out of memory ends the program with
// Node's "RangeError: Maximum call stack size exceeded". There is no step limit: results are never cut short.
#pragma once

#include "ts_base.h"

namespace ts {
namespace regexp {

enum Flag : uint8_t {
  kGlobal = 1,
  kIgnoreCase = 2,
  kMultiline = 4,
  kDotAll = 8,
  kUnicode = 16,
  kSticky = 32,
  kHasIndices = 64,
};

// A string's UTF-16 code units: either bytes (an ASCII string) or 16-bit units.
struct Input {
  const uint8_t* ascii;
  const uint16_t* wide;
  uint32_t length;
  __attribute__((always_inline)) uint16_t at(uint32_t i) const { return wide ? wide[i] : ascii[i]; }
};

inline uint8_t programFlags(const uint8_t* program) { return pgm_read_byte(program); }
// Capture groups including group 0 (the whole match).
inline uint8_t captureCount(const uint8_t* program) { return pgm_read_byte(program + 1); }
// The name of group `group` (>= 1) in flash and its byte length (0: unnamed).
const uint8_t* groupName(const uint8_t* program, uint32_t group, uint32_t* length);

// Runs the program from `start` (only there when sticky or `anchored`, else at each later position until one
// matches).
// On a match, caps[2g] / caps[2g + 1] are the start/end unit index of group g (-1 when it did not
// participate) for g < captureCount(program), and the result is true.
bool exec(const uint8_t* program, const Input& input, uint32_t start, int32_t* caps, bool anchored = false);

// Canonicalize(ch) of the i flag (per code unit without u, simple case folding with u).
uint32_t canonicalize(uint32_t c, bool unicode);

}  // namespace regexp
}  // namespace ts
