// The JavaScript String.prototype members of ts::String, following the ECMAScript algorithms on UTF-16
// code units (via detail::Units, which is the byte array itself for ASCII text).
#include "ts_array.h"
#include "ts_number.h"
#include "ts_string_internal.h"
#include "ts_case_tables.h"
#include "ts_yield.h"

namespace ts {

using detail::Builder;
using detail::clampIndex;
using detail::relativeIndex;
using detail::toIntegerOrInfinity;
using detail::Bytes;
using detail::Units;

namespace {
bool isJsWhitespace(uint16_t u) {
  switch (u) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return u >= 0x2000 && u <= 0x200A;
  }
}
}  // namespace

double String::charCodeAtSlow(double i) const {
  TSD_RECEIVER("charCodeAt");
  double pos = toIntegerOrInfinity(i);
  uint32_t n = unitLength();
  if (pos < 0 || pos >= n) return NAN;
  if (isAscii()) return byteAt(uint32_t(pos));
  Units u(*this);
  // Decoding costs the whole string: the loop that calls charCodeAt may check only every few hundred iterations
  // of its ASCII fast path (compiler/src/lower/yield-plan.ts), so this path looks at the clock itself.
  TSD_YIELD_CHECK();
  return u[uint32_t(pos)];
}

int32_t String::codeUnitAtSlow(int32_t i) const {
  TSD_RECEIVER("charCodeAt");
  if (i < 0 || static_cast<uint32_t>(i) >= unitLength()) return 0;  // NaN converted to an integer
  if (isAscii()) return byteAt(uint32_t(i));
  Units u(*this);
  TSD_YIELD_CHECK();  // decoding costs the whole string, as in charCodeAtSlow
  return u[uint32_t(i)];
}

String String::charAt(double i) const {
  TSD_RECEIVER("charAt");
  double pos = toIntegerOrInfinity(i);
  Units u(*this);
  if (pos < 0 || pos >= u.size()) return empty();
  return u.slice(uint32_t(pos), uint32_t(pos) + 1);
}

String String::at(double i) const {
  TSD_RECEIVER("at");
  double rel = toIntegerOrInfinity(i);
  Units u(*this);
  double k = rel >= 0 ? rel : u.size() + rel;
  if (k < 0 || k >= u.size()) return String();
  return u.slice(uint32_t(k), uint32_t(k) + 1);
}

String String::index(double i) const {
  Units u(*this);
  if (!(i >= 0 && i < u.size()) || i != trunc(i)) return String();
  return u.slice(uint32_t(i), uint32_t(i) + 1);
}

double String::indexOf(const String& search, double from) const {
  TSD_RECEIVER("indexOf");
  Units u(*this), s(search);
  uint32_t start = clampIndex(from, u.size());
  return double(u.find(s, start));
}

double String::lastIndexOf(const String& search, double from) const {
  TSD_RECEIVER("lastIndexOf");
  Units u(*this), s(search);
  double pos = from != from ? INFINITY : toIntegerOrInfinity(from);
  uint32_t start = pos <= 0 ? 0 : (pos >= u.size() ? u.size() : uint32_t(pos));
  if (s.size() > u.size()) return -1;
  uint32_t i = start < u.size() - s.size() ? start : u.size() - s.size();
  for (;; i--) {
    if (u.matchesAt(s, i)) return i;
    if (i == 0) return -1;
  }
}

bool String::startsWith(const String& search, double pos) const {
  TSD_RECEIVER("startsWith");
  Units u(*this), s(search);
  uint32_t start = clampIndex(pos, u.size());
  return u.matchesAt(s, start);
}

bool String::endsWith(const String& search, double endPos) const {
  TSD_RECEIVER("endsWith");
  Units u(*this), s(search);
  uint32_t end = clampIndex(endPos, u.size());
  if (s.size() > end) return false;
  return u.matchesAt(s, end - s.size());
}

String String::slice(double start, double end) const {
  TSD_RECEIVER("slice");
  Units u(*this);
  uint32_t from = relativeIndex(start, u.size());
  uint32_t to = relativeIndex(end, u.size());
  return u.slice(from, to);
}

