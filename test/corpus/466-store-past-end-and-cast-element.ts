// Storing past the end of a number[] leaves the skipped elements undefined (Node: holes) instead of stopping
// (a mutant of corpus 260 wrote pins[20] into 17 pins); a member of an element read past the end through a
// cast, `(items[1.5] as Switchable).on`, throws Node's TypeError naming the member (a mutant of corpus 284).
const pins: number[] = new Array<number>(3).fill(0);
pins[5] = 1;
console.log(pins.length, pins[4] === undefined, pins[5], pins.join(","));
const names: string[] = ["a"];
names[3] = "d";
console.log(names.length, names[2] === undefined, names.join("|"));
interface Switchable {
  on: boolean;
}
class Heater implements Switchable {
  on = true;
}
const switches: Switchable[] = [new Heater()];
console.log((switches[0] as Switchable).on, switches[0]!.on);
console.log((switches[1.5] as Switchable).on);
