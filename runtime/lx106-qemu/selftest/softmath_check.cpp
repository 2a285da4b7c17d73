// Host-side check of the lx106 arithmetic helpers (softfloat.cpp, intmath.cpp compiled with
// TSD_MATH_HOST_TEST so they are named tsd_*): runs each routine on edge cases and on random bit patterns
// and compares with the host CPU's IEEE arithmetic, bit for bit (any NaN matches any NaN). Prints one line
// per mismatch (at most 20) and "ok <count>" at the end; exits 1 on any mismatch.
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

extern "C" {
double tsd_adddf3(double, double);
double tsd_subdf3(double, double);
double tsd_muldf3(double, double);
double tsd_divdf3(double, double);
double tsd_floatsidf(int32_t);
double tsd_floatunsidf(uint32_t);
int32_t tsd_fixdfsi(double);
uint32_t tsd_fixunsdfsi(double);
double tsd_extendsfdf2(float);
float tsd_truncdfsf2(double);
float tsd_addsf3(float, float);
float tsd_subsf3(float, float);
float tsd_mulsf3(float, float);
float tsd_floatsisf(int32_t);
float tsd_floatunsisf(uint32_t);
uint32_t tsd_udivsi3(uint32_t, uint32_t);
uint32_t tsd_umodsi3(uint32_t, uint32_t);
int32_t tsd_divsi3(int32_t, int32_t);
int32_t tsd_modsi3(int32_t, int32_t);
uint64_t tsd_udivdi3(uint64_t, uint64_t);
uint64_t tsd_umoddi3(uint64_t, uint64_t);
int64_t tsd_divdi3(int64_t, int64_t);
int64_t tsd_moddi3(int64_t, int64_t);
uint64_t tsd_muldi3(uint64_t, uint64_t);
void tsd_lx106_fatal(const char* message) {
  fprintf(stderr, "fatal: %s\n", message);
  exit(2);
}
}

