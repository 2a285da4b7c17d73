// Replacements for picolibc math routines that give wrong results in Debian's lx106 build, found by
// selftest/libm_check.cpp (the same program on the host and on the lx106 must print the same bits):
// trunc() clears significand bits for |x| >= 2^64 (an out-of-range 64-bit shift), ceil() loses the carry
// for x just below 2^52 (4503599627370495.5 → 4503599627370495 instead of ...496), and floor() shares
// ceil's code shape. These are pure bit manipulation plus one exact ±1, so they are exact for every input.
// Being object files, they take precedence over the libm.a members of the same name.
#include <math.h>
#include <stdint.h>
#include <string.h>

namespace {
inline uint64_t bitsOf(double x) {
  uint64_t u;
  memcpy(&u, &x, 8);
  return u;
}
inline double fromBits(uint64_t u) {
  double x;
  memcpy(&x, &u, 8);
  return x;
}
}  // namespace

extern "C" double trunc(double x) {
  uint64_t u = bitsOf(x);
  int e = static_cast<int>((u >> 52) & 0x7ff) - 1023;
  if (e >= 52) return e == 1024 ? x + x : x;  // already an integer, or NaN/Infinity
  if (e < 0) return fromBits(u & (1ull << 63));  // |x| < 1: a zero of x's sign
  uint64_t fraction = (1ull << (52 - e)) - 1;
  return fromBits(u & ~fraction);
}

extern "C" double floor(double x) {
  double t = trunc(x);
  return t > x ? t - 1.0 : t;  // only for negative non-integers; t - 1 is exact below 2^52
}

extern "C" double ceil(double x) {
  double t = trunc(x);
  return t < x ? t + 1.0 : t;  // keeps -0 for -1 < x <= -0, as C and JavaScript require
}