String String::substring(double start, double end) const {
  TSD_RECEIVER("substring");
  Units u(*this);
  uint32_t a = clampIndex(start, u.size());
  uint32_t b = clampIndex(end, u.size());
  return a < b ? u.slice(a, b) : u.slice(b, a);
}

String String::substr(double start, double length) const {
  TSD_RECEIVER("substr");
  Units u(*this);
  uint32_t a = relativeIndex(start, u.size());
  double len = toIntegerOrInfinity(length);
  if (len <= 0) return empty();
  double b = a + len;
  return u.slice(a, b >= u.size() ? u.size() : uint32_t(b));
}

namespace {
// Case mapping beyond ASCII from the generated tables (ts_case_tables.h, taken from Node's own mapping).
// Flash-resident tables are read with pgm_read_*: aligned 32-bit reads work on the ESP8266's flash.
uint32_t mapSimple(const detail::CaseRun* runs, size_t n, uint32_t cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (pgm_read_dword(&runs[mid].start) <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return cp;
  const detail::CaseRun* r = &runs[lo - 1];
  uint32_t start = pgm_read_dword(&r->start);
  uint32_t stride = pgm_read_word(&r->stride);
  uint32_t count = pgm_read_word(&r->count);
  uint32_t offset = cp - start;
  if (offset % stride != 0 || offset / stride >= count) return cp;
  return uint32_t(int32_t(cp) + int32_t(pgm_read_dword(&r->delta)));
}

const detail::CaseSpecial* findSpecial(const detail::CaseSpecial* list, size_t n, uint32_t cp) {
  for (size_t i = 0; i < n; i++)
    if (pgm_read_dword(&list[i].cp) == cp) return &list[i];
  return nullptr;
}

uint32_t upperOf(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
  return mapSimple(detail::kUpperRuns, sizeof detail::kUpperRuns / sizeof detail::kUpperRuns[0], cp);
}
uint32_t lowerOf(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  return mapSimple(detail::kLowerRuns, sizeof detail::kLowerRuns / sizeof detail::kLowerRuns[0], cp);
}
bool isCased(uint32_t cp) { return upperOf(cp) != cp || lowerOf(cp) != cp; }
// Case-ignorable marks skipped by the final-sigma context (apostrophes, combining marks, modifiers).
bool isCaseIgnorable(uint32_t cp) {
  return cp == 0x27 || cp == 0x2E || cp == 0x3A || cp == 0xAD || cp == 0xB7 || cp == 0x2019 || (cp >= 0x300 && cp <= 0x36F) ||
         (cp >= 0x2B0 && cp <= 0x2FF);
}

String mapCase(const String& s, bool upper) {
  Bytes b(s);
  Builder out(b.size());
  const detail::CaseSpecial* specials = upper ? detail::kUpperSpecial : detail::kLowerSpecial;
  size_t specialCount = upper ? sizeof detail::kUpperSpecial / sizeof detail::kUpperSpecial[0] : sizeof detail::kLowerSpecial / sizeof detail::kLowerSpecial[0];
  for (uint32_t i = 0; i < b.size();) {
    uint32_t start = i;
    uint32_t cp;
    i += detail::decodeUtf8(b.udata() + i, b.size() - i, &cp);
    if (cp < 0x80) {
      out.appendCodePoint(upper ? upperOf(cp) : lowerOf(cp));
      continue;
    }
    if (!upper && cp == 0x3A3) {
      // Final sigma: after a cased letter and not before one (case-ignorable marks skipped both ways).
      bool before = false, after = false;
      for (uint32_t k = start; k > 0;) {
        uint32_t back = k - 1;
        while (back > 0 && (b.udata()[back] & 0xC0) == 0x80) back--;
        uint32_t prev;
        detail::decodeUtf8(b.udata() + back, k - back, &prev);
        k = back;
        if (isCaseIgnorable(prev)) continue;
        before = isCased(prev);
        break;
      }
      for (uint32_t k = i; k < b.size();) {
        uint32_t next;
        k += detail::decodeUtf8(b.udata() + k, b.size() - k, &next);
        if (isCaseIgnorable(next)) continue;
        after = isCased(next);
        break;
      }
      out.appendCodePoint(before && !after ? 0x3C2 : 0x3C3);
      continue;
    }
    if (const detail::CaseSpecial* sp = findSpecial(specials, specialCount, cp)) {
      for (int k = 0; k < 3; k++) {
        uint32_t to = pgm_read_dword(&sp->to[k]);
        if (to == 0) break;
        out.appendCodePoint(to);
      }
      continue;
    }
    out.appendCodePoint(upper ? upperOf(cp) : lowerOf(cp));
  }
  return out.finish();
}
}  // namespace

String String::toUpperCase() const {
  TSD_RECEIVER("toUpperCase");
  return mapCase(*this, true);
}
String String::toLowerCase() const {
  TSD_RECEIVER("toLowerCase");
  return mapCase(*this, false);
}

namespace {
String trimImpl(const String& s, bool start, bool end) {
  Units u(s);
  uint32_t a = 0, b = u.size();
  if (start)
    while (a < b && isJsWhitespace(u[a])) a++;
  if (end)
    while (b > a && isJsWhitespace(u[b - 1])) b--;
  return u.slice(a, b);
}
}  // namespace

String String::trim() const {
  TSD_RECEIVER("trim");
  return trimImpl(*this, true, true);
}
String String::trimStart() const {
  TSD_RECEIVER("trimStart");
  return trimImpl(*this, true, false);
}
String String::trimEnd() const {
  TSD_RECEIVER("trimEnd");
  return trimImpl(*this, false, true);
}

Array<String> String::split() const {
  TSD_RECEIVER("split");
  if (TSD_UNLIKELY(!isLive())) detail::nullDereference();
  return Array<String>::of(*this);
}

Array<String> String::split(const String& sep, double limit) const {
  TSD_RECEIVER("split");
  Units u(*this), s(sep);
  uint32_t lim = toUint32(limit);
  Array<String> out = Array<String>::empty();
  if (lim == 0) return out;
  if (s.size() == 0) {
    for (uint32_t i = 0; i < u.size() && out.length() < lim; i++) out.push(u.slice(i, i + 1));
    return out;
  }
  uint32_t p = 0;
  for (;;) {
    int64_t q = u.find(s, p);
    if (q < 0) break;
    out.push(u.slice(p, uint32_t(q)));
    if (out.length() >= lim) return out;
    p = uint32_t(q) + s.size();
  }
  out.push(u.slice(p, u.size()));
  return out;
}

String String::repeat(double count) const {
  TSD_RECEIVER("repeat");
  double n = toIntegerOrInfinity(count);
  if (n < 0 || isinf(n)) {
    String m = ts::concat(TS_STR("RangeError: Invalid count value: "), n);
    raiseRuntimeText(m.c_str());
    return String();
  }
  if (TSD_UNLIKELY(!isLive())) detail::nullDereference();
  if (n == 0 || len_ == 0) return empty();
  // V8's limit (2^29 - 24 code units), catchable as in Node: `s.repeat(n)` inside a try.
  if (n * len_ > double(0x1FFFFFE8)) {
    raiseRuntime(PSTR("RangeError: Invalid string length"));
    return String();
  }
  uint32_t times = uint32_t(n);
  if (times == 1) return *this;
  Bytes b(*this);
  detail::StrBuf* buf = detail::allocStrBuf(b.size() * times);
  for (uint32_t i = 0; i < times; i++) memcpy(buf->data + i * b.size(), b.data(), b.size());
  // Repeating text that ends in a high surrogate and starts with a low one needs the seam merge.
  if (!isAscii()) {
    Builder out(b.size() * times);
    for (uint32_t i = 0; i < times; i++) out.appendBytes(b.data(), b.size(), false);
    detail::releaseStrBuf(buf);
    return out.finish();
  }
  return adopt(buf, true);
}

Opt<double> String::codePointAt(double pos) const {
  TSD_RECEIVER("codePointAt");
  double len = length();
  double p = toIntegerOrInfinity(pos);
  if (p < 0 || p >= len) return undefined;
  double first = charCodeAt(p);
  if (first < 0xD800 || first > 0xDBFF || p + 1 >= len) return first;
  double second = charCodeAt(p + 1);
  if (second < 0xDC00 || second > 0xDFFF) return first;
  return (first - 0xD800) * 1024 + (second - 0xDC00) + 0x10000;
}

String String::padImpl(double targetLength, const String& fillArg, bool atStart) const {
  const String fill = fillArg.isUndefinedState() ? TS_STR(" ") : fillArg;  // padStart(n, undefined) = padStart(n)
  Units u(*this), f(fill);
  double target = toIntegerOrInfinity(targetLength);
  if (target <= u.size() || f.size() == 0) return *this;
  if (target > double(0x1FFFFFE8)) {
    raiseRuntime(PSTR("RangeError: Invalid string length"));
    return String();
  }
  uint32_t fillLen = uint32_t(target) - u.size();
  Builder out{uint32_t(target)};
  if (!atStart) out.appendUnits(u, 0, u.size());
  for (uint32_t done = 0; done < fillLen;) {
    uint32_t take = fillLen - done < f.size() ? fillLen - done : f.size();
    out.appendUnits(f, 0, take);
    done += take;
  }
  if (atStart) out.appendUnits(u, 0, u.size());
  return out.finish();
}

String String::padStart(double targetLength) const {
  TSD_RECEIVER("padStart");
  return padImpl(targetLength, TS_STR(" "), true);
}
String String::padStart(double targetLength, const String& fill) const {
  TSD_RECEIVER("padStart");
  return padImpl(targetLength, fill, true);
}
String String::padEnd(double targetLength) const {
  TSD_RECEIVER("padEnd");
  return padImpl(targetLength, TS_STR(" "), false);
}
String String::padEnd(double targetLength, const String& fill) const {
  TSD_RECEIVER("padEnd");
  return padImpl(targetLength, fill, false);
}

namespace {
// GetSubstitution for a string pattern (no capture groups): $$, $&, $`, $'.
void appendSubstitution(Builder& out, const Units& str, uint32_t pos, uint32_t matchLen, const Units& repl) {
  uint32_t n = repl.size();
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = repl[i];
    if (c == '$' && i + 1 < n) {
      uint16_t d = repl[i + 1];
      if (d == '$') {
        out.appendAscii('$');
        i++;
        continue;
      }
      if (d == '&') {
        out.appendUnits(str, pos, pos + matchLen);
        i++;
        continue;
      }
      if (d == '`') {
        out.appendUnits(str, 0, pos);
        i++;
        continue;
      }
      if (d == '\'') {
        out.appendUnits(str, pos + matchLen, str.size());
        i++;
        continue;
      }
    }
    out.appendUnits(repl, i, i + 1);
  }
}
}  // namespace

