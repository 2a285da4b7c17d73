// Host side of the ESP object: a simulated free heap, the chip ID, and restarts that re-execute the program
// (setup() runs again; the reset reason travels in TSDUINO_RESET_REASON, as the ROM keeps it across a reset).
#pragma once
#include <stdint.h>

#ifndef RF_DEFAULT
enum RFMode { RF_DEFAULT = 0, RF_CAL = 1, RF_NO_CAL = 2, RF_DISABLED = 4 };
#endif

namespace tsd_esp {
// rst_reason values of the SDK (user_interface.h).
const int kPowerOn = 0, kSoftRestart = 4, kDeepSleepAwake = 5, kExternal = 6;

uint32_t freeHeap();
uint32_t chipId();
const char* resetReason();
// Flushes Serial, waits `sleepUs` (deep sleep), then runs the program again from the start.
[[noreturn]] void reboot(int reason, uint64_t sleepUs);
}  // namespace tsd_esp
