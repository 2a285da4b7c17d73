// A data pipeline over sensor frames, as firmware collecting readings would write it: frames carry batches
// of samples (flatMap), readings are grouped per sensor in a Map whose keys and values are iterated,
// recent values are found from the end (findLast / findLastIndex), and a report is folded right to left.
enum Sensor { Temp, Humidity, Pressure }

interface Frame {
  sensor: Sensor;
  samples: number[];
}

const frames: Frame[] = [
  { sensor: Sensor.Temp, samples: [21.5, 21.7] },
  { sensor: Sensor.Humidity, samples: [40, 41, 39] },
  { sensor: Sensor.Temp, samples: [22.1] },
  { sensor: Sensor.Pressure, samples: [1013, 1012] },
  { sensor: Sensor.Humidity, samples: [] },
  { sensor: Sensor.Temp, samples: [85, 22.4] },
];

const readings = frames.flatMap((f) => f.samples.map((v) => `${Sensor[f.sensor]}=${v}`));
console.log(`${readings.length} readings: ${readings.join(" ")}`);

const bySensor = new Map<string, number[]>();
for (const f of frames) {
  const name = Sensor[f.sensor];
  const list = bySensor.get(name) ?? [];
  for (const v of f.samples) list.push(v);
  bySensor.set(name, list);
}
for (const name of bySensor.keys()) console.log(`sensor ${name}`);
const all = Array.from(bySensor.values()).flat();
console.log(`all values: ${all.join(",")}`);

const temps = bySensor.get("Temp") ?? [];
const lastSane = temps.findLast((t) => t < 60);
const spikeAt = temps.findLastIndex((t) => t >= 60);
console.log(`last sane temperature ${lastSane}, spike at index ${spikeAt}, none over 100: ${temps.findLastIndex((t) => t > 100)}`);

const report = Array.from(bySensor.keys()).reduceRight((acc, name) => `${acc}[${name}:${(bySensor.get(name) ?? []).length}]`, "report");
console.log(report);
const checksum = all.map((v) => Math.round(v)).reduceRight((a, b) => (a * 31 + b) % 65521);
console.log(`checksum ${checksum}`);

const slots = Array.from({ length: 6 }, (_, i) => (i < temps.length ? temps[i].toFixed(1) : "--"));
console.log(`slots ${slots.join(" ")}`);
const indices = Array.from(temps.keys());
console.log(`indices ${indices.join(",")}, codes ${Array.of(3, 1, 2).sort().join("")}`);
for (const v of temps.values()) if (v > 22) console.log(`warm ${v}`);
console.log(`states: ${[Sensor.Pressure, Sensor.Temp, 7].map((s) => String(Sensor[s])).join(", ")}`);
