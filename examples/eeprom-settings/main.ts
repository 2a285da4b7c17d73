// Settings in EEPROM, as ESP8266 firmware keeps them: a marker byte at 0, a run counter byte at 1 and a
// number (a double, 8 bytes) at 8. The first run finds erased flash (255), writes defaults and commits; the
// next runs see the values of the previous one. On the PC the sector is
// examples/eeprom-settings/.tsduino/flash/eeprom.bin.
import { EEPROM } from "EEPROM";

const MARKER = 0x5a;

export function setup(): void {
  Serial.begin(115200);
  EEPROM.begin(64);
  Serial.printf("size %d, marker %d\n", EEPROM.length(), EEPROM.read(0));
  if (EEPROM.read(0) !== MARKER) {
    EEPROM.write(0, MARKER);
    EEPROM.write(1, 0);
    EEPROM.put(8, 21.5);
    Serial.println("fresh EEPROM: defaults written");
  }
  const runs = EEPROM.read(1) + 1;
  EEPROM.write(1, runs);
  const setpoint = EEPROM.get(8, 0);
  EEPROM.put(8, setpoint + 0.5);
  Serial.printf("run %d, setpoint %.1f\n", runs, setpoint);
  Serial.println(EEPROM.commit() ? "committed" : "commit failed");
  EEPROM.end();
  Serial.printf("after end: read(0) = %d\n", EEPROM.read(0));
}

export function loop(): void {}
