#include "host_text.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

namespace tsd_host {

Text::~Text() { free(data); }

void Text::append(const char* s, size_t n) {
  if (length + n + 1 > capacity) {
    size_t next = capacity ? capacity * 2 : 64;
    while (next < length + n + 1) next *= 2;
    data = (char*)realloc(data, next);
    capacity = next;
  }
  if (n) memcpy(data + length, s, n);
  length += n;
  data[length] = 0;
}

void Text::append(const char* s) { append(s, strlen(s)); }

uint32_t monotonicMs() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint32_t)((uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u);
}

}  // namespace tsd_host
