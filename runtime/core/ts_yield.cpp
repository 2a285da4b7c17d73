// The slow path of TSD_LOOP_YIELD (ts_yield.h): reload the countdown, then let the Arduino core yield if
// kYieldIntervalUs have passed since its last yield.
#include "ts_yield.h"

#include <Arduino.h>

#if !defined(__XTENSA__) && defined(__linux__)
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#endif

namespace ts {

uint32_t yieldCountdown = kYieldCheckEvery;

#if !defined(__XTENSA__) && defined(__linux__)
// The host: a detached thread raises yieldDue every kYieldLookUs, then sleeps on the futex until a look lowers
// it (so a program asleep in delay() or not checking costs it no wake-ups). Started by the first look (yieldDue
// starts raised); if it cannot start, yieldDue stays raised and every check looks, as before the thread.
uint32_t yieldDue = 1;

namespace {
constexpr long kYieldLookUs = 1000;
bool tickerStarted = false;
bool tickerRunning = false;

long futex(uint32_t* word, int op, uint32_t value, const timespec* timeout) {
  return syscall(SYS_futex, word, op, value, timeout, nullptr, 0);
}

void* yieldTicker(void*) {
  const timespec period = {0, kYieldLookUs * 1000};
  for (;;) {
    nanosleep(&period, nullptr);
    __atomic_store_n(&yieldDue, 1u, __ATOMIC_RELAXED);
    while (__atomic_load_n(&yieldDue, __ATOMIC_RELAXED) != 0) futex(&yieldDue, FUTEX_WAIT_PRIVATE, 1, nullptr);
  }
  return nullptr;
}
}  // namespace

void yieldCheckSlow() {
  yieldCountdown = kYieldCheckEvery;
  if (__atomic_load_n(&yieldDue, __ATOMIC_RELAXED) != 0) yieldLook();
}

TSD_COLD void yieldLook() {
  if (!tickerStarted) {
    tickerStarted = true;
    // The thread starts with every signal blocked, so SIGINT/SIGTERM/SIGALRM still reach the sketch's own
    // thread (runtime/host/platform.cpp: stop at the next yield, its output written once).
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pthread_t thread;
    if (pthread_create(&thread, nullptr, &yieldTicker, nullptr) == 0) {
      pthread_detach(thread);
      tickerRunning = true;
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  }
  if (tickerRunning) {
    __atomic_store_n(&yieldDue, 0u, __ATOMIC_RELAXED);
    futex(&yieldDue, FUTEX_WAKE_PRIVATE, 1, nullptr);
  }
  optimistic_yield(kYieldIntervalUs);
}
#else
void yieldCheckSlow() {
  yieldCountdown = kYieldCheckEvery;
  optimistic_yield(kYieldIntervalUs);
}
#endif

}  // namespace ts

#if defined(__XTENSA__)
// ts::yieldCheck()'s slow path (ts_yield.h): the next look kYieldLookTicks ahead, then the core decides.
extern "C" {
uint32_t tsd_yield_deadline = 0;

TSD_COLD void tsd_yield_look() {
  tsd_yield_deadline = ts::yieldClock() + ts::kYieldLookTicks;
  optimistic_yield(ts::kYieldIntervalUs);
}
}

// Called by the check with the caller's live values in any register: keeps a2..a11 and SAR (what a C call may
// clobber; a0 is the check's own scratch, a12..a15 the callee keeps) around tsd_yield_look().
__asm__(
    "  .section .text.tsd_yield_stub,\"ax\",@progbits\n"
    "  .literal_position\n"
    "  .align 4\n"
    "  .global tsd_yield_stub\n"
    "  .type tsd_yield_stub, @function\n"
    "tsd_yield_stub:\n"
    "  addi a1, a1, -48\n"
    "  s32i a0, a1, 0\n  s32i a2, a1, 4\n  s32i a3, a1, 8\n  s32i a4, a1, 12\n  s32i a5, a1, 16\n  s32i a6, a1, 20\n"
    "  s32i a7, a1, 24\n  s32i a8, a1, 28\n  s32i a9, a1, 32\n  s32i a10, a1, 36\n  s32i a11, a1, 40\n"
    "  rsr a2, sar\n  s32i a2, a1, 44\n"
    "  call0 tsd_yield_look\n"
    "  l32i a2, a1, 44\n  wsr a2, sar\n"
    "  l32i a0, a1, 0\n  l32i a2, a1, 4\n  l32i a3, a1, 8\n  l32i a4, a1, 12\n  l32i a5, a1, 16\n  l32i a6, a1, 20\n"
    "  l32i a7, a1, 24\n  l32i a8, a1, 28\n  l32i a9, a1, 32\n  l32i a10, a1, 36\n  l32i a11, a1, 40\n"
    "  addi a1, a1, 48\n"
    "  ret\n"
    "  .size tsd_yield_stub, . - tsd_yield_stub\n"
    "  .previous\n");
#endif
