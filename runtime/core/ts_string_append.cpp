// The in-place `+=` of ts_string_append.h.
#include "ts_string_append.h"

#include "ts_gc.h"
#include "ts_string_internal.h"

namespace ts {

namespace {
// Room for about half as much again, so that n appends copy O(n) bytes in all.
uint32_t roomFor(uint32_t need) {
  if (need > 0x3FFFFFF0u) uncaught(PSTR("RangeError: Invalid string length"));
  uint32_t cap = need + need / 2;
  if (cap < 16) cap = 16;
  return cap > 0x3FFFFFF0u ? 0x3FFFFFF0u : cap;
}
// b == nullptr: a new buffer.
detail::StrBuf* resize(detail::StrBuf* b, uint32_t cap) {
  size_t bytes = offsetof(detail::StrBuf, data) + cap + 1;
  b = static_cast<detail::StrBuf*>(b ? gc::reallocCollecting(b, bytes) : gc::mallocCollecting(bytes));
  if (b == nullptr) outOfMemory(PSTR("RangeError: Invalid string length (out of memory)"));
  b->units = cap;
  return b;
}
}  // namespace

// s is live and ASCII: makes it the only handle of a heap buffer with room for add more bytes; returns where
// they go.
char* StringAccess::reserve(String& s, uint32_t add) {
  uint32_t len = s.len_, need = len + add;
  detail::StrBuf* b;
  if (s.kind_ == String::kHeap && s.buf()->refcount == 1) {
    b = s.buf();
    uint32_t cap = b->units == UINT32_MAX ? len : b->units;
    // s += s: the tail is s itself, whose p_ follows the buffer (no other handle shares it: refcount 1).
    if (need > cap) s.p_ = reinterpret_cast<const char*>(b = resize(b, roomFor(need)));
  } else {
    b = resize(nullptr, roomFor(need));
    b->refcount = 1;
    b->len = len;
    s.copyBytes(b->data, 0, len);
    s = String::adopt(b, true);
  }
  return b->data + len;
}

void StringAccess::commit(String& s, uint32_t add) {
  detail::StrBuf* b = s.buf();
  b->len = s.len_ + add;
  b->data[b->len] = 0;
  s.len_ = b->len;
}

// s + tail where either is not ASCII, as detail::concatParts makes it (a high surrogate at the end of s meeting
// a low one at the start of tail become one 4-byte code point) without linking its general builder.
void StringAccess::appendWide(String& s, const String& tail) {
  uint32_t len = s.len_, add = tail.len_;
  detail::StrBuf* b = detail::allocStrBuf(len + add);
  s.copyBytes(b->data, 0, len);
  tail.copyBytes(b->data + len, 0, add);
  char* seam = b->data + len;
  if (len >= 3 && add >= 3 && detail::isHighSurrogateAt(seam - 3) && detail::isLowSurrogateAt(seam)) {
    uint32_t cp = 0x10000 + ((detail::surrogateValue(seam - 3) - 0xD800) << 10) + (detail::surrogateValue(seam) - 0xDC00);
    seam[-3] = char(0xF0 | (cp >> 18));
    seam[-2] = char(0x80 | ((cp >> 12) & 0x3F));
    seam[-1] = char(0x80 | ((cp >> 6) & 0x3F));
    seam[0] = char(0x80 | (cp & 0x3F));
    memmove(seam + 1, seam + 3, add - 3);
    b->len = len + add - 2;
    b->data[b->len] = 0;
  }
  s = String::adopt(b, false);
}

void StringAccess::append(String& s, const String& tail) {
  if (TSD_UNLIKELY(!s.isLive() || !tail.isLive())) detail::nullDereference();  // as detail::concatParts
  uint32_t add = tail.len_;
  if (add == 0) return;
  if (s.len_ == 0) {
    s = tail;
    return;
  }
  if (!s.isAscii() || !tail.isAscii()) {
    appendWide(s, tail);
    return;
  }
  char* out = reserve(s, add);
  tail.copyBytes(out, 0, add);
  commit(s, add);
}

void StringAccess::appendAscii(String& s, const char* bytes, uint32_t n) {
  if (!s.isLive() || !s.isAscii()) {
    detail::StrBuf* b = detail::allocStrBuf(n);  // the bytes are ASCII (digits): no UTF-8 validation
    memcpy(b->data, bytes, n);
    append(s, String::adopt(b, true));
    return;
  }
  memcpy(reserve(s, n), bytes, n);
  commit(s, n);
}

void StringAccess::appendProvenAscii(String& s, const String& tail) {
  if (TSD_UNLIKELY(!s.isLive() || !tail.isLive())) detail::nullDereference();  // as append
  uint32_t add = tail.len_;
  if (add == 0) return;
  if (s.len_ == 0) {
    s = tail;
    return;
  }
  char* out = reserve(s, add);
  tail.copyBytes(out, 0, add);
  commit(s, add);
}

void StringAccess::appendProvenAscii(String& s, const char* bytes, uint32_t n) {
  if (TSD_UNLIKELY(!s.isLive())) detail::nullDereference();  // as appendAscii
  memcpy(reserve(s, n), bytes, n);
  commit(s, n);
}

}  // namespace ts
