// ts::Num: a JavaScript number that is stored as an int32 while its value is one, and as a double otherwise.
// The compiler stores `number` variables, parameters, fields and returns that look integral (see
// compiler/src/lower/numrep.ts) as Num, so that their arithmetic costs a few integer instructions on the
// lx106 (no FPU: a software double add is ~160 instructions, a divide ~1000) instead of a double routine.
// Every operation is exact JavaScript: the int32 fast path is taken only when its result is the same number
// JS computes (no overflow, no -0, an integral quotient); anything else is done in double. Reading a Num as
// a double is exact, so a Num can go wherever a double goes.
//
// Layout: the 8 bytes of a double. An int32 is kept in the low word with a signalling-NaN pattern (TAG) in
// the high word; no arithmetic produces a signalling NaN, and a double with that high word is stored as the
// canonical NaN instead. Doubles that hold an int32 value (not -0) are stored as int32 too.
#pragma once

#include "ts_base.h"

namespace ts {
// Num lives in its own namespace so that argument-dependent lookup on a Num finds only its operators, never
// a ts:: helper that a user function of the same name (`mod`, `toString`) would be ambiguous with.
namespace num {

class Num {
 public:
  static constexpr uint32_t TAG = 0xFFF75A5Au;

  Num() { setBoth(0, TAG); }
  Num(double d) { *this = fromDouble(d); }
  template <class I, class = detail::EnableIf<detail::isIntegral<I>>> Num(I i) {
    if constexpr (sizeof(I) < 4 || (sizeof(I) == 4 && I(-1) < I(0))) {
      *this = fromInt(int32_t(i));
    } else if constexpr (I(-1) < I(0)) {
      *this = i >= I(-2147483647 - 1) && i <= I(2147483647) ? fromInt(int32_t(i)) : fromDouble(double(i));
    } else {
      *this = i <= I(2147483647) ? fromInt(int32_t(i)) : fromDouble(double(i));
    }
  }
  Num(float f) : Num(double(f)) {}
  // `c?.value` typed number (c not nullable by its type, undefined at run time): the undefined number.
  Num(Undefined) : Num(detail::undefinedNumber) {}
  Num(bool) = delete;

  static Num fromInt(int32_t i) {
    Num n(Raw{});
    n.setBoth(uint32_t(i), TAG);
    return n;
  }
  static Num fromDouble(double d) {
    Num n(Raw{});
#if defined(__x86_64__) || defined(__aarch64__)
    // The host: the CPU's own conversion (one instruction each way) tells an int32 value apart; -0 keeps its
    // sign bit, so it fails the bits test.
    if (d >= -2147483648.0 && d <= 2147483647.0) {
      int32_t i = int32_t(d);
      if (double(i) == d && (i != 0 || !__builtin_signbit(d))) return fromInt(i);
      n.setDbl(d);
      return n;
    }
    n.setDbl(d);
    if (TSD_UNLIKELY(n.hi() == TAG)) n.setDbl(NAN);
    return n;
#else
    n.setDbl(d);
    uint32_t hi = n.hi(), lo = n.lo();
    uint32_t e = (hi >> 20) & 0x7FF;
    if (e >= 1023 && e <= 1023 + 30) {
      uint32_t sh = e - 1023;  // the value is in [2^sh, 2^(sh+1))
      uint32_t m = (hi & 0xFFFFF) | 0x100000;
      uint32_t v;
      if (sh <= 20) {
        if (lo != 0 || (m & ((1u << (20 - sh)) - 1)) != 0) return n;
        v = m >> (20 - sh);
      } else {
        uint32_t fb = 52 - sh;
        if ((lo & ((1u << fb) - 1)) != 0) return n;
        v = (m << (sh - 20)) | (lo >> fb);
      }
      return fromInt(hi & 0x80000000u ? -int32_t(v) : int32_t(v));
    }
    if ((hi | lo) == 0) return fromInt(0);
    if (hi == 0xC1E00000u && lo == 0) return fromInt(int32_t(0x80000000u));  // -2^31
    if (TSD_UNLIKELY(hi == TAG)) n.setDbl(NAN);
    return n;
#endif
  }

