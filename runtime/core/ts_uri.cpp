// See ts_uri.h.
#include "ts_uri.h"

#include "ts_error_object.h"
#include "ts_string_internal.h"

namespace ts {

namespace {

bool isAlnum(uint8_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool inSet(uint8_t c, const char* set) {
  for (const char* p = set; *p; p++)
    if (uint8_t(*p) == c) return true;
  return false;
}
const char kUnreservedMarks[] = "-_.!~*'()";
const char kReserved[] = ";/?:@&=+$,#";

// Raises URIError; the result is then an empty string the caller's test discards.
String malformed() {
  if (detail::catchDepth == 0) uncaught(PSTR("URIError: URI malformed"));
  raise(make<Error>(TS_STR("URIError"), TS_STR("URI malformed")), nullptr, 0);
  return String::empty();
}

String encode(const String& s, const char* extra) {
  detail::Bytes b(s);
  const uint8_t* p = b.udata();
  uint32_t n = b.size();
  detail::Builder out(n + 8);
  static const char kHex[] = "0123456789ABCDEF";
  for (uint32_t i = 0; i < n; i++) {
    uint8_t c = p[i];
    if (c < 0x80 && (isAlnum(c) || inSet(c, kUnreservedMarks) || inSet(c, extra))) {
      out.appendAscii(char(c));
      continue;
    }
    // A lone surrogate (held as its 3-byte WTF-8 form ED A0..BF xx) cannot be encoded.
    if (c == 0xED && i + 1 < n && p[i + 1] >= 0xA0) return malformed();
    out.appendAscii('%');
    out.appendAscii(kHex[c >> 4]);
    out.appendAscii(kHex[c & 15]);
  }
  return out.finish();
}

int hexDigit(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The byte of the escape at p[i] ("%XX"), or -1.
int escapeAt(const uint8_t* p, uint32_t n, uint32_t i) {
  if (i + 2 >= n || p[i] != '%') return -1;
  int hi = hexDigit(p[i + 1]), lo = hexDigit(p[i + 2]);
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

String decode(const String& s, const char* reserved) {
  detail::Bytes b(s);
  const uint8_t* p = b.udata();
  uint32_t n = b.size();
  detail::Builder out(n);
  for (uint32_t i = 0; i < n;) {
    if (p[i] != '%') {
      uint32_t j = i;
      while (j < n && p[j] != '%') j++;
      out.appendBytes(reinterpret_cast<const char*>(p + i), j - i, false);
      i = j;
      continue;
    }
    int first = escapeAt(p, n, i);
    if (first < 0) return malformed();
    if (first < 0x80) {
      if (inSet(uint8_t(first), reserved)) out.appendAsciiBytes(reinterpret_cast<const char*>(p + i), 3);
      else out.appendAscii(char(first));
      i += 3;
      continue;
    }
    // A UTF-8 sequence of escapes: its length from the lead byte, each continuation an escape 10xxxxxx.
    uint32_t len = (first & 0xE0) == 0xC0 ? 2 : (first & 0xF0) == 0xE0 ? 3 : (first & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0) return malformed();
    uint8_t bytes[4] = {uint8_t(first)};
    uint32_t cp = uint32_t(first) & (0xFF >> (len + 1));
    for (uint32_t k = 1; k < len; k++) {
      int c = escapeAt(p, n, i + 3 * k);
      if (c < 0 || (c & 0xC0) != 0x80) return malformed();
      bytes[k] = uint8_t(c);
      cp = (cp << 6) | (uint32_t(c) & 0x3F);
    }
    static const uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return malformed();
    out.appendBytes(reinterpret_cast<const char*>(bytes), len, false);
    i += 3 * len;
  }
  return out.finish();
}

}  // namespace

String encodeURIComponent(const String& s) { return encode(s, ""); }
String encodeURI(const String& s) { return encode(s, kReserved); }
String decodeURIComponent(const String& s) { return decode(s, ""); }
String decodeURI(const String& s) { return decode(s, kReserved); }

}  // namespace ts
