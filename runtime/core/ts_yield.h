// Yield checks the compiler inserts so that no stretch of TypeScript runs long without letting the ESP8266's
// system run: the Arduino core's software watchdog resets the chip after about 3.2 s without a yield (delay(),
// yield(), returning from loop()), and WiFi/TCP stall meanwhile. JavaScript has no watchdog, so a TypeScript
// loop must not reboot the board and `while (true) {}` must spin forever as in Node.
//
// TSD_LOOP_YIELD() is the first statement of every loop body the compiler cannot prove short, and
// TSD_CALL_YIELD() the first statement of every recursive function. Both cost one decrement and one
// not-taken branch of a shared countdown; every kYieldCheckEvery checks the slow path asks the core's
// optimistic_yield(kYieldIntervalUs), which yields only when that much time has passed since the last yield
// (on the board it is the ESP8266 core's own function; the emulated core in runtime/arduino implements it).
// Never used in interrupt handlers (the core forbids yielding there; the compiler inserts none).
#pragma once

#include <stdint.h>

namespace ts {

/** Checks between two looks at the clock: small enough that even slow iterations (software doubles, string
 *  building) look at the clock every few milliseconds, large enough that the look costs nothing measurable. */
constexpr uint32_t kYieldCheckEvery = 64;
/** The longest stretch between yields the generated code aims for: far below the watchdog's 3.2 s. */
constexpr uint32_t kYieldIntervalUs = 2000;

extern uint32_t yieldCountdown;
void yieldCheckSlow();

}  // namespace ts

#if defined(TSD_NO_LOOP_YIELD)
#define TSD_LOOP_YIELD() ((void)0)
#else
#define TSD_LOOP_YIELD() \
  do { \
    if (__builtin_expect(--::ts::yieldCountdown == 0, 0)) ::ts::yieldCheckSlow(); \
  } while (0)
#endif
#define TSD_CALL_YIELD() TSD_LOOP_YIELD()
