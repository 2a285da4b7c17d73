// Out-of-line parts of ts_array.h: the static null/undefined headers, allocation and growth, and the
// error paths (Node's messages).
#include "ts_array.h"

namespace ts {
namespace detail {

// Constant-initialised, so they are valid before any dynamic initialiser of a sketch global runs.
// Their count never reaches zero (nor the cycle collector's bits: they are never tracked).
ArrayHeader arrayNull = {1u << 25, 0, 0, nullptr};
ArrayHeader arrayUndefined = {1u << 25, 0, 0, nullptr};

namespace {
// One call site for both blocks: gc::alloc inlined twice, each with its failure path, was most of
// allocArrayHeader's code.
TSD_NOINLINE void* allocArrayBlock(size_t size) {
  void* p = gc::alloc(size);
  if (p == nullptr) outOfMemory(PSTR("RangeError: Invalid array length (out of memory)"));
  return p;
}
}  // namespace

ArrayHeader* allocArrayHeader(uint32_t cap, size_t elemSize, uint32_t flags) {
  ArrayHeader* h = static_cast<ArrayHeader*>(allocArrayBlock(sizeof(ArrayHeader)));
  h->refcount = 1 | flags;
  h->len = 0;
  h->cap = cap;
  h->data = cap ? allocArrayBlock(cap * elemSize) : nullptr;
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

// The message is assembled in a buffer by the routine of member reads (nullishAccess): a string
// concatenation here linked the string builder, UTF-8 decoding and concat (~2 KB on the lx106) into every
// program that indexes an array.
void arrayIndexError(const ArrayHeader* h, int32_t index, bool setting) {
  if (h == &arrayNull || h == &arrayUndefined) {
    char digits[16];
    digits[formatInt32(index, digits)] = 0;
    nullishAccess(h == &arrayNull, setting, nullptr, digits);
  }
  arrayIndexError(h);
}

NamedKey* namedKeys = nullptr;

uint64_t namedKeyBits(double key) {
  uint64_t bits;
  __builtin_memcpy(&bits, &key, sizeof bits);
  if ((bits | 1) == kUndefinedNumberBits) return kUndefinedNumberBits;
  if ((bits & 0x7FFFFFFFFFFFFFFFull) > 0x7FF0000000000000ull) return 0x7FF8000000000000ull;  // NaN
  return bits;
}

NamedKey* findNamedKey(const void* owner, double key) {
  const uint64_t bits = namedKeyBits(key);
  for (NamedKey* n = namedKeys; n != nullptr; n = n->next) {
    uint64_t k;
    __builtin_memcpy(&k, &n->key, sizeof k);
    if (n->owner == owner && k == bits) return n;
  }
  return nullptr;
}

void linkNamedKey(NamedKey* n) {
  NamedKey** at = &namedKeys;
  while (*at != nullptr) at = &(*at)->next;
  *at = n;
}

NamedKey* unlinkNamedKey(const void* owner) {
  for (NamedKey** at = &namedKeys; *at != nullptr; at = &(*at)->next) {
    NamedKey* n = *at;
    if (n->owner == owner) {
      *at = n->next;
      return n;
    }
  }
  return nullptr;
}

bool hasNamedKeys(const void* owner) {
  for (NamedKey* n = namedKeys; n != nullptr; n = n->next)
    if (n->owner == owner) return true;
  return false;
}

void* allocNamedKey(size_t size) {
  void* p = gc::mallocCollecting(size);
  if (p == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
  return p;
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
