// Timing, virtual pins and random numbers of the emulated Arduino core, plus main(): setup() once, then
// loop() forever with yield() in between (which also flushes buffered output, as the UART drains).
#include "Arduino.h"

namespace {
bool seeded = false;
uint64_t rngState = 0;

uint64_t nextRandom() {
  if (!seeded) {
    rngState = 0x9E3779B97F4A7C15ULL ^ (uint64_t(tsd_platform_micros()) << 20) ^ tsd_platform_millis();
    seeded = true;
  }
  // xorshift64*
  rngState ^= rngState >> 12;
  rngState ^= rngState << 25;
  rngState ^= rngState >> 27;
  return rngState * 0x2545F4914F6CDD1DULL;
}
}  // namespace

unsigned long millis(void) { return tsd_platform_millis(); }
unsigned long micros(void) { return tsd_platform_micros(); }
// The sketch yielded since optimistic_yield last looked (the real core records s_cycles_at_resume at every
// resume; reading the time here instead would cost every delay()/yield() a clock read): its interval then
// starts at its next call.
static bool resumed = true;
static uint32_t resumedAtMicros = 0;

// The runtime's cycle collector (ts_gc.cpp) runs where the sketch yields; weak so the core links without it.
extern "C" __attribute__((weak)) void tsd_gc_idle(int delaying) { (void)delaying; }
// The runtime's timers (ts_timers.cpp) run between two loop() calls; weak so the core links without them.
extern "C" __attribute__((weak)) void tsd_timers_after_loop() {}

void delay(unsigned long ms) {
  tsd_gc_idle(1);
  tsd_pins_delay(uint32_t(ms));  // pins.cpp: stimulus events on time
  resumed = true;
}
void delayMicroseconds(unsigned int us) {
  uint32_t start = tsd_platform_micros();
  while (tsd_platform_micros() - start < us) {
  }
}
extern "C" void yield(void) {
  tsd_gc_idle(0);
  tsd_pins_service();  // pins.cpp: due stimulus events, interrupt handlers
  tsd_platform_delay(0);
  resumed = true;
}
// Weak: the lx106-qemu target measures the interval in CPU cycles, like the real core (watchdog.cpp).
extern "C" __attribute__((weak)) void optimistic_yield(uint32_t interval_us) {
  uint32_t now = tsd_platform_micros();
  if (resumed) {
    resumed = false;
    resumedAtMicros = now;
  } else if (now - resumedAtMicros > interval_us) {
    yield();
  }
}

long random(long howbig) {
  if (howbig <= 0) return 0;
  return long(nextRandom() % uint64_t(howbig));
}
long random(long howsmall, long howbig) {
  if (howsmall >= howbig) return howsmall;
  return howsmall + random(howbig - howsmall);
}
void randomSeed(unsigned long seed) {
  if (seed == 0) return;
  rngState = 0x9E3779B97F4A7C15ULL ^ seed;
  seeded = true;
}
long map(long x, long in_min, long in_max, long out_min, long out_max) {
  if (in_max == in_min) return out_min;
  return (x - in_min) * (out_max - out_min) / (in_max - in_min) + out_min;
}

// Called first in main(), after every static constructor (the host ESP object takes its heap baseline there:
// with libstdc++ linked statically its start-up allocations run after the program's own constructors).
extern "C" __attribute__((weak)) void tsd_host_started() {}

int main() {
  tsd_host_started();
  setup();
  for (;;) {
    loop();
    tsd_timers_after_loop();
    yield();
  }
}
