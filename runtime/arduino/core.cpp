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
void delay(unsigned long ms) { tsd_pins_delay(uint32_t(ms)); }  // pins.cpp: stimulus events on time
void delayMicroseconds(unsigned int us) {
  uint32_t start = tsd_platform_micros();
  while (tsd_platform_micros() - start < us) {
  }
}
void yield(void) {
  tsd_pins_service();  // pins.cpp: due stimulus events, interrupt handlers
  tsd_platform_delay(0);
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

int main() {
  setup();
  for (;;) {
    loop();
    yield();
  }
}
