// HVAC zones: a base class implementing two interfaces, subclasses that extend it and add interfaces of their
// own (several on one class), overriding methods and a getter; every device used through each interface
// (arrays of interface type mixing classes), instanceof along the chain, console.log and JSON of instances.
interface Named {
  readonly id: string;
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
interface Tunable {
  target: number;
  nudge(delta: number): number;
}

class Zone implements Named {
  constructor(readonly id: string, protected temp: number) {}
  describe(): string {
    return `zone ${this.id} at ${this.temp.toFixed(1)}`;
  }
  get comfortable(): boolean {
    return this.temp >= 19 && this.temp <= 23;
  }
}

class SensedZone extends Zone implements Readable {
  unit = "C";
  read(): number {
    return Math.round(this.temp * 10) / 10;
  }
  describe(): string {
    return `${super.describe()} (sensed)`;
  }
}

class HeatedZone extends SensedZone implements Switchable, Tunable {
  on = false;
  target = 21;
  toggle(): boolean {
    this.on = !this.on;
    return this.on;
  }
  nudge(delta: number): number {
    this.target = Math.min(26, Math.max(16, this.target + delta));
    return this.target;
  }
  step(): void {
    if (this.on) this.temp += this.temp < this.target ? 0.75 : -0.25;
    else this.temp -= 0.5;
  }
  describe(): string {
    return `${super.describe()} heating ${this.on ? "on" : "off"} -> ${this.target}`;
  }
  get comfortable(): boolean {
    return Math.abs(this.temp - this.target) <= 1;
  }
}

class Fan implements Named, Switchable {
  on = true;
  constructor(readonly id: string) {}
  toggle(): boolean {
    this.on = !this.on;
    return this.on;
  }
  describe(): string {
    return `fan ${this.id} ${this.on ? "spinning" : "still"}`;
  }
}

const hall = new Zone("hall", 18.2);
const office = new SensedZone("office", 20.44);
const lounge = new HeatedZone("lounge", 17);
const fan = new Fan("f1");

const named: Named[] = [hall, office, lounge, fan];
const readable: Readable[] = [office, lounge];
const switches: Switchable[] = [lounge, fan];
const tunable: Tunable = lounge;

for (const s of switches) console.log("toggle", s.toggle());
console.log("nudge", tunable.nudge(2), tunable.nudge(10), tunable.target);
tunable.target = 22;
for (let minute = 0; minute < 8; minute++) {
  lounge.step();
  if (minute % 3 === 2) console.log(minute, readable.map((r) => `${r.read()}${r.unit}`).join(" "), lounge.comfortable);
}
for (const n of named) console.log(n.describe());
const zones: Zone[] = [hall, office, lounge];
console.log(zones.map((z) => `${z.id}:${z.comfortable}`).join(","));
console.log(zones.map((z) => [z instanceof SensedZone, z instanceof HeatedZone].join("/")).join(" "));
const r: Readable = lounge;
r.unit = "degC";
console.log(lounge.unit, office.unit, r.read() > 0);
console.log(lounge);
console.log(JSON.stringify(named));
const sw: Switchable = fan;
sw.on = true;
console.log(fan, switches.filter((s) => s.on).length);