  /** A finite double outside the int32 range (an int32 product past 2^31): stored as it is, since fromDouble()
   *  would store only an int32 value or a NaN differently. */
  static Num fromNonInt32(double d) {
    Num n(Raw{});
    n.setDbl(d);
    return n;
  }

  bool isInt() const { return hi() == TAG; }
  /** Another int32 into a Num that holds one (its tag stays): the int32 copies of methods (int-methods.ts). */
  void setIntKeepingTag(int32_t i) { setLo(uint32_t(i)); }
  int32_t intValue() const { return int32_t(lo()); }
  double toDouble() const { return isInt() ? double(intValue()) : dbl(); }
  operator double() const { return toDouble(); }

  static bool bothInt(Num a, Num b) { return ((a.hi() ^ TAG) | (b.hi() ^ TAG)) == 0; }

  Num& operator++() {
    if (TSD_LIKELY(isInt() && intValue() != 2147483647)) setLo(lo() + 1);
    else *this = fromDouble(toDouble() + 1);
    return *this;
  }
  Num& operator--() {
    if (TSD_LIKELY(isInt() && intValue() != int32_t(-2147483647 - 1))) setLo(lo() - 1);
    else *this = fromDouble(toDouble() - 1);
    return *this;
  }
  Num operator++(int) {
    Num old = *this;
    ++*this;
    return old;
  }
  Num operator--(int) {
    Num old = *this;
    --*this;
    return old;
  }

