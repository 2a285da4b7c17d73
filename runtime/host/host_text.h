// Shared by the host implementations of the HTTP client and web server: a growable NUL-terminated byte
// string and a monotonic millisecond clock. Host only: the device builds use the real libraries.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace tsd_host {

struct Text {
  char* data = nullptr;
  size_t length = 0;
  size_t capacity = 0;
  Text() {}
  ~Text();
  Text(const Text&) = delete;
  Text& operator=(const Text&) = delete;
  void clear() {
    length = 0;
    if (data) data[0] = 0;
  }
  void append(const char* s, size_t n);
  void append(const char* s);
  void set(const char* s, size_t n) { clear(); append(s, n); }
  void set(const char* s) { clear(); append(s); }
  const char* c_str() const { return data ? data : ""; }
};

// Milliseconds from CLOCK_MONOTONIC, for timeouts that must not follow the sketch's (stimulated) millis().
uint32_t monotonicMs();

}  // namespace tsd_host
