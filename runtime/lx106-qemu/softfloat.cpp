// IEEE 754 binary64/binary32 arithmetic for the lx106, which has no FPU. Debian's libgcc for this CPU omits
// these routines because the ESP8266's mask ROM provides them; a TypeScript `number` is a C++ `double`, so
// every sum and product in a compiled program lands here. All results are correctly rounded (round to nearest,
// ties to even) with subnormals, infinities and signed zeros as the hardware gives them, because the
// differential tests compare printed numbers digit for digit with Node. Working format for add/sub/div: the
// significand with its implicit bit at bit 55 and three extra low bits (guard, round, sticky). Single
// precision goes through double: float→double is exact and one rounding of the double result to float is
// correct for +, -, *, / (53 >= 2*24 + 2). test/lx106-softfloat.test.ts compares every routine with the host CPU.
#include <stdint.h>
#include "softmath.h"

namespace {

constexpr uint64_t kSignBit = 1ull << 63;
constexpr uint64_t kImplicitBit = 1ull << 52;
constexpr uint64_t kSigMask = kImplicitBit - 1;
constexpr uint64_t kAbsMask = kSignBit - 1;
constexpr uint64_t kInfRep = 0x7ffull << 52;
constexpr uint64_t kQuietBit = 1ull << 51;
constexpr uint64_t kQNaN = kInfRep | kQuietBit;
constexpr int kMaxExp = 0x7ff;
constexpr int kBias = 1023;

inline uint64_t toRep(double x) {
  union { double d; uint64_t u; } v;
  v.d = x;
  return v.u;
}
inline double fromRep(uint64_t u) {
  union { double d; uint64_t u; } v;
  v.u = u;
  return v.d;
}
inline uint32_t toRepF(float x) {
  union { float f; uint32_t u; } v;
  v.f = x;
  return v.u;
}
inline float fromRepF(uint32_t u) {
  union { float f; uint32_t u; } v;
  v.u = u;
  return v.f;
}

inline int clz64(uint64_t x) {
  uint32_t hi = static_cast<uint32_t>(x >> 32);
  return hi ? __builtin_clz(hi) : 32 + __builtin_clz(static_cast<uint32_t>(x));
}

// Shifts a subnormal significand up until its implicit bit is set; returns the exponent it stands for.
inline int normalize(uint64_t* sig) {
  int shift = clz64(*sig) - clz64(kImplicitBit);
  *sig <<= shift;
  return 1 - shift;
}

inline uint64_t shiftRightSticky(uint64_t x, int shift) {
  if (shift <= 0) return x;
  if (shift >= 64) return x != 0;
  return (x >> shift) | ((x << (64 - shift)) != 0);
}

// Packs a working-format significand (implicit bit at 55, or below it for results that became subnormal)
// with a biased exponent, rounding to nearest even.
inline double roundPack(uint64_t sign, int exp, uint64_t sig) {
  if (exp >= kMaxExp) return fromRep(sign | kInfRep);
  if (exp <= 0) {
    sig = shiftRightSticky(sig, 1 - exp);
    exp = 0;
  }
  uint32_t rgs = static_cast<uint32_t>(sig) & 7;
  uint64_t result = ((sig >> 3) & kSigMask) | (static_cast<uint64_t>(exp) << 52) | sign;
  if (rgs > 4) result++;
  else if (rgs == 4) result += result & 1;
  return fromRep(result);
}

inline double addRep(uint64_t aRep, uint64_t bRep) {
  uint64_t aAbs = aRep & kAbsMask, bAbs = bRep & kAbsMask;
  if (aAbs - 1 >= kInfRep - 1 || bAbs - 1 >= kInfRep - 1) {
    if (aAbs > kInfRep) return fromRep(aRep | kQuietBit);
    if (bAbs > kInfRep) return fromRep(bRep | kQuietBit);
    if (aAbs == kInfRep) return (aRep ^ bRep) == kSignBit ? fromRep(kQNaN) : fromRep(aRep);
    if (bAbs == kInfRep) return fromRep(bRep);
    if (!aAbs) return bAbs ? fromRep(bRep) : fromRep(aRep & bRep);
    if (!bAbs) return fromRep(aRep);
  }
  if (bAbs > aAbs) {
    uint64_t t = aRep;
    aRep = bRep;
    bRep = t;
  }
  int aExp = static_cast<int>((aRep >> 52) & kMaxExp);
  int bExp = static_cast<int>((bRep >> 52) & kMaxExp);
  uint64_t aSig = aRep & kSigMask, bSig = bRep & kSigMask;
  if (aExp == 0) aExp = normalize(&aSig);
  if (bExp == 0) bExp = normalize(&bSig);
  uint64_t sign = aRep & kSignBit;
  bool subtraction = ((aRep ^ bRep) & kSignBit) != 0;
  aSig = (aSig | kImplicitBit) << 3;
  bSig = shiftRightSticky((bSig | kImplicitBit) << 3, aExp - bExp);
  if (subtraction) {
    aSig -= bSig;
    if (aSig == 0) return fromRep(0);
    if (aSig < (kImplicitBit << 3)) {
      int shift = clz64(aSig) - clz64(kImplicitBit << 3);
      aSig <<= shift;
      aExp -= shift;
    }
  } else {
    aSig += bSig;
    if (aSig & (kImplicitBit << 4)) {
      aSig = (aSig >> 1) | (aSig & 1);
      aExp += 1;
    }
  }
  return roundPack(sign, aExp, aSig);
}

}  // namespace

