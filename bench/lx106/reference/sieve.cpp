// Hand-written reference for bench/lx106/programs/sieve*.ts: a static bool array and int32_t counters.
#include <Arduino.h>
#include "bench_exit.h"

static const int32_t N = 20000;
static bool composite[N + 1];

void setup() {
  Serial.begin(115200);  // the core drops Serial output before begin()
  int32_t count = 0;
  for (int32_t i = 2; i <= N; i++) {
    if (!composite[i]) {
      count++;
      for (int32_t j = i * i; j <= N; j += i) composite[j] = true;
    }
  }
  Serial.print("primes up to ");
  Serial.print(N);
  Serial.print(" = ");
  Serial.print(count);
  Serial.print("\n");
  benchDone();
}
void loop() {}
