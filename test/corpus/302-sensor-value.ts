// Sensor values that are `number | string | boolean` (a reading, an error text, a switch state), narrowed
// with typeof; unions with undefined, union parameters, returns, fields, arrays and Map values.
type Value = number | string | boolean;

class Channel {
  last: Value | undefined;
  history: Value[] = [];
  constructor(public name: string) {}
  record(v: Value): void {
    this.last = v;
    this.history.push(v);
  }
}

function parse(raw: string): Value {
  if (raw === "on" || raw === "off") return raw === "on";
  const n = parseFloat(raw);
  if (isNaN(n)) return raw;
  return n;
}

function format(v: Value | undefined): string {
  if (v === undefined) return "-";
  if (typeof v === "number") return v.toFixed(2);
  if (typeof v === "boolean") return v ? "ON" : "OFF";
  return `"${v}"`;
}

function numericAverage(values: Value[]): number | string {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (typeof v === "number") {
      sum += v;
      n++;
    }
  }
  return n === 0 ? "no data" : sum / n;
}

const channels = new Map<string, Channel>();
const input = ["temp=21.5", "door=on", "temp=err:crc", "hum=55", "temp=22.25", "door=off", "hum=?", "temp=-0.5"];
for (const line of input) {
  const eq = line.indexOf("=");
  const name = line.slice(0, eq);
  const value = parse(line.slice(eq + 1));
  let ch = channels.get(name);
  if (ch === undefined) {
    ch = new Channel(name);
    channels.set(name, ch);
  }
  ch.record(value);
  console.log(name, typeof value, format(value), value);
}

const latest = new Map<string, Value>();
for (const [name, ch] of channels) {
  const avg = numericAverage(ch.history);
  console.log(name, "last", format(ch.last), "avg", avg, typeof avg, ch.history.join("|"));
  if (ch.last !== undefined) latest.set(name, ch.last);
}
console.log(latest.get("door") === false, latest.get("temp") === -0.5, latest.get("hum") === "?");
const missing = new Channel("none");
console.log(format(missing.last), missing.last ?? "never", typeof missing.last);
let alarm: string | boolean = false;
for (const v of channels.get("temp")!.history) {
  if (typeof v === "string") alarm = v;
}
console.log(alarm ? `alarm: ${alarm}` : "ok", alarm === "err:crc");
