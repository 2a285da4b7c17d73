// `ts::Uint8Array`: a view {storage, offset, length} on a refcounted byte buffer. `subarray` shares the
// buffer, `slice` copies; element writes wrap like JS ToUint8 (256 → 0, -1 → 255, NaN → 0). Nullish
// handles have length 0, so `get` stays a single bounds check.
#pragma once

#include "ts_array.h"
#include "ts_base.h"
#include "ts_string.h"

namespace ts {

namespace detail {
struct ByteStorage {
  uint32_t refcount;
  uint32_t size;
  uint8_t bytes[];  // size bytes
};
ByteStorage* allocByteStorage(uint32_t size);  // zero-filled, refcount 1
int32_t toInt32Slow(double x);
inline uint8_t toUint8(double v) {
  if (v >= 0 && v < 256) return uint8_t(v);
  return uint8_t(uint32_t(toInt32Slow(v)) & 0xFF);
}
}  // namespace detail

class Uint8Array {
 public:
  static constexpr bool tsNullable = true;
  Uint8Array() : s_(nullptr), off_(0), len_(0) {}
  Uint8Array(Undefined) : Uint8Array() {}
  Uint8Array(Null) : s_(reinterpret_cast<detail::ByteStorage*>(uintptr_t(1))), off_(0), len_(0) {}
  Uint8Array(const Uint8Array& o) : s_(o.s_), off_(o.off_), len_(o.len_) {
    if (isLive()) ++s_->refcount;
  }
  Uint8Array(Uint8Array&& o) noexcept : s_(o.s_), off_(o.off_), len_(o.len_) {
    o.s_ = nullptr;
    o.len_ = 0;
  }
  ~Uint8Array() { release(); }
  Uint8Array& operator=(const Uint8Array& o) {
    if (o.isLive()) ++o.s_->refcount;
    release();
    s_ = o.s_, off_ = o.off_, len_ = o.len_;
    return *this;
  }
  Uint8Array& operator=(Uint8Array&& o) noexcept {
    if (this != &o) {
      release();
      s_ = o.s_, off_ = o.off_, len_ = o.len_;
      o.s_ = nullptr;
      o.len_ = 0;
    }
    return *this;
  }

  static Uint8Array withLength(double n);
  static Uint8Array from(const Array<double>& values);
  static Uint8Array wrap(const uint8_t* data, size_t len);
  template <class... A> static Uint8Array of(A... values) {
    Uint8Array u = withLength(sizeof...(A));
    const double list[] = {0.0, static_cast<double>(values)...};
    for (size_t i = 0; i < sizeof...(A); i++) u.data()[i] = detail::toUint8(list[i + 1]);
    return u;
  }

  bool isLive() const { return uintptr_t(s_) > 1; }
  bool isNullState() const { return uintptr_t(s_) == 1; }
  bool isUndefinedState() const { return s_ == nullptr; }
  uintptr_t identity() const { return isLive() ? uintptr_t(s_->bytes + off_) ^ (uintptr_t(len_) << 1) : uintptr_t(s_); }

  double length() const {
    if (TSD_UNLIKELY(!isLive())) nullishAccess();
    return len_;
  }
  size_t size() const { return len_; }
  uint8_t* data() const { return isLive() ? s_->bytes + off_ : nullptr; }

  template <class I> double get(I i) const {
    if constexpr (detail::isIntegral<I>) {
      if (TSD_LIKELY(static_cast<uint64_t>(i) < len_)) return s_->bytes[off_ + i];
    } else {
      if (TSD_LIKELY(i >= 0 && i < len_)) {
        uint32_t k = uint32_t(i);
        if (TSD_LIKELY(k == i)) return s_->bytes[off_ + k];
      }
    }
    if (!isLive()) nullishAccess();
    // undefined, kept as the undefined number so that a copy (`let v = u[9]`, a field, a return) still prints
    // "undefined" as in Node (mutant m-416-…-64810060 printed NaN); arithmetic on it gives NaN.
    return detail::undefinedNumber;
  }
  // u[i] where the program observes `undefined`: undefined past the end.
  template <class I> Opt<double> getOpt(I i) const {
    if constexpr (detail::isIntegral<I>) {
      if (TSD_LIKELY(static_cast<uint64_t>(i) < len_)) return double(s_->bytes[off_ + i]);
    } else {
      if (TSD_LIKELY(i >= 0 && i < len_)) {
        uint32_t k = uint32_t(i);
        if (TSD_LIKELY(k == i)) return double(s_->bytes[off_ + k]);
      }
    }
    if (!isLive()) nullishAccess();
    return undefined;
  }
  // u[i] = v; returns v (the value of the JS assignment expression, before wrapping).
  template <class I> double set(I i, double v) const {
    if constexpr (detail::isIntegral<I>) {
      if (TSD_LIKELY(static_cast<uint64_t>(i) < len_)) {
        s_->bytes[off_ + i] = detail::toUint8(v);
        return v;
      }
    } else {
      if (TSD_LIKELY(i >= 0 && i < len_)) {
        uint32_t k = uint32_t(i);
        if (TSD_LIKELY(k == i)) {
          s_->bytes[off_ + k] = detail::toUint8(v);
          return v;
        }
      }
    }
    if (!isLive()) nullishAccess();
    return v;  // like JS, writes outside the typed array are ignored
  }
  Uint8Array subarray(double start = 0, double end = INFINITY) const;
  Uint8Array slice(double start = 0, double end = INFINITY) const;
  Uint8Array fill(double v, double start = 0, double end = INFINITY) const;
  void set(const Uint8Array& source, double offset = 0) const;
  double indexOf(double v, double from = 0) const;
  bool includes(double v) const { return indexOf(v) >= 0; }
  String join(const String& sep) const;
  String join() const;

  class Iterator {
   public:
    Iterator(const uint8_t* p) : p_(p) {}
    double operator*() const { return *p_; }
    Iterator& operator++() {
      ++p_;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return p_ != o.p_; }

   private:
    const uint8_t* p_;
  };
  Iterator begin() const { return Iterator(data()); }
  Iterator end() const { return Iterator(data() + len_); }

 private:
  Uint8Array(detail::ByteStorage* s, uint32_t off, uint32_t len) : s_(s), off_(off), len_(len) {}
  void release() {
    if (isLive() && --s_->refcount == 0) free(s_);
  }
  TSD_COLD [[noreturn]] void outOfRange() const;
  TSD_COLD [[noreturn]] void nullishAccess() const;
  uint32_t relIndex(double d) const;

  detail::ByteStorage* s_;
  uint32_t off_;
  uint32_t len_;
};

inline bool truthy(const Uint8Array& u) { return u.isLive(); }
inline bool same(const Uint8Array& a, const Uint8Array& b) { return a.identity() == b.identity(); }
String toString(const Uint8Array& u);

}  // namespace ts
