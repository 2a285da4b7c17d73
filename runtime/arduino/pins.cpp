// The emulated core's pins: digital and analog levels, PWM duty, tone, pulseIn and GPIO interrupts, driven
// by stimulus events (runtime/host/stimulus.cpp reads them from the TSDUINO_STIMULUS file on the host).
// Events are applied when the sketch can observe them: at pin reads, in yield() and inside delay() (which
// sleeps in slices up to the next event), so "press D3 at 120 ms" happens at 120 ms even within delay(1000).
// An attached interrupt routine is called when its event is applied, as the CPU would call it.
#include "Arduino.h"

namespace {
const int kPins = 18;  // GPIO0..16 and A0 (17)
uint8_t pinModes[kPins];
int pinLevels[kPins];
int analogLevels[kPins];
unsigned toneHz[kPins];
uint32_t toneUntilMs[kPins];
uint32_t lastChangeUs[kPins];  // when the current level began (the stimulus event's own time)

struct Handler {
  void (*plain)(void) = nullptr;
  void (*withArg)(void*) = nullptr;
  void* arg = nullptr;
  int mode = 0;
};
Handler handlers[EXTERNAL_NUM_INTERRUPTS];
const int kHooks = 4;
void (*serviceHooks[kHooks])(void);
void (*eventHooks[kHooks])(uint8_t, int);
bool inService = false;

bool triggers(int mode, int before, int after) {
  switch (mode & 0x07) {
    case RISING: return before == LOW && after == HIGH;
    case FALLING: return before == HIGH && after == LOW;
    case CHANGE: return before != after;
    case ONLOW: return after == LOW;
    case ONHIGH: return after == HIGH;
  }
  return false;
}

void setLevel(uint8_t pin, int level, uint32_t atUs) {
  if (pin == A0) {
    analogLevels[pin] = level < 0 ? 0 : level > 1023 ? 1023 : level;  // the ESP8266's 10-bit ADC
    return;
  }
  int before = pinLevels[pin];
  int after = level ? HIGH : LOW;
  pinLevels[pin] = after;
  analogLevels[pin] = after ? 1023 : 0;
  if (before != after) lastChangeUs[pin] = atUs;
  if (pin < EXTERNAL_NUM_INTERRUPTS && triggers(handlers[pin].mode, before, after)) {
    Handler h = handlers[pin];
    if (h.plain) h.plain();
    else if (h.withArg) h.withArg(h.arg);
  }
}

// Applies every stimulus event due by now, in order.
// Applies every event that is due; with `watched`, stops right after an event on that pin, so a caller that
// woke up late (a busy PC) still sees each of its changes in turn (pulseIn: both edges of a short pulse).
void applyDue(int watched = -1) {
  if (!tsd_stimulus_peek) return;
  uint32_t now = tsd_platform_micros();
  uint32_t at;
  uint8_t pin;
  int value;
  while (tsd_stimulus_peek(&at, &pin, &value) && int32_t(now - at) >= 0) {
    tsd_stimulus_pop();
    if (pin < kPins) setLevel(pin, value, at);
    else
      for (auto hook : eventHooks)
        if (hook) hook(pin, value);
    if (pin == watched) return;
  }
}

// Microseconds until the next stimulus event (UINT32_MAX when none).
uint32_t untilNextEventUs() {
  uint32_t at;
  uint8_t pin;
  int value;
  if (!tsd_stimulus_peek || !tsd_stimulus_peek(&at, &pin, &value)) return UINT32_MAX;
  int32_t left = int32_t(at - tsd_platform_micros());
  return left <= 0 ? 0 : uint32_t(left);
}
}  // namespace

void tsd_pins_service(void) {
  applyDue();
  if (inService) return;  // a hook that calls delay() or yield() must not re-enter itself
  inService = true;
  for (auto hook : serviceHooks)
    if (hook) hook();
  inService = false;
}

template <class F> static void addHook(F* hooks, F hook) {
  for (int i = 0; i < kHooks; i++) {
    if (hooks[i] == hook) return;
    if (!hooks[i]) {
      hooks[i] = hook;
      return;
    }
  }
}
extern "C" void tsd_pins_on_service(void (*hook)(void)) { addHook(serviceHooks, hook); }
extern "C" void tsd_pins_on_event(void (*hook)(uint8_t, int)) { addHook(eventHooks, hook); }

void tsd_pins_delay(uint32_t ms) {
  uint32_t start = tsd_platform_millis();
  for (;;) {
    tsd_pins_service();
    uint32_t elapsed = tsd_platform_millis() - start;
    if (elapsed >= ms) break;
    uint32_t left = ms - elapsed;
    uint32_t next = untilNextEventUs();
    if (next != UINT32_MAX && next / 1000 < left) left = next / 1000 + (next % 1000 ? 1 : 0);
    tsd_platform_delay(left == 0 ? 1 : left);
  }
  if (ms == 0) tsd_platform_delay(0);
}

