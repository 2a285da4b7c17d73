// Declaration-only stand-in for the ESP8266 Arduino core's Arduino.h (same names and signatures), so that
// the runtime and generated sketches compile to xtensa object files exactly as arduino-cli would compile
// them against the real core. Nothing here is linked; the real board uses the real core.
#pragma once

// First, before anything else: every other macro name of the real core, so a clash fails here as there.
#include "real-core-macros.h"

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
#ifndef LED_BUILTIN
#define LED_BUILTIN 2  // -DLED_BUILTIN=2 on the command line (boards.txt nodemcuv2.menu.led.2)
#endif

// Function-like and constant macros of the real core (they make identifier clashes show up here too).
#define PI 3.1415926535897932384626433832795
#define HALF_PI 1.5707963267948966192313216916398
#define TWO_PI 6.283185307179586476925286766559
#define DEG_TO_RAD 0.017453292519943295769236907684886
#define RAD_TO_DEG 57.295779513082320876798154814105
#define EULER 2.718281828459045235360287471352
#define SERIAL 0x0
#define DISPLAY 0x1
#define LSBFIRST 0
#define MSBFIRST 1
#define CHANGE 0x03
#define FALLING 0x02
#define RISING 0x01
#define constrain(amt, low, high) ((amt) < (low) ? (low) : ((amt) > (high) ? (high) : (amt)))
#define radians(deg) ((deg) * DEG_TO_RAD)
#define degrees(rad) ((rad) * RAD_TO_DEG)
#define sq(x) ((x) * (x))
#define lowByte(w) ((uint8_t)((w) & 0xff))
#define highByte(w) ((uint8_t)((w) >> 8))
#define bitRead(value, bit) (((value) >> (bit)) & 0x01)
#define bitSet(value, bit) ((value) |= (1UL << (bit)))
#define bitClear(value, bit) ((value) &= ~(1UL << (bit)))
#define bit(b) (1UL << (b))
#define _min(a,b) ({ decltype(a) _a = (a); decltype(b) _b = (b); _a < _b? _a : _b; })
#define _max(a,b) ({ decltype(a) _a = (a); decltype(b) _b = (b); _a > _b? _a : _b; })

// variants/generic/common.h (PIN_A0 is a macro there, A0 a constant), unless a board's pin header
// (boards/ boardPinsHeader, which stands for the board's variant) is force-included.
#define PIN_A0 (17)
#ifndef TSDUINO_BOARD_PINS_H
static const uint8_t A0 = PIN_A0;
#endif

typedef uint8_t byte;
typedef bool boolean;

extern "C" {
void yield(void);
void optimistic_yield(uint32_t interval_us);
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

// ---- Interrupts, PWM, tone, pulseIn (Arduino.h, core_esp8266_features.h, c_types.h,
// variants/generic/common.h of esp8266/Arduino 3.1.2).
#ifndef __STRINGIFY  // the toolchain's sys/cdefs.h defines it first, as core_esp8266_features.h expects
#define __STRINGIFY(a) #a
#endif
#define xt_rsil(level) (__extension__({uint32_t state; __asm__ __volatile__("rsil %0," __STRINGIFY(level) : "=a" (state) :: "memory"); state;}))
#define xt_wsr_ps(state)  __asm__ __volatile__("wsr %0,ps; isync" :: "a" (state) : "memory")
#define interrupts() xt_rsil(0)
#define noInterrupts() xt_rsil(15)
#define __ICACHE_STRINGIZE_NX(A) #A
#define __ICACHE_STRINGIZE(A) __ICACHE_STRINGIZE_NX(A)
#define IRAM_ATTR __attribute__((section("\".iram.text." __FILE__ "." __ICACHE_STRINGIZE(__LINE__) "." __ICACHE_STRINGIZE(__COUNTER__) "\"")))
#define ONLOW 0x04
#define ONHIGH 0x05
#define ONLOW_WE 0x0C
#define ONHIGH_WE 0x0D
#define NOT_AN_INTERRUPT -1
#define EXTERNAL_NUM_INTERRUPTS 16
#define digitalPinToInterrupt(p) (((p) < EXTERNAL_NUM_INTERRUPTS) ? (p) : NOT_AN_INTERRUPT)

extern "C" {
typedef void (*voidFuncPtr)(void);
typedef void (*voidFuncPtrArg)(void*);
void analogWriteMode(uint8_t pin, int val, bool openDrain);
void analogWriteFreq(uint32_t freq);
void analogWriteResolution(int res);
void attachInterrupt(uint8_t pin, void (*)(void), int mode);
void detachInterrupt(uint8_t pin);
void attachInterruptArg(uint8_t pin, void (*)(void*), void* arg, int mode);
}

unsigned long pulseIn(uint8_t pin, uint8_t state, unsigned long timeout = 1000000L);
unsigned long pulseInLong(uint8_t pin, uint8_t state, unsigned long timeout = 1000000L);
void tone(uint8_t _pin, unsigned int frequency, unsigned long duration = 0);
void tone(uint8_t _pin, int frequency, unsigned long duration = 0);
void tone(uint8_t _pin, double frequency, unsigned long duration = 0);
void noTone(uint8_t _pin);

#include "Esp.h"
