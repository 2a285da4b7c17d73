// Blink the built-in LED from a Ticker (the ESP8266 core's timer library, bound like any Arduino library:
// runtime/libraries/Ticker). loop() stays empty: the Ticker calls toggle() every 100 ms, and after ten
// toggles a one-shot Ticker stops it. On the host the callbacks fire during delay()/yield(), as on the board.
import { Ticker } from "Ticker";

const blinker = new Ticker();
const stopper = new Ticker();
let toggles = 0;

function toggle(): void {
  toggles++;
  const on = toggles % 2 === 1;
  digitalWrite(LED_BUILTIN, on ? LOW : HIGH); // the LED is active-low on most ESP8266 boards
  Serial.println(on ? "LED on" : "LED off");
}

export function setup(): void {
  Serial.begin(115200);
  pinMode(LED_BUILTIN, OUTPUT);
  blinker.attach_ms(100, toggle);
  stopper.once(1.05, () => {
    blinker.detach();
    Serial.printf("stopped after %d toggles\n", toggles);
  });
}

export function loop(): void {}
