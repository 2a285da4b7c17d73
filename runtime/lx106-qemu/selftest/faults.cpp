// Programs that end badly on purpose, one per TSD_FAULT value, for test/lx106-target.test.ts: each must end
// QEMU with status 134 and one readable line on stderr instead of hanging.
//   1: integer division by zero   2: illegal instruction   3: heap exhausted (operator new; malloc itself
//   returns null, as on the board)   4: pure virtual call
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len);
extern "C" void __cxa_pure_virtual();
static void say(const char* s) { tsd_platform_write(1, reinterpret_cast<const uint8_t*>(s), strlen(s)); }
volatile int zero = 0;

int main() {
  say("before\n");
#if TSD_FAULT == 1
  volatile int q = 10 / zero;
  (void)q;
#elif TSD_FAULT == 2
  __asm__ volatile("ill");
#elif TSD_FAULT == 3
  for (;;) {
    volatile char* p = new char[1000];
    p[0] = 1;
  }
#elif TSD_FAULT == 4
  __cxa_pure_virtual();
#endif
  say("after\n");
  return 0;
}
