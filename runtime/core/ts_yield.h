// Yield checks the compiler inserts so that no stretch of TypeScript runs long without letting the ESP8266's
// system run: the Arduino core's software watchdog resets the chip after about 3.2 s without a yield (delay(),
// yield(), returning from loop()), and WiFi/TCP stall meanwhile. JavaScript has no watchdog, so a TypeScript
// loop must not reboot the board and `while (true) {}` must spin forever as in Node.
//
// The generated code (compiler/src/lower/yields.ts decides where) uses four macros:
// - TSD_LOOP_YIELD(): first statement of a loop body whose iteration is small: one decrement and one not-taken
//   branch of a countdown; when it reaches zero (every kYieldCheckEvery checks) the slow path asks the core's
//   optimistic_yield(kYieldIntervalUs), which yields only when that much time has passed since the last yield
//   (on the board the ESP8266 core's own function; runtime/arduino implements it elsewhere);
// - TSD_YIELD_SCOPE(): first statement of a function whose loops count down: the function counts down a copy
//   of the shared countdown that lives in a register (loaded on entry, what it used taken off on return);
//   elsewhere TSD_LOOP_YIELD() counts down the shared one in memory;
// - TSD_CALL_YIELD(): first statement of a recursive function with a small body (after its
//   TSD_YIELD_SCOPE(), if any), always on the shared countdown: a recursive closure must not name (or
//   capture) its enclosing function's counter, and a scope takes only its own checks off the shared
//   countdown, so this one is never lost;
// - TSD_YIELD_CHECK(): a look at the clock, where the stretch up to the next check may be long (an expensive
//   or unbounded loop iteration, the expensive branch of a loop, a recursive function with a large body): on
//   the lx106 the CPU's cycle counter (CCOUNT) against a deadline, so the time between two looks at
//   optimistic_yield() is at most kYieldLookTicks plus one stretch, whatever the stretch costs.
// Never used in interrupt handlers (the core forbids yielding there; the compiler inserts none).
// -DTSD_NO_LOOP_YIELD compiles all checks out (bench/lx106 measures their cost with it).
#pragma once

#include <Arduino.h>
#include <stdint.h>

#include "ts_base.h"

/** TypeScript's yieldNow() (`yield` is a reserved word in a module): the core's yield(). */
inline void yieldNow() { yield(); }

namespace ts {

/** Checks between two looks at the clock (optimistic_yield: about 20 cycles on the ESP8266): rare enough to
 *  cost nothing measurable, frequent enough that even slow iterations (software doubles, string scans of
 *  ~10 000 cycles) look every ~30 ms. */
constexpr uint32_t kYieldCheckEvery = 256;
/** Yield when this long has passed since the last yield: what the ESP8266 core's own long loops use
 *  (optimistic_yield(10000) in HardwareSerial, flash_hal, uart), far below the watchdog's 3.2 s. */
constexpr uint32_t kYieldIntervalUs = 10000;

extern uint32_t yieldCountdown;
/** Reloads yieldCountdown and yields if kYieldIntervalUs have passed since the last yield. */
void yieldCheckSlow();

/** The shared countdown: TSD_CALL_YIELD(), and TSD_LOOP_YIELD() outside a TSD_YIELD_SCOPE(). */
struct SharedYieldCounter {
  void tick() {
    if (__builtin_expect(--yieldCountdown == 0, 0)) yieldCheckSlow();
  }
};

/** A function's own copy of the countdown: a register instead of a load and a store per check. On return
 *  the checks it made are taken off the shared countdown (which its callees count down meanwhile), so the
 *  checks of nested loops in different functions, and of a recursion's calls, add up instead of getting lost. */
struct YieldCounter {
  uint32_t start = yieldCountdown;
  uint32_t left = start;
  YieldCounter() = default;
  YieldCounter(const YieldCounter&) = delete;
  YieldCounter& operator=(const YieldCounter&) = delete;
  ~YieldCounter() {
    uint32_t used = start - left;
    yieldCountdown = yieldCountdown > used ? yieldCountdown - used : 1;
  }
  void tick() {
    if (__builtin_expect(--left == 0, 0)) {
      yieldCheckSlow();
      start = left = yieldCountdown;
    }
  }
};

#if defined(__XTENSA__)
/** The CPU's cycle counter (CCOUNT: 80 or 160 MHz on the ESP8266, 40 MHz of virtual time under QEMU). */
inline uint32_t yieldClock() {
  uint32_t c;
  __asm__ __volatile__("rsr %0, ccount" : "=a"(c));
  return c;
}
/** CCOUNT ticks between two looks at optimistic_yield(): 1 ms at 80 MHz. */
constexpr uint32_t kYieldLookTicks = 80000;
/** When the next look is due. */
extern uint32_t yieldNextLook;
/** Sets the next look kYieldLookTicks ahead and asks optimistic_yield(). */
void yieldLook();
/** The check: a clock read, a load, a subtraction and a branch; no store, no register kept across the loop.
 *  Unsigned: a look overdue (or a stale deadline after a long delay(), or CCOUNT wrapping) is a difference
 *  beyond kYieldLookTicks, so it looks at once. */
inline void yieldCheck() {
  if (__builtin_expect(yieldNextLook - yieldClock() > kYieldLookTicks, 0)) yieldLook();
}
#endif

}  // namespace ts

/** Outside a TSD_YIELD_SCOPE(), TSD_LOOP_YIELD() finds this one. */
inline ts::SharedYieldCounter tsd_yield_counter;

#if defined(TSD_NO_LOOP_YIELD)
#define TSD_YIELD_SCOPE() ((void)0)
#define TSD_LOOP_YIELD() ((void)0)
#define TSD_CALL_YIELD() ((void)0)
#define TSD_YIELD_CHECK() ((void)0)
#else
#define TSD_YIELD_SCOPE() ::ts::YieldCounter tsd_yield_counter
#define TSD_LOOP_YIELD() tsd_yield_counter.tick()
#define TSD_CALL_YIELD() ::tsd_yield_counter.tick()
#if defined(__XTENSA__)
#define TSD_YIELD_CHECK() ::ts::yieldCheck()
#else
#define TSD_YIELD_CHECK() ::ts::yieldCheckSlow()
#endif
#endif
