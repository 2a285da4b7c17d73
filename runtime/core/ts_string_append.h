// `s += tail` on a string variable (ts::appendString): appends in place when the variable holds the only
// reference to an ASCII heap buffer with room, else makes a new buffer with room to spare. Copying the whole
// text at every `+=` made a loop that builds a string quadratic in its length (Node builds ropes). The spare
// capacity of such a buffer is kept in StrBuf::units, which only non-ASCII text uses (its UTF-16 length): for
// an ASCII buffer, units != UINT32_MAX is its capacity in bytes (excluding the NUL).
#pragma once

#include "ts_string.h"

namespace ts {

class StringAccess {
 public:
  static void append(String& s, const String& tail);
  static void appendAscii(String& s, const char* bytes, uint32_t n);  // RAM bytes
  // s and tail proven ASCII by the compiler (compiler/src/lower/ascii-strings.ts): no seam to pair, no scan.
  static void appendProvenAscii(String& s, const String& tail);
  static void appendProvenAscii(String& s, const char* bytes, uint32_t n);  // RAM bytes

 private:
  static char* reserve(String& s, uint32_t add);
  static void appendWide(String& s, const String& tail);
  static void commit(String& s, uint32_t add);
};

namespace detail {
// A 32-bit signed integer part, printed without a String. A trait, not `T(-1) < T(0)` inline: in an
// `if constexpr` condition that comparison must compile for every part type (ts::Opt<double> has no `<`).
template <class T> constexpr bool isSignedInt32Part() {
  if constexpr (isIntegral<T>) return sizeof(T) == 4 && T(-1) < T(0);
  else return false;
}
template <class T> inline void appendPart(String& s, const T& part) {
  if constexpr (isSame<T, String>) {
    StringAccess::append(s, part);
  } else if constexpr (isSignedInt32Part<T>()) {
    char digits[12];
    StringAccess::appendAscii(s, digits, uint32_t(formatInt32(int32_t(part), digits)));
  } else {
    StringAccess::append(s, toString(part));
  }
}
template <class T> inline void appendProvenAsciiPart(String& s, const T& part) {
  if constexpr (isSame<T, String>) {
    StringAccess::appendProvenAscii(s, part);
  } else if constexpr (isSignedInt32Part<T>()) {
    char digits[12];
    StringAccess::appendProvenAscii(s, digits, uint32_t(formatInt32(int32_t(part), digits)));
  } else {
    StringAccess::appendProvenAscii(s, toString(part));
  }
}
}  // namespace detail

// appendString where the compiler proved the variable only ever holds ASCII text (and so every part is ASCII).
template <class... A> inline const String& appendProvenAsciiString(String& s, A... parts) {
  (detail::appendProvenAsciiPart(s, parts), ...);
  return s;
}

// s += a + b + …, the parts appended in turn (by value: a part that is s itself is its value before).
template <class... A> inline const String& appendString(String& s, A... parts) {
  (detail::appendPart(s, parts), ...);
  return s;
}

}  // namespace ts
