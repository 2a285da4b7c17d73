// Adapter for the Arduino-core globals that take or return what the runtime cannot pass straight through:
// attachInterrupt with a TypeScript routine, and the ESP object (Arduino Strings, 64-bit sleep times).
// Plain functions (tone, pulseIn, digitalPinToInterrupt, ...) are called by their own names.
//
// Interrupts: a TypeScript function cannot be an ESP8266 interrupt routine. Those must sit in IRAM (the core
// aborts with "ISR not in IRAM!" otherwise, and flash code cannot run while LittleFS/EEPROM write flash) and
// must not allocate, while TS code lives in flash and allocates (strings, closures, reference counts). So the
// real routine is `tsd_irq::count`, IRAM_ATTR, which only increments the pin's counter in DRAM; the TS
// routine runs once per counted interrupt from a recurrent scheduled function (device: the core's
// schedule_recurrent_function_us, run at every yield()/delay() and after loop(); host: the pin simulation's
// service hook, the same moments). Nothing is lost while the sketch is busy, only delayed.
#pragma once

#if defined(ESP8266)
#include <Arduino.h>
#include <Schedule.h>
#else
#include "host/host_esp.h"
#endif

namespace tsd_irq {
const int kPins = 16;  // EXTERNAL_NUM_INTERRUPTS: GPIO0..15 (GPIO16 has no interrupt)

struct Slot {
  volatile uint32_t pending = 0;  // written by the interrupt routine
  ts::Fn<void()> handler;
};
inline Slot slots[kPins];
inline bool dispatcherInstalled = false;

// The real interrupt routine: in IRAM, touches only DRAM, never allocates.
static void IRAM_ATTR count(void* slot) {
  Slot* s = static_cast<Slot*>(slot);
  s->pending = s->pending + 1;
}

inline uint32_t take(Slot& s) {
#if defined(ESP8266)
  uint32_t saved = xt_rsil(15);  // the read and the reset must not straddle an interrupt
  uint32_t n = s.pending;
  s.pending = 0;
  xt_wsr_ps(saved);
#else
  uint32_t n = s.pending;
  s.pending = 0;
#endif
  return n;
}

inline void dispatch() {
  for (int pin = 0; pin < kPins; pin++) {
    for (uint32_t n = take(slots[pin]); n > 0; n--) {
      if (ts::isNullish(slots[pin].handler)) break;
      ts::Fn<void()> handler = slots[pin].handler;  // the routine may detach itself
      handler();
    }
  }
}

inline void installDispatcher() {
  if (dispatcherInstalled) return;
  dispatcherInstalled = true;
#if defined(ESP8266)
  schedule_recurrent_function_us([]() {
    dispatch();
    return true;
  }, 0);
#else
  tsd_pins_on_service(&dispatch);
#endif
}
}  // namespace tsd_irq

inline void attachInterruptTS(double interrupt, const ts::Fn<void()>& isr, double mode) {
  int pin = (int)ts::toInt32(interrupt);
  if (pin < 0 || pin >= tsd_irq::kPins) return;  // NOT_AN_INTERRUPT, as the core ignores it
  tsd_irq::Slot& slot = tsd_irq::slots[pin];
  slot.handler = isr;
  slot.pending = 0;
  tsd_irq::installDispatcher();
  attachInterruptArg((uint8_t)pin, &tsd_irq::count, &slot, (int)ts::toInt32(mode));
}
inline void attachInterruptTS(double interrupt, void (*isr)(), double mode) {
  attachInterruptTS(interrupt, ts::Fn<void()>([isr]() { isr(); }), mode);
}
inline void detachInterruptTS(double interrupt) {
  int pin = (int)ts::toInt32(interrupt);
  if (pin < 0 || pin >= tsd_irq::kPins) return;
  detachInterrupt((uint8_t)pin);
  tsd_irq::slots[pin].handler = ts::Fn<void()>();
  tsd_irq::slots[pin].pending = 0;
}

// Functions whose C++ result is not a double (digitalPinToInterrupt is a macro of the pin's type).
inline double digitalPinToInterruptTS(double pin) { return digitalPinToInterrupt(ts::toInt32(pin)); }
inline double pulseInTS(double pin, double state) { return (double)pulseIn((uint8_t)ts::toInt32(pin), (uint8_t)ts::toInt32(state)); }
inline double pulseInTS(double pin, double state, double timeout) {
  return (double)pulseIn((uint8_t)ts::toInt32(pin), (uint8_t)ts::toInt32(state), (unsigned long)ts::toUint32(timeout));
}
inline double pulseInLongTS(double pin, double state) { return (double)pulseInLong((uint8_t)ts::toInt32(pin), (uint8_t)ts::toInt32(state)); }
inline double pulseInLongTS(double pin, double state, double timeout) {
  return (double)pulseInLong((uint8_t)ts::toInt32(pin), (uint8_t)ts::toInt32(state), (unsigned long)ts::toUint32(timeout));
}

class EspClassTS {
 public:
#if defined(ESP8266)
  double getFreeHeap() { return ESP.getFreeHeap(); }
  double getMaxFreeBlockSize() { return ESP.getMaxFreeBlockSize(); }
  double getHeapFragmentation() { return ESP.getHeapFragmentation(); }
  double getChipId() { return ESP.getChipId(); }
  double getFlashChipSize() { return ESP.getFlashChipSize(); }
  ts::String getSdkVersion() { return ts::String::fromUtf8(ESP.getSdkVersion()); }
  double getCycleCount() { return ESP.getCycleCount(); }
  ts::String getResetReason() { return ts::String::fromUtf8(ESP.getResetReason().c_str()); }
  void restart() { ESP.restart(); }
  void reset() { ESP.reset(); }
  void deepSleep(double us) { ESP.deepSleep((uint64_t)us); }
  void deepSleep(double us, double mode) { ESP.deepSleep((uint64_t)us, (RFMode)(int)mode); }
  double deepSleepMax() { return (double)ESP.deepSleepMax(); }
#else
  double getFreeHeap() { return tsd_esp::freeHeap(); }
  double getMaxFreeBlockSize() { return tsd_esp::freeHeap(); }
  double getHeapFragmentation() { return 0; }
  double getChipId() { return tsd_esp::chipId(); }
  double getFlashChipSize() { return 4194304; }
  ts::String getSdkVersion() { return ts::String::fromUtf8("host"); }
  double getCycleCount() { return (double)(uint32_t)(micros() * 80u); }
  ts::String getResetReason() { return ts::String::fromUtf8(tsd_esp::resetReason()); }
  void restart() { tsd_esp::reboot(tsd_esp::kSoftRestart, 0); }
  void reset() { tsd_esp::reboot(tsd_esp::kSoftRestart, 0); }
  void deepSleep(double us) { tsd_esp::reboot(tsd_esp::kDeepSleepAwake, (uint64_t)us); }
  void deepSleep(double us, double) { deepSleep(us); }
  double deepSleepMax() { return 12000000000.0; }
#endif
};

inline EspClassTS ESPTS;
