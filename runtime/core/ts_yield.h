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
// - TSD_CALL_YIELD(): a recursive function's check with a small body (first in its body, or first on the path
//   that recurses); on the lx106 the same look at the clock as TSD_YIELD_CHECK() (no register kept, so a
//   recursion's copies keep the code they would have without it), elsewhere the shared countdown;
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

#if defined(__XTENSA__)
// The instructions of ts::yieldCheck() (t: the scratch register's operand). `movi a0, symbol` becomes an l32r
// from the function's literal pool; a0 is free (the call clobbers it). Emitted as `asm inline`: GCC then
// counts the statement as one instruction, so it still duplicates the block around it when that threads a
// test (a check first in the branch that recurses cost fib 11% when GCC counted its lines).
#define TSD_YIELD_CHECK_ASM(t)                       \
  "rsr " t ", ccount\n\t"                            \
  "movi a0, tsd_yield_deadline\n\t"                  \
  "l32i a0, a0, 0\n\t"                               \
  "sub " t ", a0, " t "\n\t"                          \
  "bltui " t ", 65536, 1f\n\t"                        \
  "call0 tsd_yield_stub\n"                           \
  "1:"
// The same with the deadline in a register (dl, a TSD_CLOCK_SCOPE()'s copy): 3 instructions while no look is
// due; after a look the copy is loaded again.
#define TSD_YIELD_CHECK_REG_ASM(t, dl)               \
  "rsr " t ", ccount\n\t"                            \
  "sub " t ", " dl ", " t "\n\t"                       \
  "bltui " t ", 65536, 1f\n\t"                        \
  "call0 tsd_yield_stub\n\t"                         \
  "movi " dl ", tsd_yield_deadline\n\t"              \
  "l32i " dl ", " dl ", 0\n"                          \
  "1:"
#endif

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
/** CCOUNT ticks between two looks at optimistic_yield(): 0.8 ms at 80 MHz. A power of two the branch
 *  instruction takes as an immediate (bltui's 65536), so the check needs no constant in a register. */
constexpr uint32_t kYieldLookTicks = 65536;
/** When the next look is due (ts_yield.cpp's tsd_yield_look() sets it). */
extern "C" uint32_t tsd_yield_deadline;
/** The check on the clock (TSD_YIELD_CHECK_ASM): CCOUNT against the
 *  deadline, 5 instructions and no register but one scratch; when the look is due it calls tsd_yield_stub,
 *  which saves every register the ABI lets a call clobber, so to GCC the check is one instruction with no
 *  call in it: the code around it (a recursion's threading of its tests, a loop's registers) stays the code
 *  it would be without the check. Unsigned: a look overdue (a stale deadline after a long delay(), CCOUNT
 *  wrapping) is a difference beyond kYieldLookTicks, so it looks at once. The "memory" clobber: the look
 *  may run a scheduled function (an interrupt's TypeScript routine, a Ticker callback) that writes globals. */
inline __attribute__((always_inline)) void yieldCheck() {
  uint32_t scratch;
  __asm__ __volatile__ inline(TSD_YIELD_CHECK_ASM("%0") : "=a"(scratch) : : "a0", "memory");
}
/** The same in a program where no TypeScript runs inside a yield (the compiler defines TSD_YIELD_NO_CALLBACKS
 *  in the sketch): nothing the sketch keeps in memory changes there, so GCC may keep globals and the fields it
 *  read in registers across the check. */
inline __attribute__((always_inline)) void yieldCheckRegisters() {
  uint32_t scratch;
  __asm__ __volatile__ inline(TSD_YIELD_CHECK_ASM("%0") : "=a"(scratch) : : "a0");
}

/** A function's copy of the deadline (TSD_CLOCK_SCOPE(), first in a function whose loops check on the clock):
 *  the check then keeps it in a register, 3 instructions instead of 5. A copy older than the deadline (another
 *  function looked meanwhile, or a closure captured the copy long ago) only makes the next check look early,
 *  or, when CCOUNT wrapped, up to kYieldLookTicks late; the look loads the copy again. Copyable, and checked
 *  through a const copy too: a closure written `[=]` inside the function may capture it. */
struct YieldClock {
  mutable uint32_t deadline = tsd_yield_deadline;
  inline __attribute__((always_inline)) void check() const {
    uint32_t scratch;
    __asm__ __volatile__ inline(TSD_YIELD_CHECK_REG_ASM("%0", "%1") : "=&a"(scratch), "+a"(deadline) : : "a0", "memory");
  }
  inline __attribute__((always_inline)) void checkRegisters() const {
    uint32_t scratch;
    __asm__ __volatile__ inline(TSD_YIELD_CHECK_REG_ASM("%0", "%1") : "=&a"(scratch), "+a"(deadline) : : "a0");
  }
};
/** Outside a TSD_CLOCK_SCOPE(): the check with the deadline in memory. */
struct SharedYieldClock {
  inline __attribute__((always_inline)) void check() const { yieldCheck(); }
  inline __attribute__((always_inline)) void checkRegisters() const { yieldCheckRegisters(); }
};
#elif defined(__linux__)
// The host target (a PC's g++ on Linux): a helper thread raises yieldDue once a millisecond (ts_yield.cpp), as
// the lx106 compares CCOUNT with a deadline, so a check is one load and a not-taken branch. Reading the time at
// every check cost the host benchmark: clock_gettime 10-23% of its run time, then rdtsc, which kept the CPU from
// overlapping the cache misses of consecutive iterations (bench/host maps 37 -> 26 ms CPU).
/** Non-zero when a look at optimistic_yield() is due; the ticker sleeps while it stays raised. */
extern uint32_t yieldDue;
/** Lowers yieldDue and wakes the ticker, then lets the core decide (ts_yield.cpp). */
void yieldLook();
struct SharedYieldClock {
  void check() const {
    if (__builtin_expect(__atomic_load_n(&yieldDue, __ATOMIC_RELAXED) != 0, 0)) yieldLook();
  }
  void checkRegisters() const { check(); }
};
#else
struct SharedYieldClock {
  void check() const { yieldCheckSlow(); }
  void checkRegisters() const { yieldCheckSlow(); }
};
#endif

}  // namespace ts

