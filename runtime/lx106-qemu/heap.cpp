// The heap for picolibc's malloc (nano-malloc): sbrk() hands out the region the linker script reserves
// between __heap_start and __heap_end and remembers the highest break ever reached, which is what the run
// reports as the program's peak heap (it includes malloc's headers and fragmentation, as the device would).
// Exhausting the heap makes malloc return null, as on the board: the runtime then collects cycles, tries again
// and raises its RangeError (ts::outOfMemory).
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include "lx106_target.h"

extern "C" {
extern char __heap_start[], __heap_end[];
}

namespace {
char* currentBreak = __heap_start;
char* highestBreak = __heap_start;
}  // namespace

extern "C" void* sbrk(ptrdiff_t increment) {
  char* previous = currentBreak;
  if (increment > __heap_end - currentBreak) {
    errno = ENOMEM;
    return reinterpret_cast<void*>(-1);
  }
  if (increment < __heap_start - currentBreak) {
    errno = EINVAL;
    return reinterpret_cast<void*>(-1);
  }
  currentBreak += increment;
  if (currentBreak > highestBreak) highestBreak = currentBreak;
  return previous;
}

extern "C" size_t tsd_lx106_peak_heap() { return static_cast<size_t>(highestBreak - __heap_start); }
