// ts::Num (runtime/core/ts_num.h) against the C++ compiler's own double arithmetic, which is IEEE 754 as
// JavaScript's is: for every operand pair (edge values, then pseudo-random int32s of several widths) each
// operator's result must be the same double bit for bit (NaN as NaN), and the representation must be int32
// exactly where the value is an int32 other than -0. Prints "checked N" and "fails=0".
#include "ts_num.h"

#include <stdio.h>
#include <string.h>

using ts::Num;

static uint64_t bits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}
static bool same(double a, double b) { return (a != a && b != b) || bits(a) == bits(b); }
static bool isInt32Value(double d) { return d >= -2147483648.0 && d <= 2147483647.0 && double(int32_t(d)) == d && !(d == 0 && signbit(d)); }
static int fails = 0;
static long checked = 0;
static void check(const char* op, double x, double y, Num got, double want) {
  checked++;
  bool ok = same(got.toDouble(), want) && got.isInt() == isInt32Value(want);
  if (!ok && fails++ < 20) printf("%s %.17g %.17g: got %.17g (int %d), want %.17g\n", op, x, y, got.toDouble(), got.isInt(), want);
}

int main() {
  const double edges[] = {0.0, -0.0, 1, -1, 2, -2, 3, -3, 7, -7, 0.5, -0.5, 1.5, 2147483647.0, -2147483648.0, 2147483648.0,
                          -2147483649.0, 1073741824.0, 46340, 46341, -46341, 32767, 32768, -32768, -32769, 65536, 65537, 1000003,
                          9007199254740992.0, 9007199254740993.0, -9007199254740992.0, 4294967296.0, 1e300, 0.1, 12345678,
                          -12345678, NAN, INFINITY, -INFINITY};
  const int n = sizeof(edges) / sizeof(edges[0]);
  uint32_t seed = 1;
  for (int k = 0; k < 300000; k++) {
    double x, y;
    if (k < n * n) {
      x = edges[k / n];
      y = edges[k % n];
    } else {
      seed = seed * 1103515245u + 12345u;
      int32_t a = int32_t(seed);
      seed = seed * 1103515245u + 12345u;
      int32_t b = int32_t(seed);
      switch ((seed >> 8) % 4) {
        case 0: a >>= 16; b >>= 16; break;
        case 1: b >>= 24; break;
        case 2: a %= 1000; b %= 7; break;
        default: break;
      }
      x = a;
      y = b;
    }
    Num a = x, b = y;
    check("+", x, y, a + b, x + y);
    check("-", x, y, a - b, x - y);
    check("*", x, y, a * b, x * y);
    check("/", x, y, a / b, x / y);
    check("%", x, y, a % b, fmod(x, y));
    check("neg", x, 0, -a, -x);
    check("+1.0", x, 1, a + 1.0, x + 1.0);
    check("*-1.0", x, -1, a * -1.0, x * -1.0);
    check("%7.0", x, 7, a % 7.0, fmod(x, 7.0));
    check("-0.0", x, 0, a - 0.0, x - 0.0);
    check("+3", x, 3, a + 3, x + 3);
    check("Num(x)", x, 0, Num(x), x);
    Num c = a;
    c++;
    check("++", x, 0, c, x + 1);
    Num d = a;
    d--;
    check("--", x, 0, d, x - 1);
    Num e = a;
    e += b;
    check("+=", x, y, e, x + y);
    checked++;
    if ((a < b) != (x < y) || (a <= b) != (x <= y) || (a > b) != (x > y) || (a >= b) != (x >= y) || (a == b) != (x == y) ||
        (a != b) != (x != y) || (a < y) != (x < y) || (x == b) != (x == y)) {
      if (fails++ < 20) printf("compare %.17g %.17g\n", x, y);
    }
  }
  printf("checked %ld\nfails=%d\n", checked, fails);
  return fails != 0;
}
