// Storage-level parts of ts::String: heap buffers, WTF-8 decoding/encoding, the byte and UTF-16 views, the
// builder, construction from UTF-8 / code units, comparison, hashing, concatenation and the code point
// iterator. The JavaScript members (slice, indexOf, split, ...) are in ts_string_members.cpp.
#include "ts_string_internal.h"
#include "ts_yield.h"
#include "ts_function.h"
#include "ts_gc.h"
#include "ts_number.h"

namespace ts {
namespace detail {

namespace {
// "c\0" for every ASCII c: single-character strings point here instead of allocating.
const char kAsciiChars[256] PROGMEM = {
#define TSD_C(n) char(n), 0
#define TSD_C8(n) TSD_C(n), TSD_C(n + 1), TSD_C(n + 2), TSD_C(n + 3), TSD_C(n + 4), TSD_C(n + 5), TSD_C(n + 6), TSD_C(n + 7)
    TSD_C8(0),  TSD_C8(8),  TSD_C8(16), TSD_C8(24), TSD_C8(32),  TSD_C8(40),  TSD_C8(48),  TSD_C8(56),
    TSD_C8(64), TSD_C8(72), TSD_C8(80), TSD_C8(88), TSD_C8(96), TSD_C8(104), TSD_C8(112), TSD_C8(120),
#undef TSD_C8
#undef TSD_C
};
}  // namespace

String asciiChar(uint8_t c) { return String::literal(kAsciiChars + 2 * c, 1); }

StrBuf* allocStrBuf(uint32_t len) {
  if (len > 0x3FFFFFF0u) uncaught(PSTR("RangeError: Invalid string length"));
  StrBuf* b = static_cast<StrBuf*>(gc::mallocCollecting(offsetof(StrBuf, data) + len + 1));
  if (b == nullptr) outOfMemory(PSTR("RangeError: Invalid string length (out of memory)"));
  b->refcount = 1;
  b->len = len;
  b->units = UINT32_MAX;
  b->data[len] = 0;
  return b;
}

// An ASCII buffer of len bytes whose allocation is rounded up to 8 bytes, the rest its room (StrBuf::units).
StrBuf* allocStrBufWithRoom(uint32_t len) {
  if (len > 0x3FFFFFF0u) uncaught(PSTR("RangeError: Invalid string length"));
  uint32_t room = ((uint32_t(offsetof(StrBuf, data)) + len + 1 + 7) & ~7u) - uint32_t(offsetof(StrBuf, data)) - 1;
  StrBuf* b = static_cast<StrBuf*>(gc::mallocCollecting(offsetof(StrBuf, data) + room + 1));
  if (b == nullptr) outOfMemory(PSTR("RangeError: Invalid string length (out of memory)"));
  b->refcount = 1;
  b->len = len;
  b->units = room > len ? room : UINT32_MAX;
  b->data[len] = 0;
  return b;
}

uint32_t decodeUtf8(const uint8_t* p, size_t n, uint32_t* cp) {
  uint8_t b = p[0];
  if (b < 0x80) {
    *cp = b;
    return 1;
  }
  if (b >= 0xC2 && b < 0xE0 && n >= 2 && (p[1] & 0xC0) == 0x80) {
    *cp = (uint32_t(b & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (b >= 0xE0 && b < 0xF0 && n >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    uint32_t c = (uint32_t(b & 0x0F) << 12) | (uint32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (c >= 0x800) {
      *cp = c;
      return 3;
    }
  }
  if (b >= 0xF0 && b < 0xF5 && n >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
    uint32_t c = (uint32_t(b & 0x07) << 18) | (uint32_t(p[1] & 0x3F) << 12) | (uint32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (c >= 0x10000 && c <= 0x10FFFF) {
      *cp = c;
      return 4;
    }
  }
  *cp = 0xFFFD;
  return 1;
}

uint32_t encodeUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = char(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = char(0xC0 | (cp >> 6));
    out[1] = char(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = char(0xE0 | (cp >> 12));
    out[1] = char(0x80 | ((cp >> 6) & 0x3F));
    out[2] = char(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (cp >> 18));
  out[1] = char(0x80 | ((cp >> 12) & 0x3F));
  out[2] = char(0x80 | ((cp >> 6) & 0x3F));
  out[3] = char(0x80 | (cp & 0x3F));
  return 4;
}

namespace {
// Number of UTF-16 units of WTF-8 bytes.
uint32_t countUnits(const uint8_t* p, uint32_t n) {
  uint32_t units = 0;
  for (uint32_t i = 0; i < n;) {
    uint32_t cp;
    i += decodeUtf8(p + i, n - i, &cp);
    units += cp >= 0x10000 ? 2 : 1;
  }
  return units;
}
}  // namespace

Bytes::Bytes(const String& s) : n_(uint32_t(s.byteLength())) {
  if (TSD_UNLIKELY(!s.isLive())) nullDereference();
#ifdef TSD_FLASH_IS_RAM
  p_ = s.flashOrRam();
#else
  if (s.isLiteral()) {
    owned_ = static_cast<char*>(malloc(n_ + 1));
    if (owned_ == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
    s.copyBytes(owned_, 0, n_);
    owned_[n_] = 0;
    p_ = owned_;
  } else {
    p_ = s.flashOrRam();
  }
#endif
}

Units::Units(const String& s) : s_(s), bytes_(s) {
  if (s.isAscii()) {
    len_ = bytes_.size();
    return;
  }
  len_ = s.unitLength();
  wide_ = static_cast<uint16_t*>(malloc((len_ + 1) * sizeof(uint16_t)));
  if (wide_ == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
  const uint8_t* p = bytes_.udata();
  uint32_t n = bytes_.size(), k = 0;
  for (uint32_t i = 0; i < n;) {
    uint32_t cp;
    i += decodeUtf8(p + i, n - i, &cp);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      wide_[k++] = uint16_t(0xD800 | (cp >> 10));
      wide_[k++] = uint16_t(0xDC00 | (cp & 0x3FF));
    } else {
      wide_[k++] = uint16_t(cp);
    }
  }
}

bool Units::matchesAt(const Units& needle, uint32_t at) const {
  uint32_t m = needle.size();
  if (at + m > len_) return false;
  if (ascii() && needle.ascii()) return memcmp(asciiBytes() + at, needle.asciiBytes(), m) == 0;
  for (uint32_t j = 0; j < m; j++)
    if ((*this)[at + j] != needle[j]) return false;
  return true;
}

int64_t Units::find(const Units& needle, uint32_t from) const {
  uint32_t m = needle.size();
  if (m == 0) return from <= len_ ? int64_t(from) : -1;
  if (m > len_) return -1;
  uint32_t last = len_ - m;
  if (ascii() && needle.ascii()) {
    const char* hay = asciiBytes();
    const char* nd = needle.asciiBytes();
    for (uint32_t i = from; i <= last;) {
      const void* hit = memchr(hay + i, nd[0], last - i + 1);
      if (hit == nullptr) return -1;
      i = uint32_t(static_cast<const char*>(hit) - hay);
      if (memcmp(hay + i + 1, nd + 1, m - 1) == 0) return i;
      i++;
    }
    return -1;
  }
  for (uint32_t i = from; i <= last; i++)
    if (matchesAt(needle, i)) return i;
  return -1;
}

String Units::slice(uint32_t a, uint32_t b) const {
  if (a >= b) return String::empty();
  if (a == 0 && b == len_) return s_;
  if (ascii()) {
    if (b - a == 1) return asciiChar(uint8_t(asciiBytes()[a]));
    StrBuf* buf = allocStrBuf(b - a);
    memcpy(buf->data, asciiBytes() + a, b - a);
    return String::adopt(buf, true);
  }
  return String::fromCodeUnits(wide_ + a, b - a);
}

Builder::Builder(uint32_t reserve) : buf_(allocStrBuf(reserve)), cap_(reserve) {}

void Builder::grow(uint32_t extra) {
  uint32_t need = len_ + extra;
  uint32_t cap = cap_ * 2 > need ? cap_ * 2 : need;
  if (need > 0x3FFFFFF0u) uncaught(PSTR("RangeError: Invalid string length"));
  StrBuf* b = static_cast<StrBuf*>(gc::reallocCollecting(buf_, offsetof(StrBuf, data) + cap + 1));
  if (b == nullptr) outOfMemory(PSTR("RangeError: Invalid string length (out of memory)"));
  buf_ = b;
  cap_ = cap;
}

void Builder::appendBytes(const char* bytes, uint32_t n, bool ascii) {
  if (n == 0) return;
  if (!ascii) {
    ascii_ = false;
    // A high surrogate at our end meeting a low surrogate at their start forms one code point.
    if (n >= 3 && len_ >= 3 && isLowSurrogateAt(bytes) && isHighSurrogateAt(buf_->data + len_ - 3)) {
      uint32_t hi = surrogateValue(buf_->data + len_ - 3), lo = surrogateValue(bytes);
      len_ -= 3;
      char enc[4];
      encodeUtf8(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00), enc);
      appendAsciiBytes(enc, 4);
      bytes += 3;
      n -= 3;
    }
  }
  appendAsciiBytes(bytes, n);
}

void Builder::appendString(const String& s) {
  if (s.byteLength() == 0) return;
  Bytes b(s);
  appendBytes(b.data(), b.size(), s.isAscii());
}

void Builder::appendUnit(uint16_t unit) {
  if (unit < 0x80) return appendAscii(char(unit));
  char enc[4];
  uint32_t n = encodeUtf8(unit, enc);
  appendBytes(enc, n, false);
}

void Builder::appendCodePoint(uint32_t cp) {
  if (cp < 0x80) return appendAscii(char(cp));
  char enc[4];
  uint32_t n = encodeUtf8(cp, enc);
  appendBytes(enc, n, false);
}

void Builder::appendUnits(const Units& u, uint32_t a, uint32_t b) {
  if (a >= b) return;
  if (u.ascii()) return appendAsciiBytes(u.asciiBytes() + a, b - a);
  for (uint32_t i = a; i < b; i++) appendUnit(u[i]);
}

String Builder::finish() {
  if (len_ == 0) return String::empty();
  if (len_ == 1 && ascii_) return asciiChar(uint8_t(buf_->data[0]));
  buf_->len = len_;
  buf_->data[len_] = 0;
  StrBuf* b = buf_;
  buf_ = nullptr;
  return String::adopt(b, ascii_);
}

String concatParts(const String* parts, size_t n) {
  uint32_t total = 0;
  size_t nonEmpty = 0, lastNonEmpty = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    if (TSD_UNLIKELY(!parts[i].isLive())) nullDereference();
    if (parts[i].byteLength() > 0) {
      total += uint32_t(parts[i].byteLength());
      nonEmpty++;
      lastNonEmpty = i;
      ascii = ascii && parts[i].isAscii();
    }
  }
  if (nonEmpty == 0) return String::empty();
  if (nonEmpty == 1) return parts[lastNonEmpty];
  if (ascii) {
    StrBuf* b = allocStrBuf(total);
    char* out = b->data;
    for (size_t i = 0; i < n; i++) {
      parts[i].copyBytes(out, 0, parts[i].byteLength());
      out += parts[i].byteLength();
    }
    return String::adopt(b, true);
  }
  Builder builder(total);
  for (size_t i = 0; i < n; i++) builder.appendString(parts[i]);
  return builder.finish();
}

String concatPieces(const ConcatPiece* pieces, size_t n) {
  uint32_t total = 0;
  size_t nonEmpty = 0, lastNonEmpty = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    const ConcatPiece& p = pieces[i];
    uint32_t len = p.len;
    if (p.str != nullptr) {
      if (TSD_UNLIKELY(!p.str->isLive())) nullDereference();
      len = uint32_t(p.str->byteLength());
      if (len > 0) ascii = ascii && p.str->isAscii();
    }
    if (len > 0) {
      total += len;
      nonEmpty++;
      lastNonEmpty = i;
    }
  }
  if (nonEmpty == 0) return String::empty();
  const ConcatPiece& last = pieces[lastNonEmpty];
  if (nonEmpty == 1) return last.str != nullptr ? *last.str : String::fromUtf8(last.text, last.len);
  if (ascii) {
    // The allocator's 8-byte granularity leaves up to 7 bytes past the NUL unused: they are room for a later
    // in-place `+=` (ts_string_append.cpp: an ASCII buffer's capacity in units), `line += ":" + n` after
    // `let line = "item" + i` appends without a new buffer.
    StrBuf* b = allocStrBufWithRoom(total);
    char* out = b->data;
    for (size_t i = 0; i < n; i++) {
      const ConcatPiece& p = pieces[i];
      if (p.str != nullptr) {
        p.str->copyBytes(out, 0, p.str->byteLength());
        out += p.str->byteLength();
      } else {
        memcpy(out, p.text, p.len);
        out += p.len;
      }
    }
    return String::adopt(b, true);
  }
  Builder builder(total);
  for (size_t i = 0; i < n; i++) {
    if (pieces[i].str != nullptr) builder.appendString(*pieces[i].str);
    else builder.appendAsciiBytes(pieces[i].text, pieces[i].len);
  }
  return builder.finish();
}

}  // namespace detail

using detail::Builder;
using detail::Bytes;
using detail::StrBuf;

void String::computeAscii() const {
  if (!isLive()) {
    ascii_ = 0;
    return;
  }
  uint8_t acc = 0;
  if (kind_ == kHeap) {
    const uint8_t* p = reinterpret_cast<const uint8_t*>(buf()->data);
    for (uint32_t i = 0; i < len_; i++) acc |= p[i];
  } else {
    for (uint32_t i = 0; i < len_; i++) acc |= pgm_read_byte(p_ + i);
  }
  ascii_ = (acc & 0x80) ? 2 : 1;
}

void String::copyBytes(char* dst, size_t from, size_t n) const {
  if (kind_ == kHeap) memcpy(dst, buf()->data + from, n);
  else if (kind_ == kLiteral) memcpy_P(dst, p_ + from, n);
}

namespace detail {
void spreadMissingMember(PGM_P member) {
  uncaughtString(ts::concat(TS_STR("TypeError: Cannot spread undefined: the required member '"), String::literal(member, strlen_P(member)),
                            TS_STR("' would be missing")));
}

void nullishMember(const String& receiver, PGM_P member) { nullishProperty(receiver.isNullState(), member); }

void notAFunction(const char* callee) {
  uncaughtString(ts::concat(TS_STR("TypeError: "), String::literal(callee, strlen_P(callee)), TS_STR(" is not a function")));
}
}  // namespace detail

uint32_t String::unitLength() const {
  TSD_RECEIVER("length");
  if (isAscii()) return len_;
  uint32_t units;
  if (kind_ == kHeap) {
    StrBuf* b = buf();
    if (b->units != UINT32_MAX) return b->units;
    units = b->units = detail::countUnits(reinterpret_cast<const uint8_t*>(b->data), len_);
  } else {
    Bytes bytes(*this);
    units = detail::countUnits(bytes.udata(), bytes.size());
  }
  // Counting costs the whole string: a loop testing `i < s.length` may check only every few hundred iterations
  // (compiler/src/lower/yield-plan.ts costs the length as its ASCII path), so the count looks at the clock itself.
  // Last, with the count in a local: nothing of this string is read after a yield.
  TSD_YIELD_CHECK();
  return units;
}

const char* String::c_str() const {
  if (kind_ == kHeap) return buf()->data;
  if (kind_ == kNull) return "null";
  if (kind_ == kUndefined) return "undefined";
#ifdef TSD_FLASH_IS_RAM
  return p_;
#else
  // Copy the flash literal into a heap buffer owned by this handle from now on.
  StrBuf* b = detail::allocStrBuf(len_);
  memcpy_P(b->data, p_, len_);
  String* self = const_cast<String*>(this);
  self->p_ = reinterpret_cast<const char*>(b);
  self->kind_ = kHeap;
  return b->data;
#endif
}

uint32_t String::hash() const {
  uint32_t h = 2166136261u;
  if (kind_ == kHeap) {
    const uint8_t* p = reinterpret_cast<const uint8_t*>(buf()->data);
    for (uint32_t i = 0; i < len_; i++) h = (h ^ p[i]) * 16777619u;
  } else {
    for (uint32_t i = 0; i < len_; i++) h = (h ^ pgm_read_byte(p_ + i)) * 16777619u;
  }
  // Literal and heap strings with the same text are the same key; only the nullish states differ.
  return kind_ >= kLiteral ? h : h ^ kind_;
}

String String::fromUtf8(const char* text) { return fromUtf8(text, text ? strlen(text) : 0); }

String String::fromUtf8(const char* text, size_t len) {
  if (len == 0) return empty();
  const uint8_t* p = reinterpret_cast<const uint8_t*>(text);
  uint8_t acc = 0;
  for (size_t i = 0; i < len; i++) acc |= p[i];
  if (!(acc & 0x80)) {
    if (len == 1) return detail::asciiChar(p[0]);
    StrBuf* b = detail::allocStrBuf(uint32_t(len));
    memcpy(b->data, text, len);
    return adopt(b, true);
  }
  // Canonical if every sequence decodes and no high surrogate is directly followed by a low one.
  bool canonical = true;
  for (size_t i = 0; i < len && canonical;) {
    uint32_t cp;
    uint32_t n = detail::decodeUtf8(p + i, len - i, &cp);
    if (cp == 0xFFFD && n == 1) canonical = false;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= len && detail::isLowSurrogateAt(text + i + 3)) canonical = false;
    i += n;
  }
  if (canonical) {
    StrBuf* b = detail::allocStrBuf(uint32_t(len));
    memcpy(b->data, text, len);
    return adopt(b, false);
  }
  Builder builder{uint32_t(len)};
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    i += detail::decodeUtf8(p + i, len - i, &cp);
    builder.appendCodePoint(cp);
  }
  return builder.finish();
}

String String::fromCodeUnits(const uint16_t* units, size_t n) {
  Builder builder{uint32_t(n)};
  for (size_t i = 0; i < n; i++) builder.appendUnit(units[i]);
  return builder.finish();
}

String String::fromCodePoint(uint32_t cp) {
  Builder builder(4);
  builder.appendCodePoint(cp);
  return builder.finish();
}

String String::fromCharCodes(const double* codes, size_t n) {
  Builder builder{uint32_t(n)};
  for (size_t i = 0; i < n; i++) {
    double d = codes[i];
    uint16_t u = 0;
    if (d == d && !isinf(d)) {
      double m = fmod(trunc(d), 65536.0);
      if (m < 0) m += 65536.0;
      u = uint16_t(m);
    }
    builder.appendUnit(u);
  }
  return builder.finish();
}

bool String::equals(const String& o) const {
  if (!isLive() || !o.isLive()) return kind_ == o.kind_;
  if (len_ != o.len_) return false;
  if (kind_ == kHeap && o.kind_ == kHeap) return memcmp(buf()->data, o.buf()->data, len_) == 0;
  if (kind_ == kLiteral && o.kind_ == kLiteral && p_ == o.p_) return true;
#ifdef TSD_FLASH_IS_RAM
  return memcmp(flashOrRam(), o.flashOrRam(), len_) == 0;
#else
  for (uint32_t i = 0; i < len_; i++)
    if (byteAt(i) != o.byteAt(i)) return false;
  return true;
#endif
}

namespace detail {
int relationalNonString(const String& a, const String& b) {
  auto number = [](const String& s) { return s.isLive() ? Number(s) : (s.isNullState() ? 0.0 : NAN); };
  double x = number(a), y = number(b);
  if (x != x || y != y) return 2;
  return x < y ? -1 : (x > y ? 1 : 0);
}
}  // namespace detail

int String::compare(const String& o) const {
  if (!isLive() || !o.isLive()) return ts::toString(*this).compare(ts::toString(o));
  Bytes a(*this), b(o);
  uint32_t n = a.size() < b.size() ? a.size() : b.size();
  if (isAscii() && o.isAscii()) {
    int c = memcmp(a.data(), b.data(), n);
    if (c != 0) return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
  }
  detail::Units ua(*this), ub(o);
  uint32_t m = ua.size() < ub.size() ? ua.size() : ub.size();
  for (uint32_t i = 0; i < m; i++)
    if (ua[i] != ub[i]) return ua[i] < ub[i] ? -1 : 1;
  return ua.size() < ub.size() ? -1 : (ua.size() > ub.size() ? 1 : 0);
}

String operator+(const String& a, const String& b) {
  const String parts[2] = {toString(a), toString(b)};
  return detail::concatParts(parts, 2);
}

size_t String::Iterator::next() const {
  uint8_t first = s_->byteAt(pos_);
  if (first < 0x80) return 1;
  uint8_t bytes[4] = {first, 0, 0, 0};
  size_t avail = s_->byteLength() - pos_;
  for (size_t i = 1; i < 4 && i < avail; i++) bytes[i] = s_->byteAt(pos_ + i);
  uint32_t cp;
  return detail::decodeUtf8(bytes, avail < 4 ? avail : 4, &cp);
}

String String::Iterator::operator*() const {
  uint8_t first = s_->byteAt(pos_);
  if (first < 0x80) return detail::asciiChar(first);
  char bytes[4];
  size_t n = next();
  s_->copyBytes(bytes, pos_, n);
  uint32_t cp;
  detail::decodeUtf8(reinterpret_cast<const uint8_t*>(bytes), n, &cp);
  return String::fromCodePoint(cp);
}

String::Iterator& String::Iterator::operator++() {
  pos_ += next();
  return *this;
}

}  // namespace ts
