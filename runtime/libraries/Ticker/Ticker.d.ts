// TypeScript view of the ESP8266 core's Ticker library (libraries/Ticker/src/Ticker.h): call a function
// periodically (attach, attach_ms) or once (once, once_ms). As on the board, callbacks run whenever the sketch
// yields: between loop() iterations, during delay() and yieldNow(), and at the yield checks the compiler puts
// in long-running loops and recursive functions (see "Watchdog" in docs/language.md). They never interrupt a
// statement, but a callback may run while a long loop is in progress, so it can see that loop's state half-way.
declare module "Ticker" {
  export class Ticker {
    constructor();
    attach(seconds: number, callback: () => void): void;
    attach_ms(milliseconds: number, callback: () => void): void;
    attach_scheduled(seconds: number, callback: () => void): void;
    attach_ms_scheduled(milliseconds: number, callback: () => void): void;
    once(seconds: number, callback: () => void): void;
    once_ms(milliseconds: number, callback: () => void): void;
    once_scheduled(seconds: number, callback: () => void): void;
    once_ms_scheduled(milliseconds: number, callback: () => void): void;
    detach(): void;
    active(): boolean;
  }
}
