// `ts::Array<ts::Num>`: the `number[]` the compiler chose for ts::Num elements (compiler/src/lower/num-arrays.ts),
// stored packed (issue 12). While every element is an int32 (and there are no holes) the storage is an int32_t
// per element, as a fixed-width `i32[]`, and a read in range is one bounds check and one load, whose result is
// known to be an int32 at the call site (its Num tag folds away); the first store of anything else (a double,
// -0, NaN, undefined, a store past the end that leaves holes) converts the storage to 8-byte Num elements for
// good, which then behave exactly as the generic Array<T> of numbers does (undefined past the end, holes read as
// undefined). Reads: `intLen` is the length while packed and 0 once wide, so the packed test and the bounds
// test are one unsigned comparison.
// Only what num-arrays.ts lets a chosen array do is here (element reads and writes, push, length, passing it
// on): any other member used on it fails to compile rather than run on the wrong storage.
#pragma once

namespace ts {
namespace detail {
struct NumArrayHeader {
  uint32_t refcount;
  ArrayCount len;
  ArrayCount cap;
  void* data;        // int32_t[cap] while packed, Num[cap] once wide
  ArrayCount intLen;  // len while packed, 0 once wide
  uint32_t wide;
};
// Constant-initialised nullish handles (their count never reaches zero), as arrayNull/arrayUndefined.
inline NumArrayHeader numArrayNull = {1u << 25, 0, 0, nullptr, 0, 1};
inline NumArrayHeader numArrayUndefined = {1u << 25, 0, 0, nullptr, 0, 1};
// The undefined number as a Num, bit for bit (constant-folded: no guard variable as undefinedNum() has).
inline Num undefinedNumValue() { return Num::fromDouble(__builtin_bit_cast(double, kUndefinedNumberBits)); }
}  // namespace detail

template <> class Array<Num> {
 public:
  static constexpr bool tsNullable = true;
  using value_type = Num;

  Array() : h_(&detail::numArrayUndefined) { ++h_->refcount; }
  Array(Undefined) : Array() {}
  Array(Null) : h_(&detail::numArrayNull) { ++h_->refcount; }
  Array(const Array& o) : h_(o.h_) { ++h_->refcount; }
  Array(Array&& o) noexcept : h_(o.h_) {
    o.h_ = &detail::numArrayUndefined;
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
      detail::NumArrayHeader* old = h_;
      h_ = o.h_;
      o.h_ = &detail::numArrayUndefined;
      ++o.h_->refcount;
      release(old);
    }
    return *this;
  }

  static Array empty() { return Array(alloc(0)); }
  static Array withCapacity(uint32_t n) { return Array(alloc(n)); }
  template <class... A> static Array of(A&&... items) {
    Array a(alloc(sizeof...(A)));
    (a.pushOne(Num(detail::forward<A>(items))), ...);
    return a;
  }

  bool isNullState() const { return h_ == &detail::numArrayNull; }
  bool isUndefinedState() const { return h_ == &detail::numArrayUndefined; }
  bool isLive() const { return !isNullState() && !isUndefinedState(); }
  uintptr_t identity() const { return reinterpret_cast<uintptr_t>(h_); }
  uint32_t size() const { return h_->len; }
  double length() const {
    if (TSD_UNLIKELY(!isLive())) detail::arrayIndexError(plainHeader());
    return h_->len;
  }

