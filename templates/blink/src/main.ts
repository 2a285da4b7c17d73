// Blink: toggles the board's built-in LED every second and reports each change on the serial port.
// The ESP8266 boards' LEDs are wired to light up when the pin is LOW.
let ledOn = false;

export function setup(): void {
  Serial.begin(115200);
  pinMode(LED_BUILTIN, OUTPUT);
  Serial.println("blink: LED on pin " + LED_BUILTIN);
}

export function loop(): void {
  ledOn = !ledOn;
  digitalWrite(LED_BUILTIN, ledOn ? LOW : HIGH);
  Serial.println(ledOn ? "LED on" : "LED off");
  delay(1000);
}
