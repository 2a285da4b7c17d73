// Globals of the ESP8266 Arduino core beyond runtime/typings/arduino.d.ts, as a sketch uses them without an
// import (Arduino.h, Esp.h, variants/generic/common.h of esp8266/Arduino 3.1.2): GPIO interrupts, tone,
// pulseIn, PWM settings and the ESP object. The compiler always loads these typings ("global": true in
// binding.json) and includes the adapter only when a sketch uses one of them.

/** Interrupt modes (Arduino.h). */
declare const RISING: number;
declare const FALLING: number;
declare const CHANGE: number;
declare const ONLOW: number;
declare const ONHIGH: number;
declare const NOT_AN_INTERRUPT: number;

/** The interrupt number of a pin: the pin itself for GPIO0..15, NOT_AN_INTERRUPT for GPIO16. */
declare function digitalPinToInterrupt(pin: number): number;
/**
 * Calls `isr` when the pin changes as `mode` says (RISING, FALLING, CHANGE, ONLOW, ONHIGH). The routine
 * runs deferred, once per interrupt, at the next yield()/delay() or end of loop(), never inside other code:
 * the real interrupt is taken by a small IRAM_ATTR routine of the adapter that only counts it (TypeScript
 * code allocates, which an ESP8266 interrupt routine must not do). See docs/libraries.md.
 */
declare function attachInterrupt(interrupt: number, isr: () => void, mode: number): void;
declare function detachInterrupt(interrupt: number): void;

/** A square wave of `frequency` Hz on `pin` (50 % duty), for `duration` ms or until noTone(). */
declare function tone(pin: number, frequency: number, duration?: number): void;
declare function noTone(pin: number): void;
/** Length in µs of the next pulse at `state` (HIGH or LOW) on `pin`; 0 after `timeout` µs (default 1 s). */
declare function pulseIn(pin: number, state: number, timeout?: number): number;
declare function pulseInLong(pin: number, state: number, timeout?: number): number;
declare function analogWriteRange(range: number): void;
declare function analogWriteFreq(freq: number): void;
declare function analogWriteResolution(res: number): void;

/** RFMode (Esp.h): the radio after waking from deep sleep. */
declare const RF_DEFAULT: number;
declare const RF_CAL: number;
declare const RF_NO_CAL: number;
declare const RF_DISABLED: number;

/** EspClass (Esp.h): the chip. */
interface EspClass {
  /** Free heap in bytes. */
  getFreeHeap(): number;
  getMaxFreeBlockSize(): number;
  /** Heap fragmentation in percent. */
  getHeapFragmentation(): number;
  /** The chip's 24-bit ID (the last three bytes of its MAC address). */
  getChipId(): number;
  getFlashChipSize(): number;
  getSdkVersion(): string;
  getCycleCount(): number;
  /** "Power On", "Software/System restart", "Deep-Sleep Wake", "External System", "Hardware Watchdog", ... */
  getResetReason(): string;
  /** Restarts the chip: setup() runs again, getResetReason() says "Software/System restart". */
  restart(): void;
  reset(): void;
  /** Sleeps `time_us` µs; with GPIO16 wired to RST the chip then boots again ("Deep-Sleep Wake"). */
  deepSleep(time_us: number, mode?: number): void;
  deepSleepMax(): number;
}
declare const ESP: EspClass;
