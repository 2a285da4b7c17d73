// A loop of exactly 2 * TSD_LOOP_COUNT instructions between two prints, for checking that the runner's
// cycle figure is the instruction count (test/lx106-target.test.ts compares two counts' difference).
#include <stdint.h>
#include <string.h>
extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len);

int main() {
  tsd_platform_write(1, reinterpret_cast<const uint8_t*>("go\n"), 3);
  __asm__ volatile("mov a3, %0\n1: addi a3, a3, -1\n bnez a3, 1b" : : "a"(TSD_LOOP_COUNT) : "a3");
  tsd_platform_write(1, reinterpret_cast<const uint8_t*>("done\n"), 5);
  return 0;
}