 private:
  struct Raw {};
  explicit Num(Raw) {}
#if defined(__x86_64__) || defined(__aarch64__)
  // The host: one 64-bit integer, so g++ keeps a Num in a general register (a union with a double put loop
  // counters in SSE registers, repacked with shuffles at every step: bench/host sieve).
  uint64_t bits_;
  uint32_t lo() const { return uint32_t(bits_); }
  uint32_t hi() const { return uint32_t(bits_ >> 32); }
  void setLo(uint32_t v) { bits_ = (bits_ & 0xFFFFFFFF00000000ull) | v; }
  void setBoth(uint32_t l, uint32_t h) { bits_ = (uint64_t(h) << 32) | l; }
  double dbl() const {
    double d;
    __builtin_memcpy(&d, &bits_, sizeof d);
    return d;
  }
  void setDbl(double d) { __builtin_memcpy(&bits_, &d, sizeof d); }
#else
  union {
    double d_;
    struct {
      uint32_t lo, hi;  // little-endian (lx106): the low word first
    } w_;
  };
  uint32_t lo() const { return w_.lo; }
  uint32_t hi() const { return w_.hi; }
  void setLo(uint32_t v) { w_.lo = v; }
  void setBoth(uint32_t l, uint32_t h) {
    w_.lo = l;
    w_.hi = h;
  }
  double dbl() const { return d_; }
  void setDbl(double d) { d_ = d; }
#endif
};


namespace impl {
Num numAddSlow(Num a, Num b);
Num numSubSlow(Num a, Num b);
Num numMulSlow(Num a, Num b);
Num numDivSlow(Num a, Num b);
Num numModSlow(Num a, Num b);
Num numNegSlow(Num a);
bool numLtSlow(Num a, Num b);
bool numLeSlow(Num a, Num b);
bool numEqSlow(Num a, Num b);

template <class T> constexpr bool isNumOperand = ::ts::detail::isArithmetic<T> && !::ts::detail::isSame<::ts::detail::Decay<T>, bool>;

// An operand as a Num: a double that is a compile-time int32 constant folds to the int path.
template <class T> __attribute__((always_inline)) inline Num asNum(T v) {
  if constexpr (::ts::detail::isSame<::ts::detail::Decay<T>, double> || ::ts::detail::isSame<::ts::detail::Decay<T>, float>) {
    if (__builtin_constant_p(v) && v >= -2147483648.0 && v <= 2147483647.0 && double(int32_t(v)) == v && !(v == 0 && signbit(v)))
      return Num::fromInt(int32_t(v));
    return Num::fromDouble(double(v));
  } else {
    return Num(v);
  }
}
}  // namespace impl

inline Num operator+(Num a, Num b) {
  int32_t r;
  if (TSD_LIKELY(Num::bothInt(a, b)) && !__builtin_add_overflow(a.intValue(), b.intValue(), &r)) return Num::fromInt(r);
  return impl::numAddSlow(a, b);
}
inline Num operator-(Num a, Num b) {
  int32_t r;
  if (TSD_LIKELY(Num::bothInt(a, b)) && !__builtin_sub_overflow(a.intValue(), b.intValue(), &r)) return Num::fromInt(r);
  return impl::numSubSlow(a, b);
}
inline Num operator*(Num a, Num b) {
#if defined(__x86_64__) || defined(__aarch64__)
  // The host: the exact 64-bit product; past int32 its conversion to double rounds it once, as JS's multiply
  // of the two (exact) doubles does. A zero product with a negative factor is -0 (the out-of-line path).
  if (TSD_LIKELY(Num::bothInt(a, b))) {
    int64_t r = int64_t(a.intValue()) * int64_t(b.intValue());
    if (TSD_LIKELY(r == int64_t(int32_t(r)))) {
      if (TSD_LIKELY(r != 0)) return Num::fromInt(int32_t(r));
    } else {
      return Num::fromNonInt32(double(r));
    }
  }
#else
  if (TSD_LIKELY(Num::bothInt(a, b))) {
    int32_t x = a.intValue(), y = b.intValue();
    // Both below 2^15, or |x| < 2^p and |y| < 2^q with p + q <= 31 (leading zeros counted, one instruction on
    // the lx106): the product fits (one 32-bit multiply); a zero product from a negative factor is -0.
    uint32_t ax = x < 0 ? 0u - uint32_t(x) : uint32_t(x), ay = y < 0 ? 0u - uint32_t(y) : uint32_t(y);
    if (TSD_LIKELY((ax | ay) < 0x8000u || __builtin_clz(ax | 1u) + __builtin_clz(ay | 1u) >= 33)) {
      int32_t r = x * y;
      if (TSD_LIKELY(r != 0 || (x >= 0 && y >= 0))) return Num::fromInt(r);
    }
  }
#endif
  return impl::numMulSlow(a, b);
}
inline Num operator/(Num a, Num b) { return impl::numDivSlow(a, b); }
inline Num operator%(Num a, Num b) {
  if (TSD_LIKELY(Num::bothInt(a, b))) {
    int32_t x = a.intValue(), y = b.intValue();
    if (TSD_LIKELY(y > 0 && x >= 0)) return Num::fromInt(x % y);
  }
#if defined(__x86_64__) || defined(__aarch64__)
  // The host: a positive integral double below 2^53 by a positive int32 (`(x * 48271) % 2147483647` past
  // 2^31) in the CPU's 64-bit division, inline, so a constant divisor becomes a multiplication. Exact; the
  // remainder is below the divisor, an int32, and not -0 (the dividend is positive).
  else if (b.isInt() && b.intValue() > 0) {
    double d = a.toDouble();
    if (d > 0 && d < 9007199254740992.0) {
      int64_t x = int64_t(d);
      if (double(x) == d) return Num::fromInt(int32_t(x % b.intValue()));
    }
  }
#endif
  return impl::numModSlow(a, b);
}
inline Num operator-(Num a) {
  if (TSD_LIKELY(a.isInt() && a.intValue() != 0 && a.intValue() != int32_t(-2147483647 - 1))) return Num::fromInt(-a.intValue());
  return impl::numNegSlow(a);
}
inline Num operator+(Num a) { return a; }

// Comparisons: int32 inline, the double path out of line (it would otherwise spill registers in every caller).
inline bool operator<(Num a, Num b) { return TSD_LIKELY(Num::bothInt(a, b)) ? a.intValue() < b.intValue() : impl::numLtSlow(a, b); }
inline bool operator<=(Num a, Num b) { return TSD_LIKELY(Num::bothInt(a, b)) ? a.intValue() <= b.intValue() : impl::numLeSlow(a, b); }
inline bool operator>(Num a, Num b) { return TSD_LIKELY(Num::bothInt(a, b)) ? a.intValue() > b.intValue() : impl::numLtSlow(b, a); }
inline bool operator>=(Num a, Num b) { return TSD_LIKELY(Num::bothInt(a, b)) ? a.intValue() >= b.intValue() : impl::numLeSlow(b, a); }
inline bool operator==(Num a, Num b) { return TSD_LIKELY(Num::bothInt(a, b)) ? a.intValue() == b.intValue() : impl::numEqSlow(a, b); }
inline bool operator!=(Num a, Num b) { return !(a == b); }

// Num with a C++ number on either side: the number as a Num (exact: every double and int32 is one).
#define TSD_NUM_MIXED(OP, R)                                                                                               \
  template <class T, class = ::ts::detail::EnableIf<impl::isNumOperand<T>>> __attribute__((always_inline)) inline R operator OP(Num a, T b) { \
    return a OP impl::asNum(b);                                                                                          \
  }                                                                                                                        \
  template <class T, class = ::ts::detail::EnableIf<impl::isNumOperand<T>>> __attribute__((always_inline)) inline R operator OP(T a, Num b) { \
    return impl::asNum(a) OP b;                                                                                          \
  }
TSD_NUM_MIXED(+, Num)
TSD_NUM_MIXED(-, Num)
TSD_NUM_MIXED(*, Num)
TSD_NUM_MIXED(/, Num)
TSD_NUM_MIXED(%, Num)
TSD_NUM_MIXED(<, bool)
TSD_NUM_MIXED(<=, bool)
TSD_NUM_MIXED(>, bool)
TSD_NUM_MIXED(>=, bool)
TSD_NUM_MIXED(==, bool)
TSD_NUM_MIXED(!=, bool)
#undef TSD_NUM_MIXED

template <class T> inline Num& operator+=(Num& a, T b) { return a = a + b; }
template <class T> inline Num& operator-=(Num& a, T b) { return a = a - b; }
template <class T> inline Num& operator*=(Num& a, T b) { return a = a * b; }
template <class T> inline Num& operator/=(Num& a, T b) { return a = a / b; }
template <class T> inline Num& operator%=(Num& a, T b) { return a = a % b; }
// `x += n` on a double variable with a Num: plain double arithmetic.
inline double& operator+=(double& a, Num b) { return a += b.toDouble(); }
inline double& operator-=(double& a, Num b) { return a -= b.toDouble(); }
inline double& operator*=(double& a, Num b) { return a *= b.toDouble(); }
inline double& operator/=(double& a, Num b) { return a /= b.toDouble(); }

}  // namespace num
using num::Num;

// ToNumber of a Num that may be undefined read past a number[]'s end: NaN.
inline Num numeric(Num x) { return TSD_LIKELY(x.isInt()) ? x : Num::fromDouble(numeric(x.toDouble())); }

// The runtime's number helpers on a Num.
inline Num mod(Num a, Num b) { return a % b; }
template <class T, class = detail::EnableIf<num::impl::isNumOperand<T>>> inline Num mod(Num a, T b) { return a % num::impl::asNum(b); }
template <class T, class = detail::EnableIf<num::impl::isNumOperand<T>>> inline Num mod(T a, Num b) { return num::impl::asNum(a) % b; }
namespace detail {
int32_t toInt32Slow(double x);
}
inline int32_t toInt32(Num x) {
  if (TSD_LIKELY(x.isInt())) return x.intValue();
  double d = x.toDouble();
  if (d >= -2147483648.0 && d <= 2147483647.0) return int32_t(d);
  return detail::toInt32Slow(d);
}
inline uint32_t toUint32(Num x) { return uint32_t(toInt32(x)); }
inline bool truthy(Num x) { return x.isInt() ? x.intValue() != 0 : (x.toDouble() == x.toDouble() && x.toDouble() != 0); }

}  // namespace ts
