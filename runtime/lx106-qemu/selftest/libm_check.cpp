// The same program on the host (g++ + glibc) and on the lx106 (picolibc + our soft-float): prints the bits of
// the exactly-specified math functions the runtime uses on many inputs. test/lx106-target.test.ts requires
// both outputs to be identical, which is how broken libm routines on the target were found (picolibc's trunc
// and ceil, replaced by ../libm_fixes.cpp). Writes through tsd_platform_write on the lx106 and through stdout on the host.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifdef TSDUINO_LX106_QEMU
extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len);
static void emit(const char* s) { tsd_platform_write(1, reinterpret_cast<const uint8_t*>(s), strlen(s)); }
#else
static void emit(const char* s) { fputs(s, stdout); }
#endif

// Every NaN prints the same: the host CPU's default NaN has the sign bit set, the soft-float's does not.
static unsigned long long bitsOf(double d) {
  if (d != d) return 0x7ff8000000000000ull;
  uint64_t u;
  memcpy(&u, &d, 8);
  return static_cast<unsigned long long>(u);
}

static volatile double inputs[] = {
    0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 3.7, -3.7, 1e20, -1e20, 1e300, -1e300,
    4503599627370495.5, 4503599627370497.0, 9007199254740993.0, 18446744073709551616.0, 1.8446744073709552e19 * 3,
    4294967296.0, 4294967295.5, 2147483648.5, -2147483648.5, 1e-310, -1e-310, 5e-324, 123456789.123, 0.1, 1.0 / 0.0,
    -1.0 / 0.0, 0.0 / 0.0, 1e16 + 1, 6.02214076e23, 2.0, 10.0, 0.7, 1e-7, 1e21, -4503599627370495.5, -4294967295.5,
    -0.7, -1e-310, -4503599627370497.0, 2251799813685247.5, -2251799813685247.5, 1.9999999999999998, -1.0000000000000002};

int main() {
  char line[256];
  const int n = sizeof inputs / sizeof inputs[0];
  for (int i = 0; i < n; i++) {
    double x = inputs[i];
    double ip;
    double frac = modf(x, &ip);
    snprintf(line, sizeof line, "%d trunc %llx floor %llx ceil %llx round %llx rint %llx modf %llx %llx sqrt %llx\n", i,
             bitsOf(trunc(x)), bitsOf(floor(x)), bitsOf(ceil(x)), bitsOf(round(x)), bitsOf(rint(x)), bitsOf(frac),
             bitsOf(ip), bitsOf(sqrt(x)));
    emit(line);
    for (int j = 0; j < n; j += 3) {
      double y = inputs[j];
      snprintf(line, sizeof line, "%d %d fmod %llx\n", i, j, bitsOf(fmod(x, y)));
      emit(line);
    }
  }
  return 0;
}
