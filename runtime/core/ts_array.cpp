// Out-of-line parts of ts_array.h: the static null/undefined headers, allocation and growth, and the
// error paths (Node's messages).
#include "ts_array.h"

namespace ts {
namespace detail {

// Constant-initialised, so they are valid before any dynamic initialiser of a sketch global runs.
// Their count never reaches zero (nor the cycle collector's bits: they are never tracked).
ArrayHeader arrayNull = {1u << 25, 0, 0, nullptr};
ArrayHeader arrayUndefined = {1u << 25, 0, 0, nullptr};

ArrayHeader* allocArrayHeader(uint32_t cap, size_t elemSize, uint32_t flags) {
  ArrayHeader* h = static_cast<ArrayHeader*>(gc::alloc(sizeof(ArrayHeader)));
  void* data = cap && h ? gc::alloc(cap * elemSize) : nullptr;
  if (h == nullptr || (cap && data == nullptr)) outOfMemory(PSTR("RangeError: Invalid array length (out of memory)"));
  h->refcount = 1 | flags;
  h->len = 0;
  h->cap = cap;
  h->data = data;
  return h;
}

void growArray(ArrayHeader* h, uint32_t minCap, size_t elemSize) {
  uint32_t cap = h->cap < 4 ? 4 : h->cap + h->cap / 2;
  if (cap < minCap) cap = minCap;
  if (uint64_t(cap) * elemSize > 2147483647u) invalidArrayLength();  // (a division links __udivsi3 on the lx106)
  void* data = gc::reallocCollecting(h->data, cap * elemSize);
  if (data == nullptr) outOfMemory(PSTR("RangeError: Invalid array length (out of memory)"));
  h->data = data;
  h->cap = cap;
}

void growForPush(ArrayHeader* h, size_t elemSize) {
  if (h == &arrayNull || h == &arrayUndefined) arrayIndexError(h);
  growArray(h, h->len + 1, elemSize);
}

void arrayIndexError(const ArrayHeader* h) {
  if (h == &arrayNull) uncaught(PSTR("TypeError: Cannot read properties of null"));
  if (h == &arrayUndefined) uncaught(PSTR("TypeError: Cannot read properties of undefined"));
  uncaught(PSTR("RangeError: index out of range"));
}

void arrayIndexError(const ArrayHeader* h, double index, bool setting) {
  if (h == &arrayNull || h == &arrayUndefined) {
    String what = setting ? TS_STR("TypeError: Cannot set properties of ") : TS_STR("TypeError: Cannot read properties of ");
    uncaughtString(concat(what, h == &arrayNull ? TS_STR("null") : TS_STR("undefined"), setting ? TS_STR(" (setting '") : TS_STR(" (reading '"),
                          toString(index), TS_STR("')")));
  }
  arrayIndexError(h);
}

// The message is assembled in a buffer from flash pieces: a string concatenation here linked the string
// builder, UTF-8 decoding and concat (~2 KB on the lx106) into every program that indexes an array.
void arrayIndexError(const ArrayHeader* h, int32_t index, bool setting) {
  if (h == &arrayNull || h == &arrayUndefined) {
    char text[80];
    size_t n = 0;
    const auto put = [&](const char* flash) {
      const size_t k = strlen_P(flash);
      memcpy_P(text + n, flash, k);
      n += k;
    };
    put(setting ? PSTR("TypeError: Cannot set properties of ") : PSTR("TypeError: Cannot read properties of "));
    put(h == &arrayNull ? PSTR("null") : PSTR("undefined"));
    put(setting ? PSTR(" (setting '") : PSTR(" (reading '"));
    n += formatInt32(index, text + n);
    put(PSTR("')"));
    text[n] = 0;
    uncaughtText(text, n);
  }
  arrayIndexError(h);
}

void reduceOfEmptyArray() { uncaught(PSTR("TypeError: Reduce of empty array with no initial value")); }
// Documented limit (docs/language.md "Arrays"): only a number or string array can hold a hole.
void holeInMapResult() { uncaught(PSTR("RangeError: map of an array with holes: only a number[] or string[] result can keep a hole")); }
void invalidArrayLength() { uncaught(PSTR("RangeError: Invalid array length")); }

}  // namespace detail
}  // namespace ts

namespace ts {
namespace detail {
void nullishCollection() { uncaught(PSTR("TypeError: Cannot read properties of null or undefined")); }
}  // namespace detail
}  // namespace ts
