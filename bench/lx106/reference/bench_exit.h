// Ending a hand-written benchmark sketch: flush Serial and end the run (the lx106-qemu platform layer's exit),
// the way a compiled TypeScript program ends with ts::exitProgram.
#ifndef TSDUINO_BENCH_EXIT_H
#define TSDUINO_BENCH_EXIT_H
#include <Arduino.h>
#include "tsduino_platform.h"

static inline void benchDone() {
  Serial.flush();
  tsd_platform_exit(0);
}

#endif
