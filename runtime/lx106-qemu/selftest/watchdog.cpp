// The watchdog model (watchdog.cpp): a C++ busy loop of TSD_SPIN_COUNT iterations (about 4 instructions each)
// that never yields, unless TSD_SPIN_YIELD_EVERY is set, then it calls tsd_platform_delay(0) (what yield()
// does) every that many iterations (a power of two). 100 million iterations is about 5 s at 80 MHz: without yields the
// watchdog ends the run ("Soft WDT reset"); with them it prints "done".
#include <stdint.h>
#include <string.h>
extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len);
extern "C" void tsd_platform_delay(uint32_t ms);

static void print(const char* text) { tsd_platform_write(1, reinterpret_cast<const uint8_t*>(text), strlen(text)); }

int main() {
  print("spinning\n");
  for (volatile uint32_t i = 0; i < TSD_SPIN_COUNT; i = i + 1) {
#if TSD_SPIN_YIELD_EVERY
    if ((i & (TSD_SPIN_YIELD_EVERY - 1)) == 0) tsd_platform_delay(0);
#endif
  }
  print("done\n");
  return 0;
}
