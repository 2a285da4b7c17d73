// Internal helpers of the string implementation (not part of the API the compiler uses): a RAM view of a
// string's bytes (copies flash literals on the device), a UTF-16 code unit view, WTF-8 decoding and a
// builder that appends bytes/code units and merges a high and a low surrogate meeting at a seam.
#pragma once

#include "ts_string.h"

namespace ts {
namespace detail {

[[noreturn]] void nullDereference();
// A member called on a null/undefined string (a `string[]` read past its end): Node's TypeError naming it,
// "Cannot read properties of undefined (reading 'charAt')". member is a PSTR.
[[noreturn]] TSD_COLD void nullishMember(const String& receiver, PGM_P member);
#define TSD_RECEIVER(member) \
  do { \
    if (TSD_UNLIKELY(!isLive())) ::ts::detail::nullishMember(*this, PSTR(member)); \
  } while (0)

// The single-character string for an ASCII byte (no allocation).
String asciiChar(uint8_t c);

// Decodes one WTF-8 code point at p (n bytes available). Returns its byte length; invalid → U+FFFD, 1 byte.
uint32_t decodeUtf8(const uint8_t* p, size_t n, uint32_t* cp);
// Encodes a code point (surrogates included, as 3 bytes) into out (4 bytes); returns the byte count.
uint32_t encodeUtf8(uint32_t cp, char* out);
inline bool isHighSurrogateAt(const char* p) {  // 3 bytes ED A0..AF xx
  return uint8_t(p[0]) == 0xED && (uint8_t(p[1]) & 0xF0) == 0xA0;
}
inline bool isLowSurrogateAt(const char* p) {  // 3 bytes ED B0..BF xx
  return uint8_t(p[0]) == 0xED && (uint8_t(p[1]) & 0xF0) == 0xB0;
}
inline uint32_t surrogateValue(const char* p) {
  return (uint32_t(uint8_t(p[0]) & 0x0F) << 12) | (uint32_t(uint8_t(p[1]) & 0x3F) << 6) | (uint8_t(p[2]) & 0x3F);
}

// RAM bytes of a live string (throws TypeError for null/undefined).
class Bytes {
 public:
  explicit Bytes(const String& s);
  ~Bytes() { free(owned_); }
  Bytes(const Bytes&) = delete;
  Bytes& operator=(const Bytes&) = delete;
  const char* data() const { return p_; }
  const uint8_t* udata() const { return reinterpret_cast<const uint8_t*>(p_); }
  uint32_t size() const { return n_; }

 private:
  const char* p_;
  uint32_t n_;
  char* owned_ = nullptr;
};

// A string as UTF-16 code units: the bytes themselves when ASCII, a decoded array otherwise.
class Units {
 public:
  explicit Units(const String& s);
  ~Units() { free(wide_); }
  Units(const Units&) = delete;
  Units& operator=(const Units&) = delete;
  uint16_t operator[](uint32_t i) const { return wide_ ? wide_[i] : bytes_.udata()[i]; }
  uint32_t size() const { return len_; }
  bool ascii() const { return wide_ == nullptr; }
  const char* asciiBytes() const { return bytes_.data(); }
  const uint16_t* wide() const { return wide_; }
  // Index of `needle` in [from, size), or -1.
  int64_t find(const Units& needle, uint32_t from) const;
  bool matchesAt(const Units& needle, uint32_t at) const;
  // The units [a, b) as a new String (the original handle when it is the whole string).
  String slice(uint32_t a, uint32_t b) const;

 private:
  const String& s_;
  Bytes bytes_;
  uint16_t* wide_ = nullptr;
  uint32_t len_;
};

class Builder {
 public:
  explicit Builder(uint32_t reserve = 16);
  ~Builder() { free(buf_); }
  Builder(const Builder&) = delete;
  Builder& operator=(const Builder&) = delete;
  void appendBytes(const char* bytes, uint32_t n, bool ascii);
  void appendAscii(char c) {
    if (len_ + 1 > cap_) grow(1);
    buf_->data[len_++] = c;
  }
  void appendAsciiBytes(const char* bytes, uint32_t n) {
    if (len_ + n > cap_) grow(n);
    memcpy(buf_->data + len_, bytes, n);
    len_ += n;
  }
  void appendString(const String& s);
  void appendUnit(uint16_t unit);
  void appendCodePoint(uint32_t cp);
  void appendUnits(const Units& u, uint32_t a, uint32_t b);
  uint32_t size() const { return len_; }
  String finish();

 private:
  void grow(uint32_t extra);
  StrBuf* buf_;
  uint32_t len_ = 0;
  uint32_t cap_;
  bool ascii_ = true;
};

// JS ToIntegerOrInfinity.
inline double toIntegerOrInfinity(double d) {
  if (d != d) return 0;
  return trunc(d) + 0.0;  // + 0.0 turns -0 into 0
}
// Clamp ToIntegerOrInfinity(d) into [0, len].
inline uint32_t clampIndex(double d, uint32_t len) {
  d = toIntegerOrInfinity(d);
  if (d <= 0) return 0;
  if (d >= len) return len;
  return uint32_t(d);
}
// Relative index (negative counts from the end) clamped into [0, len], as slice() does.
inline uint32_t relativeIndex(double d, uint32_t len) {
  d = toIntegerOrInfinity(d);
  if (d < 0) {
    d += len;
    return d <= 0 ? 0 : uint32_t(d);
  }
  return d >= len ? len : uint32_t(d);
}

}  // namespace detail
}  // namespace ts
