// Hand-written reference for bench/lx106/programs/empty.ts: the Arduino core's own minimum.
#include <Arduino.h>

void setup() {}
void loop() {}
