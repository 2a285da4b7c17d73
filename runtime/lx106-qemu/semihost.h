// Xtensa semihosting as QEMU implements it (target/xtensa/xtensa-semi.c, enabled by `-semihosting`): the
// `simcall` instruction with the call number in a2 and arguments in a3..a6; the result comes back in a2 and
// errno in a3. Only the calls the lx106 target uses are named here.
#ifndef TSDUINO_LX106_SEMIHOST_H
#define TSDUINO_LX106_SEMIHOST_H
#include <stdint.h>

enum : int {
  kSysExit = 1,
  kSysRead = 3,
  kSysWrite = 4,
  kSysSelectOne = 29,
};
enum : int { kSelectOneRead = 1 };

static inline int tsd_simcall(int call, int a, int b, int c) {
  register int a2 __asm__("a2") = call;
  register int a3 __asm__("a3") = a;
  register int a4 __asm__("a4") = b;
  register int a5 __asm__("a5") = c;
  __asm__ volatile("simcall" : "+r"(a2), "+r"(a3) : "r"(a4), "r"(a5) : "memory");
  return a2;
}

static inline uint32_t tsd_read_ccount() {
  uint32_t c;
  __asm__ volatile("rsr %0, ccount" : "=a"(c) : : "memory");  // "memory": stores before it stay before it
  return c;
}

#endif
