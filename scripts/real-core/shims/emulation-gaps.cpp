// Harness code of the real-core check, linked into every emulated sketch: core functions the emulation
// (esp8266/Arduino tests/host) leaves out because it has no pins and no deep sleep. Weak, so anything the
// emulation does provide wins. A PC has no GPIO: interrupts never fire, tone is silent, pulseIn times out
// (returns 0 as the core does on a timeout), and deep sleep ends the program like the emulation's
// ESP.restart() (the board resets; a new boot is a new run).
#include <Arduino.h>
#include <stdlib.h>

__attribute__((weak)) void attachInterruptArg(uint8_t, void (*)(void*), void*, int) {}
__attribute__((weak)) void attachInterrupt(uint8_t, void (*)(void), int) {}
__attribute__((weak)) void detachInterrupt(uint8_t) {}
__attribute__((weak)) void tone(uint8_t, unsigned int, unsigned long) {}
__attribute__((weak)) void tone(uint8_t, int, unsigned long) {}
__attribute__((weak)) void tone(uint8_t, double, unsigned long) {}
__attribute__((weak)) void noTone(uint8_t) {}
__attribute__((weak)) unsigned long pulseIn(uint8_t, uint8_t, unsigned long) { return 0; }
__attribute__((weak)) unsigned long pulseInLong(uint8_t, uint8_t, unsigned long) { return 0; }
__attribute__((weak)) void EspClass::deepSleep(uint64_t, RFMode) { exit(EXIT_SUCCESS); }
__attribute__((weak)) void EspClass::deepSleepInstant(uint64_t, RFMode) { exit(EXIT_SUCCESS); }
