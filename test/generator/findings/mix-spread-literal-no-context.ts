// mix finding (issue 11 corpus, session 4): JSON.stringify({ ...batch, readings: [] }): an object literal with spread and no contextual type is rejected (TSD2164 'has no interface type', TSD2002 any)
// Found as test/corpus/406-telemetry-batch-json.ts; kept out of the corpus until fixed. Failure (Node's output vs ours, or the compiler/g++ error):
//   === 406-telemetry-batch-json.ts: FAIL
//   host exit code 1, Node exited 0; stderr:
//   test/corpus/406-telemetry-batch-json.ts:33:28: error TSD2002: the type 'any' is not supported
//     33 | console.log(JSON.stringify({ ...batches[0], readings: [] }, null, "\t"));
//                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//     hint: give the value a precise type
//   test/corpus/406-telemetry-batch-json.ts:33:28: error TSD2164: the object literal of type '{ readings: never[]; device: string; seq: number; note?: string | undefined; spans: [number, number]; }' has no interface type
//     33 | console.log(JSON.stringify({ ...batches[0], readings: [] }, null, "\t"));
//                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//     hint: give the object literal an interface or type alias type: const p: Point = { ... }
//   tsduino: 2 errors; no C++ written.
//   
// signature: mix-spread-literal-no-context

// A telemetry batcher: readings of several classes with toJSON, grouped by a Map, stringified with indents
// and without; Infinity/NaN readings become null, undefined members are dropped; the batch is printed with
// console.log as Node's util.inspect shows it.
class Reading {
  constructor(public sensor: string, public value: number, public at: number) {}
  toJSON(): { s: string; v: number; t: number } {
    return { s: this.sensor, v: Math.round(this.value * 100) / 100, t: this.at };
  }
}

interface Batch { device: string; seq: number; readings: Reading[]; note?: string; spans: [number, number] }

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
