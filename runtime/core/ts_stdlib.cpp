// The out-of-line parts of ts_stdlib.h.
#include "ts_stdlib.h"

#include "ts_error.h"
#include "ts_number.h"

namespace ts {
namespace detail {
void invalidCodePoint(double cp) {
  uncaughtString(concat(TS_STR("RangeError: Invalid code point "), toString(cp)));
}
}  // namespace detail

Array<String> Array_fromString(const String& s) {
  Array<String> out = Array<String>::empty();
  for (String c : s) out.push(c);
  return out;
}

String String_fromCodePoint(const double* cps, size_t n) {
  String out = String::empty();
  for (size_t i = 0; i < n; i++) {
    double cp = cps[i];
    if (!(cp >= 0 && cp <= 0x10FFFF) || cp != double(uint32_t(cp))) detail::invalidCodePoint(cp);
    out = concat(out, String::fromCodePoint(uint32_t(cp)));
  }
  return out;
}

}  // namespace ts
