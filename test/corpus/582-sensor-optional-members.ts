// Sensors described by an interface with optional members (a unit, a calibration offset) and a read-only
// property a class provides with a getter; a base sensor class extended by classes that add interfaces;
// optional members read with ?? and ?., set later, and printed with console.log and JSON.
interface Sensor {
  readonly id: string;
  unit?: string;
  offset?: number;
  sample(): number;
}
interface HasBattery {
  readonly battery: number;
  drain(mv: number): void;
}

class BaseSensor implements Sensor {
  unit?: string;
  offset?: number;
  protected ticks = 0;
  constructor(readonly id: string) {}
  sample(): number {
    this.ticks++;
    return this.ticks + (this.offset ?? 0);
  }
}

class Hygrometer extends BaseSensor implements HasBattery {
  private mv = 3300;
  unit = "%";
  get battery(): number {
    return Math.round((this.mv - 2800) / 5);
  }
  drain(mv: number): void {
    this.mv -= mv;
  }
  sample(): number {
    return 40 + super.sample() * 2;
  }
}

class Probe extends BaseSensor implements HasBattery {
  battery = 100;
  drain(mv: number): void {
    this.battery = Math.max(0, this.battery - mv / 10);
  }
}

const sensors: Sensor[] = [new BaseSensor("raw"), new Hygrometer("hum"), new Probe("soil")];
sensors[2].offset = 0.5;
sensors[0].unit = "ticks";
const powered: HasBattery[] = [];
for (const s of sensors) if (s instanceof Hygrometer || s instanceof Probe) powered.push(s);

function label(s: Sensor): string {
  return `${s.id}[${s.unit ?? "?"}${s.offset !== undefined ? ` +${s.offset}` : ""}]`;
}

for (let round = 1; round <= 3; round++) {
  const values = sensors.map((s) => `${label(s)}=${s.sample()}`);
  for (const p of powered) p.drain(round * 120);
  console.log(round, values.join(" "), powered.map((p) => p.battery).join("/"));
}
console.log(sensors.map((s) => s.unit?.toUpperCase() ?? "none").join(","));
sensors[1].offset = -1;
sensors[0].unit = undefined;
console.log(sensors.map(label).join(" "));
console.log(sensors);
console.log(JSON.stringify(sensors));
const low = sensors.find((s) => (s instanceof Hygrometer || s instanceof Probe) && s.battery < 50);
console.log(low ? `low: ${low.id}` : "all fine");
