// Host timers for the Ticker binding. They fire only where the board's SDK would run them: inside delay() and
// yield(), which the emulated core runs after every loop() iteration. Both end in tsd_platform_delay, which
// the binding wraps with GNU ld's --wrap (hostFlags) to sleep in slices and fire due timers, so the emulated
// core needs no change to support Ticker.
#if !defined(ESP8266)
#include "host_ticker.h"

#include <stddef.h>
#include <time.h>

namespace tsd_ticker {
namespace {
Timer* armed = nullptr;

uint64_t nowMs() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

void unlink(Timer* timer) {
  for (Timer** p = &armed; *p != nullptr; p = &(*p)->next) {
    if (*p == timer) {
      *p = timer->next;
      break;
    }
  }
  timer->next = nullptr;
  timer->armed = false;
}
}  // namespace

void arm(Timer* timer, uint32_t ms, bool repeat, void (*fire)(void*), void* context) {
  if (timer->armed) unlink(timer);
  timer->periodMs = ms == 0 ? 1 : ms;
  timer->dueMs = nowMs() + timer->periodMs;
  timer->repeat = repeat;
  timer->fire = fire;
  timer->context = context;
  timer->armed = true;
  timer->next = armed;
  armed = timer;
}

void disarm(Timer* timer) {
  if (timer->armed) unlink(timer);
}

uint32_t poll() {
  uint64_t now = nowMs();
  // Fire at most one round per call; a callback may arm or disarm timers, so rescan from the head each time.
  for (int budget = 64; budget > 0; budget--) {
    Timer* due = nullptr;
    for (Timer* t = armed; t != nullptr; t = t->next) {
      if (t->dueMs <= now && (due == nullptr || t->dueMs < due->dueMs)) due = t;
    }
    if (due == nullptr) break;
    if (due->repeat) {
      due->dueMs += due->periodMs;
      if (due->dueMs <= now) due->dueMs = now + due->periodMs;  // late: skip missed ticks as os_timer does
    } else {
      unlink(due);
    }
    due->fire(due->context);
  }
  uint64_t next = UINT64_MAX;
  for (Timer* t = armed; t != nullptr; t = t->next) {
    if (t->dueMs < next) next = t->dueMs;
  }
  if (next == UINT64_MAX) return UINT32_MAX;
  now = nowMs();
  return next <= now ? 0 : (uint32_t)(next - now);
}

}  // namespace tsd_ticker

extern "C" void __real_tsd_platform_delay(uint32_t ms);

extern "C" void __wrap_tsd_platform_delay(uint32_t ms) {
  uint64_t end = tsd_ticker::nowMs() + ms;
  for (;;) {
    uint32_t untilTimer = tsd_ticker::poll();
    uint64_t now = tsd_ticker::nowMs();
    if (now >= end) break;
    uint64_t left = end - now;
    __real_tsd_platform_delay((uint32_t)(untilTimer < left ? untilTimer : left));
  }
  if (ms == 0) __real_tsd_platform_delay(0);
}

#endif
