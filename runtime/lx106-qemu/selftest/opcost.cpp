// Cost of each soft-float operation on this target, in instructions (= cycles under -icount): 10 000 of
// each in a loop, minus an empty loop. CCOUNT ticks are converted with the runner's factor (25/32 at
// -icount shift=5). Documented figures in docs/lx106-qemu.md come from this program.
#include <stdint.h>
#include <stdio.h>
#include <string.h>
extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len);

static uint32_t ccount() {
  uint32_t c;
  __asm__ volatile("rsr %0, ccount" : "=a"(c) : : "memory");
  return c;
}
volatile double va = 1.2345, vb = 6.789;
volatile int32_t vi = 12345;
const int kN = 10000;

#define MEASURE(name, body)                                                     \
  {                                                                             \
    uint32_t t0 = ccount();                                                     \
    for (int i = 0; i < kN; i++) {                                              \
      body;                                                                     \
    }                                                                           \
    uint32_t t = ccount() - t0;                                                 \
    snprintf(line, sizeof line, "%-14s %5lu\n", name,                           \
             static_cast<unsigned long>((t * 25 / 32 - empty) / kN));           \
    tsd_platform_write(1, reinterpret_cast<const uint8_t*>(line), strlen(line)); \
  }

int main() {
  char line[80];
  uint32_t empty = 0;
  double a, b, r = 0;
  int32_t n = 0;
  {
    uint32_t t0 = ccount();
    for (int i = 0; i < kN; i++) __asm__ volatile("" : "+r"(r));
    empty = (ccount() - t0) * 25 / 32;
  }
  tsd_platform_write(1, reinterpret_cast<const uint8_t*>("operation      instructions\n"), 28);
  MEASURE("add", { a = va; b = vb; r = a + b; __asm__ volatile("" : "+r"(r)); });
  MEASURE("multiply", { a = va; b = vb; r = a * b; __asm__ volatile("" : "+r"(r)); });
  MEASURE("divide", { a = va; b = vb; r = a / b; __asm__ volatile("" : "+r"(r)); });
  MEASURE("compare <", { a = va; b = vb; n += a < b; });
  MEASURE("int -> double", { r = static_cast<double>(vi); __asm__ volatile("" : "+r"(r)); });
  MEASURE("double -> int", { a = va; n += static_cast<int32_t>(a); });
  MEASURE("int32 add", { n += vi; });
  return n == 42 ? 1 : 0;
}