  // a[i]: undefined past the end (and for an index that is not an array index), as Array<double>.
  template <class I> Num get(I i) const {
    if constexpr (detail::isSame<I, Num>) {
      if (TSD_LIKELY(i.isInt())) return get(i.intValue());
      return getByDouble(i.toDouble());
    } else if constexpr (detail::isIntegral<I> && sizeof(I) <= 4) {
      if (TSD_LIKELY(static_cast<uint32_t>(i) < h_->intLen)) return Num::fromInt(ints()[i]);
      // Wide, or past the end: no call that returns on this path (values live across it would leave the
      // caller-saved registers).
      if (static_cast<uint32_t>(i) < h_->len) return nums()[i];
      if (TSD_UNLIKELY(!isLive())) nullishIndex(i, false);
      if (TSD_UNLIKELY(detail::namedKeys != nullptr)) return namedGet(int32_t(i));  // out of line: the hot path keeps its registers
      return detail::undefinedNumValue();
    } else {
      return getByDouble(static_cast<double>(i));
    }
  }
  // `a[i] < b` (compiler/src/lower/num-array-compare.ts): an int32 comparison while a is packed, i in range and
  // b an int32; the Num comparison of the element otherwise.
  template <class I, class B> bool ltAt(I i, const B& b) const { return compareAt<0>(i, Num(b)); }
  template <class I, class B> bool leAt(I i, const B& b) const { return compareAt<1>(i, Num(b)); }
  template <class I, class B> bool gtAt(I i, const B& b) const { return compareAt<2>(i, Num(b)); }
  template <class I, class B> bool geAt(I i, const B& b) const { return compareAt<3>(i, Num(b)); }
  template <int Op> static bool compare(Num a, Num b) {
    if constexpr (Op == 0) return a < b;
    else if constexpr (Op == 1) return a <= b;
    else if constexpr (Op == 2) return a > b;
    else return a >= b;
  }
  template <int Op, class I> bool compareAt(I i, Num b) const {
    if constexpr (detail::isIntegral<I> && sizeof(I) <= 4) {
      // The storage pointer is read before the test and b's tag is folded into the limit (0 when b is not an
      // int32): in a scan (`while (a[i] < pivot) i++`) both are loop-invariant, so g++ keeps the pointer and
      // the limit in registers and the iteration is one bounds test and one load, as an int32_t array's.
      const int32_t* d = ints();
      const uint32_t limit = h_->intLen & (0u - uint32_t(b.isInt()));
      if (TSD_LIKELY(static_cast<uint32_t>(i) < limit)) {
        const int32_t x = d[i], y = b.intValue();
        if constexpr (Op == 0) return x < y;
        else if constexpr (Op == 1) return x <= y;
        else if constexpr (Op == 2) return x > y;
        else return x >= y;
      }
      return compareSlow(int32_t(i), b, Op);
    } else if constexpr (detail::isSame<I, Num>) {
      if (TSD_LIKELY(i.isInt())) return compareAt<Op>(i.intValue(), b);
      return compare<Op>(getByDouble(i.toDouble()), b);
    } else {
      return compare<Op>(get(i), b);
    }
  }
  TSD_NOINLINE bool compareSlow(int32_t i, Num b, int op) const {
    const Num a = get(i);
    switch (op) {
      case 0: return compare<0>(a, b);
      case 1: return compare<1>(a, b);
      case 2: return compare<2>(a, b);
      default: return compare<3>(a, b);
    }
  }
  TSD_NOINLINE Num getByDouble(double i) const {
    uint32_t k;
    if (detail::indexBelow(i, h_->len, k)) return h_->wide ? nums()[k] : Num::fromInt(ints()[k]);
    if (!isLive()) nullishIndex(i, false);
    if (TSD_UNLIKELY(detail::namedKeys != nullptr) && !detail::isArrayIndex(i)) {
      const Num* p = detail::namedRead<Num>(h_, i);
      if (p != nullptr) return *p;
    }
    return detail::undefinedNumValue();
  }
  TSD_NOINLINE Num namedGet(int32_t i) const { return getByDouble(i); }

  // a[i] = v; returns the stored value. An index past the end appends (holes between read undefined).
  template <class I, class V> Num set(I i, V v) const {
    if constexpr (detail::isSame<I, Num>) {
      if (TSD_LIKELY(i.isInt())) return set(i.intValue(), v);
      return setSlow(i.toDouble(), Num(v));
    } else if constexpr (detail::isIntegral<I> && sizeof(I) <= 4) {
      if constexpr (isInt32Value<V>) {
        if (TSD_LIKELY(static_cast<uint32_t>(i) < h_->intLen)) {
          ints()[i] = int32_t(v);
          return Num::fromInt(int32_t(v));
        }
      } else {
        const Num n(v);
        if (TSD_LIKELY(static_cast<uint32_t>(i) < h_->intLen && n.isInt())) {
          ints()[i] = n.intValue();
          return n;
        }
      }
      return setSlow(static_cast<double>(i), Num(v));
    } else {
      return setSlow(static_cast<double>(i), Num(v));
    }
  }

  template <class... A> double push(A&&... items) const {
    if constexpr (sizeof...(A) != 1) requireLive();
    (pushOne(detail::forward<A>(items)), ...);
    return h_->len;
  }
  // `for (let i = a; i < b; i++) arr.push(v)` with a literal v (fill-loop.ts).
  template <class V> void pushRepeated(int64_t count, const V& v) const {
    if (count <= 0) return;
    requireLive();
    if (count > int64_t(2147483647u / sizeof(Num))) detail::invalidArrayLength();
    const Num value(v);
    if (!value.isInt()) widen();
    reserve(h_->len + uint32_t(count));
    for (int64_t i = 0; i < count; i++) {
      if (h_->wide) new (nums() + h_->len++) Num(value);
      else ints()[h_->len++] = value.intValue();
    }
    if (!h_->wide) h_->intLen = h_->len;
  }
  template <class V> void pushOne(const V& v) const {
    if constexpr (isInt32Value<V>) {
      if (TSD_LIKELY(!h_->wide && h_->len < h_->cap)) {
        ints()[h_->len] = int32_t(v);
        h_->intLen = ++h_->len;
        return;
      }
    } else if constexpr (detail::isSame<V, Num>) {
      if (TSD_LIKELY(v.isInt() && !h_->wide && h_->len < h_->cap)) {
        ints()[h_->len] = v.intValue();
        h_->intLen = ++h_->len;
        return;
      }
    }
    pushSlow(Num(v));
  }

