// An optional chain TypeScript types `number` because its receiver is an element (that may be past the end):
// undefined there prints `undefined` and adds to NaN (mutants m-681-…-44000215 and m-725-…-44000205 printed 0).
class Sensor {
  constructor(public name: string, public value: number) {}
}
const sensors: Sensor[] = [new Sensor("temp", 21.5), new Sensor("hum", 40)];
let total = 0;
for (let i = 0; i <= sensors.length; i++) {
  const v = sensors[i]?.value;
  console.log(i, v, v === undefined);
  total += sensors[i]?.value;
}
console.log("total", total);
const parts = "PING".split(" ");
console.log(`${parts[0]}/${parts[1]?.length}`, parts[1]?.length === undefined, (parts[0]?.length ?? -1) + 1);
const lengths = [parts[0]?.length, parts[3]?.length];
console.log(lengths, lengths.join("|"));
