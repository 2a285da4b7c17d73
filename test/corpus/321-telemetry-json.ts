// Telemetry built from class instances and published as JSON (with toJSON for a unit-carrying value).
class Reading {
  constructor(public sensor: string, public value: number, public unit: string) {}
  toJSON(): string {
    return `${this.value.toFixed(2)} ${this.unit}`;
  }
}
class Sample {
  readings: Reading[] = [];
  errors = 0;
  note?: string;
  constructor(public seq: number, public uptime: number) {}
}
interface Batch {
  device: string;
  samples: Sample[];
  stats: Map<string, number>;
  tags: Set<string>;
  battery: number;
}

const samples: Sample[] = [];
for (let i = 0; i < 3; i++) {
  const s = new Sample(i, 1000 * (i + 1));
  s.readings.push(new Reading("temp", 20 + i * 0.25, "C"));
  s.readings.push(new Reading("hum", 40 - i / 3, "%"));
  if (i === 1) {
    s.errors = 2;
    s.note = "retry\n\"sensor\" busy";
  }
  samples.push(s);
}
const batch: Batch = { device: "node-7", samples, stats: new Map([["min", 1]]), tags: new Set(["a"]), battery: NaN };
console.log(JSON.stringify(batch));
console.log(JSON.stringify(samples[1], null, 4));
console.log(JSON.stringify(samples.map((s) => s.uptime / 7)));
console.log(JSON.stringify([Infinity, -Infinity, -0, 1e21, 1e-7, 123456789.125, 0.1 + 0.2]));
console.log(JSON.stringify("tab\there\u0000\u001f\u007f\u2028 é 😀"));
console.log(JSON.stringify(samples[0].readings[0]));
console.log(samples[1]);
console.log(batch.stats, batch.tags);