 private:
  template <class V> static constexpr bool isInt32Value = detail::isIntegral<V> && sizeof(V) <= 4 && (sizeof(V) < 4 || V(-1) < V(0));
  explicit Array(detail::NumArrayHeader* h) : h_(h) {}
  int32_t* ints() const { return static_cast<int32_t*>(h_->data); }
  Num* nums() const { return static_cast<Num*>(h_->data); }
  // The generic header of the same nullish state, for the runtime's error messages.
  const detail::ArrayHeader* plainHeader() const {
    return isNullState() ? &detail::arrayNull : isUndefinedState() ? &detail::arrayUndefined : reinterpret_cast<const detail::ArrayHeader*>(h_);
  }
  void requireLive() const {
    if (TSD_UNLIKELY(!isLive())) detail::arrayIndexError(plainHeader());
  }
  // An int32 index's message does not link the double formatter (as Array<T>::nullishIndex).
  template <class I> TSD_NOINLINE [[noreturn]] void nullishIndex(I i, bool setting) const {
    if constexpr (detail::isIntegral<I> && sizeof(I) <= 4 && static_cast<I>(-1) < static_cast<I>(0)) detail::arrayIndexError(plainHeader(), static_cast<int32_t>(i), setting);
    else detail::arrayIndexError(plainHeader(), static_cast<double>(i), setting);
  }
  static detail::NumArrayHeader* alloc(uint32_t cap) {
    auto* h = static_cast<detail::NumArrayHeader*>(gc::alloc(sizeof(detail::NumArrayHeader)));
    void* data = cap && h ? gc::alloc(cap * sizeof(int32_t)) : nullptr;
    if (h == nullptr || (cap && data == nullptr)) outOfMemory(PSTR("RangeError: Invalid array length (out of memory)"));
    *h = {1, 0, cap, data, 0, 0};
    return h;
  }
  // Room for one more element of the current storage.
  void reserve(uint32_t minCap) const {
    if (minCap <= h_->cap) return;
    uint32_t cap = h_->cap < 4 ? 4 : h_->cap + h_->cap / 2;
    if (cap < minCap) cap = minCap;
    const size_t elem = h_->wide ? sizeof(Num) : sizeof(int32_t);
    if (uint64_t(cap) * elem > 2147483647u) detail::invalidArrayLength();
    void* data = gc::reallocCollecting(h_->data, cap * elem);
    if (data == nullptr) outOfMemory(PSTR("RangeError: Invalid array length (out of memory)"));
    h_->data = data;
    h_->cap = cap;
  }
  // From int32_t to Num storage, for good.
  TSD_NOINLINE void widen() const {
    if (h_->wide) return;
    const uint32_t cap = h_->cap < 4 ? 4 : h_->cap;
    if (uint64_t(cap) * sizeof(Num) > 2147483647u) detail::invalidArrayLength();
    Num* wide = static_cast<Num*>(gc::mallocCollecting(cap * sizeof(Num)));
    if (wide == nullptr) outOfMemory(PSTR("RangeError: Invalid array length (out of memory)"));
    for (uint32_t i = 0; i < h_->len; i++) new (wide + i) Num(Num::fromInt(ints()[i]));
    free(h_->data);
    h_->data = wide;
    h_->cap = cap;
    h_->intLen = 0;
    h_->wide = 1;
  }
  TSD_NOINLINE void pushSlow(Num v) const {
    if (TSD_UNLIKELY(!isLive())) detail::arrayIndexError(plainHeader());
    if (!v.isInt()) widen();
    reserve(h_->len + 1);
    if (h_->wide) {
      new (nums() + h_->len++) Num(v);
    } else {
      ints()[h_->len] = v.intValue();
      h_->intLen = ++h_->len;
    }
  }
  TSD_NOINLINE Num setSlow(double i, Num v) const {
    if (!isLive()) nullishIndex(i, true);
    uint32_t k;
    const bool inRange = detail::indexBelow(i, h_->len, k);
    if (inRange && !h_->wide && v.isInt()) {
      ints()[k] = v.intValue();
      return v;
    }
    if (!inRange && i == h_->len && h_->len < 4294967295u) {
      pushSlow(v);
      return v;
    }
    // Not an array index (NaN, negative, fractional, too large): a named property, as Array<T>'s
    // (detail::namedKeys).
    if (!inRange && !detail::isArrayIndex(i)) {
      return detail::namedWrite<Num>(h_, i, v, detail::undefinedNumValue());
    }
    widen();
    if (inRange) {
      nums()[k] = v;
      return v;
    }
    // Past the end: the elements between read as undefined (Node: holes).
    if (i > h_->len && i < 4294967295.0 && i == trunc(i)) {
      const uint32_t len = uint32_t(i);
      reserve(len + 1);
      while (h_->len < len) new (nums() + h_->len++) Num(detail::holeNum());
      new (nums() + h_->len++) Num(v);
      return v;
    }
    detail::arrayIndexError(plainHeader());
  }
  static void destroy(void* p) {
    auto* h = static_cast<detail::NumArrayHeader*>(p);
    if (TSD_UNLIKELY(detail::namedKeys != nullptr)) detail::dropNamedKeys<Num>(h);
    free(h->data);
    free(h);
  }
  static void release(detail::NumArrayHeader* h) {
    if (--h->refcount == 0) detail::destroyDeferred(h, &destroy);
  }
  template <class U> friend class Array;

  detail::NumArrayHeader* h_;
};

}  // namespace ts
