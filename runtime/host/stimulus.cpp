// Stimulus for the host pin simulation (runtime/arduino/pins.cpp): the file named by TSDUINO_STIMULUS (set by
// `tsduino run --stimulus FILE`), one event per line, times since the program started:
//
//   # time   pin    value   [for duration]
//   120ms    D3     LOW     for 40ms     # press a button wired to D3 (active low) for 40 ms
//   200ms    A0     512                  # the ADC reads 512 from then on
//   1.5s     GPIO5  HIGH
//
// Times take us, ms (the default) or s; pins are numbers, GPIOn, A0 or the NodeMCU/D1 mini names D0..D8;
// values are HIGH, LOW or a number (0..1023 for A0). `WIFI LOW` / `WIFI HIGH` take the access point away
// and bring it back (ESP8266WiFi's status and events). `for` adds the opposite level after the duration
// (digital pins only). A malformed file stops the program at start with one line naming file and line.
// Output changes (digitalWrite, analogWrite, tone, noTone) go to the file named by TSDUINO_PIN_TRACE
// (`tsduino run --trace FILE`), one line each, so a test can check what the sketch drives.
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tsduino_platform.h"

namespace {

struct Event {
  uint32_t atUs;
  uint8_t pin;
  int value;
  unsigned order;
};

Event* events = nullptr;
size_t count = 0, capacity = 0, next = 0;

[[noreturn]] void fail(const char* file, int line, const char* what, const char* token) {
  fprintf(stderr, "tsduino: %s:%d: %s '%s'\n", file, line, what, token);
  fflush(stderr);
  _exit(1);
}

void add(uint32_t at, uint8_t pin, int value) {
  if (count == capacity) {
    capacity = capacity ? capacity * 2 : 64;
    events = static_cast<Event*>(realloc(events, capacity * sizeof(Event)));
  }
  events[count] = Event{at, pin, value, unsigned(count)};
  count++;
}

bool parseTime(const char* text, uint32_t* us) {
  char* end;
  double v = strtod(text, &end);
  if (end == text || v < 0) return false;
  double scale = 1000.0;
  if (strcmp(end, "us") == 0) scale = 1.0;
  else if (strcmp(end, "ms") == 0 || *end == 0) scale = 1000.0;
  else if (strcmp(end, "s") == 0) scale = 1000000.0;
  else return false;
  *us = uint32_t(v * scale + 0.5);
  return true;
}

bool parsePin(const char* text, uint8_t* pin) {
  static const uint8_t kD[] = {16, 5, 4, 0, 2, 14, 12, 13, 15};  // D0..D8 on NodeMCU and D1 mini
  char* end;
  if (strcmp(text, "A0") == 0) { *pin = 17; return true; }
  if (strcmp(text, "WIFI") == 0) { *pin = 200; return true; }  // TSD_STIMULUS_WIFI: the access point
  if ((text[0] == 'D' || text[0] == 'd') && isdigit((unsigned char)text[1])) {
    long d = strtol(text + 1, &end, 10);
    if (*end || d > 8) return false;
    *pin = kD[d];
    return true;
  }
  if (strncmp(text, "GPIO", 4) == 0) text += 4;
  long n = strtol(text, &end, 10);
  if (end == text || *end || n < 0 || n > 16) return false;
  *pin = uint8_t(n);
  return true;
}

bool parseValue(const char* text, int* value) {
  if (strcmp(text, "HIGH") == 0) { *value = 1; return true; }
  if (strcmp(text, "LOW") == 0) { *value = 0; return true; }
  char* end;
  long v = strtol(text, &end, 10);
  if (end == text || *end) return false;
  *value = int(v);
  return true;
}

void load(const char* file) {
  FILE* in = fopen(file, "r");
  if (!in) fail(file, 0, "cannot read the stimulus file", file);
  char line[512];
  int number = 0;
  while (fgets(line, sizeof line, in)) {
    number++;
    if (char* hash = strchr(line, '#')) *hash = 0;
    char* tokens[6];
    int n = 0;
    for (char* t = strtok(line, " \t\r\n"); t && n < 6; t = strtok(nullptr, " \t\r\n")) tokens[n++] = t;
    if (n == 0) continue;
    if (n != 3 && !(n == 5 && strcmp(tokens[3], "for") == 0)) fail(file, number, "expected 'time pin value [for duration]', got", tokens[0]);
    uint32_t at, length = 0;
    uint8_t pin;
    int value;
    if (!parseTime(tokens[0], &at)) fail(file, number, "bad time", tokens[0]);
    if (!parsePin(tokens[1], &pin)) fail(file, number, "unknown pin", tokens[1]);
    if (!parseValue(tokens[2], &value)) fail(file, number, "bad value", tokens[2]);
    if (n == 5 && (!parseTime(tokens[4], &length) || pin == 17)) fail(file, number, "bad duration", tokens[4]);
    add(at, pin, value);
    if (n == 5) add(at + length, pin, value ? 0 : 1);
  }
  fclose(in);
  qsort(events, count, sizeof(Event), [](const void* a, const void* b) {
    const Event& x = *static_cast<const Event*>(a);
    const Event& y = *static_cast<const Event*>(b);
    if (x.atUs != y.atUs) return x.atUs < y.atUs ? -1 : 1;
    return x.order < y.order ? -1 : 1;
  });
}

FILE* traceFile = nullptr;

struct Loader {
  Loader() {
    const char* file = getenv("TSDUINO_STIMULUS");
    if (file && *file) load(file);
    const char* trace = getenv("TSDUINO_PIN_TRACE");
    if (trace && *trace && !(traceFile = fopen(trace, "a"))) fail(trace, 0, "cannot write the pin trace", trace);
  }
} loader;

}  // namespace

extern "C" bool tsd_stimulus_peek(uint32_t* atUs, uint8_t* pin, int* value) {
  if (next >= count) return false;
  *atUs = events[next].atUs;
  *pin = events[next].pin;
  *value = events[next].value;
  return true;
}

extern "C" void tsd_stimulus_pop(void) {
  if (next < count) next++;
}

// One line per output change: "<ms since start> GPIO<n> <what> <value>", e.g. "120.4 GPIO12 tone 2000".
extern "C" void tsd_trace_pin(uint8_t pin, const char* what, int value) {
  if (!traceFile) return;
  double ms = tsd_platform_micros() / 1000.0;  // the sketch's own clock (millis())
  fprintf(traceFile, "%.1f %s%u %s %d\n", ms, pin == 17 ? "A" : "GPIO", pin == 17 ? 0u : unsigned(pin), what, value);
  fflush(traceFile);
}
