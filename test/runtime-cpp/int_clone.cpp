// The int32 copies' arithmetic (runtime/core/ts_int_clone.h) against the C++ compiler's own double arithmetic,
// which is IEEE 754 as JavaScript's is: for every int32 operand pair (edge values, then pseudo-random int32s
// of several widths) each helper must either return JavaScript's result, when that is an int32 other than
// -0, or abandon (jump back to its ts::IntTrap) when it is not. Prints "checked N" and "fails=0".
#include "ts_int_clone.h"

#include <math.h>
#include <stdio.h>

static bool isInt32Value(double d) { return d >= -2147483648.0 && d <= 2147483647.0 && double(int32_t(d)) == d && !(d == 0 && signbit(d)); }
static int fails = 0;
static long checked = 0;

// Runs one helper under a trap: the int32 result, or false when it abandoned.
template <class F> __attribute__((noinline)) static bool attempt(F f, int32_t& out) {
  ts::IntTrap trap;
  if (TSD_INT_TRY(trap)) {
    out = f();
    return true;
  }
  return false;
}

static void check(const char* op, int32_t x, int32_t y, bool done, int32_t got, double want) {
  checked++;
  bool ok = isInt32Value(want) ? done && double(got) == want : !done;
  if (!ok && fails++ < 20) printf("%s %d %d: %s %d, want %.17g\n", op, x, y, done ? "got" : "abandoned", got, want);
}

static uint32_t toUint32(int32_t x) { return uint32_t(x); }

int main() {
  const int32_t edges[] = {0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 31, 32, 33, -31, -32, 46340, 46341, -46341, 65535, 65536, -65536,
                           1073741824, -1073741824, 2147483647, -2147483647, int32_t(-2147483647 - 1), 1000003, -1000003, 12345678};
  const int n = sizeof(edges) / sizeof(edges[0]);
  uint32_t seed = 1;
  for (int k = 0; k < 200000; k++) {
    int32_t x, y;
    if (k < n * n) {
      x = edges[k / n];
      y = edges[k % n];
    } else {
      seed = seed * 1103515245u + 12345u;
      int width = 1 + (seed >> 27);  // 1..32 bits
      seed = seed * 1103515245u + 12345u;
      x = int32_t(seed) >> (32 - width);
      seed = seed * 1103515245u + 12345u;
      y = int32_t(seed) >> (32 - (1 + (seed >> 27)));
    }
    const double dx = x, dy = y;
    int32_t r = 0;
    bool done;
    done = attempt([&] { return ts::intAdd(x, y); }, r);
    check("+", x, y, done, r, dx + dy);
    done = attempt([&] { return ts::intSub(x, y); }, r);
    check("-", x, y, done, r, dx - dy);
    done = attempt([&] { return ts::intMul(x, y); }, r);
    check("*", x, y, done, r, dx * dy);
    done = attempt([&] { return ts::intMod(x, y); }, r);
    check("%", x, y, done, r, fmod(dx, dy));
    done = attempt([&] { return ts::intNeg(x); }, r);
    check("neg", x, 0, done, r, -dx);
    done = attempt([&] { return ts::intFloorDiv(x, y); }, r);
    check("floor/", x, y, done, r, floor(dx / dy));
    done = attempt([&] { return ts::intTruncDiv(x, y); }, r);
    check("trunc/", x, y, done, r, trunc(dx / dy));
    done = attempt([&] { return ts::intAbs(x); }, r);
    check("abs", x, 0, done, r, fabs(dx));
    done = attempt([&] { return ts::intMax(x, y); }, r);
    check("max", x, y, done, r, fmax(dx, dy));
    done = attempt([&] { return ts::intMin(x, y); }, r);
    check("min", x, y, done, r, fmin(dx, dy));
    // Shifts: JavaScript's, on ToInt32/ToUint32 of the operands and a count masked to 5 bits.
    uint32_t count = toUint32(y) & 31;
    done = attempt([&] { return ts::intShl(x, y); }, r);
    check("<<", x, y, done, r, double(int32_t(toUint32(x) << count)));
    done = attempt([&] { return ts::intShr(x, y); }, r);
    check(">>", x, y, done, r, double(x >> count));
    done = attempt([&] { return ts::intUshr(x, y); }, r);
    check(">>>", x, y, done, r, double(toUint32(x) >> count));
  }
  printf("checked %ld\nfails=%d\n", checked, fails);
  return fails ? 1 : 0;
}
