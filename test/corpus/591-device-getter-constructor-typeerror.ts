// Issue 11: runtime TypeErrors raised inside a getter, a constructor and a method are caught by the caller's
// try. A device registry: a Relay's constructor reads its pin from an optional config (`cfg.wiring!.pin`),
// a getter reads a member of an element past the end of a calibration table, a method writes to a missing slot.
interface Wiring { pin: number; inverted: boolean }
interface RelayConfig { name: string; wiring?: Wiring }
class Point { constructor(public raw: number, public value: number) {} }

class Relay {
  readonly pin: number;
  private on = false;
  constructor(public name: string, cfg: RelayConfig) {
    this.pin = cfg.wiring!.pin;
    console.log(`relay ${name} on pin ${this.pin}`);
  }
  toggle(): boolean {
    this.on = !this.on;
    return this.on;
  }
}

class Calibration {
  constructor(private points: Point[], private slot: number) {}
  get value(): number {
    return this.points[this.slot].value * 2;
  }
  get checked(): number {
    if (this.slot > 1) throw new RangeError(`slot ${this.slot} not calibrated`);
    return this.slot;
  }
  setRaw(slot: number, raw: number): void {
    this.points[slot].raw = raw;
  }
}

function build(configs: RelayConfig[]): Relay[] {
  const relays: Relay[] = [];
  for (const c of configs) {
    try {
      relays.push(new Relay(c.name, c));
    } catch (e) {
      console.log(`skip ${c.name}: ${(e as Error).message}`);
    }
  }
  return relays;
}

function readAll(cals: Calibration[]): number {
  let sum = 0;
  for (const c of cals) sum += c.value;
  return sum;
}

const relays = build([{ name: "pump", wiring: { pin: 5, inverted: false } }, { name: "fan" }, { name: "lamp", wiring: { pin: 12, inverted: true } }]);
console.log(relays.map((r) => `${r.name}=${r.toggle()}`).join(" "));

const points = [new Point(10, 1.5), new Point(20, 3.25)];
const cals = [new Calibration(points, 0), new Calibration(points, 1)];
console.log(readAll(cals));
cals.push(new Calibration(points, 4));
try {
  console.log(readAll(cals));
} catch (e) {
  console.log(e instanceof TypeError, e instanceof RangeError, String(e));
}
for (const c of cals) {
  try {
    console.log("checked", c.checked);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
for (const slot of [1, 2]) {
  try {
    cals[0].setRaw(slot, 99);
    console.log(`slot ${slot} raw ${points[slot].raw}`);
  } catch (e) {
    if (e instanceof TypeError) console.log(`slot ${slot}: ${e.message}`);
  }
}
