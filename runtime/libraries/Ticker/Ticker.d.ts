// TypeScript view of the ESP8266 core's Ticker library (libraries/Ticker/src/Ticker.h): call a function
// periodically (attach, attach_ms) or once (once, once_ms). As on the board, callbacks run between loop()
// iterations and during delay(), never in the middle of other code.
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
