// A method of a union read as a value (not called).
class Led {
  toggle(): void {}
}
class Relay {
  toggle(): void {}
}
const devices: (Led | Relay)[] = [new Led(), new Relay()];
const d = devices[0];
const action: () => void = /*@error TSD2301 used as a value*/d.toggle;
action();
