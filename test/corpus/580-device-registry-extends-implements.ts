// Corpus 580 (was the finding mix-extends-and-implements): Dimmer extends Relay and implements Readable
// (TSD2145 before), and d.read() on the `in`-narrowed union Thermometer | Dimmer (TSD2300 before).
// A device registry: classes implementing several interfaces (Named, Readable, Switchable), a union of
// them narrowed with `in` and instanceof, devices printed with console.log, a summary as JSON; an action
// on a device that cannot do it throws a TypeError that is caught.
interface Named { readonly id: string; label: string }
interface Readable { read(): number; unit: string }
interface Switchable { on: boolean; toggle(): boolean }

class Thermometer implements Named, Readable {
  unit = "C";
  constructor(readonly id: string, public label: string, private base: number) {}
  read(): number {
    this.base += 0.5;
    return this.base;
  }
}
class Relay implements Named, Switchable {
  on = false;
  constructor(readonly id: string, public label: string) {}
  toggle(): boolean {
    this.on = !this.on;
    return this.on;
  }
}
class Dimmer extends Relay implements Readable {
  unit = "%";
  level = 0;
  read(): number {
    return this.on ? this.level : 0;
  }
}
type Device = Thermometer | Relay | Dimmer;

const devices: Device[] = [new Thermometer("t1", "attic", 20), new Relay("r1", "pump"), new Dimmer("d1", "hall")];

function act(d: Device, action: "read" | "toggle"): string {
  if (action === "read") {
    if ("unit" in d) return `${d.label}: ${d.read()}${d.unit}`;
    throw new TypeError(`${d.id} cannot be read`);
  }
  if (d instanceof Relay) return `${d.label} is ${d.toggle() ? "on" : "off"}`;
  throw new TypeError(`${d.id} cannot be switched`);
}

const script: [string, "read" | "toggle"][] = [["t1", "read"], ["r1", "toggle"], ["d1", "toggle"], ["d1", "read"], ["r1", "read"], ["t1", "toggle"], ["t1", "read"]];
for (const [id, action] of script) {
  const d = devices.find((x) => x.id === id);
  if (!d) continue;
  try {
    console.log(act(d, action));
  } catch (e) {
    if (e instanceof TypeError) console.log("refused:", e.message);
  }
}
const dimmer = devices[2];
if (dimmer instanceof Dimmer) dimmer.level = 70;
console.log(devices);
interface Summary { id: string; kind: string; on?: boolean }
const summary = devices.map((d): Summary => (d instanceof Relay ? { id: d.id, kind: d instanceof Dimmer ? "dimmer" : "relay", on: d.on } : { id: d.id, kind: "sensor" }));
console.log(JSON.stringify(summary));
