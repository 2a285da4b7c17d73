// Timers in Node's order (ts_timers.h): per-duration lists in creation order, picked by (expiry, list id),
// as lib/internal/timers.js (insert, listOnTimeout, processTimers, unenroll) does.
#include "ts_timers.h"

#include <Arduino.h>
#include <stdlib.h>

#include "ts_error.h"

#if !defined(TSDUINO_EMULATED_CORE)  // a real ESP8266 core: the board, or the core's own tests/host emulation
#include <Schedule.h>
#endif

namespace ts {
namespace {

struct TimerList;

struct Timer {
  Timer* prev = nullptr;
  Timer* next = nullptr;
  TimerList* list = nullptr;  // the list it waits in; nullptr while its callback runs
  double id = 0;
  Fn<void()> callback;
  uint64_t start = 0;   // Node's _idleStart
  uint32_t msecs = 1;   // Node's _idleTimeout, truncated
  bool repeat = false;
  bool destroyed = false;
};

struct TimerList {
  TimerList* nextList = nullptr;
  Timer* head = nullptr;
  Timer* tail = nullptr;
  uint32_t msecs = 0;
  uint64_t expiry = 0;
  uint32_t id = 0;
};

TimerList* lists = nullptr;  // Node's timerListMap and timerListQueue: one list per duration
uint32_t nextListId = 1;
double nextTimerId = 1;
bool running = false;       // inside processTimers: no nesting (Node never runs timers inside a callback)
Timer* current = nullptr;   // the timer whose callback runs
TimerList* walking = nullptr;  // the list listOnTimeout walks: a clear that empties it must not free it

// Node's getLibuvNow(): milliseconds, kept in 64 bits across millis() wrapping.
uint64_t nowMs() {
  static uint32_t last = 0;
  static uint64_t total = 0;
  uint32_t m = uint32_t(millis());
  total += uint32_t(m - last);
  last = m;
  return total;
}

TimerList* findList(uint32_t msecs) {
  for (TimerList* l = lists; l; l = l->nextList)
    if (l->msecs == msecs) return l;
  return nullptr;
}

/** Takes `list` out of the queue (Node's timerListQueue.removeAt + delete timerListMap[msecs]) and frees it,
 *  unless listOnTimeout is still walking it: that one is freed when the walk ends. */
void dropList(TimerList* list) {
  for (TimerList** p = &lists; *p; p = &(*p)->nextList) {
    if (*p == list) {
      *p = list->nextList;
      break;
    }
  }
  if (list != walking) free(list);
}

/** Node's timerListQueue.peek(): the smallest (expiry, id). */
TimerList* peekList() {
  TimerList* best = nullptr;
  for (TimerList* l = lists; l; l = l->nextList)
    if (!best || l->expiry < best->expiry || (l->expiry == best->expiry && l->id < best->id)) best = l;
  return best;
}

void unlink(Timer* t) {
  TimerList* l = t->list;
  if (!l) return;
  (t->prev ? t->prev->next : l->head) = t->next;
  (t->next ? t->next->prev : l->tail) = t->prev;
  t->prev = t->next = nullptr;
  t->list = nullptr;
}

void scheduleAfterLoop();

/** Node's insert(item, msecs, start). */
void insert(Timer* t, uint64_t start) {
  t->start = start;
  TimerList* l = findList(t->msecs);
  if (!l) {
    l = static_cast<TimerList*>(malloc(sizeof(TimerList)));
    if (!l) outOfMemory(PSTR("RangeError: out of memory"));
    new (l) TimerList();
    l->msecs = t->msecs;
    l->expiry = start + t->msecs;
    l->id = nextListId++;
    l->nextList = lists;
    lists = l;
  }
  t->list = l;
  t->prev = l->tail;
  (l->tail ? l->tail->next : l->head) = t;
  l->tail = t;
  scheduleAfterLoop();
}

void destroy(Timer* t) {
  t->~Timer();
  free(t);
  timers::armed--;
}

/** Node's listOnTimeout(list, now). */
void listOnTimeout(TimerList* list, uint64_t now) {
  const uint32_t msecs = list->msecs;
  walking = list;
  while (Timer* t = list->head) {
    // Node's `now - timer._idleStart < msecs`, with JavaScript numbers: a timer armed or re-armed by a
    // callback of this pass started after `now` (the clock moved while callbacks ran), so it is not due.
    // (In unsigned arithmetic that difference wrapped to a huge "due" value: such a timer ran at once, and
    // an interval re-armed after `now` ran again and again without yielding — the lx106 Soft WDT.)
    if (t->start + msecs > now) {
      // Too early for this one: the list waits for it, behind lists of the same expiry.
      uint64_t due = t->start + msecs;
      list->expiry = due > now + 1 ? due : now + 1;
      list->id = nextListId++;
      walking = nullptr;
      return;
    }
    unlink(t);
    uint64_t start = t->repeat ? nowMs() : 0;
    current = t;
    Fn<void()> callback = t->callback;  // alive while it runs, even if it clears its own timer
    callback();
    current = nullptr;
    if (t->repeat && !t->destroyed) {
      insert(t, start);
    } else {
      destroy(t);
    }
  }
  // Empty: Node deletes it from the queue, unless a clear already did (then a callback may have made a new
  // list of the same duration, which stays); either way this one is done.
  walking = nullptr;
  dropList(list);
}

/** Node's processTimers(now). */
void processTimers(uint64_t now) {
  running = true;
  while (TimerList* list = peekList()) {
    if (list->expiry > now) break;
    listOnTimeout(list, now);
  }
  running = false;
}

#if !defined(TSDUINO_EMULATED_CORE)  // a real ESP8266 core: the board, or the core's own tests/host emulation
// On the board, functions given to schedule_function() run once after loop() returns (never inside yield()
// or delay(), where sketch code is still running): between two loop() calls, as Node runs timers only when
// the code that runs has returned.
bool afterLoopScheduled = false;
void scheduleAfterLoop() {
  if (afterLoopScheduled) return;
  afterLoopScheduled = schedule_function([]() {
    afterLoopScheduled = false;
    if (timers::armed) {
      timers::runDue();
      if (timers::armed) scheduleAfterLoop();
    }
  });
}
#else
inline void scheduleAfterLoop() {}  // the emulated core calls tsd_timers_after_loop() after every loop()
#endif

}  // namespace

namespace timers {
uint32_t armed = 0;

void runDue() {
  if (running || !armed) return;
  uint64_t now = nowMs();
  TimerList* first = peekList();
  if (first && first->expiry <= now) processTimers(now);
}

uint32_t msUntilNext() {
  TimerList* first = peekList();
  if (!first) return 0;
  uint64_t now = nowMs();
  if (first->expiry <= now) return 0;
  uint64_t wait = first->expiry - now;
  return wait > 0x7fffffff ? 0x7fffffff : uint32_t(wait);
}
}  // namespace timers

// Set by the first setTimer: tsd_timers_after_loop's only way to the queue.
void (*afterLoop)() = nullptr;

double setTimer(Fn<void()> callback, double ms, bool repeat) {
  // Node: a duration that is not in [1, 2^31 - 1] (NaN, 0, negative, too large) becomes 1; then truncated.
  double after = ms;
  if (!(after >= 1 && after <= 2147483647.0)) after = 1;
  Timer* t = static_cast<Timer*>(malloc(sizeof(Timer)));
  if (!t) outOfMemory(PSTR("RangeError: out of memory"));
  new (t) Timer();
  t->id = nextTimerId++;
  t->callback = callback;
  t->msecs = uint32_t(after);
  t->repeat = repeat;
  timers::armed++;
  afterLoop = &timers::runDue;
  insert(t, nowMs());
  return t->id;
}

void clearTimer(double id) {
  if (current && current->id == id) {
    current->destroyed = true;  // freed when its callback returns; an interval is not re-armed
    // Node's unenroll: the list of its duration leaves the queue if it is empty now (its own list, whose
    // callbacks are running: a timer of that duration armed later goes to a new list).
    TimerList* l = findList(current->msecs);
    if (l && !l->head) dropList(l);
    return;
  }
  for (TimerList* l = lists; l; l = l->nextList) {
    for (Timer* t = l->head; t; t = t->next) {
      if (t->id != id) continue;
      unlink(t);
      destroy(t);
      // Node's unenroll: an emptied list leaves the queue (its expiry is not recomputed otherwise).
      if (!l->head) dropList(l);
      return;
    }
  }
}

void timersDelay(uint32_t ms) {
  uint32_t began = uint32_t(millis());
  for (;;) {
    timers::runDue();
    uint32_t elapsed = uint32_t(millis()) - began;
    uint32_t wait = elapsed >= ms ? 0 : ms - elapsed;
    if (timers::armed && !running) {
      uint32_t next = timers::msUntilNext();
      if (next < wait) wait = next;
    }
    delay(wait);
    if (uint32_t(millis()) - began >= ms) break;
  }
  timers::runDue();
}

void timersYield() {
  timers::runDue();
  yield();
}

void runTimersUntilIdle() {
  while (timers::armed) {
    timers::runDue();
    if (!timers::armed) break;
    delay(timers::msUntilNext());
  }
}

}  // namespace ts

// The emulated core (runtime/arduino/core.cpp) calls this after every loop(): through the pointer that
// setTimer sets, so a sketch that makes no timer links none of the timer queue (nor the closures' releases).
extern "C" void tsd_timers_after_loop() {
  if (ts::afterLoop) ts::afterLoop();
}
