// Sensor readings as anonymous objects: object literals without an interface, functions taking and returning
// anonymous object types, optional properties, records of the same shape as an interface passed both ways,
// readonly arrays, records in arrays, maps and class fields.
interface Sample {
  sensor: string;
  value: number;
  unit?: string;
}

const limits = { min: -10, max: 50, label: "greenhouse" };

function classify(value: number): { ok: boolean; level: string } {
  if (value < limits.min) return { ok: false, level: "too cold" };
  if (value > limits.max) return { ok: false, level: "too hot" };
  return { ok: true, level: value > 30 ? "warm" : "normal" };
}

function parseLine(line: string): { sensor: string; value: number; unit?: string } {
  const parts = line.split(",");
  const reading: { sensor: string; value: number; unit?: string } = { sensor: parts[0], value: parseFloat(parts[1]) };
  if (parts.length > 2) reading.unit = parts[2];
  return reading;
}

function describe(s: Sample): string {
  return `${s.sensor}=${s.value}${s.unit ?? ""}`;
}

const calibration: readonly number[] = [0.5, -0.25, 0];
const names: ReadonlyArray<string> = ["t1", "t2", "h1"];

class Logger {
  entries: { at: number; text: string }[] = [];
  last: { at: number; text: string } | undefined = undefined;
  log(at: number, text: string): void {
    const e = { at, text };
    this.entries.push(e);
    this.last = e;
  }
}

const lines = ["t1,21.5,C", "t2,55", "h1,40.25,%", "t1,-12,C"];
const logger = new Logger();
const stats = new Map<string, { count: number; sum: number }>();
let tick = 0;
for (const line of lines) {
  const r = parseLine(line);
  const i = names.indexOf(r.sensor);
  r.value += i >= 0 ? calibration[i] : 0;
  const verdict = classify(r.value);
  logger.log(tick++, `${describe(r)} ${verdict.level}${verdict.ok ? "" : "!"}`);
  const entry = stats.get(r.sensor);
  if (entry) {
    entry.count++;
    entry.sum += r.value;
  } else {
    stats.set(r.sensor, { count: 1, sum: r.value });
  }
  console.log(r.sensor, r.value, r.unit, r.unit === undefined);
}
for (const e of logger.entries) console.log(e.at, e.text);
console.log(logger.last?.text, logger.entries.length);
for (const [sensor, s] of stats) console.log(sensor, s.count, (s.sum / s.count).toFixed(2));

// A value of the interface passed where the anonymous type is expected, and the reverse: the same object.
const sample: Sample = { sensor: "p1", value: 1013 };
const asAnonymous: { sensor: string; value: number; unit?: string } = sample;
asAnonymous.unit = "hPa";
console.log(describe(asAnonymous), sample.unit, asAnonymous === sample);
const summary = names.map((n) => ({ name: n, seen: stats.has(n) }));
console.log(summary.filter((x) => x.seen).map((x) => x.name).join("+"), summary.length, limits.label);
const nested = { wifi: { ssid: "lab", channel: 6 }, mqtt: { host: "10.0.0.2", port: 1883, tls: false } };
nested.mqtt.port += 1;
console.log(nested.wifi.ssid, nested.wifi.channel, nested.mqtt.host, nested.mqtt.port, nested.mqtt.tls);
