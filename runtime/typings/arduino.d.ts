// The Arduino core API as TypeScript sees it: global, as in an Arduino sketch. The compiler maps each name
// to the C++ name of the same spelling (Serial.println → Serial.println via the runtime's JS-exact printers).

/** A printable value: what Serial.print accepts. */
type Printable = string | number | boolean;

interface HardwareSerial {
  begin(baud: number): void;
  print(value: Printable): number;
  println(value?: Printable): number;
  /** printf-style formatting; the compiler checks the format against the arguments. */
  printf(format: string, ...args: (string | number | boolean | Uint8Array)[]): number;
  write(value: number | string | Uint8Array): number;
  available(): number;
  read(): number;
  flush(): void;
  setDebugOutput(enable: boolean): void;
}

declare const Serial: HardwareSerial;

interface Console {
  /** Primitives print as String(x); arrays, Maps, Sets, class and interface instances as Node's util.inspect. */
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
}
declare const console: Console;

declare function delay(ms: number): void;
declare function delayMicroseconds(us: number): void;
declare function millis(): number;
declare function micros(): number;
declare function yield(): void;
/**
 * Lets the ESP8266 run its system (WiFi, TCP, timers) now, like `yield()` in an Arduino sketch (`yield` itself
 * is a reserved word in a TypeScript module). Rarely needed: `delay()`, returning from `loop()` and the yield
 * checks the compiler puts into loops and recursive functions already yield at least every 10 ms; call it
 * inside a long call into a library, or to let WiFi work at a particular point. Must not be called from an
 * interrupt handler.
 */
declare function yieldNow(): void;
declare function pinMode(pin: number, mode: number): void;
declare function digitalWrite(pin: number, value: number): void;
declare function digitalRead(pin: number): number;
declare function analogRead(pin: number): number;
declare function analogWrite(pin: number, value: number): void;
declare function random(max: number): number;
declare function random(min: number, max: number): number;
declare function randomSeed(seed: number): void;

declare const HIGH: number;
declare const LOW: number;
declare const INPUT: number;
declare const OUTPUT: number;
declare const INPUT_PULLUP: number;
declare const LED_BUILTIN: number;

// Timers, as in Node (ids are numbers here). Callbacks run between two loop() calls, inside delay() and
// yieldNow(), and, in a program without setup()/loop(), after its top-level code until no timer is left;
// never in the middle of running code. Timers due at the same time run in Node's order.
declare function setTimeout(callback: () => void, ms?: number): number;
declare function setTimeout<A extends unknown[]>(callback: (...args: A) => void, ms: number, ...args: A): number;
declare function setInterval(callback: () => void, ms?: number): number;
declare function setInterval<A extends unknown[]>(callback: (...args: A) => void, ms: number, ...args: A): number;
declare function clearTimeout(id?: number | null): void;
declare function clearInterval(id?: number | null): void;

// Array.from({ length: n }, (_, i) => ...): the mapper's first argument is always undefined (TypeScript's own
// signature types it `unknown`, which tsduino cannot store).
interface ArrayConstructor {
  from<U>(arrayLike: { length: number; [index: number]: undefined }, mapfn: (v: undefined, k: number) => U): U[];
}
// Object.values of a class instance: its fields' type, methods left out (TypeScript's own signature gives
// `any[]`).
interface ObjectConstructor {
  values<T extends object>(o: T): { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? never : T[K] }[keyof T][];
}