static uint64_t state = 0x9e3779b97f4a7c15ull;
static uint64_t next64() {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}
static uint64_t bitsOf(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static double ofBits(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static uint32_t bitsOfF(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static float ofBitsF(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

// Random doubles biased towards the interesting places: small/large exponents, subnormals, specials,
// integers, and pairs with close exponents (cancellation).
static double randomDouble() {
  static const double specials[] = {0.0, -0.0, 1.0, -1.0, 0.5, 1e308, -1e308, 4.9e-324, 2.2250738585072014e-308,
                                    1.0 / 0.0, -1.0 / 0.0, 0.1, 3.0, 1e-310};
  uint64_t r = next64();
  switch (r % 8) {
    case 0: return specials[(r >> 8) % (sizeof specials / sizeof specials[0])];
    case 1: return ofBits(next64() & 0x800fffffffffffffull);                       // subnormal
    case 2: return static_cast<double>(static_cast<int32_t>(next64()) >> (r >> 40) % 32);  // integer
    case 3: return ofBits((next64() & 0x800fffffffffffffull) | (static_cast<uint64_t>(1023 + (r >> 20) % 8) << 52));
    default: return ofBits(next64());
  }
}

static int failures = 0;
static long checks = 0;
static void reportD(const char* op, double a, double b, double got, double want) {
  checks++;
  bool same = bitsOf(got) == bitsOf(want) || (got != got && want != want);
  if (!same && failures++ < 20)
    printf("%s(%a, %a): got %a want %a\n", op, a, b, got, want);
}
static void reportF(const char* op, float a, float b, float got, float want) {
  checks++;
  bool same = bitsOfF(got) == bitsOfF(want) || (got != got && want != want);
  if (!same && failures++ < 20)
    printf("%s(%a, %a): got %a want %a\n", op, (double)a, (double)b, (double)got, (double)want);
}
static void reportI(const char* op, long long a, long long b, long long got, long long want) {
  checks++;
  if (got != want && failures++ < 20) printf("%s(%lld, %lld): got %lld want %lld\n", op, a, b, got, want);
}

int main(int argc, char** argv) {
  long rounds = argc > 1 ? atol(argv[1]) : 200000;
  for (long i = 0; i < rounds; i++) {
    double a = randomDouble(), b = randomDouble();
    if (i % 3 == 0) b = ofBits(bitsOf(a) ^ (next64() & 0xfffffull));  // nearby value: cancellation
    reportD("add", a, b, tsd_adddf3(a, b), a + b);
    reportD("sub", a, b, tsd_subdf3(a, b), a - b);
    reportD("mul", a, b, tsd_muldf3(a, b), a * b);
    reportD("div", a, b, tsd_divdf3(a, b), a / b);
    float fa = ofBitsF(static_cast<uint32_t>(next64())), fb = (i & 1) ? static_cast<float>(a) : ofBitsF(static_cast<uint32_t>(next64()));
    reportF("addsf", fa, fb, tsd_addsf3(fa, fb), fa + fb);
    reportF("subsf", fa, fb, tsd_subsf3(fa, fb), fa - fb);
    reportF("mulsf", fa, fb, tsd_mulsf3(fa, fb), fa * fb);
    reportD("extend", fa, 0, tsd_extendsfdf2(fa), static_cast<double>(fa));
    reportF("trunc", static_cast<float>(0), 0, tsd_truncdfsf2(a), static_cast<float>(a));
    double scaled = a * 1e-300;  // exercise subnormal float results / tiny values
    reportF("trunc", 0, 0, tsd_truncdfsf2(scaled), static_cast<float>(scaled));
    int32_t si = static_cast<int32_t>(next64()) >> (next64() % 32);
    uint32_t ui = static_cast<uint32_t>(next64()) >> (next64() % 32);
    reportD("floatsi", si, 0, tsd_floatsidf(si), static_cast<double>(si));
    reportD("floatunsi", ui, 0, tsd_floatunsidf(ui), static_cast<double>(ui));
    reportF("floatsisf", si, 0, tsd_floatsisf(si), static_cast<float>(si));
    reportF("floatunsisf", ui, 0, tsd_floatunsisf(ui), static_cast<float>(ui));
    double inRange = static_cast<double>(si) + (a - static_cast<double>(static_cast<int64_t>(a < 1e15 && a > -1e15 ? a : 0)));
    if (inRange > -2147483648.0 && inRange < 2147483648.0)
      reportI("fixdfsi", 0, 0, tsd_fixdfsi(inRange), static_cast<int32_t>(inRange));
    double uRange = static_cast<double>(ui) + 0.75;
    if (uRange < 4294967296.0) reportI("fixunsdfsi", 0, 0, tsd_fixunsdfsi(uRange), static_cast<uint32_t>(uRange));
    uint32_t d32 = static_cast<uint32_t>(next64()) >> (next64() % 32);
    if (d32 == 0) d32 = 7;
    reportI("udivsi", ui, d32, tsd_udivsi3(ui, d32), ui / d32);
    reportI("umodsi", ui, d32, tsd_umodsi3(ui, d32), ui % d32);
    int32_t sd = static_cast<int32_t>(d32) * ((i & 1) ? -1 : 1);
    if (!(si == INT32_MIN && sd == -1)) {
      reportI("divsi", si, sd, tsd_divsi3(si, sd), si / sd);
      reportI("modsi", si, sd, tsd_modsi3(si, sd), si % sd);
    }
    uint64_t n64 = next64() >> (next64() % 64), d64 = next64() >> (next64() % 64);
    if (d64 == 0) d64 = 3;
    reportI("udivdi", n64, d64, tsd_udivdi3(n64, d64), n64 / d64);
    reportI("umoddi", n64, d64, tsd_umoddi3(n64, d64), n64 % d64);
    int64_t sn = static_cast<int64_t>(n64) * ((i & 2) ? -1 : 1), sdd = static_cast<int64_t>(d64 >> 1 | 1) * ((i & 1) ? -1 : 1);
    reportI("divdi", sn, sdd, tsd_divdi3(sn, sdd), sn / sdd);
    reportI("moddi", sn, sdd, tsd_moddi3(sn, sdd), sn % sdd);
    reportI("muldi", n64, d64, tsd_muldi3(n64, d64), n64 * d64);
  }
  printf("%s %ld\n", failures ? "FAIL" : "ok", checks);
  return failures ? 1 : 0;
}
