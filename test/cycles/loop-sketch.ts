// A sketch that rebuilds a small cyclic structure (a device with sensors that know their device, and an
// event handler capturing the device) in every loop(): the collector runs between loop() calls.
class Sensor {
  constructor(public device: Device, public pin: number) {}
}
class Device {
  sensors: Sensor[] = [];
  onRead: ((v: number) => void) | undefined;
  total = 0;
}
let loops = 0;

export function setup(): void {
  console.log("start");
}

export function loop(): void {
  const d = new Device();
  for (let pin = 0; pin < 4; pin++) d.sensors.push(new Sensor(d, pin));
  d.onRead = (v: number) => { d.total += v; };
  for (const s of d.sensors) d.onRead(s.pin);
  loops++;
  if (loops <= 3) console.log("loop", loops, d.total, d.sensors[3].device === d);
}
