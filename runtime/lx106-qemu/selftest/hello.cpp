// Hand-written check of the bare lx106 target without the Arduino core: prints through the platform layer,
// uses the heap, a division and a double, and exits with status 3.
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len);
extern "C" [[noreturn]] void tsd_platform_exit(int code);
static void say(const char* s) { tsd_platform_write(1, reinterpret_cast<const uint8_t*>(s), strlen(s)); }
volatile int divisor = 7;
volatile double x = 0.1;
int main() {
  say("hello from lx106\n");
  char* buf = static_cast<char*>(malloc(100));
  int q = 1000 / divisor;
  double y = x + 0.2;
  long long bits;
  memcpy(&bits, &y, 8);
  snprintf(buf, 100, "q=%d bits=%llx\n", q, bits);
  say(buf);
  free(buf);
  return 3;
}
