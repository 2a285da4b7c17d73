// The emulated Arduino core shared by the host and lx106-qemu targets: the ESP8266 core's names and
// signatures (Serial, timing, pins as virtual state, random, PROGMEM as plain memory), implemented on the
// six tsd_platform_* functions. The real board compiles against the real ESP8266 core instead.
#pragma once

#define TSDUINO_EMULATED_CORE 1
#define ARDUINO 10819
#define ARDUINO_ARCH_ESP8266 1

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "HardwareSerial.h"
#include "Print.h"
#include "pgmspace.h"
#include "tsduino_platform.h"

typedef uint8_t byte;
typedef bool boolean;

#define HIGH 0x1
#define LOW 0x0
#define INPUT 0x00
#define OUTPUT 0x01
#define INPUT_PULLUP 0x02
#define INPUT_PULLDOWN_16 0x04
#define OUTPUT_OPEN_DRAIN 0x03
#define LED_BUILTIN 2
#define A0 17
#ifndef F_CPU
#define F_CPU 80000000L
#endif

unsigned long millis(void);
unsigned long micros(void);
void delay(unsigned long ms);
void delayMicroseconds(unsigned int us);
// As in the ESP8266 core (Arduino.h, core_esp8266_main.cpp): yield() lets the system run (here: flushes
// output, fires due host timers); optimistic_yield(us) yields only when `us` microseconds have passed since
// the sketch last yielded (delay(), yield(), or the return from loop()), so it is cheap to call often.
extern "C" void yield(void);
extern "C" void optimistic_yield(uint32_t interval_us);

void pinMode(uint8_t pin, uint8_t mode);
void digitalWrite(uint8_t pin, uint8_t val);
int digitalRead(uint8_t pin);
int analogRead(uint8_t pin);
void analogWrite(uint8_t pin, int val);

long random(long howbig);
long random(long howsmall, long howbig);
void randomSeed(unsigned long seed);
long map(long x, long in_min, long in_max, long out_min, long out_max);

// Implemented by the sketch.
void setup(void);
void loop(void);

// Virtual pin state, for the emulator's own tests and tools (not part of the Arduino API).
extern "C" int tsd_pin_mode(uint8_t pin);
extern "C" int tsd_pin_level(uint8_t pin);
extern "C" void tsd_pin_set_input(uint8_t pin, int level);
