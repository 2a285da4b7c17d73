// Hand-written reference for bench/lx106/programs/hello.ts: one Serial.print.
#include <Arduino.h>
#include "bench_exit.h"

void setup() {
  Serial.print("hello, world\n");
  benchDone();
}
void loop() {}
