// SDK software timers (ets_timer_*) for the ESP8266 core's tests/host emulation, which has none: without
// them Ticker compiles but does not link. Armed timers sit in a list polled from a recurrent scheduled
// function, which the emulation runs after every loop() and in yield(): callbacks fire from the main loop,
// as the board's timer task runs them between loop() calls. Harness code of the real-core check only.
#include <Arduino.h>
#include <Schedule.h>
#include <ets_sys.h>

namespace {
ETSTimer* armed = nullptr;

void unlink(ETSTimer* t) {
  for (ETSTimer** p = &armed; *p != nullptr; p = &(*p)->timer_next) {
    if (*p == t) {
      *p = t->timer_next;
      t->timer_next = nullptr;
      return;
    }
  }
}

bool poll() {
  uint32_t now = micros();
  for (bool fired = true; fired;) {
    fired = false;
    for (ETSTimer* t = armed; t != nullptr; t = t->timer_next) {
      if (int32_t(now - t->timer_expire) < 0) continue;
      if (t->timer_period != 0) t->timer_expire += t->timer_period;
      else unlink(t);
      t->timer_func(t->timer_arg);  // may disarm or re-arm any timer: restart the scan
      fired = true;
      break;
    }
  }
  return true;  // keep polling
}

struct Start {
  Start() { schedule_recurrent_function_us(poll, 0); }
} start;
}  // namespace

extern "C" void ets_timer_setfn(ETSTimer* t, ETSTimerFunc* fn, void* arg) {
  unlink(t);
  t->timer_func = fn;
  t->timer_arg = arg;
}

extern "C" void ets_timer_arm_new(ETSTimer* t, int time, int repeat, int ms) {
  unlink(t);
  uint32_t us = ms ? uint32_t(time) * 1000 : uint32_t(time);
  t->timer_period = repeat ? us : 0;
  t->timer_expire = micros() + us;
  t->timer_next = armed;
  armed = t;
}

extern "C" void ets_timer_disarm(ETSTimer* t) { unlink(t); }

extern "C" void ets_timer_done(ETSTimer* t) { unlink(t); }
