// Devices as classes implementing several interfaces (Named, Readable, Switchable), used through each
// interface, with their readings reported as anonymous records and merged status objects.
interface Named {
  name: string;
  describe(): string;
}
interface Readable {
  unit: string;
  read(): number;
}
interface Switchable {
  on: boolean;
  toggle(): boolean;
}

class Thermometer implements Named, Readable {
  unit = "C";
  private t = 18;
  constructor(public name: string) {}
  describe(): string {
    return `${this.name} [${this.unit}]`;
  }
  read(): number {
    this.t += 1.5;
    return this.t;
  }
}

class Heater implements Named, Readable, Switchable {
  unit = "W";
  on = false;
  constructor(public name: string, private watts: number) {}
  describe(): string {
    return `${this.name} ${this.on ? "on" : "off"}`;
  }
  read(): number {
    return this.on ? this.watts : 0;
  }
  toggle(): boolean {
    this.on = !this.on;
    return this.on;
  }
}

const kitchen = new Thermometer("kitchen");
const heater = new Heater("radiator", 1200);
const named: Named[] = [kitchen, heater];
const readable: Readable[] = [kitchen, heater];
const switches: Switchable[] = [heater];

function report(r: Readable, n: Named): { label: string; value: number; unit: string } {
  return { label: n.describe(), value: r.read(), unit: r.unit };
}

for (let round = 0; round < 3; round++) {
  if (round === 1) for (const s of switches) console.log("toggle ->", s.toggle());
  const rows = [report(kitchen, kitchen), report(heater, heater)];
  for (const { label, value, unit } of rows) console.log(round, label, value, unit);
}
console.log(named.map((n) => n.name).join(","), readable.length);

const status = { ok: true, uptime: 0, name: "hub" };
const snapshots = [1, 2, 3].map((i) => ({ ...status, uptime: i * 60, ok: i !== 2 }));
for (const s of snapshots) console.log(s.name, s.uptime, s.ok);
const r: Readable = heater;
r.unit = "kW";
console.log(heater.unit, heater.describe(), (switches[0] as Switchable).on);
