// Conversions into AssemblyScript's fixed-width types (i32(x), u8(x) ... and assignments of a `number` to
// a fixed-width variable). From a double: truncation toward zero, saturating at the 32- or 64-bit range,
// NaN → 0 (AssemblyScript's trunc_sat); the 8- and 16-bit types keep the low bits of that 32-bit result, as
// AssemblyScript does (u8(300.0) is 44, i8(128.0) is -128, u8(-1.0) is 0: test/fixed/12-…); between integer
// types: the low bits, i.e. wrapping, as C++ casts do.
#pragma once
#include <stdint.h>
#include <math.h>

namespace ts {
namespace detail {
template <class I> inline I truncSat(double x, double lo, double hi) {
  if (x != x) return 0;
  if (x <= lo) return static_cast<I>(lo);
  if (x >= hi) return static_cast<I>(hi);
  return static_cast<I>(x);
}
}  // namespace detail

inline int32_t int32_from(double x) { return detail::truncSat<int32_t>(x, -2147483648.0, 2147483647.0); }
inline int8_t int8_from(double x) { return static_cast<int8_t>(int32_from(x)); }
inline int16_t int16_from(double x) { return static_cast<int16_t>(int32_from(x)); }
inline int64_t int64_from(double x) {
  if (x != x) return 0;
  if (x <= -9223372036854775808.0) return INT64_MIN;
  if (x >= 9223372036854775807.0) return INT64_MAX;
  return static_cast<int64_t>(x);
}
inline uint32_t uint32_from(double x) { return detail::truncSat<uint32_t>(x, 0.0, 4294967295.0); }
inline uint8_t uint8_from(double x) { return static_cast<uint8_t>(uint32_from(x)); }
inline uint16_t uint16_from(double x) { return static_cast<uint16_t>(uint32_from(x)); }
inline uint64_t uint64_from(double x) {
  if (x != x || x <= 0) return 0;
  if (x >= 18446744073709551615.0) return UINT64_MAX;
  return static_cast<uint64_t>(x);
}
inline float float_from(double x) { return static_cast<float>(x); }
}  // namespace ts
