// Telemetry records as classes: a CSV header from Object.keys, rows from Object.values, a field-wise
// min/max over several samples, and a per-field report; the samples arrive on a timer, as from a sensor.
class Sample {
  pressure = 0;
  constructor(public temp: number, public humidity: number, public battery: number) {}
  #seq = 0;
  next(): number {
    return ++this.#seq;
  }
}

class Config {
  interval = 5;
  retries = 3;
  constructor(readonly host: string, readonly topic: string) {}
}

const cfg = new Config("broker.local", "home/sensors");
console.log(`config keys: ${Object.keys(cfg).join(", ")}`);
console.log(`config strings: ${[cfg.host, cfg.topic].join(" ")}`);

const samples: Sample[] = [];
const header = Object.keys(new Sample(0, 0, 0));
console.log(header.join(","));

const inputs = [[21.5, 40, 3.9], [22.25, 38, 3.85], [20.75, 45.5, 3.8], [23, 41, 3.72]];
let n = 0;
const timer = setInterval(() => {
  const s = new Sample(inputs[n][0], inputs[n][1], inputs[n][2]);
  s.pressure = 1000 + n * 3;
  samples.push(s);
  console.log(Object.values(s).map((v) => v.toFixed(2)).join(","));
  n++;
  if (n === inputs.length) {
    clearInterval(timer);
    report();
  }
}, 2);

function report(): void {
  const keys = Object.keys(samples[0]);
  const columns = samples.map((s) => Object.values(s));
  keys.forEach((key, i) => {
    const values = columns.map((c) => c[i]);
    const lo = values.reduce((a, b) => Math.min(a, b));
    const hi = values.reduceRight((a, b) => Math.max(a, b));
    const last = values.findLast((v) => v > lo) ?? lo;
    console.log(`${key.padEnd(8)} min ${lo} max ${hi} last above min ${last}`);
  });
  console.log(`samples: ${samples.length}, seq ${samples[0].next()}`);
}
