// The timer lists (runtime/core/ts_timers.cpp) on a fake clock, driven by test/runtime.test.ts. This file
// replaces the host platform layer (runtime/host/platform.cpp): time moves only when the program waits
// (delay(), which timersDelay and runTimersUntilIdle call) or when a callback "spends" time, as a callback
// does on lx106 where the clock is the CPU's cycle counter. So orders that depend on the clock moving while
// callbacks run are reproduced exactly, every time. Each scenario prints one line: its events as
// name@ms (ms since the scenario began); the test compares them with the order Node's lib/internal/timers.js
// gives (the expectations are worked out in test/runtime.test.ts).
// A pass that runs more than kMaxCallbacksWithoutYield callbacks without waiting is what ended the lx106
// finding with Soft WDT reset: it ends the program with "no yield".
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tsduino.h"
#include "tsduino_platform.h"

namespace {

uint64_t fakeMicros = 0;
uint32_t callbacksSinceYield = 0;
const uint32_t kMaxCallbacksWithoutYield = 50;

char events[8192];
size_t eventsLen = 0;
uint32_t base = 0;

void spend(uint32_t ms) { fakeMicros += uint64_t(ms) * 1000; }

/** Every callback counts itself here: too many without a wait end the program. */
void ran(const char* name) {
  if (++callbacksSinceYield > kMaxCallbacksWithoutYield) {
    printf("%s no yield after %u callbacks (at %s@%u)\n", events, unsigned(kMaxCallbacksWithoutYield), name,
           unsigned(millis() - base));
    fflush(stdout);
    exit(1);
  }
}

void event(const char* name) {
  ran(name);
  int n = snprintf(events + eventsLen, sizeof events - eventsLen, "%s%s@%u", eventsLen ? " " : "", name,
                   unsigned(millis() - base));
  if (n > 0) eventsLen += size_t(n);
}

void note(const char* text) {
  int n = snprintf(events + eventsLen, sizeof events - eventsLen, "%s%s", eventsLen ? " " : "", text);
  if (n > 0) eventsLen += size_t(n);
}

void begin() {
  eventsLen = 0;
  events[0] = 0;
  base = uint32_t(millis());
}

void finish(const char* scenario) {
  ts::runTimersUntilIdle();
  printf("%s: %s\n", scenario, events);
}

ts::Fn<void()> logs(const char* name) {
  return [name]() { event(name); };
}

double timeout(const char* name, double ms) { return ts::setTimer(logs(name), ms, false); }

// A 0 ms retry armed by a callback while another list is due in the same pass (the lx106 finding): it joins
// the 1 ms list being run, started after `now`, so it waits for a later pass.
void zeroRetryWhileAnotherListIsDue() {
  begin();
  ts::setTimer([]() {
    event("a");
    spend(1);
    timeout("b", 0);
  }, 1, false);
  timeout("x", 2);
  spend(5);
  finish("zero retry");
}

// An interval due in the same pass as a longer list created before it: the other list runs first and takes
// 2 ms, so the interval starts after `now` and, re-armed from that start, is not due again in this pass.
void intervalAfterSlowList() {
  begin();
  static int ticks;
  static double interval;
  ticks = 0;
  ts::setTimer([]() {
    event("job");
    spend(2);
  }, 30, false);
  interval = ts::setTimer([]() {
    ++ticks;
    if (ticks <= 4) event("tick");
    else ran("tick");
    if (ticks == 100) {
      ts::clearTimer(interval);
      char last[48];
      snprintf(last, sizeof last, "%d ticks, last@%u", ticks, unsigned(millis() - base));
      note(last);
    }
  }, 15, true);
  finish("interval");
}

// clearTimeout of a later timer in the list being run.
void clearLaterInRunningList() {
  begin();
  static double b;
  ts::setTimer([]() {
    event("a");
    ts::clearTimer(b);
  }, 10, false);
  b = timeout("b", 10);
  timeout("c", 10);
  finish("clear in list");
}

// A callback clears the last other timer of its own list (the list, being run, leaves the queue and must
// not be freed under listOnTimeout) and arms a timer of the same duration, which goes to a new list.
void clearEmptiesRunningList() {
  begin();
  static double q;
  ts::setTimer([]() {
    event("p");
    ts::clearTimer(q);
    timeout("r", 20);
    timeout("s", 20);
  }, 20, false);
  q = timeout("q", 20);
  finish("clear empties list");
}

// clearInterval from inside its own callback, then a timeout of the same duration; and an interval that
// clears itself while another timer of its duration waits in the same list.
void clearIntervalInsideItsCallback() {
  begin();
  static int runs;
  static double self;
  runs = 0;
  self = ts::setTimer([]() {
    event("i");
    if (++runs == 3) {
      ts::clearTimer(self);
      timeout("z", 5);
    }
  }, 5, true);
  finish("clearInterval self");
  begin();
  static double other;
  other = ts::setTimer([]() {
    event("j");
    ts::clearTimer(other);
  }, 7, true);
  timeout("w", 7);
  finish("clearInterval self, list not empty");
}

// Many timers due in one pass: durations 1..10 in a scrambled creation order; some clear a later timer,
// some arm a 0 ms timer (all of which wait for the next pass).
void manyDueAtOnce() {
  begin();
  static double ids[100];
  static char names[100][8];
  static char retryNames[100][8];
  for (int k = 0; k < 100; k++) {
    snprintf(names[k], sizeof names[k], "t%d", k);
    snprintf(retryNames[k], sizeof retryNames[k], "t%d+", k);
    const int d = 1 + (k * 37) % 10;
    ids[k] = ts::setTimer([k]() {
      event(names[k]);
      callbacksSinceYield = 0;  // 100 callbacks in one pass are expected here
      if (k % 10 == 3 && k + 1 < 100) ts::clearTimer(ids[k + 1]);
      if (k % 25 == 0) timeout(retryNames[k], 0);
    }, d, false);
  }
  spend(20);
  finish("many");
}

// 0, negative and NaN delays are 1 ms: one list, in creation order, ahead of the 2 ms list.
void zeroIsOneMs() {
  begin();
  timeout("a", 1);
  timeout("b", 0);
  timeout("c", 2);
  timeout("d", -5);
  timeout("e", 0.0 / 0.0);
  spend(5);
  finish("zero is 1 ms");
}

// Lists due at the same instant run by list id: a list created (or re-armed) later sorts after.
void sameExpiryByListId() {
  begin();
  timeout("A", 10);
  ts::setTimer([]() {
    event("B");
    timeout("C", 6);
    ts::setTimer([]() {
      event("D");
      timeout("E", 2);
    }, 4, false);
  }, 4, false);
  finish("same expiry");
  begin();
  ts::setTimer([]() {
    event("P");
    timeout("P2", 5);
  }, 5, false);
  timeout("Q", 10);
  finish("re-armed list");
}

// Timers run inside delay(); a callback that calls delay() runs no timer meanwhile.
void insideDelay() {
  begin();
  timeout("a", 5);
  static int runs;
  static double interval;
  runs = 0;
  interval = ts::setTimer([]() {
    event("i");
    if (++runs == 2) ts::clearTimer(interval);
  }, 7, true);
  ts::timersDelay(20);
  event("delay");
  finish("delay");
  begin();
  ts::setTimer([]() {
    ts::timersDelay(10);
    event("x");
  }, 1, false);
  timeout("y", 2);
  finish("delay in callback");
}

}  // namespace

extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len) {
  fwrite(data, 1, len, fd == 2 ? stderr : stdout);
  return len;
}
extern "C" int tsd_platform_read_byte(void) { return -1; }
extern "C" uint32_t tsd_platform_millis(void) { return uint32_t(fakeMicros / 1000); }
extern "C" uint32_t tsd_platform_micros(void) { return uint32_t(fakeMicros); }
extern "C" void tsd_platform_delay(uint32_t ms) {
  callbacksSinceYield = 0;
  fakeMicros += uint64_t(ms) * 1000;
}
extern "C" void tsd_platform_exit(int code) {
  fflush(stdout);
  exit(code);
}

void setup() {
  fakeMicros = 1000;
  zeroRetryWhileAnotherListIsDue();
  intervalAfterSlowList();
  clearLaterInRunningList();
  clearEmptiesRunningList();
  clearIntervalInsideItsCallback();
  manyDueAtOnce();
  zeroIsOneMs();
  sameExpiryByListId();
  insideDelay();
  printf("armed %u\n", unsigned(ts::timers::armed));
  fflush(stdout);
  exit(0);
}

void loop() {}
