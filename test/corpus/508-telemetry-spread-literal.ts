// Was finding mix-spread-literal-no-context (session 5 fix: an object literal with spread and no declared type, a member written again after the spread).
// A telemetry batcher: readings of several classes with toJSON, grouped by a Map, stringified with indents
// and without; Infinity/NaN readings become null, undefined members are dropped; the batch is printed with
// console.log as Node's util.inspect shows it.
class Reading {
  constructor(public sensor: string, public value: number, public at: number) {}
  toJSON(): { s: string; v: number; t: number } {
    return { s: this.sensor, v: Math.round(this.value * 100) / 100, t: this.at };
  }
}

// (Members in the order the literals write them: tsduino prints a record in declaration order.)
interface Batch { device: string; seq: number; readings: Reading[]; spans: [number, number]; note?: string }

const raw: [string, number][] = [
  ["temp", 21.456],
  ["hum", 40.1],
  ["temp", 21.5],
  ["lux", Infinity],
  ["hum", NaN],
  ["temp", -0.004],
];

const batches: Batch[] = [];
let seq = 0;
for (let i = 0; i < raw.length; i += 4) {
  const chunk = raw.slice(i, i + 4).map(([s, v], j) => new Reading(s, v, 1000 + (i + j) * 250));
  const first = chunk[0].at;
  const last = chunk[chunk.length - 1].at;
  batches.push({ device: "esp-01", seq: seq++, readings: chunk, spans: [first, last], note: i === 0 ? undefined : "tail" });
}

for (const b of batches) console.log(JSON.stringify(b));
console.log(JSON.stringify(batches[1], null, 2));
console.log(JSON.stringify({ ...batches[0], readings: [] }, null, "\t"));
const bySensor = new Map<string, number[]>();
for (const { sensor, value } of batches.flatMap((b) => b.readings)) {
  bySensor.set(sensor, [...(bySensor.get(sensor) ?? []), value]);
}
console.log(bySensor);
console.log(batches[1]);
