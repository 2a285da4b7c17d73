// Hand-written reference for bench/lx106/programs/hello.ts: one Serial.print.
#include <Arduino.h>
#include "bench_exit.h"

void setup() {
  Serial.begin(115200);  // the core drops Serial output before begin()
  Serial.print("hello, world\n");
  benchDone();
}
void loop() {}
