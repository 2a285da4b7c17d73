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

void StringAccess::append(String& s, const String& tail) {
  if (!s.isLive() || !tail.isLive() || !s.isAscii() || !tail.isAscii()) {
    const String parts[] = {s, tail};
    s = detail::concatParts(parts, 2);
    return;
  }
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

void StringAccess::appendAscii(String& s, const char* bytes, uint32_t n) {
  if (!s.isLive() || !s.isAscii()) {
    append(s, String::fromUtf8(bytes, n));
    return;
  }
  memcpy(reserve(s, n), bytes, n);
  commit(s, n);
}

}  // namespace ts
