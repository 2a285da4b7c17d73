// A blink-like sketch driving the virtual LED pin, with the LED state read back through digitalRead.
let toggles = 0;

export function setup(): void {
  Serial.begin(115200);
  pinMode(LED_BUILTIN, OUTPUT);
  digitalWrite(LED_BUILTIN, LOW);
  Serial.println("led pin " + LED_BUILTIN + " state " + digitalRead(LED_BUILTIN));
}

export function loop(): void {
  if (toggles >= 4) return;
  const next = digitalRead(LED_BUILTIN) === HIGH ? LOW : HIGH;
  digitalWrite(LED_BUILTIN, next);
  toggles++;
  Serial.print("toggle ");
  Serial.print(toggles);
  Serial.print(" -> ");
  Serial.println(digitalRead(LED_BUILTIN) === HIGH ? "HIGH" : "LOW");
}
