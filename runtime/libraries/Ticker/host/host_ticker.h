// Host timers behind the Ticker binding: a list of armed timers that fire from delay() and yield() (which
// runs between loop() iterations): the moments the ESP8266 SDK runs its os_timer callbacks, never preempting
// sketch code.
#pragma once
#include <stdint.h>

namespace tsd_ticker {

struct Timer {
  Timer* next = nullptr;
  uint64_t dueMs = 0;
  uint32_t periodMs = 0;
  bool repeat = false;
  bool armed = false;
  void (*fire)(void* context) = nullptr;
  void* context = nullptr;
};

void arm(Timer* timer, uint32_t ms, bool repeat, void (*fire)(void*), void* context);
void disarm(Timer* timer);
// Runs every due callback once; returns ms until the next timer is due (UINT32_MAX when none).
uint32_t poll();

}  // namespace tsd_ticker
