// Declaration-only stand-in for the ESP8266 Arduino core's Arduino.h (same names and signatures), so that
// the runtime and generated sketches compile to xtensa object files exactly as arduino-cli would compile
// them against the real core. Nothing here is linked; the real board uses the real core.
#pragma once

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pgmspace.h"

#define ARDUINO 10819
#define ARDUINO_ARCH_ESP8266 1
#define ESP8266 1

#define HIGH 0x1
#define LOW 0x0
#define INPUT 0x00
#define INPUT_PULLUP 0x02
#define INPUT_PULLDOWN_16 0x04
#define OUTPUT 0x01
#define OUTPUT_OPEN_DRAIN 0x03
#define LED_BUILTIN 2
#define A0 17

typedef uint8_t byte;
typedef bool boolean;

extern "C" {
void yield(void);
void pinMode(uint8_t pin, uint8_t mode);
void digitalWrite(uint8_t pin, uint8_t val);
int digitalRead(uint8_t pin);
int analogRead(uint8_t pin);
void analogReference(uint8_t mode);
void analogWrite(uint8_t pin, int val);
void analogWriteRange(uint32_t range);
unsigned long millis(void);
unsigned long micros(void);
uint64_t micros64(void);
void delay(unsigned long);
void delayMicroseconds(unsigned int us);
void setup(void);
void loop(void);
}

long random(long);
long random(long, long);
void randomSeed(unsigned long);
long secureRandom(long);
long secureRandom(long, long);
long map(long, long, long, long, long);

#include "HardwareSerial.h"
#include "WString.h"

class EspClass {
 public:
  uint32_t getFreeHeap();
  uint32_t getChipId();
  void restart();
  void deepSleep(uint64_t time_us);
  uint32_t getCycleCount();
};
extern EspClass ESP;
