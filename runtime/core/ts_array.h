// `ts::Array<T>`: the JavaScript array as a handle to a refcounted header {refcount, length, capacity, data}.
// null/undefined handles point at two static empty headers, so `get(i)` is one bounds check and a load even
// for nullish handles (the failure path then reports the right TypeError). Elements are stored unboxed
// (double, bool, ts::String, handles) and are relocated bitwise when the storage grows (every runtime
// type is trivially relocatable). Callback members accept any C++ callable taking (element, index, array)
// or a prefix of those; sort is a stable bottom-up merge sort (no recursion).
#pragma once

#include "ts_base.h"
#include "ts_error.h"
#include "ts_object.h"
#include "ts_string.h"

namespace ts {

namespace detail {
// The length and capacity on the lx106 are `unsigned long` (32 bits there): a type that stores to int32_t or
// uint32_t elements cannot alias (C++ aliasing rules), so g++ keeps the length in a register across element
// writes (`a[i] = a[j]; a[j] = t` in a loop reloaded it after each store).
#if defined(__XTENSA__)
using ArrayCount = unsigned long;
#else
using ArrayCount = uint32_t;
#endif
struct ArrayHeader {
  uint32_t refcount;
  ArrayCount len;
  ArrayCount cap;
  void* data;
};
extern ArrayHeader arrayNull;
extern ArrayHeader arrayUndefined;
// flags: gc::kTracked for arrays whose elements can hold tracked nodes (ts_gc.h).
ArrayHeader* allocArrayHeader(uint32_t cap, size_t elemSize, uint32_t flags = 0);
void growArray(ArrayHeader* h, uint32_t minCap, size_t elemSize);
TSD_COLD [[noreturn]] void arrayIndexError(const ArrayHeader* h);
// a[i] (or a[i] = v) on a null/undefined array: Node's "Cannot read properties of undefined (reading '0')";
// on a live array, arrayIndexError(h).
TSD_COLD [[noreturn]] void arrayIndexError(const ArrayHeader* h, double index, bool setting = false);
// The same for an int32 index: its message does not link the double formatter (~15 KB on the lx106).
TSD_COLD [[noreturn]] void arrayIndexError(const ArrayHeader* h, int32_t index, bool setting = false);
// True when the double i is an array index below len (a non-negative integer, or -0), with k that index. On
// the lx106 (soft float) from the bits with integer instructions: the comparisons and conversions as
// library calls cost about 170 instructions per access, and an index check repeated by the next access
// (a[i] = a[j] after t = a[i]) costs as much again.
inline bool indexBelow(double i, uint32_t len, uint32_t& k) {
#if defined(__XTENSA__)
  uint64_t b;
  __builtin_memcpy(&b, &i, sizeof b);
  uint32_t hi = uint32_t(b >> 32), lo = uint32_t(b);
  if (((hi << 1) | lo) == 0) {  // +0 or -0
    k = 0;
    return len > 0;
  }
  uint32_t e = (hi >> 20) - 1023u;  // unbiased exponent; the sign bit or a fraction below 1 make it huge
  if (e > 31) return false;
  uint32_t mhi = (hi & 0xFFFFFu) | 0x100000u;  // significand bits 52..32
  uint32_t shift = 52 - e;                      // the value is the significand >> shift (21..52)
  if (shift >= 32) {
    uint32_t s = shift - 32;
    if (lo != 0 || (mhi & ((1u << s) - 1)) != 0) return false;  // a fraction
    k = mhi >> s;
  } else {
    if ((lo & ((1u << shift) - 1)) != 0) return false;
    k = (mhi << (32 - shift)) | (lo >> shift);
  }
  return k < len;
#else
  if (!(i >= 0 && i < len)) return false;
  k = uint32_t(i);
  return k == i;
#endif
}
// An integer index below len: one unsigned 32-bit comparison for indices of up to 32 bits (a negative one is
// 2^31 or more as unsigned, and a length is below 2^31), the 64-bit one otherwise.
template <class I> inline bool indexBelow(I i, uint32_t len) {
  if constexpr (sizeof(I) <= 4) return static_cast<uint32_t>(i) < len;
  else return static_cast<uint64_t>(i) < len;
}
// push's slow path: a full array grows; the static null/undefined headers (length = capacity = 0) always
// come here, which reports them.
TSD_NOINLINE void growForPush(ArrayHeader* h, size_t elemSize);
// reduceRight of an empty array (not catchable yet: errors.ts does not list reduceRight).
TSD_COLD [[noreturn]] void reduceOfEmptyArray();
TSD_COLD [[noreturn]] void invalidArrayLength();
// Stable bottom-up merge sort of the permutation idx[0..n); `after(a, b)` is true when a must follow b.
template <class After> void mergeSortIndices(uint32_t* idx, uint32_t n, After after) {
  if (n < 2) return;
  uint32_t* tmp = static_cast<uint32_t*>(malloc(n * sizeof(uint32_t)));
  if (tmp == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
  uint32_t* src = idx;
  uint32_t* dst = tmp;
  for (uint32_t width = 1; width < n; width *= 2) {
    for (uint32_t lo = 0; lo < n; lo += 2 * width) {
      uint32_t mid = lo + width < n ? lo + width : n;
      uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      uint32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) dst[k++] = after(src[i], src[j]) ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    uint32_t* t = src;
    src = dst;
    dst = t;
  }
  if (src != idx) memcpy(idx, src, n * sizeof(uint32_t));
  free(tmp);
}
// Element types that hold a JavaScript number: double, and ts::Num (a `number[]` whose elements the compiler
// stores as int32-or-double, compiler/src/lower/num-arrays.ts). Both read undefined past the end.
template <class T> constexpr bool isNumberElement = isSame<T, double> || isSame<T, Num>;
// The undefined number as a Num, bit for bit (a Num keeps any non-int32 double as it is).
inline const Num& undefinedNum() {
  static const Num value(undefinedNumber);
  return value;
}
template <class T> inline const T& undefinedElement() {
  if constexpr (isSame<T, Num>) return undefinedNum();
  else return undefinedNumber;
}
template <class T> inline bool isUndefinedElement(const T& x) {
  if constexpr (isSame<T, Num>) return !x.isInt() && isUndefinedNumber(x.toDouble());
  else return isUndefinedNumber(x);
}
inline const Num& holeNum() {
  static const Num value(holeNumber);
  return value;
}
// The element types that represent a hole: number arrays (ts_base.h, kHoleNumberBits) and string arrays
// (String::hole()); other element types have none.
template <class T> constexpr bool holdsHoles = isSame<T, Num> || isSame<T, double> || isSame<T, String>;
template <class T> inline bool isHoleElement(const T& x) {
  if constexpr (isSame<T, Num>) return !x.isInt() && isHoleNumber(x.toDouble());
  else if constexpr (isSame<T, double>) return isHoleNumber(x);
  else if constexpr (isSame<T, String>) return x.isHoleState();
  else return false;
}
// map keeps a hole where its callback was skipped: only a number or string array's result can hold one.
TSD_COLD [[noreturn]] void holeInMapResult();
template <class R> inline R holeResult() {
  if constexpr (isSame<R, Num>) return holeNum();
  else if constexpr (isSame<R, double>) return holeNumber;
  else if constexpr (isSame<R, String>) return String::hole();
  else holeInMapResult();
}
template <class T> inline bool sameValueZero(const T& a, const T& b) {
  if constexpr (detail::isNumberElement<T>) return a == b || (a != a && b != b);
  else return same(a, b);
}
// Named properties of arrays: a store at a key that is not an array index (NaN, negative, fractional,
// Infinity, 2^32 - 1 and above) makes a JavaScript property that no element read, length, iteration, join or
// JSON sees, but a read at the same key and console.log do. They live in one list of nodes, in the order they
// were made (console.log lists them so), keyed by the array's header and the key as a number (String(key) is
// the property name, equal exactly when the numbers are equal or both NaN); no array carries a byte for them.
// The list is empty in nearly every program: the non-index paths and an array's destruction test `namedKeys`
// before they look. A node lives until its array is freed (a read returns a reference to its value).
struct NamedKey {
  NamedKey* next;
  const void* owner;
  double key;
};
template <class T> struct NamedSlot : NamedKey {
  T value;
};
extern NamedKey* namedKeys;
// The node of owner's property `key`, or nullptr.
NamedKey* findNamedKey(const void* owner, double key);
// Appends a new node (malloc'ed by the caller) at the end of the list.
void linkNamedKey(NamedKey* n);
// Unlinks owner's first node and returns it (nullptr when it has none left).
NamedKey* unlinkNamedKey(const void* owner);
bool hasNamedKeys(const void* owner);
TSD_COLD void* allocNamedKey(size_t size);
inline bool isArrayIndex(double i) { return i >= 0 && i < 4294967295.0 && i == trunc(i); }
// The key's bits as its property name: every NaN is "NaN" but the undefined number (a read past the end, a
// hole), whose name is "undefined" (no -0: 0 is an index). Compared as integers (no soft-float calls).
uint64_t namedKeyBits(double key);
// The value of owner's property at a non-index key, or nullptr (undefined).
template <class T> const T* namedRead(const void* owner, double key) {
  NamedKey* n = findNamedKey(owner, key);
  return n != nullptr ? &static_cast<NamedSlot<T>*>(n)->value : nullptr;
}
// owner[key] = v at a non-index key; returns the stored value. A hole read elsewhere is stored as undefined.
template <class T> TSD_NOINLINE const T& namedWrite(const void* owner, double key, T v, T undefinedValue) {
  NamedSlot<T>* slot = static_cast<NamedSlot<T>*>(findNamedKey(owner, key));
  if (slot == nullptr) {
    slot = static_cast<NamedSlot<T>*>(allocNamedKey(sizeof(NamedSlot<T>)));
    slot->next = nullptr;
    slot->owner = owner;
    const uint64_t bits = namedKeyBits(key);
    __builtin_memcpy(&slot->key, &bits, sizeof bits);
    new (&slot->value) T(undefinedValue);
    linkNamedKey(slot);
  }
  if (isHoleElement(v)) slot->value = undefinedValue;
  else slot->value = move(v);
  return slot->value;
}
// Frees owner's properties (its destruction). A value's release may free other arrays: each node is unlinked
// before its value is destroyed.
template <class T> TSD_NOINLINE void dropNamedKeys(const void* owner) {
  while (NamedKey* n = unlinkNamedKey(owner)) {
    NamedSlot<T>* slot = static_cast<NamedSlot<T>*>(n);
    slot->value.~T();
    free(slot);
  }
}
}  // namespace detail

template <class T> class Array;
template <class T> String toString(const Array<T>& a);

// The iterations of `for (i = from; i < to (or <= to); i++)` over 32-bit integers.
inline int64_t loopCount(int64_t from, int64_t to, bool inclusive) {
  int64_t n = to - from + (inclusive ? 1 : 0);
  return n > 0 ? n : 0;
}

// The counter of `for (j = from; j < to (or <= to); j += step)`, whose body changes neither it nor the array,
// indexes only elements below len: it starts at 0 or more, its last value inside the body is below len, and
// the step past it does not wrap (checked-loop.ts versions such a loop behind this test). A loop that does not
// run passes too.
inline bool loopIndicesBelow(int32_t from, int32_t to, bool inclusive, int32_t step, uint32_t len) {
  const int64_t last = inclusive ? int64_t(to) : int64_t(to) - 1;
  if (int64_t(from) > last) return true;
  return from >= 0 && step > 0 && last < int64_t(len) && last + step <= int64_t(2147483647);
}

template <class T> class Array {
 public:
  static constexpr bool tsNullable = true;
  using value_type = T;

  Array() : h_(&detail::arrayUndefined) { ++h_->refcount; }
  Array(Undefined) : Array() {}
  Array(Null) : h_(&detail::arrayNull) { ++h_->refcount; }
  Array(const Array& o) : h_(o.h_) { ++h_->refcount; }
  Array(Array&& o) noexcept : h_(o.h_) {
    o.h_ = &detail::arrayUndefined;
    ++o.h_->refcount;
  }
  ~Array() { release(h_); }
  Array& operator=(const Array& o) {
    ++o.h_->refcount;
    release(h_);
    h_ = o.h_;
    return *this;
  }
  Array& operator=(Array&& o) noexcept {
    if (this != &o) {
      detail::ArrayHeader* old = h_;
      h_ = o.h_;
      o.h_ = &detail::arrayUndefined;
      ++o.h_->refcount;
      release(old);
    }
    return *this;
  }

  // Construction.
  static Array empty() { return Array(detail::allocArrayHeader(0, sizeof(T), kGcFlags)); }
  static Array withCapacity(uint32_t n) { return Array(detail::allocArrayHeader(n, sizeof(T), kGcFlags)); }
  template <class... A> static Array of(A&&... items) {
    Array a(detail::allocArrayHeader(sizeof...(A), sizeof(T), kGcFlags));
    (a.appendUnchecked(T(detail::forward<A>(items))), ...);
    return a;
  }
  // `new Array(n)`: a length that is not a uint32 is a (catchable) RangeError.
  static Array filled(double n, const T& v) {
    if (TSD_UNLIKELY(!(n >= 0 && n <= 4294967295.0 && n == trunc(n)))) {
      raiseRuntime(PSTR("RangeError: Invalid array length"));
      return empty();
    }
    Array a = withCapacity(toCount(n));
    for (uint32_t i = 0; i < toCount(n); i++) a.appendUnchecked(v);
    return a;
  }
  // `new Array<T>(n)`: n must be an array length (RangeError otherwise); its elements read as undefined (Node:
  // holes) and join empty.
  static Array ofLength(double n) {
    return filled(n, holeSlot());  // filled() raises the (catchable) RangeError of a length that is not a uint32
  }

  // State.
  bool isNullState() const { return h_ == &detail::arrayNull; }
  bool isUndefinedState() const { return h_ == &detail::arrayUndefined; }
  bool isLive() const { return !isNullState() && !isUndefinedState(); }
  uintptr_t identity() const { return reinterpret_cast<uintptr_t>(h_); }
  detail::ArrayHeader* tsHeader() const { return h_; }
  T* data() const { return static_cast<T*>(h_->data); }
  uint32_t size() const { return h_->len; }

  double length() const {
    if (TSD_UNLIKELY(!isLive())) detail::arrayIndexError(h_);
    return h_->len;
  }

  // a[i]. Past the end: undefined for nullable elements, detail::undefinedNumber for `number[]`, else a
  // RangeError. Where the program compares the read with undefined or coalesces it (=== undefined, ??), the
  // compiler reads with getOpt instead. (A returning out-of-range path costs on the lx106 because the next
  // access to the same index must check it again: the cheap integer check of indexBelow keeps that small.)
  template <class I> const T& get(I i) const {
    if constexpr (detail::isSame<I, Num>) {
      if (TSD_LIKELY(i.isInt() && static_cast<uint32_t>(i.intValue()) < h_->len)) return data()[i.intValue()];
      return getByDouble(i.toDouble());
    } else if constexpr (detail::isIntegral<I>) {
      if (TSD_LIKELY(detail::indexBelow(i, h_->len))) return data()[i];
    } else {
      uint32_t k;
      if (TSD_LIKELY(detail::indexBelow(i, h_->len, k))) return data()[k];
    }
    if constexpr (detail::isNumberElement<T>) {
      // No call that returns on this path but the one for named properties (an empty list in nearly every
      // program): the values live across it would leave caller-saved registers.
      if (TSD_UNLIKELY(!isLive())) nullishIndex(i);
      if (TSD_UNLIKELY(detail::namedKeys != nullptr)) return namedGet(i);  // cold: the hot path keeps its registers
      return detail::undefinedElement<T>();
    }
    return outOfRange(i);
  }
  // A Num index that is not an in-range int32: out of line, so the inlined fast path stays small.
  TSD_NOINLINE const T& getByDouble(double i) const { return get(i); }
  TSD_NOINLINE const T& setByDouble(double i, T v) const { return set(i, detail::move(v)); }
  // a[i] where the program observes `undefined` (compared with undefined, printed): undefined past the end.
  template <class I> Opt<T> getOpt(I i) const {
    if constexpr (detail::isSame<I, Num>) {
      return getOpt(i.toDouble());
    } else if constexpr (detail::isIntegral<I>) {
      if (TSD_LIKELY(detail::indexBelow(i, h_->len))) return optOf(data()[i]);
    } else {
      uint32_t k;
      if (TSD_LIKELY(detail::indexBelow(i, h_->len, k))) return optOf(data()[k]);
    }
    if (!isLive()) nullishIndex(i);
    if constexpr (kNamedKeys) {
      if (TSD_UNLIKELY(detail::namedKeys != nullptr)) return optOf(namedGet(i));
    }
    return undefined;
  }
  // getOpt's in-range result: an undefined stored in a `number[]` (a read past the end, a grown length) is
  // undefined again.
  static Opt<T> optOf(const T& v) {
    if constexpr (detail::isNumberElement<T>) {
      if (TSD_UNLIKELY(v != v) && detail::isUndefinedElement(v)) return undefined;
    } else if constexpr (detail::isNullable<T>) {
      if (TSD_UNLIKELY(v.isUndefinedState())) return undefined;
    }
    return v;
  }
  // a[i] = v; i == length appends; nullable element types fill holes with undefined. Returns the stored
  // value (the value of the JS assignment expression).
  template <class I> const T& set(I i, T v) const {
    if constexpr (detail::isSame<I, Num>) {
      if (TSD_LIKELY(i.isInt() && static_cast<uint32_t>(i.intValue()) < h_->len)) return data()[i.intValue()] = detail::move(v);
      return setByDouble(i.toDouble(), detail::move(v));
    } else if constexpr (detail::isIntegral<I>) {
      if (TSD_LIKELY(detail::indexBelow(i, h_->len))) return data()[i] = detail::move(v);
    } else {
      uint32_t k;
      if (TSD_LIKELY(detail::indexBelow(i, h_->len, k))) return data()[k] = detail::move(v);
    }
    return setSlow(i, detail::move(v));
  }
  // `a.length = n`; returns n.
  double setLength(double n) const {
    requireLive();
    if (!(n >= 0 && n <= 4294967295.0 && n == trunc(n))) detail::invalidArrayLength();
    uint32_t len = uint32_t(n);
    while (h_->len > len) data()[--h_->len].~T();
    if (len > h_->cap) detail::growArray(h_, len, sizeof(T));
    // A grown `number[]` reads undefined in the new slots (Node: holes, which read as undefined too).
    while (h_->len < len) new (data() + h_->len++) T(holeSlot());
    return n;
  }

  template <class... A> double push(A&&... items) const {
    if constexpr (sizeof...(A) == 1) {
      (pushOne(T(detail::forward<A>(items))), ...);
    } else {
      requireLive();
      (append(T(detail::forward<A>(items))), ...);
    }
    return h_->len;
  }
  T pop() const {
    requireLive();
    if (h_->len == 0) return T();
    T* slot = data() + --h_->len;
    T v(detail::move(*slot));
    slot->~T();
    if constexpr (detail::holdsHoles<T>) {
      if (TSD_UNLIKELY(detail::isHoleElement(v))) return newSlot();  // Node: a hole pops as undefined
    }
    return v;
  }
  Opt<T> popOpt() const {
    requireLive();
    if (h_->len == 0) return undefined;
    return pop();
  }
  T shift() const {
    requireLive();
    if (h_->len == 0) return T();
    T v(detail::move(data()[0]));
    data()[0].~T();
    memmove(static_cast<void*>(data()), static_cast<void*>(data() + 1), (h_->len - 1) * sizeof(T));
    h_->len--;
    if constexpr (detail::holdsHoles<T>) {
      if (TSD_UNLIKELY(detail::isHoleElement(v))) return newSlot();  // Node: a hole shifts out as undefined
    }
    return v;
  }
  Opt<T> shiftOpt() const {
    requireLive();
    if (h_->len == 0) return undefined;
    return shift();
  }
  template <class... A> double unshift(A&&... items) const {
    requireLive();
    const uint32_t n = sizeof...(A);
    if (n == 0) return h_->len;
    Array front = Array::of(detail::forward<A>(items)...);
    insertRaw(0, front);
    return h_->len;
  }

  Array slice(double start = 0, double end = INFINITY) const {
    requireLive();
    uint32_t a = relIndex(start), b = relIndex(end);
    Array out = withCapacity(b > a ? b - a : 0);
    for (uint32_t i = a; i < b; i++) out.appendUnchecked(data()[i]);
    return out;
  }
  Array splice(double start) const { return splice(start, INFINITY); }
  template <class... A> Array splice(double start, double deleteCount, A&&... items) const {
    requireLive();
    uint32_t a = relIndex(start);
    double dc = deleteCount != deleteCount ? 0 : trunc(deleteCount);
    uint32_t n = dc <= 0 ? 0 : (dc >= h_->len - a ? h_->len - a : uint32_t(dc));
    Array removed = withCapacity(n);
    for (uint32_t i = 0; i < n; i++) removed.appendUnchecked(detail::move(data()[a + i]));
    for (uint32_t i = 0; i < n; i++) data()[a + i].~T();
    memmove(static_cast<void*>(data() + a), static_cast<void*>(data() + a + n), (h_->len - a - n) * sizeof(T));
    h_->len -= n;
    if constexpr (sizeof...(A) > 0) insertRaw(a, Array::of(detail::forward<A>(items)...));
    return removed;
  }
  template <class... A> Array concat(const A&... parts) const {
    requireLive();
    Array out = slice();
    (out.appendPart(parts), ...);
    return out;
  }

  double indexOf(const T& v, double from = 0) const {
    requireLive();
    for (uint32_t i = relIndex(from); i < h_->len; i++)
      if (same(data()[i], v) && !detail::isHoleElement(data()[i])) return i;
    return -1;
  }
  double lastIndexOf(const T& v) const {
    requireLive();
    for (uint32_t i = h_->len; i > 0; i--)
      if (same(data()[i - 1], v) && !detail::isHoleElement(data()[i - 1])) return i - 1;
    return -1;
  }
  double lastIndexOf(const T& v, double from) const {
    requireLive();
    double f = from != from ? 0 : trunc(from);
    if (f < 0) f += h_->len;
    if (f < 0) return -1;
    uint32_t top = f >= h_->len ? h_->len : uint32_t(f) + 1;
    for (uint32_t i = top; i > 0; i--)
      if (same(data()[i - 1], v) && !detail::isHoleElement(data()[i - 1])) return i - 1;
    return -1;
  }
  bool includes(const T& v, double from = 0) const {
    requireLive();
    for (uint32_t i = relIndex(from); i < h_->len; i++)
      if (detail::sameValueZero(data()[i], v)) return true;
    return false;
  }
  String join() const { return join(TS_STR(",")); }
  String join(const String& sepArg) const {
    const String sep = sepArg.isUndefinedState() ? TS_STR(",") : sepArg;  // join(undefined) = join()
    requireLive();
    uint32_t n = h_->len;
    if (n == 0) return String::empty();
    String* parts = static_cast<String*>(malloc((2 * n - 1) * sizeof(String)));
    if (parts == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
    for (uint32_t i = 0; i < n; i++) {
      new (parts + 2 * i) String(isNullish(data()[i]) || isUndefinedElement(data()[i]) ? String::empty() : toString(data()[i]));
      if (i + 1 < n) new (parts + 2 * i + 1) String(sep);
    }
    String r = detail::concatParts(parts, 2 * n - 1);
    for (uint32_t i = 0; i < 2 * n - 1; i++) parts[i].~String();
    free(parts);
    return r;
  }
  Array reverse() const {
    requireLive();
    uint32_t n = h_->len;
    for (uint32_t i = 0; i < n / 2; i++) swapRaw(i, n - 1 - i);
    return *this;
  }
  // Default sort: by String(element) in UTF-16 order, undefined last.
  Array sort() const {
    requireLive();
    uint32_t n = h_->len;
    String* keys = static_cast<String*>(malloc((n ? n : 1) * sizeof(String)));
    if (keys == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
    for (uint32_t i = 0; i < n; i++) new (keys + i) String(isUndefined(data()[i]) ? String() : toString(data()[i]));
    T* d = data();
    sortBy([keys, d](uint32_t a, uint32_t b) {
      if (keys[a].isUndefinedState()) return !keys[b].isUndefinedState() || holeAfter(d[a], d[b]);
      if (keys[b].isUndefinedState()) return false;
      return keys[a].compare(keys[b]) > 0;
    });
    for (uint32_t i = 0; i < n; i++) keys[i].~String();
    free(keys);
    return *this;
  }
  template <class F> Array sort(F cmp) const {
    requireLive();
    T* d = data();
    sortBy([d, &cmp](uint32_t a, uint32_t b) {
      if (isUndefined(d[a])) return !isUndefined(d[b]) || holeAfter(d[a], d[b]);
      if (isUndefined(d[b])) return false;
      return double(detail::callFlex(cmp, d[a], d[b])) > 0;
    });
    return *this;
  }
  Array fill(const T& v, double start = 0, double end = INFINITY) const {
    requireLive();
    for (uint32_t i = relIndex(start), e = relIndex(end); i < e; i++) data()[i] = v;
    return *this;
  }

  // Callback members: f(element, index, array) or a prefix of those parameters. They visit the elements of
  // the array they were called on, up to its length at the call (JS: a callback assigning the variable or
  // pushing to the array changes neither).
  template <class F> auto map(F f) const {
    using R = detail::Decay<decltype(detail::callFlex(f, detail::declval<T&>(), detail::declval<double&>(), detail::declval<const Array&>()))>;
    requireLive();
    const Array self(*this);  // the callback may assign the variable this handle is (arr = other)
    const uint32_t n = self.h_->len;
    Array<R> out = Array<R>::withCapacity(n);
    for (uint32_t i = 0; i < n && i < self.h_->len; i++) {
      T el = self.data()[i];
      double idx = i;
      if (TSD_UNLIKELY(detail::isHoleElement(el))) out.push(detail::holeResult<R>());  // Node keeps the hole
      else out.push(detail::callFlex(f, el, idx, self));
    }
    // The callback shortened the array: JavaScript's result still has the length at the call, with holes
    // where no element was left to visit; ours reads undefined there, as a grown array does (fuzz g42002179).
    if (TSD_UNLIKELY(out.h_->len < n)) out.setLength(n);
    return out;
  }
  template <class F> Array filter(F f) const {
    requireLive();
    const Array self(*this);  // the callback may assign the variable this handle is (arr = other)
    Array out = empty();
    for (uint32_t i = 0, n = self.h_->len; i < n && i < self.h_->len; i++) {
      T el = self.data()[i];
      if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;  // Node skips holes
      double idx = i;
      if (detail::callTest(f, el, idx, self)) out.append(detail::move(el));
    }
    return out;
  }
  template <class F> void forEach(F f) const {
    requireLive();
    const Array self(*this);  // the callback may assign the variable this handle is (arr = other)
    for (uint32_t i = 0, n = self.h_->len; i < n && i < self.h_->len; i++) {
      T el = self.data()[i];
      if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;  // Node skips holes
      double idx = i;
      detail::callFlex(f, el, idx, self);
    }
  }
  template <class F, class U> auto reduce(F f, U init) const {
    using R = detail::Decay<decltype(detail::callFlex(f, detail::declval<U&>(), detail::declval<T&>(), detail::declval<double&>(),
                                                      detail::declval<const Array&>()))>;
    requireLive();
    const Array self(*this);  // the callback may assign the variable this handle is (arr = other)
    R acc(init);
    for (uint32_t i = 0, n = self.h_->len; i < n && i < self.h_->len; i++) {
      T el = self.data()[i];
      if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;  // Node skips holes
      double idx = i;
      acc = detail::callFlex(f, acc, el, idx, self);
    }
    return acc;
  }
  template <class F> T reduce(F f) const {
    requireLive();
    const Array self(*this);  // the callback may assign the variable this handle is (arr = other)
    if (TSD_UNLIKELY(self.h_->len == 0)) {
      raiseRuntime(PSTR("TypeError: Reduce of empty array with no initial value"));
      return T();
    }
    uint32_t first = 0;
    while (first < self.h_->len && detail::isHoleElement(self.data()[first])) first++;  // the first element that is not a hole
    if (TSD_UNLIKELY(first == self.h_->len)) {
      raiseRuntime(PSTR("TypeError: Reduce of empty array with no initial value"));
      return T();
    }
    T acc = self.data()[first];
    for (uint32_t i = first + 1, n = self.h_->len; i < n && i < self.h_->len; i++) {
      T el = self.data()[i];
      if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;  // Node skips holes
      double idx = i;
      acc = detail::callFlex(f, acc, el, idx, self);
    }
    return acc;
  }
  template <class F> bool some(F f) const {
    requireLive();
    const Array self(*this);  // the callback may assign the variable this handle is (arr = other)
    for (uint32_t i = 0, n = self.h_->len; i < n && i < self.h_->len; i++) {
      T el = self.data()[i];
      if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;  // Node skips holes
      double idx = i;
      if (detail::callTest(f, el, idx, self)) return true;
    }
    return false;
  }
  template <class F> bool every(F f) const {
    requireLive();
    const Array self(*this);  // the callback may assign the variable this handle is (arr = other)
    for (uint32_t i = 0, n = self.h_->len; i < n && i < self.h_->len; i++) {
      T el = self.data()[i];
      if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;  // Node skips holes
      double idx = i;
      if (!detail::callTest(f, el, idx, self)) return false;
    }
    return true;
  }
  // Over the length at the start, as in JavaScript: elements the callback removes are visited as undefined
  // (unlike forEach/some/every, which skip them; g6002729 popped the array from its findIndex predicate).
  template <class F> double findIndex(F f) const {
    requireLive();
    const Array self(*this);  // the callback may assign the variable this handle is (arr = other)
    for (uint32_t i = 0, n = self.h_->len; i < n; i++) {
      T el = i < self.h_->len ? self.data()[i] : newSlot();
      double idx = i;
      if (detail::callTest(f, el, idx, self)) return i;
    }
    return -1;
  }
  template <class F> T find(F f) const {
    const Array self(*this);
    double i = self.findIndex(f);
    return i < 0 ? T() : uint32_t(i) < self.h_->len ? self.data()[uint32_t(i)] : newSlot();
  }
  template <class F> Opt<T> findOpt(F f) const {
    const Array self(*this);
    double i = self.findIndex(f);
    if (i < 0 || uint32_t(i) >= self.h_->len) return undefined;
    return optOf(self.data()[uint32_t(i)]);
  }

  // Iteration by index over the live length.
  class Iterator {
   public:
    explicit Iterator(detail::ArrayHeader* h) : h_(h), i_(0) { ++h_->refcount; }
    Iterator() : h_(nullptr), i_(0) {}
    Iterator(const Iterator& o) : h_(o.h_), i_(o.i_) {
      if (h_) ++h_->refcount;
    }
    Iterator& operator=(const Iterator&) = delete;
    ~Iterator() {
      if (h_) release(h_);
    }
    // A hole iterates as undefined (Node: for-of and spread read undefined, so [...a] has no holes).
    const T& operator*() const {
      const T& x = static_cast<T*>(h_->data)[i_];
      if constexpr (detail::holdsHoles<T>) {
        if (TSD_UNLIKELY(detail::isHoleElement(x))) return undefinedFor();
      }
      return x;
    }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const Iterator&) const { return i_ < h_->len; }

   private:
    detail::ArrayHeader* h_;
    uint32_t i_;
  };
  Iterator begin() const {
    requireLive();
    return Iterator(h_);
  }
  Iterator end() const { return Iterator(); }

  // for-of whose body cannot change any array (compiler/src/lower/borrowed-loop.ts): the slots from the data
  // pointer to the length taken once, with the storage held for the loop.
  class Slots {
   public:
    explicit Slots(detail::ArrayHeader* h) : h_(h) { ++h_->refcount; }
    Slots(const Slots&) = delete;
    Slots& operator=(const Slots&) = delete;
    ~Slots() { release(h_); }
    const T* begin() const { return static_cast<const T*>(h_->data); }
    const T* end() const { return begin() + h_->len; }

   private:
    detail::ArrayHeader* h_;
  };
  Slots borrowedSlots() const {
    requireLive();
    return Slots(h_);
  }

  // a[i] in a loop whose range ts::loopIndicesBelow proved below the length (checked-loop.ts): no check.
  T& uncheckedAt(int32_t i) const { return data()[i]; }

  // `for (let i = a; i < b; i++) arr.push(v)` with a literal v (fill-loop.ts): count pushes of v at once.
  template <class V> void pushRepeated(int64_t count, const V& v) const {
    if (count <= 0) return;
    requireLive();
    if (count > int64_t(2147483647u / sizeof(T))) detail::invalidArrayLength();
    uint32_t n = uint32_t(count);
    if (h_->len + n > h_->cap) detail::growArray(h_, h_->len + n, sizeof(T));
    const T value(v);
    T* out = data() + h_->len;
    for (uint32_t i = 0; i < n; i++) new (out + i) T(value);
    h_->len += n;
  }
  // One push: the liveness check is on the growth path only.
  void pushOne(T v) const {
    if (TSD_UNLIKELY(h_->len == h_->cap)) detail::growForPush(h_, sizeof(T));
    new (data() + h_->len++) T(detail::move(v));
  }
  // Appends without the liveness check (the runtime's builders).
  void append(T v) const {
    if (TSD_UNLIKELY(h_->len == h_->cap)) detail::growArray(h_, h_->len + 1, sizeof(T));
    new (data() + h_->len++) T(detail::move(v));
  }

 private:
  explicit Array(detail::ArrayHeader* h) : h_(h) {}
  static constexpr uint32_t kGcFlags = gc::kEnabled && gc::traceable<T> ? gc::kTracked : 0;
  static void destroyContents(void* p) {
    detail::ArrayHeader* h = static_cast<detail::ArrayHeader*>(p);
    if constexpr (kNamedKeys) {
      if (TSD_UNLIKELY(detail::namedKeys != nullptr)) detail::dropNamedKeys<T>(h);
    }
    if constexpr (!__has_trivial_destructor(T)) {
      T* d = static_cast<T*>(h->data);
      for (uint32_t i = 0; i < h->len; i++) d[i].~T();
    }
    free(h->data);
    h->data = nullptr;
    h->len = h->cap = 0;
  }
  // Not inlined: release() of the static null/undefined headers (whose count never reaches 0) would otherwise
  // show g++ a free() of a static object (-Wfree-nonheap-object) once release frees at once.
  __attribute__((noinline)) static void destroy(void* p) {
    destroyContents(p);
    free(p);
  }
  static void release(detail::ArrayHeader* h) {
    uint32_t word = --h->refcount;
    // Elements without a destructor release nothing: freeing at once cannot start a nested destruction, so
    // the deferred queue (and its growth path) is not needed (issue 12: flash of the lx106 fixed-width rows).
    if constexpr (__has_trivial_destructor(T) && !gc::traceable<T>) {
      if (word == 0) destroy(h);
    } else if (word == 0) detail::destroyDeferred(h, &destroy);
    else if constexpr (gc::kEnabled && gc::traceable<T>) {
      if (TSD_UNLIKELY(int32_t(word) < 0)) gc::released(h, &gcOps, word);
    }
  }
  static void gcVisit(void* p, gc::Visitor& v) {
    detail::ArrayHeader* h = static_cast<detail::ArrayHeader*>(p);
    for (uint32_t i = 0; i < h->len; i++) tsTrace(v, static_cast<T*>(h->data)[i]);
    if constexpr (kNamedKeys) {
      for (detail::NamedKey* n = detail::namedKeys; n != nullptr; n = n->next)
        if (n->owner == h) tsTrace(v, static_cast<detail::NamedSlot<T>*>(n)->value);
    }
  }

 public:
  static inline const gc::Ops gcOps = {&gcVisit, &destroyContents, &destroy, &free, 0};

 private:
  static uint32_t toCount(double n) { return n > 0 ? uint32_t(n) : 0; }
  void requireLive() const {
    if (TSD_UNLIKELY(!isLive())) detail::arrayIndexError(h_);
  }
  uint32_t relIndex(double d) const {
    uint32_t len = h_->len;
    if (d != d) return 0;
    d = trunc(d);
    if (d < 0) {
      d += len;
      return d <= 0 ? 0 : uint32_t(d);
    }
    return d >= len ? len : uint32_t(d);
  }
  void appendUnchecked(T v) const { append(detail::move(v)); }
  void appendPart(const Array& other) const {
    other.requireLive();
    for (uint32_t i = 0; i < other.h_->len; i++) append(other.data()[i]);
  }
  template <class U, class = detail::EnableIf<!detail::isSame<detail::Decay<U>, Array>>> void appendPart(const U& v) const { append(T(v)); }
  static T newSlot() {
    if constexpr (detail::isNumberElement<T>) return detail::undefinedElement<T>();
    return T();
  }
  static const T& undefinedFor() {
    if constexpr (detail::isNumberElement<T>) {
      return detail::undefinedElement<T>();
    } else {
      static const T value;
      return value;
    }
  }
  // Node's sort puts the undefined elements last and the holes after them.
  static bool holeAfter(const T& a, const T& b) {
    if constexpr (detail::holdsHoles<T>) return detail::isHoleElement(a) && !detail::isHoleElement(b);
    return false;
  }
  static T holeSlot() {
    if constexpr (detail::isSame<T, Num>) return detail::holeNum();
    else if constexpr (detail::isSame<T, double>) return detail::holeNumber;
    else if constexpr (detail::isSame<T, String>) return String::hole();
    return T();
  }
  // join prints undefined elements as empty (a `number[]` has them after a read past the end was stored).
  static bool isUndefinedElement(const T& x) {
    if constexpr (detail::isNumberElement<T>) return detail::isUndefinedElement(x);
    return false;
  }
  // Templates on the index type, so that a call site passes the index as it has it (no conversion inline).
  template <class I> TSD_NOINLINE [[noreturn]] void nullishIndex(I i, bool setting = false) const {
    if constexpr (detail::isIntegral<I> && sizeof(I) <= 4 && static_cast<I>(-1) < static_cast<I>(0)) detail::arrayIndexError(h_, static_cast<int32_t>(i), setting);
    else detail::arrayIndexError(h_, static_cast<double>(i), setting);
  }
  template <class I> TSD_NOINLINE const T& outOfRange(I i) const {
    if (!isLive()) nullishIndex(i);
    if constexpr (detail::isNullable<T>) {
      if (TSD_UNLIKELY(detail::namedKeys != nullptr)) return namedGet(i);
      return undefinedFor();
    } else {
      detail::arrayIndexError(h_);
    }
  }
  template <class I> TSD_NOINLINE const T& setSlow(I index, T v) const {
    if (!isLive()) nullishIndex(index, true);
    if constexpr (detail::isIntegral<I> && !(detail::isNullable<T> || detail::isNumberElement<T>)) {
      // An integer index into an array without holes: only index == length appends (no double arithmetic, so
      // the soft-float conversions are not linked for it).
      if (static_cast<int64_t>(index) == static_cast<int64_t>(h_->len)) {
        append(detail::move(v));
        return data()[h_->len - 1];
      }
      detail::arrayIndexError(h_);
    }
    const double i = static_cast<double>(index);
    // Past the end: the elements between read as undefined (Node: holes); a `number[]` holds them as its
    // undefined number (pins[20] = v on 17 pins: m-260-command-parser-errors-7001198).
    if constexpr (detail::isNullable<T> || detail::isNumberElement<T>) {
      if (i > h_->len && i < 4294967295.0 && i == trunc(i)) setLength(i);
    }
    if (i == h_->len) {
      append(detail::move(v));
      return data()[h_->len - 1];
    }
    if constexpr (kNamedKeys) {
      if (!detail::isArrayIndex(i)) return detail::namedWrite<T>(h_, i, detail::move(v), undefinedFor());
    }
    detail::arrayIndexError(h_);
  }
  // A store at a key that is not an array index (NaN, negative, fractional, Infinity, 2^32 - 1 and above: the
  // index of `a[(x >>> 0) % a.length]` after the right side emptied the array is NaN) makes a named property,
  // which a read at the same key and console.log see (detail::namedKeys; docs/language.md, "Arrays"). Only the
  // arrays whose elements can be undefined (number[], strings, handles): a boolean[] and the fixed-width
  // arrays keep the RangeError they give a read past the end (AssemblyScript's for fixed-width).
  static constexpr bool kNamedKeys = detail::isNullable<T> || detail::isNumberElement<T>;
  // A read past the end or at a non-index key while some array has named properties.
  template <class I> TSD_COLD const T& namedGet(I index) const {
    const double i = static_cast<double>(index);
    const T* p = detail::isArrayIndex(i) ? nullptr : detail::namedRead<T>(h_, i);
    return p != nullptr ? *p : undefinedFor();
  }
  void insertRaw(uint32_t at, const Array& items) const {
    uint32_t n = items.h_->len;
    if (h_->len + n > h_->cap) detail::growArray(h_, h_->len + n, sizeof(T));
    memmove(static_cast<void*>(data() + at + n), static_cast<void*>(data() + at), (h_->len - at) * sizeof(T));
    for (uint32_t i = 0; i < n; i++) new (data() + at + i) T(items.data()[i]);
    h_->len += n;
  }
  void swapRaw(uint32_t a, uint32_t b) const {
    alignas(T) unsigned char tmp[sizeof(T)];
    memcpy(tmp, static_cast<void*>(data() + a), sizeof(T));
    memcpy(static_cast<void*>(data() + a), static_cast<void*>(data() + b), sizeof(T));
    memcpy(static_cast<void*>(data() + b), tmp, sizeof(T));
  }
  template <class After> void sortBy(After after) const {
    uint32_t n = h_->len;
    if (n < 2) return;
    uint32_t* idx = static_cast<uint32_t*>(malloc(n * sizeof(uint32_t)));
    T* moved = static_cast<T*>(malloc(n * sizeof(T)));
    if (idx == nullptr || moved == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
    for (uint32_t i = 0; i < n; i++) idx[i] = i;
    detail::mergeSortIndices(idx, n, after);
    for (uint32_t i = 0; i < n; i++) memcpy(static_cast<void*>(moved + i), static_cast<void*>(data() + idx[i]), sizeof(T));
    memcpy(static_cast<void*>(data()), static_cast<void*>(moved), n * sizeof(T));
    free(moved);
    free(idx);
  }
  template <class U> friend class Array;

  detail::ArrayHeader* h_;
};

namespace gc {
template <class T> struct Traceable<Array<T>> {
  static constexpr bool value = traceable<T>;
};
}  // namespace gc
template <class T> inline void tsTrace(gc::Visitor& v, const Array<T>& a) {
  if constexpr (gc::traceable<T>) {
    detail::ArrayHeader* h = a.tsHeader();
    if (h->refcount & gc::kTracked) v.edge(h, &Array<T>::gcOps);
  }
}

template <class T> inline bool truthy(const Array<T>& a) { return a.isLive(); }
template <class T> inline bool same(const Array<T>& a, const Array<T>& b) { return a.identity() == b.identity(); }
// String(t) of a tuple (a generated record with fields e0, e1, ...): its elements joined with "," as
// Array.prototype.toString does, null and undefined elements empty.
namespace detail {
template <class T, class = void> struct HasStringConversion {
  static constexpr bool value = false;
};
template <class T> struct HasStringConversion<T, decltype(void(toString(declval<const T&>())))> {
  static constexpr bool value = true;
};
// A function element has no string form here (Node prints its source): "function".
template <class E> inline String tuplePart(const E& e) {
  if constexpr (HasStringConversion<E>::value) {
    return isNullish(e) ? String::empty() : toString(e);
  } else {
    return TS_STR("function");
  }
}
}  // namespace detail
// t.join(sep) of a tuple whose elements have different types (join(undefined) is join()).
template <class... E> inline String tupleJoin(const String& sepArg, const E&... e) {
  const String sep = sepArg.isUndefinedState() ? TS_STR(",") : sepArg;
  String out;
  bool first = true;
  auto add = [&](const String& part) {
    out = first ? part : concat(out, sep, part);
    first = false;
  };
  (add(detail::tuplePart(e)), ...);
  return out;
}
template <class... E> inline String tupleToString(const E&... e) { return tupleJoin(TS_STR(","), e...); }

template <class T> inline String toString(const Array<T>& a) {
  if (!a.isLive()) return a.isNullState() ? TS_STR("null") : TS_STR("undefined");
  return a.join(TS_STR(","));
}

}  // namespace ts

// number[] with ts::Num elements: stored packed while every element is an int32 (issue 12).
#include "ts_num_array.h"