String String::replaceImpl(const String& pattern, const String& replacement, bool all) const {
  Units u(*this), p(pattern), r(replacement);
  int64_t first = u.find(p, 0);
  if (first < 0) return *this;
  Builder out(u.size() + r.size());
  uint32_t copied = 0;
  uint32_t advance = p.size() > 0 ? p.size() : 1;
  for (int64_t pos = first; pos >= 0;) {
    uint32_t at = uint32_t(pos);
    out.appendUnits(u, copied, at);
    appendSubstitution(out, u, at, p.size(), r);
    copied = at;
    if (p.size() > 0) copied = at + p.size();
    if (!all) break;
    if (at + advance > u.size()) break;
    if (p.size() == 0) {
      out.appendUnits(u, at, at + 1);
      copied = at + 1;
    }
    pos = u.find(p, at + advance);
  }
  out.appendUnits(u, copied, u.size());
  return out.finish();
}

String String::replace(const String& pattern, const String& replacement) const {
  TSD_RECEIVER("replace");
  return replaceImpl(pattern, replacement, false);
}
String String::replaceAll(const String& pattern, const String& replacement) const {
  TSD_RECEIVER("replaceAll");
  return replaceImpl(pattern, replacement, true);
}

String String::concat(const String& other) const {
  TSD_RECEIVER("concat");
  const String parts[2] = {ts::toString(*this), ts::toString(other)};
  return detail::concatParts(parts, 2);
}

double String::localeCompare(const String& other) const {
  TSD_RECEIVER("localeCompare");
  int c = compare(other);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

}  // namespace ts