/** Outside a TSD_CLOCK_SCOPE(), TSD_YIELD_CHECK() finds this one. */
inline ts::SharedYieldClock tsd_yield_clock;

/** Outside a TSD_YIELD_SCOPE(), TSD_LOOP_YIELD() finds this one. */
inline ts::SharedYieldCounter tsd_yield_counter;

/** The section of a recursion's ring of copies (compiler/src/lower/yield-clone.ts): calls within one section
 *  are direct calls, not long calls the linker pads with a no-op. */
#if defined(__XTENSA__) && !defined(TSD_NO_LOOP_YIELD)
#define TSD_RING_SECTION(name) __attribute__((section(".text.tsd_ring." #name)))
#else
#define TSD_RING_SECTION(name)
#endif

// TSD_CALL_YIELD_PURE(value): the recursion check for a function GCC may treat as `const` (an int32 clone of a
// pure function: every value it computes comes from its arguments). In the noyield build GCC proves such a
// recursion const and merges its repeated calls (fib(n - 1) inlined calls fib(n - 2) again: bench/lx106's int32
// fib ran 4x faster without checks than with TSD_CALL_YIELD()). Here the asm is neither volatile nor clobbers
// memory, and `value` (an int32 argument the rest of the body uses) passes through it, so GCC keeps the check
// before every use of `value` and drops or merges it only with the calls it drops or merges: the work between
// checks stays bounded. Only for functions that read and write no global state: GCC then also moves the
// caller's memory accesses across calls of the function, so a callback run by one of its yields may see
// globals as GCC scheduled them, not in program order.
#if defined(__XTENSA__) && !defined(TSD_NO_LOOP_YIELD)
#define TSD_CALL_YIELD_PURE(value)                                                                          \
  do {                                                                                                      \
    uint32_t tsd_scratch_;                                                                                  \
    __asm__ inline(TSD_YIELD_CHECK_ASM("%1") : "+a"(value), "=&a"(tsd_scratch_) : : "a0");                  \
  } while (0)
#elif defined(TSD_NO_LOOP_YIELD)
#define TSD_CALL_YIELD_PURE(value) ((void)0)
#else
#define TSD_CALL_YIELD_PURE(value) TSD_CALL_YIELD()
#endif

// TSD_STRIP_YIELD(i, mask): the check of a counter loop (`i++`/`i--`) whose iteration is bounded, every mask + 1
// iterations (a power of two the compiler derives from the iteration's cost): one test of the counter's low bits
// (extui, bnez), the look at the clock only when they are all 0.
#if defined(TSD_NO_LOOP_YIELD)
#define TSD_STRIP_YIELD(i, mask) ((void)0)
#else
#define TSD_STRIP_YIELD(i, mask)                                   \
  do {                                                            \
    if (__builtin_expect(((i) & (mask)) == 0, 0)) TSD_YIELD_CHECK(); \
  } while (0)
#endif

#if defined(TSD_NO_LOOP_YIELD)
#define TSD_YIELD_SCOPE() ((void)0)
#define TSD_CLOCK_SCOPE() ((void)0)
#define TSD_LOOP_YIELD() ((void)0)
#define TSD_CALL_YIELD() ((void)0)
#define TSD_YIELD_CHECK() ((void)0)
#else
#define TSD_YIELD_SCOPE() ::ts::YieldCounter tsd_yield_counter
#define TSD_LOOP_YIELD() tsd_yield_counter.tick()
#if defined(TSD_YIELD_NO_CALLBACKS)
#define TSD_YIELD_CHECK() tsd_yield_clock.checkRegisters()
#else
#define TSD_YIELD_CHECK() tsd_yield_clock.check()
#endif
#if defined(__XTENSA__)
#define TSD_CLOCK_SCOPE() const ::ts::YieldClock tsd_yield_clock
#if defined(TSD_YIELD_NO_CALLBACKS)
#define TSD_CALL_YIELD() ::ts::yieldCheckRegisters()
#else
#define TSD_CALL_YIELD() ::ts::yieldCheck()
#endif
#else
#define TSD_CLOCK_SCOPE() ((void)0)
#define TSD_CALL_YIELD() ::tsd_yield_counter.tick()
#endif
#endif

namespace ts {
/** The recursion check of an int32 clone on the value a path that recursed returns (`return
 *  ts::yieldOnResult(fib_i32c1(n - 1) + fib_i32c1(n - 2));`): TSD_CALL_YIELD_PURE on the result instead of an
 *  argument. The arguments stay what GCC computed, so it still sees that two calls have equal arguments and
 *  merges them (an argument passed through the check is a new value at every level: the checks on `n` cost
 *  bench/lx106's fib 80% against the build without checks, which merges its calls); GCC keeps the check
 *  wherever the value is used, so every call that recursed checks once on its way back. The work between two
 *  checks is then at most one descent (bounded by the stack) plus a few levels of the body. */
__attribute__((always_inline)) inline int32_t yieldOnResult(int32_t value) {
  TSD_CALL_YIELD_PURE(value);
  return value;
}
}  // namespace ts
