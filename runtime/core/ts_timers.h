// setTimeout / setInterval / clearTimeout / clearInterval for sketches and programs, in Node's order.
//
// Node keeps one list per duration (in creation order) and a priority queue of those lists by (expiry, list
// id); when the event loop runs timers at time `now` it takes the first list whose expiry <= now and runs its
// timers from the front while they are due, then the next list. A list whose front timer is not due yet gets
// a new expiry and a new id (so it sorts after lists of the same expiry). A setInterval is re-armed after its
// callback returns, from the time it started. A timer armed while a pass runs started at or after that
// pass's `now`, so it is never due in it (it waits for a later pass, even in the list being run). This file
// keeps the same lists, ids and clock rules (lib/internal/timers.js), so timers due at the same time run in
// Node's order: by due time, then list id, then creation (docs/language.md, "Timers").
//
// Where they run: never inside the TypeScript code that is running (as in Node), but between two loop()
// calls, inside delay() and yieldNow() (the compiler maps them to timersDelay / timersYield when the
// program uses timers), and, for a program without setup()/loop(), after its top-level code until no timer is
// left (runTimersUntilIdle), as Node's event loop does.
#pragma once

#include <stdint.h>

#include "ts_base.h"
#include "ts_function.h"

namespace ts {

/** setTimeout(cb, ms) / setInterval(cb, ms): the timer's id (1, 2, 3 ...). */
double setTimer(Fn<void()> callback, double ms, bool repeat);
/** clearTimeout(id) / clearInterval(id) (interchangeable, as in Node); an unknown or spent id does nothing. */
void clearTimer(double id);
inline void clearTimer(Opt<double> id) {
  if (id.hasValue()) clearTimer(id.value());
}
inline void clearTimer(Undefined) {}
inline void clearTimer(Null) {}

namespace timers {
/** How many timers are armed: a program with none pays one load at each place timers may run. */
extern uint32_t armed;
/** Runs the timers due now, in Node's order (a no-op inside a timer callback: no nesting). */
void runDue();
/** Milliseconds until the earliest list expires (0 if due now). Only meaningful when armed. */
uint32_t msUntilNext();
}  // namespace timers

/** delay(ms) in a program that uses timers: timers due meanwhile run inside it, as Ticker callbacks do. */
void timersDelay(uint32_t ms);
/** yieldNow() in a program that uses timers. */
void timersYield();
/** A program's event loop after its top-level code: wait for and run timers until none is left. */
void runTimersUntilIdle();

}  // namespace ts
