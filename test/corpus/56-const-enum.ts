// const enums, whose members are inlined as constants.
const enum Pin {
  Led = 2,
  Button = 0,
  Relay = 14,
}
const enum Mode {
  Fast = "fast",
  Slow = "slow",
}
const pins = [Pin.Led, Pin.Button, Pin.Relay];
console.log(pins.join(","), Pin.Relay * 2);
function speed(m: Mode): number {
  return m === Mode.Fast ? 100 : 10;
}
console.log(speed(Mode.Fast), speed(Mode.Slow), Mode.Slow + "!");
