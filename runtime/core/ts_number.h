// JavaScript numbers: exact Number.prototype.toString / toFixed formatting (in ts_number.cpp), Number(),
// parseInt, parseFloat, the `%` and `**` operators, ToInt32/ToUint32 with the bitwise shift helpers, and
// the Math functions whose JS semantics differ from the C library (round, sign, max, min, random).
#pragma once

#include "ts_base.h"
#include "ts_string.h"

namespace ts {

String toFixed(double x, double digits = 0);
String toPrecision(double x, double precision);
// Number.prototype.toExponential(): shortest digits, or fractionDigits after the point (exact, halves up).
String toExponential(double x);
String toExponential(double x, double fractionDigits);
// Number.prototype.toString(radix), radix 2..36 (V8's digit algorithm for fractions).
String toStringRadix(double x, double radix);
// i64/u64 .toString(radix): every digit (AssemblyScript), not those of the nearest double. (Not overloads
// of toStringRadix: an int argument would be ambiguous.)
String toStringRadix64(int64_t x, double radix);
String toStringRadix64(uint64_t x, double radix);
double Number(const String& s);
inline double Number(double x) { return x; }
inline double Number(bool b) { return b ? 1 : 0; }
// Number(x) for `number | undefined`, `boolean | null`...: undefined is NaN, null is 0.
template <class T> inline double Number(const Opt<T>& o) {
  if (!o.hasValue()) return o.isNullState() ? 0.0 : NAN;
  if constexpr (detail::isSame<T, bool>) return o.value() ? 1 : 0;
  else return static_cast<double>(o.value());
}
double parseInt(const String& s, double radix = 0);
double parseFloat(const String& s);

inline bool isNaN(double x) { return x != x; }
inline bool isFinite(double x) { return x == x && x - x == 0; }
inline bool Number_isNaN(double x) { return x != x; }
inline bool Number_isFinite(double x) { return isFinite(x); }
inline bool Number_isInteger(double x) { return isFinite(x) && trunc(x) == x; }
inline bool Number_isSafeInteger(double x) { return Number_isInteger(x) && fabs(x) <= 9007199254740991.0; }

// `a - b` where b was converted from an integer: a function, because g++ 12's front end folds
// `0.0 - double(i)` to `-double(i)` (-0 for i = 0, JS gives 0); inlined, the code is the plain subtraction.
inline double sub(double a, double b) { return a - b; }

// JS `%`: the C fmod has exactly ECMAScript's semantics (sign of the dividend, NaN cases). On a PC, integral
// operands below 2^53 take the CPU's 64-bit division instead (fmod was 15% of bench/host's maps); both are
// exact, and a zero remainder keeps the dividend's sign (-0 for a negative one). The lx106 keeps fmod: its
// 64-bit division is a library routine too, and would add code.
inline double jsMod(double a, double b) {
#if !defined(__XTENSA__)
  constexpr double kSafe = 9007199254740992.0;
  if (a > -kSafe && a < kSafe && b > -kSafe && b < kSafe && b != 0) {
    int64_t x = int64_t(a), y = int64_t(b);
    if (double(x) == a && double(y) == b) {
      int64_t r = y == -1 ? 0 : x % y;
      return r == 0 ? (a < 0 || (a == 0 && signbit(a)) ? -0.0 : 0.0) : double(r);
    }
  }
#endif
  return fmod(a, b);
}
inline double mod(double a, double b) { return jsMod(a, b); }
// JS `**` and Math.pow: V8's fdlibm algorithm (ts_pow.cpp), not the C library's pow, whose last digit
// can differ.
double pow(double x, double y);

namespace detail {
int32_t toInt32Slow(double x);
// strtod of the first n bytes of a validated decimal literal, correctly rounded as V8 reads it.
double parseDecimalText(const char* p, size_t n);
}
inline int32_t toInt32(double x) {
  if (TSD_LIKELY(x >= -2147483648.0 && x <= 2147483647.0)) return int32_t(x);
  return detail::toInt32Slow(x);
}
inline int32_t toInt32(int32_t x) { return x; }
inline int32_t toInt32(uint32_t x) { return int32_t(x); }
inline uint32_t toUint32(double x) { return uint32_t(toInt32(x)); }
// ToInt32 of the exact sum or difference of two int32 values (within ±2^32): the wrapped 32-bit result.
inline int32_t wrapAdd(int32_t a, int32_t b) { return int32_t(uint32_t(a) + uint32_t(b)); }
inline int32_t wrapSub(int32_t a, int32_t b) { return int32_t(uint32_t(a) - uint32_t(b)); }
// Shifts on ToInt32/ToUint32'd operands. `shr` is arithmetic for a signed left operand (`>>`) and
// logical for an unsigned one (`>>>`); the count is masked to 5 bits as in JS.
template <class C> inline int32_t shl(int32_t a, C count) { return int32_t(uint32_t(a) << (uint32_t(count) & 31)); }
template <class C> inline uint32_t shl(uint32_t a, C count) { return a << (uint32_t(count) & 31); }
template <class C> inline int32_t shr(int32_t a, C count) { return a >> (uint32_t(count) & 31); }
template <class C> inline uint32_t shr(uint32_t a, C count) { return a >> (uint32_t(count) & 31); }
// Shifts of the 64-bit fixed-width types (i64, u64): the count masked to 6 bits; `<<` wraps in the type.
template <class I, class C> inline I shl64(I a, C count) { return I(uint64_t(a) << (uint32_t(count) & 63)); }
template <class I, class C> inline I shr64(I a, C count) { return I(a >> (uint32_t(count) & 63)); }
// Shifts of AssemblyScript's 8- and 16-bit types: the count is taken modulo the type's width and the
// result wraps to the type (u8 200 << 9 is 144). `>>>` is `>>` on them: an i8 is held sign-extended, and
// its low 8 bits after a logical shift of the 32-bit value are those of the arithmetic shift.
template <class T, class C> inline T shlSmall(T a, C count) { return T(uint32_t(a) << (uint32_t(count) & (sizeof(T) * 8 - 1))); }
template <class T, class C> inline T shrSmall(T a, C count) { return T(a >> (uint32_t(count) & (sizeof(T) * 8 - 1))); }
inline int32_t shl(double a, double b) { return shl(toInt32(a), toUint32(b)); }
inline int32_t shr(double a, double b) { return shr(toInt32(a), toUint32(b)); }
inline uint32_t ushr(double a, double b) { return shr(toUint32(a), toUint32(b)); }
// `/` and `%` where the compiler proved integer operands and an integer result (no division by zero,
// no INT_MIN / -1 overflow in valid programs; guarded anyway instead of undefined behaviour).
template <class I> inline I idiv(I a, I b) {
  if (TSD_UNLIKELY(b == 0)) return 0;
  if (TSD_UNLIKELY(b == I(-1))) return I(0) - a;
  return a / b;
}
template <class I> inline I irem(I a, I b) {
  if (TSD_UNLIKELY(b == 0 || b == I(-1))) return 0;
  return a % b;
}

double Math_round(double x);
inline double Math_sign(double x) {
  if (x != x) return NAN;  // also undefined read past a number[]'s end
  if (x == 0) return x;
  return x > 0 ? 1 : -1;
}
// These return their NaN argument as it is: numeric() turns undefined (read past a number[]'s end) into NaN.
inline double Math_trunc(double x) { return trunc(numeric(x)); }
inline double Math_abs(double x) { return fabs(numeric(x)); }
inline double Math_floor(double x) { return floor(numeric(x)); }
inline double Math_ceil(double x) { return ceil(numeric(x)); }
inline double Math_sqrt(double x) { return sqrt(x); }
inline double Math_cbrt(double x) { return cbrt(x); }
inline double Math_pow(double x, double y) { return pow(x, y); }
inline double Math_log2(double x) { return log2(x); }
inline double Math_log10(double x) { return log10(x); }
inline double Math_fround(double x) { return double(float(x)); }

namespace detail {
inline double max2(double a, double b) {
  if (a != a || b != b) return NAN;
  if (a == b) return signbit(a) ? b : a;  // max(-0, 0) = 0
  return a > b ? a : b;
}
inline double min2(double a, double b) {
  if (a != a || b != b) return NAN;
  if (a == b) return signbit(a) ? a : b;  // min(0, -0) = -0
  return a < b ? a : b;
}
}  // namespace detail
inline double Math_max() { return -INFINITY; }
inline double Math_min() { return INFINITY; }
template <class... A> inline double Math_max(double a, A... rest) {
  double r = numeric(a);
  const double more[] = {0.0, static_cast<double>(rest)...};
  for (size_t i = 1; i <= sizeof...(A); i++) r = detail::max2(r, more[i]);
  return r;
}
template <class... A> inline double Math_min(double a, A... rest) {
  double r = numeric(a);
  const double more[] = {0.0, static_cast<double>(rest)...};
  for (size_t i = 1; i <= sizeof...(A); i++) r = detail::min2(r, more[i]);
  return r;
}
double Math_random();
// The key a C++ switch uses for a JS number discriminant: the integer itself, or a value no case label has
// (labels are int32) for fractions, NaN and out-of-range numbers. -0 is 0, as -0 === 0.
inline int64_t caseKey(double d) { return d == trunc(d) && d > -4294967296.0 && d < 4294967296.0 ? int64_t(d) : INT64_MIN; }
// Math.hypot with V8's algorithm (scaled by the largest magnitude, Kahan-compensated sum), so results match
// Node to the last bit; Infinity wins over NaN.
inline double Math_hypot() { return 0; }
template <class... A> inline double Math_hypot(A... args) {
  const double values[] = {fabs(static_cast<double>(args))...};
  double max = 0;
  bool nan = false;
  for (double v : values) {
    if (v != v) nan = true;
    else if (v > max) max = v;
  }
  if (max == INFINITY) return INFINITY;
  if (nan) return NAN;
  if (max == 0) return 0;
  double sum = 0, compensation = 0;
  for (double v : values) {
    double n = v / max;
    double summand = n * n - compensation;
    double preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return sqrt(sum) * max;
}
inline double Math_imul(double a, double b) { return double(int32_t(uint32_t(toInt32(a)) * uint32_t(toInt32(b)))); }
inline double Math_clz32(double x) {
  uint32_t v = toUint32(x);
  if (v == 0) return 32;
  int n = 0;
  while (!(v & 0x80000000u)) {
    v <<= 1;
    n++;
  }
  return n;
}

constexpr double Math_PI = 3.141592653589793;
constexpr double Math_E = 2.718281828459045;
constexpr double Math_LN2 = 0.6931471805599453;
constexpr double Math_LN10 = 2.302585092994046;
constexpr double Math_SQRT2 = 1.4142135623730951;
constexpr double Number_MAX_SAFE_INTEGER = 9007199254740991.0;
constexpr double Number_MIN_SAFE_INTEGER = -9007199254740991.0;
constexpr double Number_EPSILON = 2.220446049250313e-16;
constexpr double Number_MAX_VALUE = 1.7976931348623157e308;
constexpr double Number_MIN_VALUE = 5e-324;

}  // namespace ts
