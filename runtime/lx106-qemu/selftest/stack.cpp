// Uses about TSD_STACK_KB kilobytes of stack (recursion with a 1 KB frame each), for the peak-stack check
// in test/lx106-target.test.ts.
#include <stdint.h>
#include <string.h>
extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len);

__attribute__((noinline)) static uint32_t deep(int n) {
  volatile uint8_t frame[1000];
  for (int i = 0; i < 1000; i++) frame[i] = static_cast<uint8_t>(i + n);
  uint32_t sum = n > 1 ? deep(n - 1) : 0;
  return sum + frame[n];
}

int main() {
  uint32_t s = deep(TSD_STACK_KB);
  tsd_platform_write(1, reinterpret_cast<const uint8_t*>(s ? "ok\n" : "??\n"), 3);
  return 0;
}
