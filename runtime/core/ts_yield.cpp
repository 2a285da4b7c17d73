// The slow path of TSD_LOOP_YIELD (ts_yield.h): reload the countdown, then let the Arduino core yield if
// kYieldIntervalUs have passed since its last yield.
#include "ts_yield.h"

#include <Arduino.h>

namespace ts {

uint32_t yieldCountdown = kYieldCheckEvery;

void yieldCheckSlow() {
  yieldCountdown = kYieldCheckEvery;
  optimistic_yield(kYieldIntervalUs);
}

#if defined(__XTENSA__)
uint32_t yieldNextLook = 0;

TSD_COLD void yieldLook() {
  yieldNextLook = yieldClock() + kYieldLookTicks;
  optimistic_yield(kYieldIntervalUs);
}
#endif

}  // namespace ts
