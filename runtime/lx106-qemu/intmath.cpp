// Integer arithmetic helpers GCC calls on the lx106 that Debian's libgcc for this CPU leaves out because the
// ESP8266's mask ROM provides them: 32-bit division and remainder (__divsi3, __udivsi3, __modsi3, __umodsi3),
// the 64-bit division entry points and the 32x32→64 / 64x64 multiplications (the lx106 has MULL but no
// MULUH). Division is shift-and-subtract after aligning the divisor with the divisor's leading zeros (NSAU).
// Dividing by zero is undefined in C++ and a trap in AssemblyScript; here it ends the run with a clear message.
#include <stdint.h>
#include "softmath.h"

extern "C" [[noreturn]] void tsd_lx106_fatal(const char* message);

namespace {

inline uint32_t udivmod32(uint32_t n, uint32_t d, uint32_t* remainder) {
  if (d == 0) tsd_lx106_fatal("integer division by zero");
  if (n < d) {
    *remainder = n;
    return 0;
  }
  int shift = __builtin_clz(d) - __builtin_clz(n);
  d <<= shift;
  uint32_t q = 0;
  for (int i = 0; i <= shift; i++) {
    q <<= 1;
    if (n >= d) {
      n -= d;
      q |= 1;
    }
    d >>= 1;
  }
  *remainder = n;
  return q;
}

inline uint64_t udivmod64(uint64_t n, uint64_t d, uint64_t* remainder) {
  if (d == 0) tsd_lx106_fatal("integer division by zero");
  if ((n >> 32) == 0 && (d >> 32) == 0) {
    uint32_t r;
    uint64_t q = udivmod32(static_cast<uint32_t>(n), static_cast<uint32_t>(d), &r);
    *remainder = r;
    return q;
  }
  if (n < d) {
    *remainder = n;
    return 0;
  }
  int shift = __builtin_clzll(d) - __builtin_clzll(n);
  d <<= shift;
  uint64_t q = 0;
  for (int i = 0; i <= shift; i++) {
    q <<= 1;
    if (n >= d) {
      n -= d;
      q |= 1;
    }
    d >>= 1;
  }
  *remainder = n;
  return q;
}

}  // namespace

extern "C" {

uint32_t TSD_MATH(udivsi3)(uint32_t n, uint32_t d) {
  uint32_t r;
  return udivmod32(n, d, &r);
}

uint32_t TSD_MATH(umodsi3)(uint32_t n, uint32_t d) {
  uint32_t r;
  udivmod32(n, d, &r);
  return r;
}

// Signed forms work on magnitudes; INT32_MIN / -1 wraps to INT32_MIN like the hardware divider would.
int32_t TSD_MATH(divsi3)(int32_t n, int32_t d) {
  uint32_t un = n < 0 ? 0u - static_cast<uint32_t>(n) : static_cast<uint32_t>(n);
  uint32_t ud = d < 0 ? 0u - static_cast<uint32_t>(d) : static_cast<uint32_t>(d);
  uint32_t r;
  uint32_t q = udivmod32(un, ud, &r);
  return static_cast<int32_t>((n < 0) != (d < 0) ? 0u - q : q);
}

int32_t TSD_MATH(modsi3)(int32_t n, int32_t d) {
  uint32_t un = n < 0 ? 0u - static_cast<uint32_t>(n) : static_cast<uint32_t>(n);
  uint32_t ud = d < 0 ? 0u - static_cast<uint32_t>(d) : static_cast<uint32_t>(d);
  uint32_t r;
  udivmod32(un, ud, &r);
  return static_cast<int32_t>(n < 0 ? 0u - r : r);
}

uint64_t TSD_MATH(udivdi3)(uint64_t n, uint64_t d) {
  uint64_t r;
  return udivmod64(n, d, &r);
}

uint64_t TSD_MATH(umoddi3)(uint64_t n, uint64_t d) {
  uint64_t r;
  udivmod64(n, d, &r);
  return r;
}

int64_t TSD_MATH(divdi3)(int64_t n, int64_t d) {
  uint64_t un = n < 0 ? 0ull - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  uint64_t ud = d < 0 ? 0ull - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
  uint64_t r;
  uint64_t q = udivmod64(un, ud, &r);
  return static_cast<int64_t>((n < 0) != (d < 0) ? 0ull - q : q);
}

int64_t TSD_MATH(moddi3)(int64_t n, int64_t d) {
  uint64_t un = n < 0 ? 0ull - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  uint64_t ud = d < 0 ? 0ull - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
  uint64_t r;
  udivmod64(un, ud, &r);
  return static_cast<int64_t>(n < 0 ? 0ull - r : r);
}

uint64_t TSD_MATH(umulsidi3)(uint32_t a, uint32_t b) { return tsd_mul32x32(a, b); }

// Low 64 bits of a 64x64 product: the cross terms only contribute to the high word.
uint64_t TSD_MATH(muldi3)(uint64_t a, uint64_t b) {
  uint32_t al = static_cast<uint32_t>(a), ah = static_cast<uint32_t>(a >> 32);
  uint32_t bl = static_cast<uint32_t>(b), bh = static_cast<uint32_t>(b >> 32);
  uint64_t low = tsd_mul32x32(al, bl);
  uint32_t cross = al * bh + ah * bl;
  return low + (static_cast<uint64_t>(cross) << 32);
}

}  // extern "C"
