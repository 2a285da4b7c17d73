// Hand-written reference for bench/lx106/programs/fib*.ts: the same recursion on int32_t.
#include <Arduino.h>
#include "bench_exit.h"

static int32_t fib(int32_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

void setup() {
  Serial.begin(115200);  // the core drops Serial output before begin()
  Serial.print("fib(24) = ");
  Serial.print(fib(24));
  Serial.print("\n");
  benchDone();
}
void loop() {}
