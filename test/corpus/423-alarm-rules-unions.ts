// Alarm rules over sensor values: a rule is a union of threshold, range and change records; evaluation
// narrows by `kind`, values are number | null (a missing reading); triggered alarms collected as tuples,
// printed with console.log, and a rule on an unknown sensor throws a ReferenceError-like custom error.
interface Threshold { kind: "above" | "below"; sensor: string; limit: number }
interface Range { kind: "outside"; sensor: string; low: number; high: number }
interface Change { kind: "jump"; sensor: string; delta: number }
type Rule = Threshold | Range | Change;

class UnknownSensor extends Error {
  constructor(readonly sensor: string) {
    super(`unknown sensor '${sensor}'`);
    this.name = "UnknownSensor";
  }
}

const readings = new Map<string, (number | null)[]>([
  ["temp", [20, 21, 29, 30, 30.5]],
  ["hum", [40, null, 85, 90, 60]],
  ["co2", [400, 410, 2000, 420, null]],
]);

function check(rule: Rule, at: number): boolean {
  const series = readings.get(rule.sensor);
  if (!series) throw new UnknownSensor(rule.sensor);
  const v = series[at];
  if (v === null || v === undefined) return false;
  switch (rule.kind) {
    case "above":
      return v > rule.limit;
    case "below":
      return v < rule.limit;
    case "outside":
      return v < rule.low || v > rule.high;
    case "jump": {
      const prev = at > 0 ? series[at - 1] : null;
      return typeof prev === "number" && Math.abs(v - prev) >= rule.delta;
    }
  }
}

const rules: Rule[] = [
  { kind: "above", sensor: "temp", limit: 29.5 },
  { kind: "outside", sensor: "hum", low: 30, high: 80 },
  { kind: "jump", sensor: "co2", delta: 500 },
  { kind: "below", sensor: "lux", limit: 5 },
];
const alarms: [at: number, rule: string][] = [];
for (let at = 0; at < 5; at++) {
  for (const rule of rules) {
    try {
      if (check(rule, at)) alarms.push([at, `${rule.kind}:${rule.sensor}`]);
    } catch (e) {
      if (e instanceof UnknownSensor && at === 0) console.log(e.name, e.sensor);
    }
  }
}
console.log(alarms.length);
for (const [at, what] of alarms) console.log(at, what);
console.log(readings);
