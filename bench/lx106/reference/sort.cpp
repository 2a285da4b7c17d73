// Hand-written reference for bench/lx106/programs/sort*.ts: the same quicksort on a static int32_t array.
#include <Arduino.h>
#include "bench_exit.h"

static const int32_t n = 3000;
static int32_t data[n];

static void quicksort(int32_t* a, int32_t lo, int32_t hi) {
  while (lo < hi) {
    int32_t pivot = a[(lo + hi) >> 1];
    int32_t i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        int32_t t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
}

void setup() {
  Serial.begin(115200);  // the core drops Serial output before begin()
  int32_t seed = 42;
  for (int32_t i = 0; i < n; i++) {
    seed = (seed * 75 + 74) % 65537;
    data[i] = seed;
  }
  quicksort(data, 0, n - 1);
  bool sorted = true;
  int32_t checksum = 0;
  for (int32_t i = 0; i < n; i++) {
    if (i > 0 && data[i - 1] > data[i]) sorted = false;
    checksum = (checksum * 31 + data[i]) % 1000003;
  }
  Serial.print("sorted: ");
  Serial.print(sorted ? "true" : "false");
  Serial.print(" checksum: ");
  Serial.print(checksum);
  Serial.print("\n");
  benchDone();
}
void loop() {}
