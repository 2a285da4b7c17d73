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

// ---- Pins beyond digitalWrite (pins.cpp): interrupts, PWM, tone, pulseIn, as declared by the ESP8266 core.
#define RISING 0x01
#define FALLING 0x02
#define CHANGE 0x03
#define ONLOW 0x04
#define ONHIGH 0x05
#define ONLOW_WE 0x0C
#define ONHIGH_WE 0x0D
#define NOT_AN_INTERRUPT -1
#define EXTERNAL_NUM_INTERRUPTS 16
#define digitalPinToInterrupt(p) (((p) < EXTERNAL_NUM_INTERRUPTS) ? (p) : NOT_AN_INTERRUPT)
#ifndef IRAM_ATTR
#define IRAM_ATTR
#endif
void attachInterrupt(uint8_t pin, void (*)(void), int mode);
void attachInterruptArg(uint8_t pin, void (*)(void*), void* arg, int mode);
void detachInterrupt(uint8_t pin);
void analogWriteFreq(uint32_t freq);
void analogWriteRange(uint32_t range);
void analogWriteResolution(int res);
unsigned long pulseIn(uint8_t pin, uint8_t state, unsigned long timeout = 1000000L);
unsigned long pulseInLong(uint8_t pin, uint8_t state, unsigned long timeout = 1000000L);
void tone(uint8_t _pin, unsigned int frequency, unsigned long duration = 0);
void tone(uint8_t _pin, int frequency, unsigned long duration = 0);
void tone(uint8_t _pin, double frequency, unsigned long duration = 0);
void noTone(uint8_t _pin);

// The pin simulation's clock hooks: delay() sleeps in slices so stimulus events apply on time; yield() and
// pin reads apply due events and run hooks registered with tsd_pins_on_service (interrupt dispatch).
void tsd_pins_delay(uint32_t ms);
void tsd_pins_service(void);
extern "C" void tsd_pins_on_service(void (*hook)(void));
// Stimulus events that are not pins (TSD_STIMULUS_WIFI: the access point goes away or comes back).
#define TSD_STIMULUS_WIFI 200
extern "C" void tsd_pins_on_event(void (*hook)(uint8_t what, int value));
// The square wave tone() drives on a pin (0 Hz when silent), for tests and tools.
extern "C" unsigned tsd_pin_tone(uint8_t pin);
// Where stimulus events come from: runtime/host/stimulus.cpp (TSDUINO_STIMULUS file) on the host; none on
// lx106 (weak). peek gives the next event (time in µs since start) without consuming it.
extern "C" bool tsd_stimulus_peek(uint32_t* atUs, uint8_t* pin, int* value) __attribute__((weak));
extern "C" void tsd_stimulus_pop(void) __attribute__((weak));
// Where output changes go (runtime/host/stimulus.cpp: the TSDUINO_PIN_TRACE file; none on lx106).
extern "C" void tsd_trace_pin(uint8_t pin, const char* what, int value) __attribute__((weak));

// Virtual pin state, for the emulator's own tests and tools (not part of the Arduino API).
extern "C" int tsd_pin_mode(uint8_t pin);
extern "C" int tsd_pin_level(uint8_t pin);
extern "C" void tsd_pin_set_input(uint8_t pin, int level);