extern "C" {

double TSD_MATH(adddf3)(double a, double b) { return addRep(toRep(a), toRep(b)); }
double TSD_MATH(subdf3)(double a, double b) { return addRep(toRep(a), toRep(b) ^ kSignBit); }

double TSD_MATH(muldf3)(double a, double b) {
  uint64_t aRep = toRep(a), bRep = toRep(b);
  uint64_t aAbs = aRep & kAbsMask, bAbs = bRep & kAbsMask;
  uint64_t sign = (aRep ^ bRep) & kSignBit;
  int aExp = static_cast<int>(aAbs >> 52), bExp = static_cast<int>(bAbs >> 52);
  uint64_t aSig = aRep & kSigMask, bSig = bRep & kSigMask;
  int scale = 0;
  if (static_cast<unsigned>(aExp - 1) >= kMaxExp - 1u || static_cast<unsigned>(bExp - 1) >= kMaxExp - 1u) {
    if (aAbs > kInfRep) return fromRep(aRep | kQuietBit);
    if (bAbs > kInfRep) return fromRep(bRep | kQuietBit);
    if (aAbs == kInfRep) return bAbs ? fromRep(kInfRep | sign) : fromRep(kQNaN);
    if (bAbs == kInfRep) return aAbs ? fromRep(kInfRep | sign) : fromRep(kQNaN);
    if (!aAbs || !bAbs) return fromRep(sign);
    if (aExp == 0) scale += normalize(&aSig);
    if (bExp == 0) scale += normalize(&bSig);
  }
  aSig |= kImplicitBit;
  bSig |= kImplicitBit;
  // 53x53-bit product as four 32x32 partial products; 106 bits land in hi:lo.
  uint32_t a0 = static_cast<uint32_t>(aSig), a1 = static_cast<uint32_t>(aSig >> 32);
  uint32_t b0 = static_cast<uint32_t>(bSig), b1 = static_cast<uint32_t>(bSig >> 32);
  uint64_t p00 = tsd_mul32x32(a0, b0), p01 = tsd_mul32x32(a0, b1);
  uint64_t p10 = tsd_mul32x32(a1, b0), p11 = tsd_mul32x32(a1, b1);
  uint64_t mid = (p00 >> 32) + static_cast<uint32_t>(p01) + static_cast<uint32_t>(p10);
  uint64_t lo = static_cast<uint32_t>(p00) | (mid << 32);
  uint64_t hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
  // The product is in [2^104, 2^106): bring it to the working format (implicit bit at 55) with sticky.
  int exp = (aExp ? aExp : 0) + (bExp ? bExp : 0) - kBias + scale;
  int shift = (hi & (1ull << 41)) ? 50 : 49;  // bit 105 (hi bit 41) set → one extra bit
  if (shift == 50) exp += 1;
  uint64_t sig = (hi << (64 - shift)) | (lo >> shift) | ((lo << (64 - shift)) != 0);
  return roundPack(sign, exp, sig);
}

double TSD_MATH(divdf3)(double a, double b) {
  uint64_t aRep = toRep(a), bRep = toRep(b);
  uint64_t aAbs = aRep & kAbsMask, bAbs = bRep & kAbsMask;
  uint64_t sign = (aRep ^ bRep) & kSignBit;
  int aExp = static_cast<int>(aAbs >> 52), bExp = static_cast<int>(bAbs >> 52);
  uint64_t aSig = aRep & kSigMask, bSig = bRep & kSigMask;
  int scale = 0;
  if (static_cast<unsigned>(aExp - 1) >= kMaxExp - 1u || static_cast<unsigned>(bExp - 1) >= kMaxExp - 1u) {
    if (aAbs > kInfRep) return fromRep(aRep | kQuietBit);
    if (bAbs > kInfRep) return fromRep(bRep | kQuietBit);
    if (aAbs == kInfRep) return bAbs == kInfRep ? fromRep(kQNaN) : fromRep(kInfRep | sign);
    if (bAbs == kInfRep) return fromRep(sign);
    if (!aAbs) return bAbs ? fromRep(sign) : fromRep(kQNaN);
    if (!bAbs) return fromRep(kInfRep | sign);
    if (aExp == 0) scale += normalize(&aSig);
    if (bExp == 0) scale -= normalize(&bSig);
  }
  aSig |= kImplicitBit;
  bSig |= kImplicitBit;
  int exp = (aExp ? aExp : 0) - (bExp ? bExp : 0) + scale + kBias;
  if (aSig < bSig) {
    aSig <<= 1;
    exp -= 1;
  }
  // Restoring division: 55 quotient bits (implicit + 52 + guard + round), then the remainder as sticky.
  uint64_t q = 0, r = aSig;
  for (int i = 0; i < 55; i++) {
    q <<= 1;
    if (r >= bSig) {
      r -= bSig;
      q |= 1;
    }
    r <<= 1;
  }
  q = (q << 1) | (r != 0);
  return roundPack(sign, exp, q);
}

double TSD_MATH(floatsidf)(int32_t i) {
  if (i == 0) return fromRep(0);
  uint64_t sign = i < 0 ? kSignBit : 0;
  uint32_t mag = i < 0 ? 0u - static_cast<uint32_t>(i) : static_cast<uint32_t>(i);
  int e = 31 - __builtin_clz(mag);
  uint64_t sig = static_cast<uint64_t>(mag) << (52 - e);
  return fromRep(sign | (static_cast<uint64_t>(e + kBias) << 52) | (sig & kSigMask));
}

double TSD_MATH(floatunsidf)(uint32_t mag) {
  if (mag == 0) return fromRep(0);
  int e = 31 - __builtin_clz(mag);
  uint64_t sig = static_cast<uint64_t>(mag) << (52 - e);
  return fromRep((static_cast<uint64_t>(e + kBias) << 52) | (sig & kSigMask));
}

// Truncation toward zero; out-of-range values saturate (C++ leaves them undefined, the runtime clamps first).
int32_t TSD_MATH(fixdfsi)(double a) {
  uint64_t rep = toRep(a);
  int e = static_cast<int>((rep >> 52) & kMaxExp) - kBias;
  if (e < 0) return 0;
  bool negative = (rep & kSignBit) != 0;
  if ((rep & kAbsMask) > kInfRep) return 0;
  if (e >= 31) return negative ? INT32_MIN : INT32_MAX;
  uint32_t mag = static_cast<uint32_t>(((rep & kSigMask) | kImplicitBit) >> (52 - e));
  return negative ? -static_cast<int32_t>(mag) : static_cast<int32_t>(mag);
}

uint32_t TSD_MATH(fixunsdfsi)(double a) {
  uint64_t rep = toRep(a);
  int e = static_cast<int>((rep >> 52) & kMaxExp) - kBias;
  if (e < 0 || (rep & kSignBit) || (rep & kAbsMask) > kInfRep) return 0;
  if (e >= 32) return UINT32_MAX;
  return static_cast<uint32_t>(((rep & kSigMask) | kImplicitBit) >> (52 - e));
}

double TSD_MATH(extendsfdf2)(float f) {
  uint32_t rep = toRepF(f);
  uint64_t sign = static_cast<uint64_t>(rep & 0x80000000u) << 32;
  int e = static_cast<int>((rep >> 23) & 0xff);
  uint64_t sig = rep & 0x7fffff;
  if (e == 0xff) return fromRep(sign | kInfRep | (sig << 29) | (sig ? kQuietBit : 0));
  if (e == 0) {
    if (sig == 0) return fromRep(sign);
    int shift = __builtin_clz(static_cast<uint32_t>(sig)) - 8;  // bring the leading 1 to bit 23
    sig = (sig << shift) & 0x7fffff;
    e = 1 - shift;
  }
  return fromRep(sign | (static_cast<uint64_t>(e - 127 + kBias) << 52) | (sig << 29));
}

float TSD_MATH(truncdfsf2)(double a) {
  uint64_t rep = toRep(a);
  uint32_t sign = static_cast<uint32_t>(rep >> 32) & 0x80000000u;
  uint64_t abs = rep & kAbsMask;
  if (abs > kInfRep) return fromRepF(sign | 0x7fc00000u | static_cast<uint32_t>((rep & kSigMask) >> 29));
  if (abs == kInfRep) return fromRepF(sign | 0x7f800000u);
  int e = static_cast<int>(abs >> 52);
  if (e == 0) return fromRepF(sign);  // double subnormals are far below the float range
  int exp = e - kBias + 127;
  if (exp >= 0xff) return fromRepF(sign | 0x7f800000u);
  uint64_t sig = (abs & kSigMask) | kImplicitBit;
  int shift = 29;
  if (exp <= 0) {
    shift += 1 - exp;
    exp = 0;
  }
  if (shift >= 64) return fromRepF(sign);
  uint32_t m = static_cast<uint32_t>(sig >> shift);
  uint64_t rest = sig & ((1ull << shift) - 1);
  uint64_t half = 1ull << (shift - 1);
  uint32_t result = sign | (static_cast<uint32_t>(exp) << 23) | (m & 0x7fffff);
  if (rest > half || (rest == half && (m & 1))) result++;
  return fromRepF(result);
}

float TSD_MATH(addsf3)(float a, float b) {
  return TSD_MATH(truncdfsf2)(TSD_MATH(adddf3)(TSD_MATH(extendsfdf2)(a), TSD_MATH(extendsfdf2)(b)));
}
float TSD_MATH(subsf3)(float a, float b) {
  return TSD_MATH(truncdfsf2)(TSD_MATH(subdf3)(TSD_MATH(extendsfdf2)(a), TSD_MATH(extendsfdf2)(b)));
}
float TSD_MATH(mulsf3)(float a, float b) {
  return TSD_MATH(truncdfsf2)(TSD_MATH(muldf3)(TSD_MATH(extendsfdf2)(a), TSD_MATH(extendsfdf2)(b)));
}
float TSD_MATH(floatsisf)(int32_t i) { return TSD_MATH(truncdfsf2)(TSD_MATH(floatsidf)(i)); }
float TSD_MATH(floatunsisf)(uint32_t i) { return TSD_MATH(truncdfsf2)(TSD_MATH(floatunsidf)(i)); }
uint32_t TSD_MATH(fixunssfsi)(float f) { return TSD_MATH(fixunsdfsi)(TSD_MATH(extendsfdf2)(f)); }

}  // extern "C"
