// Declaration-only stand-in for the ESP8266 core's Esp.h (3.1.2): EspClass with the real names, static
// members and signatures, for the xtensa object check. Nothing here is linked.
#pragma once

#include <stddef.h>
#include <stdint.h>

class String;
class Stream;

enum RFMode {
  RF_DEFAULT = 0,
  RF_CAL = 1,
  RF_NO_CAL = 2,
  RF_DISABLED = 4
};
#define WakeMode RFMode

class EspClass {
 public:
  static void wdtFeed();
  static void deepSleep(uint64_t time_us, RFMode mode = RF_DEFAULT);
  static void deepSleepInstant(uint64_t time_us, RFMode mode = RF_DEFAULT);
  static uint64_t deepSleepMax();
  static void reset();
  static void restart();
  static uint32_t getChipId();
  static uint32_t getFreeHeap();
  static uint32_t getMaxFreeBlockSize();
  static uint8_t getHeapFragmentation();
  static const char* getSdkVersion();
  static String getCoreVersion();
  static uint32_t getFlashChipSize();
  static String getResetReason();
  static String getResetInfo();
  static uint32_t getCycleCount();
};

extern EspClass ESP;
