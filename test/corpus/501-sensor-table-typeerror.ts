// A sensor table read by index and by name: a slot past the end, a missing name read through `!` and a
// write to a missing slot raise Node's TypeError, caught inside the try around each access (issue 11:
// errors the runtime raises are catchable); an access outside any try still ends the program.
class Sensor {
  constructor(public name: string, public pin: number, public value = 0) {}
}

const sensors: Sensor[] = [new Sensor("temp", 4), new Sensor("hum", 5), new Sensor("lux", 12)];
const byName = new Map<string, Sensor>();
for (const s of sensors) byName.set(s.name, s);

function pinOf(slot: number): number {
  try {
    return sensors[slot].pin;
  } catch (e) {
    if (e instanceof TypeError) console.log(`slot ${slot}: ${e.name}: ${e.message}`);
    return -1;
  }
}

function update(name: string, value: number): boolean {
  try {
    const s = byName.get(name);
    s!.value = value;
    return s!.value === value;
  } catch (e) {
    console.log(`update ${name}: ${(e as Error).message}`);
    return false;
  } finally {
    console.log(`update ${name} done`);
  }
}

console.log([0, 2, 3, 7].map(pinOf));
console.log(update("hum", 41.5), update("co2", 400));
let total = 0;
const errors: string[] = [];
for (let slot = 0; slot < 5; slot++) {
  try {
    sensors[slot].value += slot * 10;
    total += sensors[slot].value;
  } catch (e) {
    if (e instanceof TypeError) errors.push(e.message);
    else throw e;
  }
}
console.log(total, errors);
console.log(sensors.map(({ name, value }) => `${name}=${value}`).join(" "));
console.log(sensors[sensors.length].name);
console.log("not reached");