static void trace(uint8_t pin, const char* what, int value) {
  if (tsd_trace_pin) tsd_trace_pin(pin, what, value);
}

void pinMode(uint8_t pin, uint8_t mode) {
  if (pin >= kPins) return;
  pinModes[pin] = mode;
  if (mode == INPUT_PULLUP) pinLevels[pin] = HIGH;
}
void digitalWrite(uint8_t pin, uint8_t val) {
  if (pin < kPins) {
    int level = val ? HIGH : LOW;
    if (level != pinLevels[pin]) trace(pin, "digitalWrite", level);
    pinLevels[pin] = level;
    toneHz[pin] = 0;
  }
}
int digitalRead(uint8_t pin) {
  applyDue();
  return pin < kPins ? pinLevels[pin] : LOW;
}
int analogRead(uint8_t pin) {
  applyDue();
  return pin < kPins ? analogLevels[pin] : 0;
}
void analogWrite(uint8_t pin, int val) {
  if (pin >= kPins) return;
  if (val != analogLevels[pin]) trace(pin, "analogWrite", val);
  analogLevels[pin] = val;
}
void analogWriteFreq(uint32_t) {}
void analogWriteRange(uint32_t) {}
void analogWriteResolution(int) {}

void attachInterrupt(uint8_t pin, void (*isr)(void), int mode) {
  if (pin >= EXTERNAL_NUM_INTERRUPTS) return;
  handlers[pin] = Handler();
  handlers[pin].plain = isr;
  handlers[pin].mode = mode;
}
void attachInterruptArg(uint8_t pin, void (*isr)(void*), void* arg, int mode) {
  if (pin >= EXTERNAL_NUM_INTERRUPTS) return;
  handlers[pin] = Handler();
  handlers[pin].withArg = isr;
  handlers[pin].arg = arg;
  handlers[pin].mode = mode;
}
void detachInterrupt(uint8_t pin) {
  if (pin < EXTERNAL_NUM_INTERRUPTS) handlers[pin] = Handler();
}

// As the core's pulseIn: wait (up to timeout) for the pin to reach `state`, then time how long it stays there.
// The width comes from the stimulus events' own times, so it is exact to the microsecond.
unsigned long pulseIn(uint8_t pin, uint8_t state, unsigned long timeout) {
  if (pin >= kPins) return 0;
  int want = state ? HIGH : LOW;
  uint32_t start = tsd_platform_micros();
  auto waitFor = [&](bool same) {
    for (;;) {
      applyDue(pin);
      if ((pinLevels[pin] == want) == same) return true;
      uint32_t spent = tsd_platform_micros() - start;
      if (spent >= timeout) return false;
      uint32_t next = untilNextEventUs();
      if (next == 0) continue;  // another change of this pin is already due
      uint32_t left = uint32_t(timeout - spent);
      if (next > left) next = left;
      tsd_platform_delay(next / 1000 + 1);
    }
  };
  if (!waitFor(false)) return 0;  // a pulse already under way is not measured
  if (!waitFor(true)) return 0;
  uint32_t began = lastChangeUs[pin];
  if (!waitFor(false)) return 0;
  return lastChangeUs[pin] - began;
}
unsigned long pulseInLong(uint8_t pin, uint8_t state, unsigned long timeout) { return pulseIn(pin, state, timeout); }

void tone(uint8_t pin, unsigned int frequency, unsigned long duration) { tone(pin, double(frequency), duration); }
void tone(uint8_t pin, int frequency, unsigned long duration) { tone(pin, double(frequency), duration); }
void tone(uint8_t pin, double frequency, unsigned long duration) {
  if (pin >= kPins) return;
  toneHz[pin] = frequency <= 0 ? 0 : unsigned(frequency);
  toneUntilMs[pin] = duration ? tsd_platform_millis() + uint32_t(duration) : 0;
  trace(pin, "tone", int(toneHz[pin]));
}
void noTone(uint8_t pin) {
  if (pin >= kPins) return;
  toneHz[pin] = 0;
  trace(pin, "noTone", 0);
}
extern "C" unsigned tsd_pin_tone(uint8_t pin) {
  if (pin >= kPins || toneHz[pin] == 0) return 0;
  if (toneUntilMs[pin] && int32_t(tsd_platform_millis() - toneUntilMs[pin]) >= 0) toneHz[pin] = 0;
  return toneHz[pin];
}

extern "C" int tsd_pin_mode(uint8_t pin) { return pin < kPins ? pinModes[pin] : -1; }
extern "C" int tsd_pin_level(uint8_t pin) { return pin < kPins ? pinLevels[pin] : -1; }
extern "C" void tsd_pin_set_input(uint8_t pin, int level) {
  if (pin < kPins) pinLevels[pin] = analogLevels[pin] = level;
}
