// Appliances across modules: lib/appliances.ts declares Powered, Scheduled and the Appliance base class;
// this file's classes extend Appliance and implement Scheduled (and a local interface), used through the
// imported interface types, an imported helper over Powered[], a union dispatched by class, console.log.
import { Appliance, totalWatts, type Powered, type Scheduled } from "./lib/appliances.js";

interface Metered {
  kwh(hours: number): number;
}

class Heater extends Appliance implements Scheduled, Metered {
  at = 6;
  due(now: number): boolean {
    return now >= this.at && !this.running;
  }
  kwh(hours: number): number {
    return Math.round(this.watts * hours) / 1000;
  }
}

class Pump extends Appliance implements Scheduled {
  at = 7;
  private cycles = 0;
  due(now: number): boolean {
    return now % 2 === 1 && now >= this.at;
  }
  power(on: boolean): string {
    if (on) this.cycles++;
    return `${super.power(on)} (cycle ${this.cycles})`;
  }
}

class Meter implements Metered {
  kwh(hours: number): number {
    return hours * 0.05;
  }
}

const heater = new Heater("heater", 2000);
const pump = new Pump("pump", 750);
const lamp = new Appliance("lamp", 40);
const powered: Powered[] = [heater, pump, lamp];
const scheduled: Scheduled[] = [heater, pump];
console.log(totalWatts(powered), totalWatts([pump]));
for (let hour = 5; hour <= 10; hour++) {
  const started: string[] = [];
  for (const s of scheduled) {
    if (s.due(hour) && (s instanceof Heater || s instanceof Pump)) started.push(s.power(true));
  }
  if (hour === 9) scheduled[0].at = 20;
  console.log(hour, started.join("; ") || "-");
}
const meters: (Heater | Meter)[] = [heater, new Meter()];
console.log(meters.map((m) => m.kwh(1.5)).join(" "), lamp.power(true), pump.power(false));
console.log(powered.map((p) => p.power(false)).join(", "));
console.log(heater, scheduled.map((s) => s.at).join("/"));
