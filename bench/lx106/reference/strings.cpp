// Hand-written reference for bench/lx106/programs/strings*.ts: appending into one malloc'd buffer that
// doubles when full (what a careful C++ programmer writes), then the same checksum.
#include <Arduino.h>
#include <stdlib.h>
#include <string.h>
#include "bench_exit.h"

static char* text;
static size_t length, capacity;

static void append(const char* s, size_t n) {
  if (length + n > capacity) {
    capacity = capacity ? capacity * 2 : 64;
    while (capacity < length + n) capacity *= 2;
    text = static_cast<char*>(realloc(text, capacity));
  }
  memcpy(text + length, s, n);
  length += n;
}

static void appendInt(int32_t v) {
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  char out[12];
  for (int i = 0; i < n; i++) out[i] = digits[n - 1 - i];
  append(out, n);
}

void setup() {
  Serial.begin(115200);  // the core drops Serial output before begin()
  for (int32_t i = 0; i < 400; i++) {
    append("item", 4);
    appendInt(i);
    append(";", 1);
  }
  int32_t sum = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(length); i++) {
    sum = (sum + static_cast<uint8_t>(text[i]) * ((i % 7) + 1)) % 65521;
  }
  Serial.print("length: ");
  Serial.print(static_cast<int32_t>(length));
  Serial.print(" checksum: ");
  Serial.print(sum);
  Serial.print("\n");
  free(text);
  benchDone();
}
void loop() {}
