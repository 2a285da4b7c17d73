// The C++ support the freestanding lx106 build needs and Debian's cross compiler does not ship (there is no
// libstdc++): global operator new/delete on top of malloc, __cxa_pure_virtual, and the hooks GCC emits for
// global destructors (never run: the program ends with a semihosting exit) and function-local statics
// (single-threaded, so the guards are plain flags). All weak, so a runtime that defines its own wins.
#include <stddef.h>
#include <stdlib.h>
#include "lx106_target.h"

#define TSD_WEAK __attribute__((weak))

TSD_WEAK void* operator new(size_t size) {
  void* p = malloc(size ? size : 1);
  if (!p) tsd_lx106_fatal("out of memory (operator new)");
  return p;
}
TSD_WEAK void* operator new[](size_t size) { return operator new(size); }
TSD_WEAK void operator delete(void* p) noexcept { free(p); }
TSD_WEAK void operator delete[](void* p) noexcept { free(p); }
TSD_WEAK void operator delete(void* p, size_t) noexcept { free(p); }
TSD_WEAK void operator delete[](void* p, size_t) noexcept { free(p); }

extern "C" {
TSD_WEAK void* __dso_handle = nullptr;
TSD_WEAK int __cxa_atexit(void (*)(void*), void*, void*) { return 0; }
TSD_WEAK int atexit(void (*)()) { return 0; }
TSD_WEAK void __cxa_pure_virtual() { tsd_lx106_fatal("pure virtual function called"); }
TSD_WEAK int __cxa_guard_acquire(int* guard) { return *reinterpret_cast<char*>(guard) == 0; }
TSD_WEAK void __cxa_guard_release(int* guard) { *reinterpret_cast<char*>(guard) = 1; }
TSD_WEAK void __cxa_guard_abort(int*) {}
}
