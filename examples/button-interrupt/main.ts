// Count presses of a button on D3 (GPIO0, the FLASH button of NodeMCU boards, active low) with a GPIO
// interrupt, and read a sensor on A0. On the board onPress runs once per interrupt right after the
// interrupt (at the next yield/delay/loop end; see docs/libraries.md). On the PC, drive the pins with a
// stimulus file: `tsduino run examples/button-interrupt/main.ts --board nodemcuv2 --stimulus examples/button-interrupt/presses.txt --timeout 1`
const BUTTON = D3; // GPIO0
let presses = 0;
let lastReport = 0;

function onPress(): void {
  presses++;
  tone(D6, 2000, 30); // a short beep on a buzzer at D6
  Serial.printf("press %d at %d ms\n", presses, millis());
}

export function setup(): void {
  Serial.begin(115200);
  pinMode(BUTTON, INPUT_PULLUP);
  attachInterrupt(digitalPinToInterrupt(BUTTON), onPress, FALLING);
  Serial.println("ready");
}

export function loop(): void {
  const now = millis();
  if (now - lastReport >= 250) {
    lastReport = now;
    Serial.printf("A0 = %d, presses = %d\n", analogRead(A0), presses);
  }
  if (presses >= 3) {
    detachInterrupt(digitalPinToInterrupt(BUTTON));
    Serial.printf("done: %d presses, pulse on D5 %d us\n", presses, pulseIn(D5, HIGH, 500000));
    presses = -1000;
  }
  delay(10);
}
