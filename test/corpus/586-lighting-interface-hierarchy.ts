// Lighting with an interface hierarchy: Dimmable extends Switchable, a Dimmer extends a Relay (which is
// Switchable) and implements Dimmable; a controller implements Sensor and Actuator, both extending Device.
// Values pass between the interface types, are narrowed back with instanceof, printed and written as JSON.
interface Device {
  readonly id: string;
}
interface Switchable {
  on: boolean;
  toggle(): boolean;
}
interface Dimmable extends Switchable {
  level: number;
  dim(to: number): number;
}
interface Sensor extends Device {
  read(): number;
}
interface Actuator extends Device {
  drive(value: number): void;
}

class Relay implements Switchable {
  on = false;
  constructor(readonly id: string) {}
  toggle(): boolean {
    this.on = !this.on;
    return this.on;
  }
}
class Dimmer extends Relay implements Dimmable {
  level = 0;
  dim(to: number): number {
    this.level = Math.max(0, Math.min(100, to));
    if (this.level > 0 && !this.on) this.toggle();
    if (this.level === 0 && this.on) this.toggle();
    return this.level;
  }
}
class Curtain extends Relay {}

class LightController implements Sensor, Actuator {
  private lux = 120;
  constructor(readonly id: string, private lamps: Dimmable[]) {}
  read(): number {
    return this.lux;
  }
  drive(value: number): void {
    this.lux = value;
    for (const l of this.lamps) l.dim(value < 100 ? 80 : value < 300 ? 30 : 0);
  }
}

const hall = new Dimmer("hall");
const desk = new Dimmer("desk");
const fan = new Relay("fan");
const blind = new Curtain("blind");
const switches: Switchable[] = [hall, desk, fan, blind];
const dimmable: Dimmable[] = [];
for (const s of switches) if (s instanceof Dimmer) dimmable.push(s);
const ctl = new LightController("ctl", dimmable);
const devices: Device[] = [ctl];
const sensor: Sensor = ctl;
const actuator: Actuator = ctl;

for (const lux of [50, 250, 600, 90]) {
  actuator.drive(lux);
  console.log(sensor.read(), dimmable.map((d) => `${d.level}${d.on ? "+" : "-"}`).join(" "), switches.filter((s) => s.on).length);
}
fan.toggle();
const lastOn: Switchable = dimmable[1];
lastOn.on = false;
console.log(desk.on, lastOn.toggle(), desk.level, devices[0].id, sensor.id === actuator.id);
console.log(switches.map((s) => (s instanceof Dimmer ? "dimmer" : s instanceof Curtain ? "curtain" : "relay")).join(","));
console.log(dimmable, switches[3]);
console.log(JSON.stringify({ lamps: dimmable, all: switches }));
