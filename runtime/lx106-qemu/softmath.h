// Shared declarations of the lx106 target's arithmetic helpers (intmath.cpp, softfloat.cpp). TSD_MATH(name)
// spells the libgcc name (__name) in target builds; the host-side test of these routines defines
// TSD_MATH_HOST_TEST so they are compiled as tsd_name and can be compared with the host CPU's own arithmetic.
#ifndef TSDUINO_LX106_SOFTMATH_H
#define TSDUINO_LX106_SOFTMATH_H
#include <stdint.h>

#ifdef TSD_MATH_HOST_TEST
#define TSD_MATH(name) tsd_##name
#else
#define TSD_MATH(name) __##name
#endif

// 32x32→64 from four 16x16 products, because the lx106 multiplier only returns the low 32 bits (MULL).
static inline uint64_t tsd_mul32x32(uint32_t a, uint32_t b) {
  uint32_t al = a & 0xffff, ah = a >> 16, bl = b & 0xffff, bh = b >> 16;
  uint32_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  uint32_t mid = (ll >> 16) + (lh & 0xffff) + (hl & 0xffff);
  uint32_t lo = (ll & 0xffff) | (mid << 16);
  uint32_t hi = hh + (lh >> 16) + (hl >> 16) + (mid >> 16);
  return (static_cast<uint64_t>(hi) << 32) | lo;
}

#endif
