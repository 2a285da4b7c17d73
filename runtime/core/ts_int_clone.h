// Integer clones of pure `number` functions (compiler/src/lower/int-clones.ts, issue 12): a recursive function
// whose body only computes with its parameters (`fib`) gets a copy on int32_t. Its entry (what the program
// calls) runs the copy when every argument is an int32 (not -0); an operation whose JavaScript result is not
// an int32 (an add past 2^31, a -0 product, a remainder by zero) abandons the copy with a jump back to the
// entry (__builtin_longjmp), which then computes the call again with the general ts::Num/double function.
// The copy has no side effects and holds nothing that needs cleaning up, so computing again is invisible.
#pragma once

#include "ts_base.h"
#include "ts_num.h"

namespace ts {
namespace detail {
// The innermost active entry's jump buffer (__builtin_setjmp's five words).
extern void** intTrap;
}  // namespace detail

/** Abandons the integer copy: back to the innermost entry, which computes the call in general. */
[[noreturn]] TSD_COLD void intCloneOverflow();

/** An entry's trap: makes itself the innermost one, the previous one again when it goes out of scope (an entry
 *  can run inside another one's copy through a yield that runs other code). */
struct IntTrap {
  void* buf[5];
  void** saved;
  IntTrap() : saved(detail::intTrap) { detail::intTrap = buf; }
  ~IntTrap() { detail::intTrap = saved; }
  IntTrap(const IntTrap&) = delete;
  IntTrap& operator=(const IntTrap&) = delete;
};
// `if (TSD_INT_TRY(trap)) return <the copy's result>;` in the entry: true on the way in, false after an abandon.
#define TSD_INT_TRY(trap) (__builtin_setjmp((trap).buf) == 0)

/** An argument as an int32 for the copy: whether the number is one (and not -0). */
inline bool intArg(Num x, int32_t& out) {
  if (!x.isInt()) return false;
  out = x.intValue();
  return true;
}
inline bool intArg(double x, int32_t& out) {
  if (!(x >= -2147483648.0 && x <= 2147483647.0)) return false;
  int32_t i = int32_t(x);
  if (double(i) != x || (i == 0 && signbit(x))) return false;
  out = i;
  return true;
}
inline bool intArg(int32_t x, int32_t& out) {
  out = x;
  return true;
}

// A field that the int32 copy of a method (compiler/src/lower/int-methods.ts) read as an int32 gets its new
// int32 value back: a Num keeps its tag, so only its low word is stored.
inline void intStore(Num& field, int32_t v) { field.setIntKeepingTag(v); }
inline void intStore(double& field, int32_t v) { field = v; }
inline void intStore(int32_t& field, int32_t v) { field = v; }

// A class whose int32 method copies keep a per-object state (int-method-state.ts): while the state is set, every
// field it covers holds an int32 in [-2^30, 2^30) ("small"), so the copy reads the fields as plain int32 and
// adds or subtracts two of them without an overflow test. The copy checks each field it stores back.
inline bool smallInt(int32_t v) { return uint32_t(v) + 0x40000000u < 0x80000000u; }
inline bool smallField(Num x) { return x.isInt() && smallInt(x.intValue()); }
inline bool smallField(double x) {
  int32_t i;
  return intArg(x, i) && smallInt(i);
}
inline bool smallField(int32_t x) { return smallInt(x); }
inline int32_t smallValue(Num x) { return x.intValue(); }
inline int32_t smallValue(double x) { return int32_t(x); }
inline int32_t smallValue(int32_t x) { return x; }

// The copy's arithmetic: the int32 result when JavaScript's is that number, else abandon.
__attribute__((always_inline)) inline int32_t intAdd(int32_t a, int32_t b) {
  int32_t r;
  if (TSD_UNLIKELY(__builtin_add_overflow(a, b, &r))) intCloneOverflow();
  return r;
}
__attribute__((always_inline)) inline int32_t intSub(int32_t a, int32_t b) {
  int32_t r;
  if (TSD_UNLIKELY(__builtin_sub_overflow(a, b, &r))) intCloneOverflow();
  return r;
}
__attribute__((always_inline)) inline int32_t intMul(int32_t a, int32_t b) {
  int32_t r;
  if (TSD_UNLIKELY(__builtin_mul_overflow(a, b, &r)) || TSD_UNLIKELY(r == 0 && (a | b) < 0)) intCloneOverflow();
  return r;
}
__attribute__((always_inline)) inline int32_t intMod(int32_t a, int32_t b) {
  if (TSD_UNLIKELY(b == 0)) intCloneOverflow();  // NaN
  if (TSD_UNLIKELY(b == -1)) {                   // 0 or -0 (and INT_MIN % -1 traps in C)
    if (a < 0) intCloneOverflow();
    return 0;
  }
  int32_t r = a % b;
  if (TSD_UNLIKELY(r == 0 && a < 0)) intCloneOverflow();  // -0
  return r;
}
__attribute__((always_inline)) inline int32_t intNeg(int32_t a) {
  if (TSD_UNLIKELY(a == 0 || a == int32_t(-2147483647 - 1))) intCloneOverflow();  // -0, 2^31
  return -a;
}
// Math.floor(a / b) and Math.trunc(a / b): abandon on a quotient that is not finite, -0 or 2^31.
__attribute__((always_inline)) inline int32_t intTruncDiv(int32_t a, int32_t b) {
  if (TSD_UNLIKELY(b == 0 || (b == -1 && a == int32_t(-2147483647 - 1)))) intCloneOverflow();
  int32_t q = a / b;
  if (TSD_UNLIKELY(q == 0 && (a < 0) != (b < 0) && (a != 0 || b < 0))) intCloneOverflow();  // -0
  return q;
}
__attribute__((always_inline)) inline int32_t intFloorDiv(int32_t a, int32_t b) {
  if (TSD_UNLIKELY(b == 0 || (b == -1 && a == int32_t(-2147483647 - 1)))) intCloneOverflow();
  int32_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  if (TSD_UNLIKELY(a == 0 && b < 0)) intCloneOverflow();  // -0
  return q;
}
__attribute__((always_inline)) inline int32_t intAbs(int32_t a) {
  if (TSD_UNLIKELY(a == int32_t(-2147483647 - 1))) intCloneOverflow();
  return a < 0 ? -a : a;
}
__attribute__((always_inline)) inline int32_t intMax(int32_t a, int32_t b) { return a > b ? a : b; }
__attribute__((always_inline)) inline int32_t intMin(int32_t a, int32_t b) { return a < b ? a : b; }
__attribute__((always_inline)) inline int32_t intShl(int32_t a, int32_t b) { return int32_t(uint32_t(a) << (uint32_t(b) & 31)); }
__attribute__((always_inline)) inline int32_t intShr(int32_t a, int32_t b) { return a >> (uint32_t(b) & 31); }
__attribute__((always_inline)) inline int32_t intUshr(int32_t a, int32_t b) {
  uint32_t r = uint32_t(a) >> (uint32_t(b) & 31);
  if (TSD_UNLIKELY(r > 2147483647u)) intCloneOverflow();
  return int32_t(r);
}

}  // namespace ts
